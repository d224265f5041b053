// A claim about an event the articles never mention, sharing with a talk only its setting (a side named by its
// capital, a date), has no related evidence: "beijing hosted the winter olympics in feb 2022" is none, not related to
// the 2022 talks. A claim on what the talks did, named by its side's capital, is still checked.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const check = (claim: string) => sharedEngine().check(claim);

describe('a claim sharing only a place or a date with a talk', () => {
  it('is none', () => {
    for (const claim of ['beijing hosted the winter olympics in feb 2022 right?', 'hanoi hosted the sea games in may 2022']) {
      const c = check(claim);
      expect(c.verdict, claim).toBe('none');
      expect(c.matches, claim).toEqual([]);
    }
  });

  it('one sharing what was done is still supported', () => {
    expect(check('Beijing sent medical supplies to Vietnam in 2022').verdict).toBe('supports');
  });
});
