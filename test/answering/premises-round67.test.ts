// Kinds of miss from rounds 66-67's first contact: a question whose talk is otherwise clear but carries one wrong detail
// was refused, or a true premise was denied. A day of the one talk that signed, in a month no talk fell in; a natural
// disaster named wrongly; an act given to the other side's official; a gift dated by the other talk's year. And the
// floods Vietnam backed China through are no premise to put right by the pandemic.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).lines[0]?.text ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a day of the talk that signed, in a month no talk fell in, is put right', () => {
  it.each([
    ['两党在3月19日的会谈上签了哪两份文件？', /4月19日/u, /合作计划/u],
    ['What did the two parties sign at their talks on 19 March?', /19 April 2022/u, /cooperation plan/u],
    ['Hai bên đã ký những văn kiện gì trong cuộc hội đàm ngày 19/3?', /19 tháng 4, 2022/u, /kế hoạch hợp tác/u],
  ])('%j names the talk, then what was signed', (q, talk, signed) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toMatch(talk);
    expect(a.text).toMatch(signed);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it.each([
    // 29 is the 2020 call's day, which signed nothing; with no subject, a day alone is another day's talks.
    'What did they sign on 29 March?',
    'What was discussed on 19 March?',
  ])('%j is still refused', (q) => {
    expect(engine.answer(q).answered).toBe(false);
  });
});

describe('a natural disaster named wrongly is put right by the one reported', () => {
  it.each([
    ['Why did the earthquake in China come up in the 2020 phone talks?', /floods/u],
    ['Why was the typhoon in China brought up during the 2020 call?', /floods/u],
  ])('%j says floods, not the kind asked', (q, right) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toMatch(/^Not quite/u);
    expect(firstLine(q)).toMatch(right);
    expect(dates(q)).toEqual(['2020-07-29']);
  });
});

describe('a true premise is not denied by another kind of thing elsewhere in the talk', () => {
  it.each([
    "How did the Chinese party official react to Vietnam's backing during China's flood recovery?",
    "How did Song Tao respond to Vietnam's support during China's flood recovery?",
  ])('%j answers with the thanks, no correction', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).not.toMatch(/Not quite|otherwise/u);
    expect(a.text).toMatch(/thanked/u);
    expect(dates(q)).toEqual(['2020-07-29']);
  });
});

describe('an act given to the other side is put right, then answered as the one who did it', () => {
  it.each([
    ['Tại sao ông Tống Đào lại chúc mừng Trung Quốc hoàn thành mục tiêu 100 năm lần thứ nhất?', /Lê Hoài Trung/u, /Lê Hoài Trung chúc mừng/u],
    ['宋涛为什么祝贺中国实现第一个百年奋斗目标？', /黎怀忠/u, /黎怀忠祝贺/u],
    ['Why did Song Tao congratulate China on realising the first centenary goal?', /Le Hoai Trung, not Song Tao/u, /Le Hoai Trung congratulated/u],
  ])('%j', (q, correction, act) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toMatch(correction);
    expect(a.text).toMatch(act);
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('a gift by a body named, dated by the other talk, is put right by its talk', () => {
  it('the ILD’s supplies asked of 2020: No, 19 April 2022', () => {
    const q = 'Có phải Ban Liên lạc Đối ngoại Trung Quốc trao tặng vật tư y tế cho Việt Nam vào năm 2020 không?';
    expect(firstLine(q)).toMatch(/^Không: 19 tháng 4, 2022/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it.each(['did china send similar aid in 2020?', 'did china send vietnam supplies in 2020 too?'])('%j, one more gift asked of, is still refused', (q) => {
    expect(engine.answer(q).answered).toBe(false);
  });
});
