// Round 76's kinds of claim misses: a wrong date said of a talk named by a clipped word ("videoconf") or glossed by a
// distance ("…, a year before the anniversary"); a claim framed as hearsay ("heard…", "I read that…"); an amount in a
// currency symbol ("¥1.5m"); an agreement claimed of another act than the one a sentence hopes for; a chat claim
// typed in lower case about a thing the articles never name.
import { describe, expect, it } from 'vitest';
import { expectContradicted, expectSupported, firstMatch as first } from '../support/claim-verdicts.js';

describe('a wrong date of a talk', () => {
  it('is contradicted when the talk is named by a clipped word', () => {
    expectContradicted('le hoai trung and song tao held their videoconf on april 12 2022', 'date', '2022-04-19');
  });

  it('is contradicted when a distance from something says when that date was', () => {
    expectContradicted('Quan and Song Tao spoke by phone on 29 July 2018, two years before the anniversary.', 'date', '2020-07-29');
  });

  it('a distance from the talks themselves is still another event', () => {
    expect(first('a few months after the July 2020 call, Quan visited Beijing').verdict).not.toBe('contradicts');
  });
});

describe('a claim framed as hearsay', () => {
  it('is supported as the claim itself', () => {
    for (const claim of ['Heard the party talks of April 2022 were held by video link.', 'I read that the party talks of April 2022 were held by video link.']) {
      expectSupported(claim, '2022-04-19', '');
    }
  });
});

describe('an amount in a currency symbol', () => {
  it('is read in that currency', () => {
    expectSupported("China's liaison department gave Vietnam ¥1.5m of medical equipment", '2022-04-19', 'medical supplies');
    // Read as a bare count before, this wrong amount was "supported".
    expectContradicted("China's liaison department gave Vietnam ¥3m of medical equipment", 'amount', '2022-04-19');
  });
});

describe('an agreement claimed of an act', () => {
  it('is not contradicted by a hope for another act', () => {
    expect(first('at the april 2022 talks china agreed to open new border crossings for vietnamese farm goods').verdict).not.toBe('contradicts');
  });

  it('is contradicted by a hope for that act', () => {
    expectContradicted('At the 2022 talks both countries agreed to recognise each other’s vaccine passports.', 'status', '2022-04-19');
    expectContradicted('At the 2022 talks Vietnam and China agreed to mutual recognition of vaccine passports.', 'status', '2022-04-19');
  });
});

describe('a chat claim in lower case about something the articles never name', () => {
  it('has no verdict', () => {
    for (const claim of ['the paris olympics got moved to 2024 bc of covid right?', 'banh mi is vietnams best sandwich, fight me']) {
      expect(first(claim).verdict, claim).toBe('none');
    }
  });

  it('a lower-case claim about the talks is still checked', () => {
    expect(first('despite covid every party-channel exchange in 2020 went ahead on schedule').verdict).not.toBe('none');
    expect(first('trung and song tao talked about vaccine passports in 2022').verdict).not.toBe('none');
  });
});
