// A claim that names nothing of the talks, whose every word of substance the articles never use, matching them only by
// its year ("messi finally won the world cup in 2022"): it has no verdict, not "related" to the talk of that year.
import { describe, expect, it } from 'vitest';
import { firstMatch as first } from '../support/claim-verdicts.js';

describe('a claim only a year ties to the talks', () => {
  it('has no verdict', () => {
    for (const claim of ['messi finally won the world cup with argentina in 2022', 'the world cup final was played in qatar in 2022']) {
      expect(first(claim).verdict, claim).toBe('none');
    }
  });

  it('a claim on the talks of that year is still related or better', () => {
    for (const claim of ['Song Tao promised to send Vietnam COVID vaccines in 2020', 'the two sides discussed the floods in 2020']) {
      expect(first(claim).verdict, claim).not.toBe('none');
    }
  });
});
