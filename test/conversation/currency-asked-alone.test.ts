// "Là usd hả?", "was it in dollars?" after the worth of a gift: a currency asked alone of the figure in play is the
// currency that figure is given in (the article's first amount; the second is it converted). The wrong one is No,
// with the figure cited; the right one is Yes. Before, any currency in the cited sentence made it a Yes.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

describe('a currency asked alone of the figure in play', () => {
  it.each([
    ['how much was the medical aid china gave in 2022 worth?', 'was that in us dollars?', /^No: 1\.5 million CNY \(235,000 USD\), not USD\./u],
    ['what did song tao announce in 2022?', 'were those dollars?', /^No: 1\.5 million CNY/u],
    ['trung quốc tặng vật tư y tế trị giá bao nhiêu năm 2022?', 'tính bằng đô la mỹ à?', /^Không: 1,5 triệu nhân dân tệ/u],
    ['2022年中方赠送的医疗物资价值多少？', '是美元吗？', /^不是：是150万 CNY/u],
  ])('No, with the figure: %s → %s', (q1, q2, lead) => {
    const a = lastOf(q1, q2);
    expect(a.text).toMatch(lead);
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('the currency the figure is given in stays Yes', () => {
    expect(lastOf('how much was the medical aid china gave in 2022 worth?', 'was it in yuan?').text).toMatch(/^Yes/u);
  });

  it('a currency beside other words is no currency asked alone', () => {
    expect(lastOf('how much was the medical aid china gave in 2022 worth?', 'did song tao mention dollars?').text).not.toMatch(/^No: .*not USD/u);
  });
});
