// Kinds from rounds 83-85's first contact: yes/no checked against the facts and premises put right, not refused.
// "It is necessary to promote X" is a proposal of X (a Yes to "did he propose X?", never a No; yet not a mere hope
// when asked what was done, which stays the verbs of wishing); "is it right that …"
// checks a fact, it asks no opinion; two years beside a document named are the period claimed of it, even near a
// talk noun; a bloc named in Vietnamese is the bloc ("Liên minh châu Âu"), put right as ASEAN; and "who met him face
// to face?" is answered with who, after the format is put right.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a statement that something is necessary is a proposal of it', () => {
  it.each([
    ['Ông Trung có đề nghị đẩy mạnh trao đổi cấp cao để tăng tin cậy chính trị không?', /^Có\./u],
    ['Did Trung propose promoting high-level exchanges to enhance political trust?', /^Yes\./u],
    ['黎怀忠是否建议推动高层交往以增进政治互信？', /^是的/u],
  ])('%j is a Yes, with what he said', (q, opening) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toMatch(opening);
    expect(a.text).toMatch(/political trust|tin cậy chính trị|政治互信/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('"cần" (necessary) read so: asked whether he said it is necessary, a Yes, not "only proposed"', () => {
    const q = 'Năm 2022 ông Trung có nói rằng cần đẩy mạnh giao lưu cấp cao để tăng cường tin cậy chính trị không?';
    expect(engine.answer(q).answered).toBe(true);
    expect(firstLine(q)).toMatch(/^Có\./u);
  });
});

describe('"is it right that …" checks a fact; "is it right for …" asks an opinion', () => {
  it.each([
    ["Is it right that the ILD's medical gift to Vietnam was worth 235,000 euros?", /^No: 1\.5 million CNY \(235,000 USD\)/u],
    ['Is it right that Trung signed a cooperation plan?', /^Yes\./u],
  ])('%j is answered', (q, opening) => {
    expect(engine.answer(q).answered).toBe(true);
    expect(firstLine(q)).toMatch(opening);
  });

  it('an opinion asked stays refused', () => {
    const a = engine.answer('Is it right for China to claim the East Sea?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/no opinions/u);
  });
});

describe('two years beside a document named are the period claimed of it', () => {
  it('the plan signed via videoconference does not cover 2020 to 2024: No, 2021-2025, the 2022 talks only', () => {
    const q = 'Is it right that the cooperation plan signed via videoconference covers 2020 to 2024?';
    const a = engine.answer(q);
    expect(firstLine(q)).toMatch(/^No\./u);
    expect(a.text).toMatch(/2021-2025/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('a bloc named in Vietnamese words is that bloc, put right', () => {
  it.each([
    ['Ông Lê Hoài Trung muốn Trung Quốc phối hợp với Liên minh châu Âu (EU) để thực hiện DOC, đúng không?'],
    ['Ông Lê Hoài Trung muốn Trung Quốc phối hợp với Liên hợp quốc để thực hiện DOC, đúng không?'],
  ])('%j is No: ASEAN', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toMatch(/^Không: .*ASEAN/u);
  });
});

describe('who met someone in person: the format put right, then who', () => {
  it.each([
    ['Who met Song Tao face to face in Beijing in April 2022?', /^Not quite\. The talks were not held in person/u, /Le Hoai Trung/u, '2022-04-19'],
    ['Who did Song Tao meet in person in 2020?', /^Not quite\. The talks were not held in person/u, /Hoang Binh Quan/u, '2020-07-29'],
    ['Ai đã gặp trực tiếp ông Tống Đào tại Bắc Kinh tháng 4/2022?', /^Không phải vậy\. Hai bên không gặp trực tiếp/u, /Lê Hoài Trung/u, '2022-04-19'],
    ['2022年4月谁在北京与宋涛面对面会见？', /^不对，双方并未面对面会谈/u, /黎怀忠/u, '2022-04-19'],
  ])('%j', (q, opening, who, date) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toMatch(opening);
    expect(a.text).toMatch(who);
    expect(dates(q)).toEqual([date]);
  });

  it('a yes/no of a meeting in person is still a plain No', () => {
    expect(firstLine('Did Trung meet Song Tao in person?')).toMatch(/^No\. The talks were not held in person/u);
  });
});
