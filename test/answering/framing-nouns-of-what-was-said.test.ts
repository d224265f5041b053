// A noun naming the kind of what someone said or showed ("sentiment", "tone", "gesture", "message"), like "vibe", frames
// the question: it is never named as what the articles lack (data/lexicon/en-questions.json `frameWords`, round 91).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a framing noun of what was said', () => {
  it.each([
    ['Compare how the Vietnamese side opened toward China in each talk: what sentiment did it express in 2020 versus 2022?', /sympathy/u],
    ['What did the Vietnamese official express to China at the start of each meeting — was it the same sentiment both times?', /congratulated/u],
    ['What gesture toward China did the Vietnamese side open with in each round?', /sympathy/u],
  ])('%s: answered, never "do not mention"', (q, said) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/do not mention/u);
    expect(a.text).toMatch(said);
  });

  it('a name the articles lack is still refused beside it', () => {
    const a = engine.answer('What message did Xi Jinping send?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/Xi Jinping/u);
  });
});
