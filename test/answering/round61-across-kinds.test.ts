// Kinds of miss across both talks from round 61, in all three languages: a person named as the one replaced at the
// other talk; a long message whose context sets the reports side by side and whose question says "each"; a choice of
// the talk that had two acts (a signing and another act on a subject); what the reports say in common.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();
const BOTH = ['2020-07-29', '2022-04-19'];

describe('a person named as the one replaced at a talk they were not at', () => {
  it.each([
    ['Who replaced Hoang Binh Quan as the Vietnamese representative in 2022?', /Le Hoai Trung/u],
    ['In 2022, who represented Vietnam instead of Quan from the earlier call?', /Le Hoai Trung/u],
    ['Who was Quan\'s successor at the 2022 talks?', /Le Hoai Trung/u],
    ['Năm 2022, ai đại diện phía Việt Nam thay cho ông Hoàng Bình Quân?', /Lê Hoài Trung/u],
    ['2022年接替黄平君代表越方的是谁？', /黎怀忠/u],
    ['2022年代替黄平君出席会谈的是谁？', /黎怀忠/u],
  ])('%j names who held the place at each talk', (q, successor) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(successor);
    expect(dates(q)).toEqual(BOTH);
  });

  it.each([
    'Who succeeded Song Tao in 2022?',
    'Who replaced Quan?',
    'Why was Hoang Binh Quan replaced by Le Hoai Trung after 2020?',
  ])('%j stays a career after the talks, refused', (q) => {
    expect(engine.answer(q).answered).toBe(false);
  });
});

describe('"each" in the question after a context that names both reports', () => {
  it.each([
    ['Both reports bring up phone talks between leaders. What did each say they achieved?', /trust/u],
    ['Both articles mention leaders talking by phone. What did each say those calls did?', /trust/u],
    ['What did each article say the phone calls between leaders achieved?', /trust/u],
  ])('%j answers from each talk', (q, said) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(said);
    expect(dates(q)).toEqual(BOTH);
  });

  it('a format the reports are said to mention is no premise about how the talks were held', () => {
    expect(engine.answer('Both articles mention leaders talking by phone. What did each side say?').text).not.toMatch(/^Not quite/u);
  });

  it('a format said of every talk is still put right', () => {
    expect(engine.answer('既然两次会谈都是打电话进行的，双方签了什么？').text.split('\n')[0]).toMatch(/^不对/u);
  });
});

describe('which talk had a signing and another act on a subject', () => {
  it.each([
    ['At which talks were documents signed and medical supplies also announced?', /^The talks via videoconference of 19 April 2022/u],
    ['Trong hai cuộc hội đàm, lần nào vừa ký văn kiện vừa công bố tặng vật tư y tế?', /^Cuộc hội đàm trực tuyến ngày 19 tháng 4, 2022/u],
    ['两次会谈里，哪次既签署了文件又宣布了捐赠医疗物资？', /^2022年4月19日/u],
  ])('%j names the talk that had both, citing each talk', (q, lead) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(lead);
    expect(dates(q)).toEqual(BOTH);
  });

  it('a document signed on the subject is still looked for as such', () => {
    expect(engine.answer('哪一次签了关于医疗物资的文件？').answered).toBe(false);
  });
});

describe('what the reports say in common', () => {
  it.each([
    ['What do both reports say in common about how exchanges went on during the pandemic?', /flexible/u],
    ['两次会谈在疫情下的交流方式上有什么共同之处？', /灵活/u],
    ['Hai bài báo có điểm chung gì khi nói về cách giao lưu trong bối cảnh dịch bệnh?', /linh hoạt/u],
  ])('%j gives the wording both share, from each talk', (q, shared) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(shared);
    expect(dates(q)).toEqual(BOTH);
  });
});
