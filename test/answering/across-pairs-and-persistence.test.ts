// Kinds of miss across both talks: "both sides" (双方, hai bên) counts the sides, not the talks, so a subject only one
// talk reported cites that talk alone; "cả … lẫn …" names both talks as "both … and" does; whether a person was at
// both talks named by their years shows each talk, the format beside one year naming only that one; who "appeared"
// at the talks is who took part; a question that keeps one talk's subject to the other ("in 2022 did they still…?")
// asks of each talk.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();
const BOTH = ['2020-07-29', '2022-04-19'];
const firstLine = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('"both sides" is no "both talks"', () => {
  it.each([
    ['How did both sides cope when exchanges could not be held as scheduled?', /scheduled/u],
    ['因为疫情，原来排好的党际往来活动受到了什么影响，双方又是怎么应对的？', /未能如期/u],
    ['疫情期间，双方原定的党际交流没能如期举行，双方是怎么补救的？', /未能如期|灵活/u],
  ])('%j cites the 2020 talk alone', (q, said) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(said);
    expect(dates(q)).toEqual(['2020-07-29']);
  });
});

describe('a person at both talks, each named by its year', () => {
  it.each([
    ['Ông Tống Đào có tham dự cả cuộc điện đàm 2020 lẫn cuộc hội đàm 2022 không?', /^Có/u],
    ['Ông Tống Đào có tham gia cả cuộc gọi năm 2020 lẫn cuộc hội đàm năm 2022 không?', /^Có/u],
    ['Did Song Tao attend both the 2020 phone talks and the 2022 talks?', /^Yes/u],
  ])('%j is Yes, citing both talks', (q, lead) => {
    expect(firstLine(q)).toMatch(lead);
    expect(dates(q)).toEqual(BOTH);
  });

  it.each([
    ['Ông Quân có dự cả cuộc điện đàm 2020 lẫn cuộc hội đàm 2022 không?', /^Không/u],
    ['Did Quan attend both the 2020 phone talks and the 2022 talks?', /^No/u],
  ])('%j is No: he was at one of them', (q, lead) => {
    expect(firstLine(q)).toMatch(lead);
  });
});

describe('who appeared at both talks is who took part', () => {
  it.each([
    'Nhân vật nào xuất hiện ở cả cuộc điện đàm 2020 lẫn cuộc hội đàm 2022?',
    'Who appeared at both the 2020 phone talks and the 2022 talks?',
    'Which official appeared in both talks?',
  ])('%j names Song Tao, citing both talks', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Song Tao|Tống Đào/u);
    expect(dates(q)).toEqual(BOTH);
  });

  it('appearing somewhere the articles never mention stays refused', () => {
    expect(engine.answer('Who appeared on TV after the talks?').answered).toBe(false);
  });
});

describe('one talk\'s subject kept to the other talk asks of each', () => {
  it.each([
    '2020年提到要用灵活方式交流，到了2022年双方还强调灵活吗？',
    'In 2020 they talked of flexible exchanges; in 2022 did the two sides still stress flexibility?',
    'Năm 2020 hai bên nói về giao lưu linh hoạt, đến năm 2022 họ vẫn nhấn mạnh sự linh hoạt chứ?',
  ])('%j cites both talks', (q) => {
    expect(engine.answer(q).answered).toBe(true);
    expect(dates(q)).toEqual(BOTH);
  });

  it('"also" beside a format naming one talk asks of that talk alone', () => {
    expect(dates('was the 2022 one also over the phone?')).toEqual(['2022-04-19']);
  });
});
