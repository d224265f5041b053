// A milestone the sides marked, commemorated or celebrated is the anniversary of diplomatic ties; one congratulated or
// reached is the other side's achievement (the centenary goal). "marking" reads as celebrating through the lexicon
// (data/lexicon/curated.json), so "milestone" stays the congratulations' word (round 93).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (a: ReturnType<typeof engine.answer>) => [...new Set(a.citations.map((c) => c.date))].sort();

describe('a milestone marked', () => {
  it.each([
    'What milestone in Vietnam-China relations were the two parties marking in 2020?',
    "Which milestone in the two countries' official relations were they marking in 2020?",
    'What milestone in relations between the two countries was being marked in 2020?',
  ])('%s: the 70th anniversary, at the 2020 talks', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/70th founding anniversary/u);
    expect(dates(a)).toEqual(['2020-07-29']);
  });

  it('marked or congratulated at each talk: the anniversary in 2020, the centenary goal in 2022', () => {
    const a = engine.answer('What occasions or milestones were being marked or congratulated in each of the two talks?');
    expect(a.text).toMatch(/70th/u);
    expect(a.text).toMatch(/centenary/u);
  });

  it.each([
    'What milestone did the Vietnamese side congratulate China on in 2022?',
    'Phía Việt Nam chúc mừng Trung Quốc vì đã hoàn thành cột mốc nào?',
  ])('%s: a milestone congratulated is the centenary goal alone', (q) => {
    const a = engine.answer(q);
    expect(dates(a)).toEqual(['2022-04-19']);
    expect(a.text).not.toMatch(/70/u);
  });
});
