// The build's digests of data files that passed their schema unchanged (src/verified-data.ts): a file with one of
// those texts loads as the full check loads it; an edited file is checked again, never taken from the build's word.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/data-error.js';
import { DEFAULT_DATA_DIR, loadKnowledgeBase } from '../../src/facts/loader.js';
import { createEngine } from '../../src/answering/engine.js';
import { loadLexicon, saveLemmas } from '../../src/lexicon/lexicon.js';
import { languageSignals } from '../../src/matching/language.js';
import { saveDataNormalizations } from '../../src/matching/normalize.js';
import { buildVocabulary, type Vocabulary } from '../../src/matching/vocabulary.js';
import { derivedFor, noteDerived, recordVerifiedData, saveVerifiedData, useVerifiedData } from '../../src/verified-data.js';

const TALK_2020 = 'talks/2020-07-29-phone-talks.json';

let parent = '';
let root = '';
let manifest = '';

/** The build's step: every file loaded through its schema, the ones that came out unchanged noted, and work on them saved. */
function record(): void {
  useVerifiedData(root, null);
  recordVerifiedData();
  const kb = loadKnowledgeBase(root);
  const lexicon = loadLexicon(root);
  noteDerived('talk-ids', [kb, lexicon], kb.talks.map((t) => t.id));
  buildVocabulary(kb, lexicon);
  languageSignals(kb, lexicon, new Set());
  saveVerifiedData(manifest);
}

const digests = (): Record<string, string> => (JSON.parse(readFileSync(manifest, 'utf8')) as { files: Record<string, string> }).files;

function editTalk(change: (talk: Record<string, unknown>) => void): void {
  const path = join(root, TALK_2020);
  const talk = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  change(talk);
  writeFileSync(path, `${JSON.stringify(talk, null, 2)}\n`);
}

beforeAll(() => {
  parent = mkdtempSync(join(tmpdir(), 'talks-bot-verified-'));
  root = join(parent, 'data');
  manifest = join(parent, 'verified-data.json');
  cpSync(DEFAULT_DATA_DIR, root, { recursive: true });
  record();
});

afterAll(() => {
  useVerifiedData(root, null);
  rmSync(parent, { recursive: true, force: true });
});

