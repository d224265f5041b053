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

interface Candidate<V> {
  readonly words: readonly string[];
  readonly value: V;
  /** Place in its first word's list, longest first: of two phrases matching, the lower rank wins. */
  rank: number;
}

/** The phrases starting with one word; past a few, split by their second word too (one-word phrases apart). */
interface Group<V> {
  readonly all: readonly Candidate<V>[];
  readonly singles: readonly Candidate<V>[];
  readonly bySecond: ReadonlyMap<string, readonly Candidate<V>[]> | null;
}

/** Phrases sharing a first word past which they are looked up by their second word too. */
const SPLIT_AT = 4;

function groupOf<V>(all: readonly Candidate<V>[]): Group<V> {
  if (all.length <= SPLIT_AT) return { all, singles: [], bySecond: null };
  const bySecond = new Map<string, Candidate<V>[]>();
  const singles: Candidate<V>[] = [];
  for (const c of all) {
    const second = c.words[1];
    if (second === undefined) singles.push(c);
    else {
      const list = bySecond.get(second) ?? [];
      list.push(c);
      bySecond.set(second, list);
    }
  }
  return { all, singles, bySecond };
}

/**
 * `gaps`: words a phrase may have one or two of, once, between two of its own words ("lost (all) their momentum"
 * for "lost momentum"), as people put a determiner or possessive into a set phrase.
 * `particles`: the last word of a two-word phrasal verb that may come after its object, one or two words of any kind
 * ("scale cooperation back", "scale their cooperation back" for "scale back").
 */
export function phraseList<V>(entries: Iterable<readonly [string, V]>, gaps: ReadonlySet<string> = new Set(), particles: ReadonlySet<string> = new Set()): PhraseList<V> {
  const byFirst = new Map<string, Candidate<V>[]>();
  for (const [phrase, value] of entries) {
    const words = phrase.split(' ').filter(Boolean);
    const first = words[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push({ words, value, rank: 0 });
    byFirst.set(first, list);
  }
  const groups = new Map<string, Group<V>>();
  for (const [first, list] of byFirst) {
    list.sort((a, b) => b.words.length - a.words.length);
    list.forEach((c, rank) => (c.rank = rank));
    groups.set(first, groupOf(list));
  }
  /** How many tokens candidate `c` takes at token `i` (gaps skipped included), or -1 when it does not match there. */
  const matchAt = (c: Candidate<V>, tokens: readonly ClaimToken[], i: number): number => {
    let k = 1;
    let skipped = 0;
    while (k < c.words.length) {
      if (tokens[i + k + skipped]?.word === c.words[k]) k++;
      else if (skipped === 0 && gaps.has(tokens[i + k]?.word ?? '') && tokens[i + k + 1]?.word === c.words[k]) skipped = 1;
      else if (skipped === 0 && gaps.has(tokens[i + k]?.word ?? '') && gaps.has(tokens[i + k + 1]?.word ?? '') && tokens[i + k + 2]?.word === c.words[k]) skipped = 2;
      else break;
    }
    if (k === c.words.length) return k + skipped;
    return c.words.length === 2 && particles.has(c.words[1] ?? '') ? particleAfter(c, tokens, i) : -1;
  };
  /** How many tokens a phrasal verb takes with its particle after an object of one or two words, or -1. */
  const particleAfter = (c: Candidate<V>, tokens: readonly ClaimToken[], i: number): number => {
    const particle = c.words[1];
    for (const object of [1, 2]) if (tokens[i + 1 + object]?.word === particle) return 2 + object;
    return -1;
  };
  /** How many tokens the last candidate firstMatch returned takes. */
  let matched = -1;
  /** The first candidate of a list (longest first) matching at token `i` and ranked before `best`, or null. */
  const firstMatch = (list: readonly Candidate<V>[] | undefined, tokens: readonly ClaimToken[], i: number, best: Candidate<V> | null): Candidate<V> | null => {
    if (list === undefined) return null;
    for (const c of list) {
      if (best !== null && c.rank >= best.rank) return null;
      const length = matchAt(c, tokens, i);
      if (length >= 0) {
        matched = length;
        return c;
      }
    }
    return null;
  };
  const at = (tokens: readonly ClaimToken[], i: number): PhraseHit<V> | null => {
    const first = tokens[i];
    const group = first === undefined ? undefined : groups.get(first.word);
    if (!group) return null;
    if (group.bySecond === null) {
      for (const c of group.all) {
        const length = matchAt(c, tokens, i);
        if (length >= 0) return { value: c.value, at: i, length };
      }
      return null;
    }
    // A phrase's second word stands right after its first, or after one or two gap words: only the phrases whose
    // second word is there can match, and of those (with the one-word phrases) the longest first wins, as in `all`.
    // The lists are tried in turn, not gathered into an array: this runs for every token of every claim.
    const next = tokens[i + 1]?.word ?? '';
    let best = firstMatch(group.singles, tokens, i, null);
    let bestLength = matched;
    const second = firstMatch(group.bySecond.get(next), tokens, i, best);
    if (second !== null) {
      best = second;
      bestLength = matched;
    }
    if (gaps.has(next)) {
      const after = tokens[i + 2]?.word ?? '';
      const third = firstMatch(group.bySecond.get(after), tokens, i, best);
      if (third !== null) {
        best = third;
        bestLength = matched;
      }
      const fourth = gaps.has(after) ? firstMatch(group.bySecond.get(tokens[i + 3]?.word ?? ''), tokens, i, best) : null;
      if (fourth !== null) {
        best = fourth;
        bestLength = matched;
      }
    }
    // A particle after the verb's object ("scale cooperation back"): only phrasal verbs ending in it can match there.
    for (const object of [1, 2]) {
      const word = tokens[i + 1 + object]?.word ?? '';
      const split = particles.has(word) ? firstMatch(group.bySecond.get(word), tokens, i, best) : null;
      if (split !== null) {
        best = split;
        bestLength = matched;
      }
    }
    return best === null ? null : { value: best.value, at: i, length: bestLength };
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
    has: (word) => groups.has(word),
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
