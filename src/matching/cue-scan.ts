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
      const words = normalize(cue).split(' ').filter(Boolean);
      const first = words[0];
      if (!first) continue;
      const bucket = byFirst.get(first) ?? [];
      bucket.push({ group, words });
      byFirst.set(first, bucket);
    }
  }
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
      const bucket = byFirst.get(tokens[i]?.text ?? '');
      if (bucket === undefined) continue;
      for (const entry of bucket) {
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
