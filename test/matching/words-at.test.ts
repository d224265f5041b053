// Runs of words found with plain loops (src/matching/words-at.ts) and lexicon lists read as Sets once (src/set-of.ts):
// the same places and members the findIndex/every and new Set forms gave, which questions read on every answer.
import { describe, expect, it } from 'vitest';
import { anyWordsAt, runAt, wordsAt } from '../../src/matching/words-at.js';
import { setOf } from '../../src/set-of.js';

/** The form the loops replace, as the reference. */
const byEvery = (words: readonly string[], parts: readonly string[]) => words.findIndex((_, i) => parts.every((w, k) => words[i + k] === w));

describe('wordsAt', () => {
  const words = 'did china reject the earlier plan or the earlier plan again'.split(' ');
  it('finds the first run of the words, as findIndex over every did', () => {
    for (const parts of [['earlier', 'plan'], ['did'], ['again'], ['plan', 'or', 'the'], ['plan', 'again', 'later'], ['later'], ['']]) {
      expect(wordsAt(words, parts)).toBe(byEvery(words, parts));
    }
    expect(wordsAt(words, ['earlier', 'plan'])).toBe(4);
    expect(wordsAt([], ['plan'])).toBe(-1);
  });
  it('gives the first place any of several phrases stands', () => {
    const phrases = [['earlier', 'plan'], ['the'], ['reject']];
    expect(anyWordsAt(words, phrases)).toBe(Math.min(...phrases.map((p) => byEvery(words, p)).filter((i) => i >= 0)));
    expect(anyWordsAt(words, [['no', 'such'], ['words']])).toBe(-1);
  });
  it('lets a word fit by a rule of its own ("ministers" for "minister")', () => {
    const asked = 'the two prime ministers talked'.split(' ');
    expect(runAt(asked.length, ['prime', 'minister'], (i, w) => asked[i] === w || asked[i] === `${w}s`)).toBe(2);
    expect(runAt(asked.length, ['prime', 'minister'], (i, w) => asked[i] === w)).toBe(-1);
  });
});

describe('setOf', () => {
  it('reads a list of words as a Set, the same one each time the same list is given', () => {
    const list = ['suffered', 'was hit by'];
    expect([...setOf(list)]).toEqual(list);
    expect(setOf(list)).toBe(setOf(list));
    expect(setOf(list).has('was hit by')).toBe(true);
    expect(setOf([...list])).not.toBe(setOf(list));
  });
});
