// Yes/No through the claim checker: "Yes" only when every checkable detail of the question matches the
// sentences the answer cites, "No" with the right value cited when one differs, and no lead at all when a
// detail cannot be checked; a yes/no question with one wrong detail of a talk that is otherwise clear is
// corrected rather than refused, but talks that do not exist are still refused.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('No, with the right value cited, when a detail differs', () => {
  it.each([
    ['Were three documents signed in April 2022?', 'No: two, not three.', 'the two officials signed a cooperation plan'],
    ['were the floods in Vietnam?', 'No: China, not Vietnam.', 'many Chinese localities'],
    ['Did they sign a plan covering 2022 to 2027?', 'No: 2021-2025, not 2022-2027.', 'CPV and CPC for the 2021-2025 period'],
    ['Did China give medical supplies worth 2 million yuan?', 'No: 1.5 million CNY (235,000 USD), not 2 million CNY.', '1.5 million CNY (235,000 USD)'],
    ['Did Trung call on China to comply with two legal documents?', 'No: three, not two.', 'comply with three legal documents'],
    ['Did Song Tao respond negatively to the issues raised by Vietnam?', 'No:', 'He responded positively'],
    ['Is Song Tao deputy head of the International Liaison Department?', 'No: Head of the International Liaison Department', 'International Liaison Department'],
  ])('%s', (q, lead, quote) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text.startsWith(lead), a.text).toBe(true);
    // The correction ends with the number of the quote that gives the right value.
    const n = Number(/^[^\n]*?\[(\d+)\]/.exec(a.text)?.[1]);
    expect(a.citations[n - 1]?.quote).toContain(quote);
  });

  it('a wrong day or month of a talk that is otherwise clear is corrected, not refused', () => {
    expect(first('Did Quan and Song Tao talk on July 19, 2020?')).toMatch(/^No: 29 July 2020, not 19 July 2020\. \[1\]$/);
    expect(first('Was the 2022 videoconference held in March?')).toMatch(/^No: 19 April 2022, not March\. \[\d\]$/);
    expect(first('Were the 2020 and 2022 talks both held on the 29th?')).toMatch(/^No: 19 April 2022, not the 29th\./);
  });

  it('talks in a year without talks are refused, never answered with another talk\'s facts', () => {
    for (const q of ['Were there talks in 2023?', 'did Hoang Binh Quan attend the 2023 talks?', 'did song tao n trung meet in 2021']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(false);
      expect(a.citations).toEqual([]);
    }
  });

  it('in Vietnamese and Chinese too, in their words', () => {
    expect(first('Hội đàm năm 2022 có ký ba văn kiện không?')).toMatch(/^Không: hai, không phải ba\./);
    expect(first('2022年会谈签署了三份文件吗？')).toMatch(/^不是：/);
  });
});

describe('Yes only when every detail matches', () => {
  it.each([
    ['Were two documents signed in April 2022?', 'Yes.'],
    ['Were the floods in China?', 'Yes.'],
    ['Did China give medical supplies worth 1.5 million yuan?', 'Yes.'],
    ['Was the cooperation plan for 2021-2025?', 'Yes.'],
    ['Did Song Tao take part in both talks?', 'Yes'],
  ])('%s', (q, lead) => {
    expect(first(q).startsWith(lead), first(q)).toBe(true);
  });

  it('a detail the articles cannot confirm leaves the answer without Yes or No: it says what they report', () => {
    const a = engine.answer('Was the cooperation plan signed in Hanoi?');
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/^(Yes|No)\b/);
    expect(a.text).toContain('cooperation plan');
  });
});

describe('a side in the passive is the one acted on, not the one acting', () => {
  it.each([
    ['was vietnam praised in the 2020 call?', /^Yes\./, 'spoke highly of Vietnam'],
    ['was vietnam congratulated in 2022?', /^Yes\./, 'Song Tao congratulated Vietnam'],
    ['was vietnam thanked in 2020?', /^Yes\./, 'thanked the Vietnamese Party'],
  ])('%s', (q, lead, said) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(lead);
    expect(a.text).toContain(said);
  });

  it('"was China thanked in 2020?" never says Yes with the thanks China gave', () => {
    expect(engine.answer('was china thanked in 2020?').text).not.toMatch(/^Yes/);
  });

  it('a participle before a noun is no passive: "how much were China\'s donated supplies worth?" is answered', () => {
    expect(engine.answer("How much were China's donated medical supplies worth in yuan?").text).toContain('1.5 million CNY');
  });
});
