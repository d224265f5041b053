// Follow-ups asking a detail of what the conversation holds: a document's period checked or given, how a talk was
// held claimed of another talk, the name of "him", who held a side's place after words on a subject, and the talk some
// years later.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

describe('a follow-up asking a detail of what the conversation holds', () => {
  it("a span of years set against the conversation's document is its period checked: No or Yes, from the talk that signed it", () => {
    for (const [signed, check, lead] of [
      ['What was signed at the April 2022 talks?', 'that plan was for 2020-2025 right?', /^No/],
      ['What was signed at the April 2022 talks?', 'and the scheme ran 2022-2026, correct?', /^No/],
      ['What was signed at the April 2022 talks?', 'the plan was for 2021-2025, right?', /^Yes/],
      ['năm 2022 hai bên ký những văn kiện gì?', 'giai đoạn 2022-2026 đúng ko?', /^Không/u],
      ['năm 2022 hai bên ký những văn kiện gì?', 'giai đoạn 2021-2025 phải không?', /^Có|^Đúng/u],
      ['2022年签了哪些文件？', '是2020到2025年的吧？', /^不是/u],
    ] as const) {
      const a = lastOf(signed, check);
      expect(a.text, check).toMatch(lead);
      expect(cited(a), check).toEqual(['2022-04-19']);
    }
  });

  it("a term asked with its document dropped is the conversation's document's period", () => {
    for (const [signed, term] of [
      ['2022年会谈签了干部培训方面的方案没有', '期限是哪几年？'],
      ['2022年签了什么文件？', '有效期是哪几年？'],
    ] as const) {
      const a = lastOf(signed, term);
      expect(a.answered, term).toBe(true);
      expect(cited(a), term).toEqual(['2022-04-19']);
      expect(a.text, term).toContain('2021—2025');
    }
  });

  it('a format claimed of another talk, with no question word, is its own yes/no: how that talk was held', () => {
    for (const [first, claim, no] of [
      ['两次会谈中方都是宋涛吗？', '2020年那次也是视频会议吧', /^不是/u],
      ['was Song Tao at both talks?', 'and the 2020 one was by videoconference too?', /^No/],
    ] as const) {
      const a = lastOf(first, claim);
      expect(a.intent, claim).toBe('format');
      expect(a.text, claim).toMatch(no);
      expect(cited(a), claim).toEqual(['2020-07-29']);
    }
  });

  it('a name asked of "him" is the name of the person the conversation is about', () => {
    for (const [first, name, who] of [
      ['In the July 2020 call, what did the Chinese official say China values in its ties with Vietnam?', 'whats his name again', /^Song Tao/],
      ['who did Song Tao talk to in 2022?', 'what was his name?', /^Le Hoai Trung/],
      ['who led the vietnamese side in 2020?', 'ông ấy tên gì nhỉ?', /^Hoàng Bình Quân/u],
      ['2022年中方是谁？', '他叫什么名字？', /^宋涛/u],
    ] as const) {
      const a = lastOf(first, name);
      expect(a.answered, name).toBe(true);
      expect(a.text, name).toMatch(who);
    }
    // Names of things the articles leave unnamed are still refused.
    expect(lastOf('what did they say about exchanges in 2020?', 'what are their names?').answered).toBe(false);
  });

  it("who held a side's place, asked after words on a subject, is that side's person at the conversation's talks", () => {
    for (const [first, who, holder] of [
      ['what role does party-channel cooperation play according to the 2022 talks', 'who was the vietnamese official then?', /Le Hoai Trung/],
      ['what did the 2020 call say about the floods?', 'who was the chinese official?', /Song Tao/],
    ] as const) {
      const a = lastOf(first, who);
      expect(a.intent, who).toBe('who');
      expect(a.text, who).toMatch(holder);
    }
  });

  it('"nearly two years later", "过了快两年", "sau gần hai năm": the talk after the conversation\'s, with "he" still its person', () => {
    for (const [first, later, said] of [
      ['2020年通话时中方夸了越南什么？', '过了快两年，他又祝贺越南什么？', /宋涛/u],
      ['Năm 2020 phía Trung Quốc khen Việt Nam điều gì?', 'sau gần hai năm, ông ấy chúc mừng Việt Nam về điều gì?', /Tống Đào/u],
      ['what did China praise Vietnam for in the 2020 call?', 'nearly two years later, what did he congratulate Vietnam on?', /Song Tao/],
    ] as const) {
      const a = lastOf(first, later);
      expect(cited(a), later).toEqual(['2022-04-19']);
      expect(a.text, later).toMatch(said);
    }
  });
});
