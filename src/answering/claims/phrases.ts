// Phrase look-up over claim tokens: the longest phrase of a list starting at a token, each phrase carrying
// a value (a currency's code, a country, a polarity side). Built once per list.
import type { ClaimToken } from './tokens.js';

export interface PhraseHit<V> {
  readonly value: V;
  /** Index of the first token and how many tokens the phrase takes. */
  readonly at: number;
  readonly length: number;
}

export interface PhraseList<V> {
  /** The longest phrase starting at token `i`, if any. */
  at(tokens: readonly ClaimToken[], i: number): PhraseHit<V> | null;
  /** Every phrase in the tokens, left to right, none overlapping. */
  all(tokens: readonly ClaimToken[]): PhraseHit<V>[];
  has(word: string): boolean;
}

/**
 * `gaps`: words a phrase may have one or two of, once, between two of its own words ("lost (all) their momentum"
 * for "lost momentum"), as people put a determiner or possessive into a set phrase.
 */
export function phraseList<V>(entries: Iterable<readonly [string, V]>, gaps: ReadonlySet<string> = new Set()): PhraseList<V> {
  const byFirst = new Map<string, { words: string[]; value: V }[]>();
  for (const [phrase, value] of entries) {
    const words = phrase.split(' ').filter(Boolean);
    const first = words[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push({ words, value });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const at = (tokens: readonly ClaimToken[], i: number): PhraseHit<V> | null => {
    const first = tokens[i];
    const candidates = first === undefined ? undefined : byFirst.get(first.word);
    if (!candidates) return null;
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
  };
  return {
    at,
    all: (tokens) => {
      const out: PhraseHit<V>[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const hit = at(tokens, i);
        if (hit) {
          out.push(hit);
          i += hit.length - 1;
        }
      }
      return out;
    },
    has: (word) => byFirst.has(word),
  };
}

/** A list whose phrases all carry the same value. */
export function wordList(phrases: readonly string[]): PhraseList<true> {
  return phraseList(phrases.map((p) => [p, true] as const));
}

/** A list from groups: each phrase carries its group's key. */
export function groupList<K>(groups: Iterable<readonly [K, readonly string[]]>): PhraseList<K> {
  return phraseList([...groups].flatMap(([key, phrases]) => phrases.map((p) => [p, key] as const)));
}
