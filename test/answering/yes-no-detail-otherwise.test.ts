// A Yes to a yes/no question whose checkable detail differs from the fact is confidently wrong. Two ways it happened:
// a quality or trend claimed in a reported clause ("did Quan say ties were fragile?", "…were going backwards?") that
// no cited sentence says, read past as a word carrying no subject; and a currency named apart from the figure it is
// asked of ("was the 1.5 million donation in USD?"), left unread so the figure was no amount at all.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('a quality or trend claimed in a reported clause', () => {
  it.each([
    ['did Hoang Binh Quan tell Song Tao that relations between the parties were in retreat?'],
    ['in 2020 did Quan say the ties between the two parties were backsliding?'],
    ['Did Quan say in the 2020 call that party relations had been regressing?'],
    ['did the Vietnamese side say in July 2020 that the relationship was going backward?'],
  ])('the opposite of the momentum reported is No: %s', (q) => {
    expect(first(q)).toMatch(/^No: .*maintaining/u);
  });

  it.each([
    ['did Quan say in 2020 that the relationship between the parties was brittle?'],
    ['did Quan say party relations were unfriendly during the 2020 phone call?'],
    ['in 2022 did Trung say that cooperation through the party channel had become obsolete?'],
  ])('a quality no cited sentence says is no Yes: %s', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/^Yes/u);
  });
});

describe('a currency named apart from the figure it is asked of', () => {
  it.each([
    ['at the April 2022 talks, was the 1.5 million gift from China counted in US dollars?', /^No: 1\.5 million CNY \(235,000 USD\), not 1\.5 million USD\./u],
    ['năm 2022 khoản 1,5 triệu Trung Quốc tặng là tính bằng usd à?', /^Không: 1,5 triệu nhân dân tệ \(235\.000 USD\), không phải 1,5 triệu USD\./u],
    ['2022年宋涛宣布的150万医疗物资，币种是美元吗？', /^不是：是150万 CNY \(23\.5万 USD\)，而不是150万 USD。/u],
  ])('No, with the figure reported: %s', (q, lead) => {
    expect(first(q)).toMatch(lead);
  });
});

describe('near cases that keep their answers', () => {
  it('the trend reported, asked in a reported clause, stays Yes', () => {
    expect(first('did Quan say in 2020 that party relations were maintaining positive momentum?')).toMatch(/^Yes/u);
  });
  it('the currency the figure was given in stays Yes', () => {
    expect(first('in 2022 was the 1.5 million gift from China in yuan?')).toMatch(/^Yes/u);
  });
  it('a year beside a currency named apart is no amount', () => {
    expect(first('in 2022, were the medical supplies China gave counted in yuan?')).not.toMatch(/^No/u);
  });
  it('a manner word after the verb is no quality claimed', () => {
    expect(first('was the 2022 meeting held virtually?')).not.toMatch(/^No/u);
  });
});
