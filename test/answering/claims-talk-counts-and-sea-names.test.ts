// Two kinds of claim misses of earlier rounds: a count of talks beyond those the articles report ("more than five
// times since 2020") was supported though no sentence gives it; the sea named by a name with a side's name in it
// ("the South China Sea") was read as China, a place the sentence on the sea does not give, so a faithful retelling
// of the obstacles at sea was only related.
import { describe, expect, it } from 'vitest';
import { expectSupported, firstMatch } from '../support/claim-verdicts.js';

describe('a count of talks beyond those the articles report', () => {
  it('is not supported', () => {
    for (const claim of [
      'Song Tao has held talks with Vietnamese Party officials more than five times since 2020.',
      'Song Tao has held talks with Vietnamese party officials 6 times since 2020',
    ]) {
      expect(firstMatch(claim).verdict, claim).toBe('related');
    }
  });

  it('the talks the articles report, said without a count, are still supported', () => {
    expectSupported('Song Tao held talks with Le Hoai Trung in April 2022', '2022-04-19', '');
  });
});

describe('the sea by a name with a side in it', () => {
  it('is the sea, and the obstacles at sea retold support the claim', () => {
    expectSupported(
      'Quan flagged the tense situation in the South China Sea / East Sea as a sore spot in Vietnam-China ties during the 2020 call.',
      '2020-07-29',
      'complicated developments at sea',
    );
  });

  it('a claim placing it in China itself is still no support', () => {
    expect(firstMatch('Quan flagged the tense situation in southern China as a sore spot in ties during the 2020 call').verdict).not.toBe('supports');
  });
});
