// Round 46's confidently wrong answers at first contact, by kind, in all three languages: a talk named by a year no
// talk has, answered with another talk's facts; a yes/no whose act is right but whose date, naming the talk its
// people held, is wrong in one part.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('a year before the talk noun it modifies names that talk', () => {
  it.each([
    ['2021年中越两党对外部门负责人那次会谈达成了什么共识？', '2021'],
    ['2021年双方会谈签署了哪些文件？', '2021'],
    ['Năm 2021, hai bên hội đàm đã thống nhất những gì?', '2021'],
    ['What consensus did the two sides reach at the 2021 talks?', '2021'],
  ])('%j is refused: no talks that year', (q, year) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toContain(year);
    expect(a.citations).toHaveLength(0);
  });

  it('a year of a talk the articles report is answered of that talk', () => {
    const a = engine.answer('2020年中越两党对外部门负责人那次会谈是以什么方式举行的？');
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.date)).toContain('2020-07-29');
  });
});

describe('a date that only names the talk its people held is put right beside the Yes', () => {
  it.each([
    ['Buổi hội đàm tháng 3/2022 giữa ông Trung và ông Tống Đào có ký kế hoạch hợp tác không?', /^Có/u, '19 tháng 4, 2022'],
    ['Có phải cuộc điện đàm ngày 29/7/2021 giữa ông Quân và ông Tống Đào đã đề cập đến lũ lụt ở Trung Quốc?', /^Có/u, '29 tháng 7, 2020'],
    ['Did Trung and Song Tao sign the plan at their March 2022 talks?', /^Yes/u, '19 April 2022'],
    ['Did the phone talks on 29 July 2021 between Quan and Song Tao mention the floods in China?', /^Yes/u, '29 July 2020'],
    ['黎怀忠和宋涛2022年3月的会谈签署了合作计划吗？', /^是/u, '2022年4月19日'],
  ])('%j leads with Yes for the act, and gives the right date', (q, yes, date) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(first(q)).toMatch(yes);
    expect(a.text).toContain(date);
  });

  it('an act that did not happen at the talk its people held stays No', () => {
    expect(first('Did Quan and Song Tao sign documents in their March 2020 call?')).toMatch(/^No/u);
  });

  it('a date said of the act, before the people and their verb of meeting, stays No', () => {
    expect(first('Hồi tháng 3/2022 ông Lê Hoài Trung và ông Tống Đào hội đàm trực tuyến rồi ký kế hoạch hợp tác 2021-2025 đúng không?')).toMatch(/^Không/u);
  });

  it('a date said of the act, with no talk named by its people, stays No', () => {
    expect(first('Were documents signed in March 2022?')).toMatch(/^No/u);
  });
});
