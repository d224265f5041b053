// A yes/no whether someone at a talk the question names did an act of saying ("express sympathy", "chia buồn",
// "表示慰问") that the report of that talk never gives him, and that another talk's report gives someone else, is a
// plain No: his talk's silence, with where the act came up, both talks cited. (As "did Trung mention the floods in
// 2022?" already was.) A Yes stays a Yes; someone at the talk where the act came up keeps his own answer.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('an act of saying asked of someone at a talk whose report lacks it is No, citing where it came up', () => {
  it.each([
    'Did Le Hoai Trung offer condolences over the floods at the 2022 videoconference?',
    'Did Trung express sympathy to China over the flooding during the April 2022 talks?',
    'Năm 2022 ông Lê Hoài Trung có bày tỏ cảm thông về lũ lụt ở Trung Quốc không?',
    'Hội đàm tháng 4/2022, ông Trung chia buồn về thiên tai với Trung Quốc phải không?',
    '2022年视频会谈时黎怀忠对中国洪灾表示慰问了吗？',
    '黎怀忠2022年是不是就洪涝灾害向中方致以慰问？',
  ])('%j', (q) => {
    expect(first(q)).toMatch(/^(No|Không|不是|没有)/u);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it.each(['Did Hoang Binh Quan express sympathy over the floods in 2020?', '2020年黄平君对洪灾表示慰问了吗？'])('%j stays Yes', (q) => {
    expect(first(q)).toMatch(/^(Yes|是的|是|有)/u);
  });

  it('a deed, not an act of saying, is not made a No by another talk', () => {
    expect(first('Did Trung send aid for the floods in 2022?')).not.toMatch(/^No\./u);
  });
});
