// Start-up work left for first use or skipped where its result is known must read questions as before: a lexicon
// phrase's related lemmas parsed when first asked for are the file's, curated meanings first; a cue already in
// normal form is taken as written, and a cue that is not (capitals, apostrophes) is still normalised.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../src/facts/loader.js';
import { loadLexicon, type Lexicon } from '../../src/lexicon/lexicon.js';
import { makeCueScanner } from '../../src/matching/cue-scan.js';
import { normalize } from '../../src/matching/normalize.js';
import type { Token } from '../../src/matching/tokens.js';

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon(DEFAULT_DATA_DIR);
});

const related = (JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'lexicon', 'related.json'), 'utf8')) as { related: Record<string, string> }).related;
const curated = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'lexicon', 'curated.json'), 'utf8')) as { words: string[]; means: string }[];

describe('lexicon phrases parsed on first use', () => {
  it('every phrase of related.json is found by its first word, with the lemmas and weights the file gives', () => {
    const curatedWords = new Set(curated.flatMap((e) => e.words));
    let checked = 0;
    for (const [key, pairs] of Object.entries(related)) {
      if (!key.includes(' ') || curatedWords.has(key)) continue;
      const words = key.split(' ');
      const phrase = (lexicon.phrases.get(words[0] ?? '') ?? []).find((p) => p.words.join(' ') === key);
      expect(phrase, key).toBeDefined();
      const expected = pairs.split(' ').map((p) => ({ lemma: p.split(':')[0], weight: Number(p.split(':')[1]) / 100, curated: false }));
      expect(phrase?.related, key).toEqual(expected);
      // The same list each time it is asked for (parsed once).
      expect(phrase?.related).toBe(phrase?.related);
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('a curated phrase gives its curated meanings first, the last entry naming it first ("give * credit")', () => {
    const meanings = new Map<string, string[]>();
    for (const e of curated) for (const w of e.words) if (w.includes(' ')) meanings.set(w, [e.means, ...(meanings.get(w) ?? []).filter((m) => m !== e.means)]);
    expect(meanings.size).toBeGreaterThan(0);
    for (const [key, means] of meanings) {
      const phrase = (lexicon.phrases.get(key.split(' ')[0] ?? '') ?? []).find((p) => p.words.join(' ') === key);
      expect(phrase?.related.slice(0, means.length), key).toEqual(means.map((lemma) => ({ lemma, weight: 0.9, curated: true })));
    }
  });

  it('a first word\'s phrases are tried longest first', () => {
    for (const [first, list] of lexicon.phrases) {
      expect(list.every((p) => p.words[0] === first), first).toBe(true);
      for (let i = 1; i < list.length; i++) expect((list[i - 1]?.words.length ?? 0) >= (list[i]?.words.length ?? 0), first).toBe(true);
    }
  });
});

describe('cues taken as written when already normal', () => {
  const tokensOf = (text: string): Token[] => normalize(text).split(' ').map((w) => ({ text: w, cased: w, lemma: w }));
  const scan = makeCueScanner({ plain: ['how many', 'what'], written: ["Who's", 'HOW  LONG', 'e-mail', 'Việt Nam'] });

  it('plain cues match as before', () => {
    const found = scan(tokensOf('How many documents, and what else?'));
    expect(found.hits('plain').map((h) => [h.at, h.length])).toEqual([[0, 2], [4, 1]]);
  });

  it('cues with capitals, punctuation or diacritics are still normalised before matching', () => {
    expect(scan(tokensOf("who's there?")).hits('written').map((h) => [h.at, h.length])).toEqual([[0, 2]]);
    expect(scan(tokensOf('how long was it')).has('written')).toBe(true);
    expect(scan(tokensOf('send an e-mail')).has('written')).toBe(true);
    expect(scan(tokensOf('viet nam and china')).has('written')).toBe(true);
  });
});
