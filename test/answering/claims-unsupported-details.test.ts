// Round 86's kinds of claims judged on details the articles do not give. A place name the articles never use, typed
// in lower case ("the paracel islands"), is not vouched for by their talk of the sea: related, not supported. A name
// after "a visit by" is that visit's doer, no one in a participant's place: related, not contradicted. A word of
// theirs as the first of a compound naming another thing ("sea games", "supply chains") ties a claim to them no more
// than a side does: no verdict.
import { describe, expect, it } from 'vitest';
import { expectContradicted, expectSupported, firstMatch as first } from '../support/claim-verdicts.js';

describe('a specific place the articles never name', () => {
  it('typed in lower case, is related, not supported, by their talk of the sea', () => {
    for (const claim of ['Song Tao and Quan discussed the spratly islands during the 2020 call', 'Le Hoai Trung discussed the spratlys with Song Tao in 2022']) {
      expect(first(claim).verdict, claim).toBe('related');
    }
  });

  it('a claim on the sea in the articles’ own words is still supported', () => {
    expectSupported('the sea disputes were discussed in the 2020 call', '2020-07-29', 'disputes');
  });
});

describe('someone named as the doer of another event', () => {
  it('is related to the talk it dates, not a wrong participant', () => {
    for (const claim of ['the 2022 talks were meant to prepare a visit by Xi Jinping to Hanoi', 'The April 2022 videoconference was held to prepare a visit by Nguyen Phu Trong to China.']) {
      expect(first(claim).verdict, claim).toBe('related');
    }
  });

  it('someone said to have held the talk still contradicts who took part', () => {
    expectContradicted('Wang Yi held the 2022 videoconference with Trung', 'person');
  });
});

describe('a compound naming another thing with a word of the articles', () => {
  it('has no verdict, though it names a side', () => {
    for (const claim of ['the sea turtles of vietnam are endangered since 2020', 'Korea and Vietnam signed a pact on rice supply quotas in 2022']) {
      expect(first(claim).verdict, claim).toBe('none');
    }
  });

  it('a claim with the articles’ own compound or name stays judged', () => {
    expectSupported('China sent medical supplies to Vietnam in 2022', '2022-04-19', 'medical supplies');
    expect(first('China gave Vietnam millions of Sinopharm vaccine doses in 2021.').verdict).toBe('related');
  });
});
