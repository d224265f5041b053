// Two talks named each by its year, one also by its format ("the 2020 call and the 2022 talks", "cuộc điện đàm 2020 và
// cuộc hội đàm 2022", "2020年的通话和2022年的会谈"): the format is said of its own year's talk and narrows no other,
// so both talks are in scope. A format said of every talk ("both phone calls") still narrows, and is checked; a
// format offered with the years to choose from ("on the phone, 2020 or 2022") still picks its talk.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a format beside one of two years named narrows only that year', () => {
  it.each([
    'Was Song Tao at the 2020 phone call and the 2022 meeting?',
    'Ông Tống Đào có dự cuộc điện đàm năm 2020 và cuộc hội đàm năm 2022 không?',
    'Tống Đào đã dự cuộc điện đàm 2020 và cuộc hội đàm 2022 phải không?',
    '宋涛参加了2020年的电话会谈和2022年的会谈吗？',
  ])('%j is Yes, citing both talks', (q) => {
    expect(first(q)).toMatch(/^(Yes|Có|是)/u);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('a format offered as a choice between years still picks its talk', () => {
    expect(dates('hey which talk was on the phone, 2020 or 2022')).toEqual(['2020-07-29']);
  });

  it('a format said of every talk is still No', () => {
    expect(first('Were the 2020 and 2022 talks both phone calls?')).toMatch(/^No/u);
  });
});