describe('data files the build checked', () => {
  it('are noted for every file a start-up reads, and load as the full check loads them', () => {
    expect(Object.keys(digests())).toEqual(expect.arrayContaining([TALK_2020, 'people/people.json', 'lexicon/english.json', 'lexicon/en.json']));
    useVerifiedData(root, null);
    const checked = loadKnowledgeBase(root);
    const checkedLexicon = loadLexicon(root);
    useVerifiedData(root, manifest);
    expect(loadKnowledgeBase(root)).toEqual(checked);
    const lexicon = loadLexicon(root);
    expect(lexicon.glossaries).toEqual(checkedLexicon.glossaries);
    expect(lexicon.claims).toEqual(checkedLexicon.claims);
    expect([...lexicon.vocabulary]).toEqual([...checkedLexicon.vocabulary]);
  });

  it('is checked again once edited: a broken file is refused, not served from the digests', () => {
    const before = readFileSync(join(root, TALK_2020), 'utf8');
    try {
      // A key the schema does not know: only zod refuses it (the cross-file checks would not notice).
      editTalk((talk) => {
        talk.venue = 'Hanoi';
      });
      useVerifiedData(root, manifest);
      expect(() => loadKnowledgeBase(root)).toThrow(DataError);
      expect(() => loadKnowledgeBase(root)).toThrow(/2020-07-29-phone-talks\.json/);
    } finally {
      writeFileSync(join(root, TALK_2020), before);
    }
  });

  it('is checked again once edited: a valid edit is what loads, and the next record notes its new text', () => {
    const before = readFileSync(join(root, TALK_2020), 'utf8');
    const digestBefore = digests()[TALK_2020];
    try {
      editTalk((talk) => {
        talk.name = 'phone talks of July 2020';
      });
      useVerifiedData(root, manifest);
      expect(loadKnowledgeBase(root).talks.find((t) => t.id === '2020-07-29-phone-talks')?.name).toBe('phone talks of July 2020');
      record();
      expect(digests()[TALK_2020]).not.toBe(digestBefore);
    } finally {
      writeFileSync(join(root, TALK_2020), before);
      record();
    }
  });

  it('carry start-up work for the very files it was worked out from, and for nothing else', () => {
    useVerifiedData(root, manifest);
    const kb = loadKnowledgeBase(root);
    const lexicon = loadLexicon(root);
    expect(derivedFor('talk-ids', [kb, lexicon])).toEqual(['2020-07-29-phone-talks', '2022-04-19-videoconference']);
    // Values not loaded from the files (or in another order) have none.
    expect(derivedFor('talk-ids', [lexicon, kb])).toBeUndefined();
    expect(derivedFor('talk-ids', [{ ...kb }, lexicon])).toBeUndefined();
    const before = readFileSync(join(root, TALK_2020), 'utf8');
    try {
      // One file edited (validly): the work is done again, never taken for the new data.
      editTalk((talk) => {
        talk.name = 'phone talks of July 2020';
      });
      expect(derivedFor('talk-ids', [loadKnowledgeBase(root), lexicon])).toBeUndefined();
      // A file added: the same.
      writeFileSync(join(root, TALK_2020), before);
      writeFileSync(join(root, 'i18n', 'vi', 'extra.json'), readFileSync(join(root, 'i18n', 'vi', 'common.json')));
      let reloaded: unknown = null;
      try {
        reloaded = loadKnowledgeBase(root);
      } catch {
        // A duplicate translation is refused outright; either way nothing saved is used.
      }
      if (reloaded !== null) expect(derivedFor('talk-ids', [reloaded as object, lexicon])).toBeUndefined();
      rmSync(join(root, 'i18n', 'vi', 'extra.json'));
      expect(derivedFor('talk-ids', [loadKnowledgeBase(root), lexicon])).toEqual(['2020-07-29-phone-talks', '2022-04-19-videoconference']);
    } finally {
      writeFileSync(join(root, TALK_2020), before);
      rmSync(join(root, 'i18n', 'vi', 'extra.json'), { force: true });
    }
  });

  it("give the vocabulary's and the language signals' word sets as building them gives them, in the same order", () => {
    const sets = (v: Vocabulary) => [v.known, v.distinctive, v.cueWords, v.capitalised, v.numbers].map((set) => [...set]);
    useVerifiedData(root, null);
    const built = buildVocabulary(loadKnowledgeBase(root), loadLexicon(root));
    useVerifiedData(root, manifest);
    const kb = loadKnowledgeBase(root);
    const lexicon = loadLexicon(root);
    expect(derivedFor('vocabulary-word-sets', [kb, lexicon])).toBeDefined();
    const saved = buildVocabulary(kb, lexicon);
    expect(sets(saved)).toEqual(sets(built));
    for (const typo of ['vietnm', 'cooperaton', 'pandemc', 'trung']) expect(saved.correct(typo)).toBe(built.correct(typo));
    expect(derivedFor('language-signal-words', [kb, lexicon])).toBeDefined();
    useVerifiedData(root, null);
    const signals = languageSignals(loadKnowledgeBase(root), loadLexicon(root), new Set());
    const savedSignals = languageSignals(kb, lexicon, new Set());
    expect([...savedSignals.vietnamese]).toEqual([...signals.vietnamese]);
    expect([...savedSignals.names]).toEqual([...signals.names]);
  });

  it('carry the lemmas and normalized texts of a built engine: a start on the same files begins with them and answers alike', () => {
    const warmManifest = join(parent, 'warm.json');
    const questions = ['when were the talks?', 'Did Vietnam and China sign any documents in 2022?', 'Ai đã tham dự cuộc hội đàm năm 2020?', '2022年会谈是怎么举行的？'];
    useVerifiedData(root, null);
    recordVerifiedData();
    const kb = loadKnowledgeBase(root);
    const lexicon = loadLexicon(root);
    const built = createEngine(kb, lexicon);
    const answers = questions.map((q) => built.answer(q));
    saveLemmas(lexicon);
    saveDataNormalizations(kb);
    saveVerifiedData(warmManifest);
    const worked = lexicon.lemmaTables();
    expect(worked.lemmas.length).toBeGreaterThan(100);

    useVerifiedData(root, warmManifest);
    const started = loadLexicon(root);
    // Before any word is looked up, the lemmas are there, each what working it out gives.
    expect(started.lemmaTables()).toEqual(worked);
    for (const [word, lemma] of worked.lemmas) expect(lexicon.lemma(word)).toBe(lemma);
    const engine = createEngine(loadKnowledgeBase(root), started);
    expect(questions.map((q) => engine.answer(q))).toEqual(answers);

    const before = readFileSync(join(root, TALK_2020), 'utf8');
    const en = join(root, 'lexicon', 'en.json');
    const enBefore = readFileSync(en, 'utf8');
    try {
      // A lexicon file edited (validly): its lemmas are worked out again, none taken from the build.
      writeFileSync(en, `${enBefore} `);
      expect(loadLexicon(root).lemmaTables().lemmas).toEqual([]);
    } finally {
      writeFileSync(join(root, TALK_2020), before);
      writeFileSync(en, enBefore);
      useVerifiedData(root, null);
    }
  });

  it('apply to their own data folder only, and a damaged manifest means the full check', () => {
    const other = join(parent, 'other');
    cpSync(root, other, { recursive: true });
    const path = join(other, TALK_2020);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"date": "2020-07-29"', '"venue": "Hanoi", "date": "2020-07-29"'));
    useVerifiedData(root, manifest);
    expect(() => loadKnowledgeBase(other)).toThrow(DataError);
    writeFileSync(manifest, '{"format": 1, "files": ');
    useVerifiedData(root, manifest);
    expect(existsSync(manifest)).toBe(true);
    expect(loadKnowledgeBase(root).talks).toHaveLength(2);
    record();
  });
});
