// Follow-ups that claim something of what the conversation carries: which of the people a side met "he" is, a year
// claimed of the conversation's talk or the end of its document's period, a detail of its subject or its one figure
// claimed where "it" stands or nothing is named, and a post set against whoever held it at a talk pointed at by rank.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

describe('a follow-up claiming something of what the conversation carries', () => {
  it('after who a side met, "he" is the one across from that side', () => {
    for (const [met, job, post] of [
      ["who did vietnam's party talk to on the phone in july 2020?", 'what was his job?', /International Liaison/u],
      ['who did china talk with in 2022?', 'what was his title?', /Commission for External Relations/u],
      ['năm 2020 Việt Nam đã nói chuyện với ai?', 'ông ấy giữ chức vụ gì?', /Ban Liên lạc Đối ngoại/u],
      ['2020年越方和谁通的电话？', '他是什么职务？', /对外联络部/u],
    ] as const) {
      const a = lastOf(met, job);
      expect(a.answered, job).toBe(true);
      expect(a.text, met).toMatch(post);
    }
    // A side named as the one led still stands for its own people.
    expect(lastOf('who led the vietnamese side in 2020?', 'what was his job?').text).toMatch(/^Hoang Binh Quan/u);
  });

  it("a year of no talk claimed of the conversation's one talk is its date checked: No, and when it was", () => {
    for (const [when, claim] of [
      ['when exactly was the phone call between quan and song tao?', 'that was 2021 right'],
      ['when was the videoconference?', 'so that was in 2021?'],
      ['how were the 2020 talks held?', 'that was back in 2019, right?'],
    ] as const) {
      const a = lastOf(when, claim);
      expect(a.text, claim).toMatch(/^No/u);
      expect(cited(a), claim).toHaveLength(1);
    }
    // Alone, the same year is still talks the articles do not report.
    expect(lastOf('that was 2021 right').answered).toBe(false);
  });

  it("an end year claimed of a document signed at the conversation's talks is its period checked", () => {
    for (const [signed, claim] of [
      ['what did they sign at the april 2022 talks', 'so the training one runs till 2030 right?'],
      ['what was signed in 2022?', 'and the scheme goes until 2030, right?'],
    ] as const) {
      const a = lastOf(signed, claim);
      expect(a.text, claim).toMatch(/^No: 2021-2025/u);
      expect(cited(a), claim).toEqual(['2022-04-19']);
    }
  });

  it('a place claimed of the conversation\'s subject where "it" stands is put right', () => {
    for (const [subject, claim] of [
      ['What disaster was brought up in the 2020 phone talks?', 'did it hit vietnam?'],
      ['which natural disaster did they talk about in 2020?', 'did it hit vietnam as well?'],
    ] as const) {
      const a = lastOf(subject, claim);
      expect(a.text, claim).toMatch(/^No: China, not Vietnam/u);
      expect(cited(a), claim).toEqual(['2020-07-29']);
    }
    // Only a detail given otherwise answers: nothing is confirmed of it ("deadly"), nor denied by another of its names.
    for (const claim of ['was it deadly?', 'did it hit china?']) {
      expect(lastOf('What disaster was brought up in the 2020 phone talks?', claim).text, claim).not.toMatch(/^(Yes|No)/u);
    }
  });

  it("an amount claimed of nothing named is the conversation's talks' one figure checked", () => {
    const a = lastOf('năm 2022 TQ tặng VN cái gì thế', 'trị giá bao nhiêu?', 'có phải 2 triệu tệ không?');
    expect(a.text).toMatch(/^Không/u);
    expect(a.text).toContain('1,5');
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('a post set against "the first guy" compares it with whoever held his place at the first talk', () => {
    for (const [first, next, claim] of [
      ['Who led the Vietnamese side in the 2020 phone call?', 'and in the 2022 one?', 'was he heading the same commission as the first guy?'],
      ['who led the vietnamese side in 2020?', 'and in 2022?', 'did he hold the same post as the first guy?'],
      ['who led the vietnamese side in 2020?', 'and in 2022?', 'was he in the same job as the first guy?'],
    ] as const) {
      const a = lastOf(first, next, claim);
      expect(a.text, claim).toMatch(/^Yes/u);
      expect(cited(a), claim).toEqual(['2020-07-29', '2022-04-19']);
    }
  });
});
