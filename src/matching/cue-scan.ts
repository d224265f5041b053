// Finds every cue phrase of every group in one pass over the question's words, as typed (after typo
// correction): cue lists spell out the forms they mean, since "presented" is no "present". Built once per engine.
import { normalize } from './normalize.js';
import type { Token } from './tokens.js';

export interface CueHit<G extends string> {
  readonly group: G;
  readonly at: number;
  readonly length: number;
}

export interface CueScan<G extends string> {
  has(group: G): boolean;
  /** Whether a cue of the group starts the question ("why…", "when…"). */
  opens(group: G): boolean;
  hits(group: G): readonly CueHit<G>[];
  /** Positions covered by any cue of these groups. */
  covered(groups: readonly G[]): ReadonlySet<number>;
}

interface Entry<G extends string> {
  readonly group: G;
  readonly words: readonly string[];
}

/** A first word's cues: all of them in order, or (past a few) the one-word cues and the others by their second word, each with its place. */
interface Bucket<G extends string> {
  readonly all: readonly Entry<G>[];
  readonly singles: readonly Ranked<G>[];
  /** The one-word cues alone: what can fit where no longer cue goes on with the next word. */
  readonly alone: readonly Entry<G>[];
  readonly bySecond: ReadonlyMap<string, readonly Ranked<G>[]> | null;
}

interface Ranked<G extends string> {
  readonly entry: Entry<G>;
  readonly rank: number;
}

/** A cue written as normalize() would give it back (lower-case ASCII words, single spaces), as nearly all are. */
const PLAIN_CUE = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** A cue's words; a plain cue skips normalize(), whose result would be the cue itself (two thousand cues at every start). */
const cueWords = (cue: string): string[] => (PLAIN_CUE.test(cue) ? cue.split(' ') : normalize(cue).split(' ').filter(Boolean));

/** Cues sharing a first word past which they are looked up by their second word too. */
const SPLIT_AT = 4;

function bucketOf<G extends string>(all: readonly Entry<G>[]): Bucket<G> {
  if (all.length <= SPLIT_AT) return { all, singles: [], alone: [], bySecond: null };
  const singles: Ranked<G>[] = [];
  const bySecond = new Map<string, Ranked<G>[]>();
  all.forEach((entry, rank) => {
    const second = entry.words[1];
    if (second === undefined) singles.push({ entry, rank });
    else {
      const list = bySecond.get(second) ?? [];
      list.push({ entry, rank });
      bySecond.set(second, list);
    }
  });
  return { all, singles, alone: singles.map((r) => r.entry), bySecond };
}

/** The cues of a bucket that can fit before the word `next`, in the bucket's order. */
function candidatesOf<G extends string>(bucket: Bucket<G>, next: string | undefined): readonly Entry<G>[] {
  if (bucket.bySecond === null) return bucket.all;
  const longer = next === undefined ? undefined : bucket.bySecond.get(next);
  if (longer === undefined) return bucket.alone;
  const out: Entry<G>[] = [];
  let a = 0;
  let b = 0;
  const { singles } = bucket;
  while (a < singles.length || b < longer.length) {
    const x = singles[a];
    const y = longer[b];
    if (y === undefined || (x !== undefined && x.rank < y.rank)) {
      if (x !== undefined) out.push(x.entry);
      a++;
    } else {
      out.push(y.entry);
      b++;
    }
  }
  return out;
}

export type CueScanner<G extends string> = (tokens: readonly Token[]) => CueScan<G>;

/**
 * `masks` (where "*" stands for any one word): phrasal verbs in a context that makes them verbs ("help it deal with": no deal), as people use a cue word
 * in another sense inside them; the verb, the word before the phrase's last, is no cue of any group there.
 */
export function makeCueScanner<G extends string>(groups: Readonly<Record<G, readonly string[]>>, masks: readonly string[] = []): CueScanner<G> {
  const masked = masks.map((m) => m.split(' ').flatMap((w) => (w === '*' ? [w] : normalize(w).split(' ').filter(Boolean)))).filter((w) => w.length > 0);
  // Masks by their first word (those opening with "*" fit at any word): each word is tried only against the
  // masks it can open, not all of them.
  const maskedByFirst = new Map<string, (readonly string[])[]>();
  const maskedAnywhere: (readonly string[])[] = [];
  for (const words of masked) {
    const first = words[0] ?? '*';
    if (first === '*') maskedAnywhere.push(words);
    else maskedByFirst.set(first, [...(maskedByFirst.get(first) ?? []), words]);
  }
  const maskFits = (tokens: readonly Token[], i: number, words: readonly string[]) => words.every((w, k) => (w === '*' ? tokens[i + k] !== undefined : tokens[i + k]?.text === w));
  const byFirst = new Map<string, Entry<G>[]>();
  for (const group of Object.keys(groups) as G[]) {
    for (const cue of groups[group]) {
      const words = cueWords(cue);
      const first = words[0];
      if (!first) continue;
      const bucket = byFirst.get(first) ?? [];
      bucket.push({ group, words });
      byFirst.set(first, bucket);
    }
  }
  // A first word's many cues split by their second word: at each word only the cues that can fit are tried, in
  // the bucket's order (one-word cues and those of the next word's, merged by their place in it).
  const buckets = new Map<string, Bucket<G>>();
  for (const [first, entries] of byFirst) buckets.set(first, bucketOf(entries));
  // Plain loops, and each group's hits gathered once: a question is scanned on every read, and its hits asked
  // for dozens of times.
  return (tokens) => {
    const found: CueHit<G>[] = [];
    // Only the verb is hidden ("deal" of "help it deal with"); the rest may still be cues of their own.
    const hidden = new Set<number>();
    for (let i = 0; masked.length > 0 && i < tokens.length; i++) {
      for (const words of maskedByFirst.get(tokens[i]?.text ?? '') ?? []) if (maskFits(tokens, i, words)) hidden.add(i + Math.max(0, words.length - 2));
      for (const words of maskedAnywhere) if (maskFits(tokens, i, words)) hidden.add(i + Math.max(0, words.length - 2));
    }
    for (let i = 0; i < tokens.length; i++) {
      const bucket = buckets.get(tokens[i]?.text ?? '');
      if (bucket === undefined) continue;
      for (const entry of candidatesOf(bucket, tokens[i + 1]?.text)) {
        const words = entry.words;
        if (i + words.length > tokens.length) continue;
        let k = 0;
        while (k < words.length && tokens[i + k]?.text === words[k] && !hidden.has(i + k)) k++;
        if (k === words.length) found.push({ group: entry.group, at: i, length: words.length });
      }
    }
    const byGroup = new Map<G, CueHit<G>[]>();
    for (const h of found) {
      const list = byGroup.get(h.group);
      if (list) list.push(h);
      else byGroup.set(h.group, [h]);
    }
    const none: readonly CueHit<G>[] = [];
    return {
      has: (group) => byGroup.has(group),
      opens: (group) => byGroup.get(group)?.some((h) => h.at === 0) ?? false,
      hits: (group) => byGroup.get(group) ?? none,
      covered: (gs) => {
        const out = new Set<number>();
        for (const h of found) if (gs.includes(h.group)) for (let k = h.at; k < h.at + h.length; k++) out.add(k);
        return out;
      },
    };
  };
}
