// A kind from round 86's first contact. Whether something was done after the talks ("did China actually fix the
// congestion after that?") is beyond the articles: never a Yes from a statement that only reports the problem or a
// hope, alone or in a conversation whose "after that" points past the latest talk.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';
import { cited, lastOf } from '../support/conversation.js';

const engine = sharedEngine();

describe('an outcome asked "after that" is not answered Yes', () => {
  it.each([
    'did china actually fix the congestion after that?',
    'did china fix the congestion after that?',
    'did they recognise the vaccine passports after that?',
  ])('%j alone is refused with what the articles say', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Yes/u);
  });

  it('after an answer on the 2022 talks, "after that" asks past them: refused', () => {
    const a = lastOf('yo what did trung say abt trade w china', 'three legal documents on what?', 'did china actually fix the congestion after that?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Yes/u);
  });

  it('after an answer on the 2020 talks, a Yes of what was signed later still stands', () => {
    const a = lastOf('what did quan and song tao discuss in 2020?', 'did they sign a cooperation plan after that?');
    expect(a.text).not.toMatch(/^No\b/u);
    expect(cited(a)).toContain('2022-04-19');
  });
});
