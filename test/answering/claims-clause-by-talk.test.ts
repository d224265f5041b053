// A claim whose clauses are each of another talk is checked clause by clause, each at its own talk, and the verdicts
// combined: a detail any clause gets wrong contradicts it (naming that detail), and it is supported only where every
// clause is. A claim said of "both" talks, each named by its date, is checked at each: a format one of them was not
// held in contradicts it, in a claim and in a yes/no question alike.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const kinds = (claim: string) => engine.check(claim).differs.map((d) => d.kind);
const opening = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('clauses each of another talk, every one holding', () => {
  it.each([
    'Quan represented Vietnam on the 2020 call, while Trung spoke for the CPV in the 2022 videoconference.',
    'Quan held phone talks with Song Tao on July 29, 2020, and Trung signed a cooperation plan with him in 2022.',
    'Two different Vietnamese officials took part: Hoang Binh Quan in 2020, Le Hoai Trung in 2022.',
    'Năm 2020 ông Hoàng Bình Quân điện đàm với Tống Đào, còn năm 2022 ông Lê Hoài Trung hội đàm trực tuyến với ông.',
  ])('%j is supported', (claim) => {
    const c = engine.check(claim);
    expect(c.verdict).toBe('supports');
    expect(new Set(c.matches.filter((m) => m.verdict === 'supports').map((m) => m.citation.date))).toEqual(new Set(['2020-07-29', '2022-04-19']));
  });
});

describe('clauses each of another talk, one getting a detail wrong', () => {
  it.each([
    ['Quan spoke by phone with Song Tao on July 9, 2020, and Trung held video talks with him in 2022.', 'date', '2020-07-29'],
    ['The 2020 talks marked the 75th anniversary of diplomatic ties, while the 2022 talks were held by video.', 'number', '2020-07-29'],
    ['Quan voiced sympathy over China\'s floods in 2020, and in 2022 Song Tao announced medical supplies worth 2 million CNY.', 'amount', '2022-04-19'],
    ['Trung spoke by phone with Song Tao in July 2020, and Quan met him by video in 2022.', 'person', '2020-07-29'],
    ['Năm 2020 hai bên điện đàm, còn năm 2022 hai bên gặp mặt trực tiếp.', 'format', '2022-04-19'],
    ['2020年双方通过电话会谈，2022年双方当面会谈。', 'format', '2022-04-19'],
  ])('%j contradicts, naming the %s', (claim, kind, date) => {
    const c = engine.check(claim);
    expect(c.verdict).toBe('contradicts');
    expect(kinds(claim)).toContain(kind);
    expect(c.matches[0]?.citation.date).toBe(date);
  });
});

describe('a claim of both talks, each named by its date, checked at each', () => {
  it.each([
    ['the 2020 and the 2022 talks were both held by phone', '2022-04-19'],
    ['Both the 2020 call and the 2022 meeting were conducted by videoconference.', '2020-07-29'],
    ['2020年和2022年的两次会谈都是通过视频举行的。', '2020-07-29'],
  ])('%j contradicts the format at the other talk', (claim, date) => {
    const c = engine.check(claim);
    expect(c.verdict).toBe('contradicts');
    expect(kinds(claim)).toEqual(['format']);
    expect(c.matches[0]?.citation.date).toBe(date);
  });

  it.each([
    ['Were both the 2020 and 2022 talks held by videoconference?', /^No\b/u],
    ['Were the 2020 and 2022 talks both phone calls?', /^No\b/u],
    ['Cả hai cuộc hội đàm năm 2020 và năm 2022 đều là điện đàm à?', /^Không\b/u],
  ])('the yes/no %j is No', (q, lead) => {
    expect(opening(q)).toMatch(lead);
    expect([...new Set(engine.answer(q).citations.map((c) => c.date))].sort()).toEqual(['2020-07-29', '2022-04-19']);
  });
});

describe('near cases that stay as they were', () => {
  it('each talk given its own format is supported', () => {
    expect(engine.check('In 2020 the talks were by phone; in 2022 they were held by videoconference.').verdict).toBe('supports');
    expect(engine.check('Song Tao took part in the 2020 call and the 2022 video talks.').verdict).toBe('supports');
  });

  it('a clause the articles do not report keeps the claim related', () => {
    expect(engine.check('In 2020 Quan talked with Song Tao, and in 2022 Trung signed a border treaty with Xi Jinping.').verdict).toBe('related');
    expect(engine.check('Both the 2020 and 2022 talks were conducted through interpreters.').verdict).toBe('related');
  });

  it('one talk named in several clauses is checked whole', () => {
    expect(engine.check('On July 29, 2020, Quan and Song Tao held phone talks.').verdict).toBe('supports');
  });

  it('someone put at the talk a clause dates is checked there, not at his own talk', () => {
    const claim = 'At the April 2022 videoconference, Hoang Binh Quan led the Vietnamese delegation.';
    expect(engine.check(claim).verdict).toBe('contradicts');
    expect(kinds(claim)).toContain('person');
    expect(engine.check(claim).matches[0]?.citation.date).toBe('2022-04-19');
  });

  it('a yes/no of one talk\'s format is answered at it', () => {
    expect(opening('Was the 2022 meeting held by video?')).toMatch(/^Yes\b/u);
    expect(opening('Were the 2020 talks a phone call?')).toMatch(/^Yes\b/u);
  });
});
