// The cue scanner splits a first word's many cues by their second word: it must find the same hits, in the same
// order, as trying every cue of the first word, masks included.
import { describe, expect, it } from 'vitest';
import { makeCueScanner, type CueHit } from '../../src/matching/cue-scan.js';
import type { Token } from '../../src/matching/tokens.js';

const tokensOf = (text: string): Token[] => text.split(' ').map((w) => ({ text: w, cased: w, lemma: w }));

/** Every cue of every group tried at every word, in the groups' order, as hits a group gathers them. */
function plainHits<G extends string>(groups: Readonly<Record<G, readonly string[]>>, tokens: readonly Token[], group: G): CueHit<G>[] {
  const entries = (Object.keys(groups) as G[]).flatMap((g) => groups[g].map((c) => ({ group: g, words: c.split(' ') })));
  const out: CueHit<G>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const e of entries) {
      if (e.words[0] !== tokens[i]?.text || e.group !== group) continue;
      if (e.words.every((w, k) => tokens[i + k]?.text === w)) out.push({ group: e.group, at: i, length: e.words.length });
    }
  }
  return out;
}

describe('cue scanner', () => {
  const groups = {
    asks: ['what', 'what did', 'what did they say', 'what was', 'what were', 'what about'],
    said: ['say', 'what did they say', 'what was said', 'what', 'said'],
    when: ['when', 'what time', 'what day', 'what date', 'what year'],
  } as const;
  const scan = makeCueScanner(groups);
  const texts = ['what did they say about what', 'what was said when', 'what year and what day what', 'what', 'so what time what were they', 'what what did'];
  it('finds each group\'s hits in order, as trying every cue does', () => {
    for (const text of texts) {
      const tokens = tokensOf(text);
      const found = scan(tokens);
      for (const g of Object.keys(groups) as (keyof typeof groups)[]) expect(found.hits(g), `${text}: ${g}`).toEqual(plainHits(groups, tokens, g));
    }
  });
  it('still hides a masked verb', () => {
    const masked = makeCueScanner({ deal: ['deal', 'deal with', 'deal on', 'deal about', 'deal for', 'deal of'] }, ['help * deal with']);
    expect(masked(tokensOf('help it deal with the floods')).has('deal')).toBe(false);
    expect(masked(tokensOf('the deal with china')).hits('deal')).toEqual([{ group: 'deal', at: 1, length: 1 }, { group: 'deal', at: 1, length: 2 }]);
  });
});
