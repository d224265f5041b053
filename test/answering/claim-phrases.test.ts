// The claim checker's phrase look-up splits a first word's many phrases by their second word: it must find the same
// phrase a plain scan of them all, longest first, finds, gap words ("lost (all) their momentum") included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseList, type PhraseHit } from '../../src/answering/claims/phrases.js';
import { claimTokens, type ClaimToken } from '../../src/answering/claims/tokens.js';

/** The look-up as a plain scan of every phrase with the token's first word, longest first. */
function plainAt(entries: readonly (readonly [string, number])[], gaps: ReadonlySet<string>, tokens: readonly ClaimToken[], i: number): PhraseHit<number> | null {
  const candidates = entries.map(([p, value]) => ({ words: p.split(' '), value })).filter((c) => c.words[0] === tokens[i]?.word);
  candidates.sort((a, b) => b.words.length - a.words.length);
  for (const c of candidates) {
    let k = 1;
    let skipped = 0;
    while (k < c.words.length) {
      if (tokens[i + k + skipped]?.word === c.words[k]) k++;
      else if (skipped === 0 && gaps.has(tokens[i + k]?.word ?? '') && tokens[i + k + 1]?.word === c.words[k]) skipped = 1;
      else if (skipped === 0 && gaps.has(tokens[i + k]?.word ?? '') && gaps.has(tokens[i + k + 1]?.word ?? '') && tokens[i + k + 2]?.word === c.words[k]) skipped = 2;
      else break;
    }
    if (k === c.words.length) return { value: c.value, at: i, length: k + skipped };
  }
  return null;
}

describe('claim phrase look-up', () => {
  const phrases = ['the', 'the talks', 'the two sides', 'the two parties', 'the party', 'the party congress', 'the 13th congress', 'the central committee', 'the sea', 'the south china sea', 'lost momentum', 'lost', 'the east sea', 'the talks held', 'the sides'];
  const entries = phrases.map((p, i) => [p, i] as const);
  const gaps = new Set(['all', 'their', 'two']);
  const list = phraseList(entries, gaps);
  const texts = [
    'the two sides agreed on the south china sea',
    'the talks held in 2020 lost all their momentum',
    'the party the party congress the 13th congress the',
    'the two the sea the all their sides the two two sides',
    'the their talks held the all talks',
    'lost their momentum and the',
  ];
  it('finds at every token the phrase a plain scan finds', () => {
    for (const text of texts) {
      const tokens = claimTokens(text);
      for (let i = 0; i < tokens.length; i++) expect(list.at(tokens, i), `${text} @${i}`).toEqual(plainAt(entries, gaps, tokens, i));
    }
  });
  it('finds what a plain scan finds in any run of the phrases\' words and gap words', () => {
    // Every list a token's phrases are split into is tried (one-word phrases, by the next word, past one or two gaps).
    const words = [...new Set([...phrases.flatMap((p) => p.split(' ')), ...gaps, 'met'])];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), (run) => {
        const tokens = claimTokens(run.join(' '));
        for (let i = 0; i < tokens.length; i++) expect(list.at(tokens, i)).toEqual(plainAt(entries, gaps, tokens, i));
      }),
      { numRuns: 500 },
    );
  });
  it('prefers the longest phrase, gaps skipped', () => {
    expect(list.at(claimTokens('the two sides met'), 0)).toEqual({ value: phrases.indexOf('the two sides'), at: 0, length: 3 });
    expect(list.at(claimTokens('the all talks held'), 0)).toEqual({ value: phrases.indexOf('the talks held'), at: 0, length: 4 });
    expect(list.at(claimTokens('lost all their momentum'), 0)).toEqual({ value: phrases.indexOf('lost momentum'), at: 0, length: 4 });
  });
});
