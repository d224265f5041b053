// Kinds of miss across both talks (round 105): the same body at both talks is answered with the bodies named; which
// side changed its man gets each talk's people; everyone "taking part across" the talks is who took part; Chinese
// 参会/与会 are attending; "which call" chooses among the talks rather than naming the phone call; chat "rite" is
// "right"; an umbrella kind ("disasters") is named by a kind it covers ("floods").
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();
const BOTH = ['2020-07-29', '2022-04-19'];

describe('the same body at both talks, named', () => {
  it.each([
    ['Was it the same Chinese department at both talks?', /International Liaison Department/u],
    ['Did the same Vietnamese commission take part in 2020 and in 2022?', /Commission for External Relations/u],
  ])('%j answers Yes and names the body', (q, body) => {
    const a = engine.answer(q);
    expect(first(q)).toBe('Yes.');
    expect(a.text).toMatch(body);
    expect(dates(q)).toEqual(BOTH);
  });
});

describe('which side changed its representative', () => {
  it('a long Chinese question with a premise gives each talk its people', () => {
    const q = '我同学说越方两次都是同一个人，我觉得中方换了人。到底哪边换人了？';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    // Each talk's people with their posts, not what was said there.
    expect(a.text).toMatch(/黎怀忠（/u);
    expect(a.text).toMatch(/黄平君（/u);
    expect(dates(q)).toEqual(BOTH);
  });
});

describe('taking part across the talks', () => {
  it.each(['List all officials taking part throughout the two talks.', 'Who took part across both talks?', 'Name each official taking part across the two rounds.'])('%j names everyone at each talk', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Hoang Binh Quan/u);
    expect(a.text).toMatch(/Le Hoai Trung/u);
    expect(dates(q)).toEqual(BOTH);
  });

  it('an act beside "who" that the articles never report is still refused', () => {
    expect(engine.answer('Who initiated the call?').answered).toBe(false);
  });
});

describe('参会 and 与会 are attending', () => {
  it('宋涛两次与会时的职务变了没有？ says his post did not change', () => {
    const q = '宋涛两次参会，职务变了没有？';
    expect(engine.answer(q).answered).toBe(true);
    expect(first(q)).toMatch(/^没有/u);
    expect(dates(q)).toEqual(BOTH);
  });

  it('黄平君参会是哪一次？ cites the 2020 talks', () => {
    expect(dates('黄平君参会是哪一次？')).toEqual(['2020-07-29']);
  });
});

describe('a which-talk question in chat', () => {
  it.each(['sea issues got raised somewhere rite? which call', 'were vaccine passports discussed? which call was that'])('%j is answered, not refused or narrowed to the phone call', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(first(q)).not.toMatch(/^No\b/u);
  });

  it('"the land border came up in 2022 rite?" answers Yes', () => {
    expect(first('the land border came up in 2022 rite?')).toBe('Yes.');
  });

  it('"which call was by phone?" still picks the phone talks', () => {
    expect(dates('which call was by phone?')).toEqual(['2020-07-29']);
  });
});

describe('an umbrella kind named by a kind it covers', () => {
  it.each(['what disasters had struck china when they spoke in 2020?', 'which disasters did Quan express sympathy over?'])('%j gives the floods', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/floods/u);
    expect(dates(q)).toEqual(['2020-07-29']);
  });

  it('a kind it does not cover is still put right', () => {
    expect(first('what earthquakes hit china in 2020?')).toMatch(/^Not quite/u);
  });

  it('particulars the articles never name are still refused', () => {
    expect(engine.answer('Which specific ministries took part in the exchanges?').answered).toBe(false);
  });
});
