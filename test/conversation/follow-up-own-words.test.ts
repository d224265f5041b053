// Follow-ups whose own words should win over what the conversation carries: the talk a guess was put right at, the
// talk a "was it announced there?" names, a question of its own at another talk, "what else did he tell them then?",
// a figure asked after a summary; and who an answer about both parties is about.
import { describe, expect, it } from 'vitest';
import { cited, converse, lastOf } from '../support/conversation.js';

describe('a follow-up keeps what its own words name', () => {
  it('a guess at who held a side\'s place, put right: "he" next is the one who held it, at that talk', () => {
    for (const [guess, post, date, holder] of [
      ['in 2022 Vietnam was represented by Quan, right?', 'and what was his title?', '2022-04-19', /Le Hoai Trung/],
      ['Năm 2020 phía Việt Nam là ông Lê Hoài Trung phải không?', 'ông ấy giữ chức gì?', '2020-07-29', /Hoàng Bình Quân/],
      ['2022年越方是黄平君参加的吧？', '他是什么职务？', '2022-04-19', /黎怀忠/],
    ] as const) {
      const [no, his] = converse(guess, post);
      expect(no?.text, guess).toMatch(/^(No|Không|不是)/u);
      expect(his?.answered, post).toBe(true);
      expect(cited(his!), post).toEqual([date]);
      expect(his?.text, post).toMatch(holder);
    }
    // Asked of one person's presence, not of a side's place, the conversation stays about him.
    const [, when] = converse('did Hoang Binh Quan take part in the 2022 videoconference?', 'when did he talk with Song Tao then?');
    expect(cited(when!)).toEqual(['2020-07-29']);
  });

  it('"was it announced at the 2020 talks?" after the 2022 supplies: No, where it was said', () => {
    for (const [first, check, no] of [
      ['how much were the medical supplies China gave in 2022 worth?', 'was that announced during the 2020 call?', /^No/],
      ['Năm 2022 Trung Quốc tặng vật tư y tế trị giá bao nhiêu?', 'có phải được công bố trong cuộc điện đàm năm 2020 không?', /^Không/u],
      ['2022年中方赠送的医疗物资价值多少？', '是2020年那次通话宣布的吗？', /^不是/u],
    ] as const) {
      const a = lastOf(first, check);
      expect(a.text, check).toMatch(no);
      expect(cited(a), check).toEqual(['2022-04-19']);
    }
  });

  it('a question of its own at another talk is not held to the carried subject: what China gave in 2022', () => {
    const a = lastOf('which disaster was discussed on the 2020 phone call?', 'and at the 2022 talks, did china help vietnam in any way?');
    expect(a.answered).toBe(true);
    expect(cited(a)).toEqual(['2022-04-19']);
    expect(a.text).toContain('medical supplies');
    expect(a.text).not.toMatch(/floods/);
  });

  it('"what else did he tell them then?": the rest of what he said at that talk, not who he is', () => {
    const a = lastOf('what did Song Tao thank Vietnam for in 2020?', 'what else did song tao tell the vietnamese then');
    expect(a.intent).toBe('topic');
    expect(cited(a)).toEqual(['2020-07-29']);
    expect(a.text).toMatch(/neighbourliness|COVID-19/);
    const quan = lastOf('who took part in the 2020 call?', 'what else did quan tell china then?');
    expect(quan.text).toMatch(/^29 July 2020, phone talks:\n• Hoang Binh Quan/u);
    // Asked what his job was then (nothing "else"), it is still who he is.
    const job = lastOf('who spoke for Vietnam in the 2020 call?', 'and what was his job back then');
    expect(job.text).toContain('Commission for External Relations');
  });

  it('a figure in dollars asked after a summary of a talk: the sentence that gives it', () => {
    for (const q of ['worth how much in dollars?', 'how much in dollars in 2022?']) {
      const a = lastOf('give me a summary of the 2022 talks', q);
      expect(a.text, q).toContain('235,000 USD');
      expect(cited(a), q).toEqual(['2022-04-19']);
    }
  });

  it('who took part, asked of both parties named as parties: about both sides\' people, so "he" may be either', () => {
    const [who] = converse('Cuộc hội đàm năm 2022 giữa hai Đảng Việt Nam và Trung Quốc là giữa những ai?');
    expect(who?.about?.people).toEqual(expect.arrayContaining(['le-hoai-trung', 'song-tao']));
  });
});
