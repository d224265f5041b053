// Round 75's English and claim kinds: a headline typed all in capitals is read in the articles' case; an act between
// two of the talks' people that the articles never speak of is not supported by a sentence sharing only its people;
// the talk's own parties named as part of a word for it vouch for nothing the claim says; of close contradictions,
// the one saying more of the claim is shown first; a summary whose maker the question names gives that one's own
// statements; "just about X … or what" checks the talk's one subject; a long message's context ranks nothing.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const text = (q: string) => engine.answer(q).text;

describe('a claim typed all in capitals, headline style', () => {
  it('is supported as the same claim in sentence case', () => {
    const c = engine.check("CHINA'S LIAISON DEPT GIVES VIETNAM MEDICAL SUPPLIES WORTH 1.5M YUAN FOR COVID FIGHT");
    expect(c.verdict).toBe('supports');
    expect(c.matches[0]?.citation.quote).toMatch(/medical supplies worth 1\.5 million CNY/u);
  });

  it('names nothing the articles report when it is about something else', () => {
    expect(engine.check('TOKYO HOSTED THE OLYMPICS IN 2021').verdict).toBe('none');
  });
});

describe('an act the articles never report, and what a claim says of the talks themselves', () => {
  it.each(['Song Tao invited Le Hoai Trung to visit Beijing during the April 2022 talks.', 'Song Tao invited Trung to visit Beijing'])('%s: related, not supported', (claim) => {
    expect(engine.check(claim).verdict).toBe('related');
  });

  it('"held at China\'s request" is not vouched for by the talks\' parties', () => {
    expect(engine.check("Both the 2020 and 2022 CPV-CPC talks were held at China's request.").verdict).toBe('related');
  });

  it.each([
    'The CPV-CPC talks on 19 April 2022 were conducted online over a video link.',
    'Song Tao congratulated Vietnam on what it has achieved since the CPV 13th National Congress',
  ])('%s: still supported', (claim) => {
    expect(engine.check(claim).verdict).toBe('supports');
  });
});

describe('of close contradictions, the one saying more of the claim comes first', () => {
  it('"does not attach much importance" is shown against "attach great importance"', () => {
    const c = engine.check('Song Tao said China does not attach much importance to its partnership with Vietnam.');
    expect(c.verdict).toBe('contradicts');
    expect(c.matches[0]?.citation.quote).toMatch(/attach great importance/u);
  });
});

describe('a summary whose maker the question names', () => {
  it.each([
    'How did Hoang Binh Quan sum up the overall direction of party-to-party relations during the 2020 call?',
    "How did Hanoi's party foreign-affairs chief sum up the overall direction of party-to-party ties in mid-2020?",
  ])('%s: his own statement on it', (q) => {
    expect(text(q)).toMatch(/positive development momentum/u);
  });

  it('a summary asked outright is still the talk\'s summary', () => {
    expect(engine.answer('Summarise the 2020 call').intent).toBe('summary');
  });
});

describe('"was the talk just about X?"', () => {
  it.each(['sooo the 2020 call was just about floods or what 🤔', 'the 2020 call was only about floods, right?'])('%s: No, with the other subjects', (q) => {
    const t = text(q);
    expect(t).toMatch(/^No/u);
    expect(t).toMatch(/sea|COVID-19/u);
  });

  it('a choice with "or" is still no claim of one subject', () => {
    expect(text('in both talks or only one?')).not.toMatch(/^No/u);
  });

  it('"just about signing documents" is no longer confirmed', () => {
    expect(text('Was the 2022 meeting just about signing documents?')).not.toMatch(/^Yes/u);
  });
});

describe("a long message's context", () => {
  it('"most people" before the asking sentence ranks nothing asked', () => {
    const a = engine.answer(
      "It's interesting how much party channels matter between these two countries, since most people only watch government diplomacy. Honestly I think it's underrated. According to the 2022 article, how did the officials describe the value of party-level cooperation, and what did they sign?",
    );
    expect(a.answered).toBe(true);
    // Answered, not refused as asking a ranking; it gives one of its two asks (the value of the cooperation or what
    // was signed): both at once is a miss still open.
    expect(a.text).toMatch(/orient|2021-2025/u);
  });
});
