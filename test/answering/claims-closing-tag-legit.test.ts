// A claim closed by a word asking whether it holds ("…, legit?", "…, for real?") is the claim as stated: its details
// are checked, the closing word is no detail it adds (data/lexicon/en.json `tags.closers`, round 93).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a claim closed by "legit?"', () => {
  it('condolences over the 2020 floods, "legit?": supported', () => {
    const c = engine.check('saw that the vietnamese side sent condolences to china over the deadly rain and flooding there back in summer 2020, legit?');
    expect(c.verdict).toBe('supports');
    expect(c.matches[0]?.citation.date).toBe('2020-07-29');
  });

  it('"three documents were signed in 2022, for real?": contradicted by the number', () => {
    const c = engine.check('three documents were signed in 2022, for real?');
    expect(c.verdict).toBe('contradicts');
    expect(c.differs.map((d) => d.kind)).toContain('number');
  });
});
