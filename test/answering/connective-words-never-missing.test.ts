// Grammar words of the language (prepositions and connectives: "despite", "in accordance with", "amid", "regardless
// of") carry no content: a question is never refused for naming one the articles do not use; what it asks is answered.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a connective or preposition the articles never use', () => {
  it('is never named as what the articles lack', () => {
    for (const q of [
      'Did Quan want disputes handled in accordance with international law?',
      'Notwithstanding the obstacles, did Quan say relations kept their momentum?',
      'Did Song Tao praise Vietnam amid the pandemic for its achievements?',
      'Regardless of the floods, did Song Tao speak highly of Vietnam?',
      'Did Trung urge China towards closer coordination on trade?',
      'Did the two sides keep exchanging views, albeit remotely, in 2022?',
      'Did the Parties sign a training scheme in 2022, thus extending cooperation?',
    ]) {
      const a = engine.answer(q);
      expect(a.text, q).not.toMatch(/do not mention "(accordance|notwithstanding|amid|regardless|towards|albeit|thus)/);
    }
  });

  it('answers the question that was asked', () => {
    const law = engine.answer('Did Quan say disputes should be settled in accordance with international law?');
    expect(law.text).toMatch(/^Yes\.\n/);
    expect(law.citations.map((c) => c.talk)).toEqual(['2020-07-29-phone-talks']);
    expect(law.citations[0]?.quote).toContain('in line with international law');
  });

  it('still names a thing of substance the articles lack beside it', () => {
    const tariffs = engine.answer('Did they cut tariffs amid the pandemic?');
    expect(tariffs.text).not.toMatch(/^Yes/);
    const ukraine = engine.answer('Did Quan discuss Ukraine in accordance with international law?');
    expect(ukraine.text).not.toMatch(/^Yes/);
  });
});
