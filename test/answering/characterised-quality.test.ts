// "Was the party channel called important in the 2022 talks?": "called" (and "described as", "gọi là", "称为") with a
// quality after it characterises a thing; no talk format is read from it (it was "No, not phone talks"). The quality is
// then checked against the statements: Yes where one says it, No where one says the opposite, no Yes where none says it.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const ask = (q: string) => sharedEngine().answer(q);
const dates = (q: string) => [...new Set(ask(q).citations.map((c) => c.date))];

describe('a quality said of a thing with "called"', () => {
  it('is Yes where the report says it, cited at that talk, with no format in it', () => {
    for (const q of ['was the party channel called important in the 2022 talks?', 'Was cooperation via the Party channel called important?']) {
      const a = ask(q);
      expect(a.text, q).toMatch(/^Yes\./u);
      expect(a.text, q).not.toMatch(/phone talks/u);
      expect(dates(q), q).toEqual(['2022-04-19']);
    }
  });

  it('in Vietnamese and Chinese, "gọi là" and "称为" are no phone call either', () => {
    expect(ask('kênh Đảng có được gọi là quan trọng trong hội đàm 2022 không?').text).toMatch(/^Có\./u);
    const zh = ask('2022年会谈中党的渠道被称为重要吗？');
    expect(zh.text).toMatch(/^是的/u);
    expect(zh.text).not.toMatch(/电话会谈/u);
  });

  it('a quality no statement says is no Yes; its opposite is No', () => {
    expect(ask('was the party channel called useless in 2022?').text).not.toMatch(/^Yes/u);
    expect(ask('was the relationship described as strained in 2020?').text).not.toMatch(/^Yes/u);
    expect(ask('was the party channel called pointless in 2022?').text).toMatch(/^No/u);
  });

  it('a call is still a call: a word of the format, or "called" with the one called after it', () => {
    expect(ask('were the talks in 2022 called by phone?').text).toMatch(/^No, not phone talks/u);
    expect(ask('Was the 2020 meeting a call?').text).toMatch(/^Yes/u);
  });
});
