// Round 79's English misses, by kind: a chat abbreviation ("brb") named as what the articles lack; an amount asked of
// what an organisation gave answered by describing the organisation (and citing the wrong talk); a wrong year said of
// both talks at once refused as "no talks in 2021".
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answering/types.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (a: Answer) => [...new Set(a.citations.map((c) => c.date))].sort();

describe('chat abbreviations are chat', () => {
  it.each([
    ['brb but first: was the 2022 one on zoom or what', /videoconference/],
    ['afk, what did they agree in 2020', /agreed/],
    ['ttyl but who led the CPC side in 2022?', /Song Tao/],
  ])('%j is answered, naming no abbreviation as lacking', (q, words) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/do not mention/);
    expect(a.text).toMatch(words);
  });
});

describe('an amount of what an organisation gave', () => {
  it('is the gift of the talk that reports it, not a description of the organisation', () => {
    const a = engine.answer("What's the US dollar value given for the medical aid China's liaison department sent for Vietnam's COVID fight?");
    expect(a.text).toMatch(/235,000 USD/);
    expect(dates(a)).toEqual(['2022-04-19']);
  });

  it('what the organisation is is still described', () => {
    expect(engine.answer('What is the International Liaison Department?').text).toMatch(/^The International Liaison Department/);
  });
});

describe('a wrong year said of both talks', () => {
  it.each([
    'Since both of these talks happened in 2021, which one came first?',
    'Vì cả hai cuộc hội đàm đều diễn ra năm 2021, cuộc nào diễn ra trước?',
    '既然两次会谈都在2021年，哪一次在先？',
  ])('%j gives each talk its date', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/2020/);
    expect(a.text).toMatch(/2022/);
    expect(dates(a)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('talks of 2021 asked for on their own are still refused', () => {
    expect(engine.answer('When were the 2021 talks?').answered).toBe(false);
  });
});
