// A claim closed into a question ("…, right?") is the same claim: a person who was not at the talk it names is still
// contradicted, though the reader, asking whether he was there, keeps no correction in its scope (round 55).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a claim with a closing tag', () => {
  it.each([
    'hoang binh quan was the one talking to song tao in april 2022, right?',
    'quan talked to song tao in april 2022, correct?',
    'Le Hoai Trung held the phone talks with Song Tao in July 2020, right?',
  ])('%s: a person not at the talk is contradicted', (claim) => {
    const c = engine.check(claim);
    expect(c.verdict).toBe('contradicts');
    expect(c.differs.map((d) => d.kind)).toContain('person');
  });

  it.each([
    ['trung talked to song tao in april 2022, right?', '2022-04-19'],
    ['quan and song tao held phone talks in july 2020, right?', '2020-07-29'],
  ])('%s: the people who were there still support it', (claim, date) => {
    const c = engine.check(claim);
    expect(c.verdict).toBe('supports');
    expect(c.matches[0]?.citation.date).toBe(date);
  });
});
