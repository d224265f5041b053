// A claim of someone named, at one talk or at both, is borne out by the sentences naming them or saying what they
// alone said; what "the two sides" or "they" said at the same talk only relates to it. The verdict is unchanged.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const supporting = (claim: string) => engine.check(claim).matches.filter((m) => m.verdict === 'supports').map((m) => m.citation.quote);

describe('sentences supporting a claim of someone named', () => {
  it.each([
    ['Le Hoai Trung was at the April 2022 talks', /Le Hoai Trung/u],
    ['Hoang Binh Quan was at the July 2020 talks', /Hoang Binh Quan/u],
  ])('%j is supported only by sentences naming him', (claim, name) => {
    expect(engine.check(claim).verdict).toBe('supports');
    const quotes = supporting(claim);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q).toMatch(name);
  });

  it('what he alone said ("He spoke highly…") still supports what he is claimed to have said', () => {
    expect(supporting("Song Tao praised Vietnam's achievements against COVID-19").some((q) => /^He spoke highly/u.test(q))).toBe(true);
  });

  it('a contradicted claim of someone named stays contradicted', () => {
    expect(engine.check('Le Hoai Trung took part in the 2020 phone talks').verdict).toBe('contradicts');
  });
});
