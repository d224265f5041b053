// A claim of a gift (promised, sent, given) no sentence reports: a sentence sharing the talk, a verb like the claim's
// ("affirmed" ~ "promised") and a topic (COVID) but reporting no giving cannot support it; the reported gift in other
// words ("medical gear" of "medical supplies") still does.
import { describe, expect, it } from 'vitest';
import { expectSupported as supported, firstMatch as first } from '../support/claim-verdicts.js';

const GIFT = 'presented a number of medical supplies worth 1.5 million CNY';

describe('a gift no sentence reports', () => {
  it('is never supported by a sentence reporting no giving', () => {
    for (const claim of [
      'Song Tao promised to send Vietnam Chinese-made COVID vaccines during the July 2020 call',
      'Song Tao promised to send Vietnam COVID vaccines',
      'Song Tao pledged to give Vietnam ventilators during the 2020 call',
    ]) {
      expect(first(claim).verdict, claim).not.toBe('supports');
    }
  });

  it('the gift the articles report, in other words, is still supported', () => {
    for (const claim of [
      "China's party liaison department gave medical gear worth around 235k USD to help VN fight covid",
      'Song Tao said China sent Vietnam medical supplies',
      "China's International Liaison Department donated medical goods valued at 1.5 million yuan to help Vietnam fight COVID-19.",
    ]) {
      supported(claim, '2022-04-19', GIFT);
    }
  });
});
