// The one-shot console's snapshot (src/console/snapshot.ts) and the start-up work saved in it (src/console/warm.ts):
// used only while data/ is what it was made from and the file is intact; anything else (damaged bytes that still
// parse, an older format, a mangled table, changed data) and it is not used, or its tables are not.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answering/engine.js';
import { readSnapshot, writeSnapshot } from '../../src/console/snapshot.js';
import { isWarm, useWarm, warmOf, type Warm } from '../../src/console/warm.js';
import { loadKnowledgeBase } from '../../src/facts/loader.js';
import { loadLexicon, type Lexicon } from '../../src/lexicon/lexicon.js';
import { normalizeData, normalizeDataKeepingCase } from '../../src/matching/normalize.js';
import { DATA_DIR } from '../../src/paths.js';
import { derivedFor, useVerifiedData } from '../../src/verified-data.js';

let dir: string;
let file: string;
let lexicon: Lexicon;
let warm: Warm;

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
/** The snapshot's JSON after its digest line. */
const jsonOf = (text: string) => text.slice(text.indexOf('\n') + 1);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'talks-bot-snapshot-'));
  file = join(dir, 'snapshot.json');
  const kb = loadKnowledgeBase(DATA_DIR);
  lexicon = loadLexicon(DATA_DIR);
  createEngine(kb, lexicon);
  warm = warmOf(lexicon);
  writeSnapshot(file, DATA_DIR, kb, warm);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the console snapshot', () => {
  it('reads back the knowledge base and the start-up tables while data/ is unchanged', () => {
    const saved = readSnapshot(file, DATA_DIR);
    expect(saved).not.toBeNull();
    expect(saved?.kb.talks.map((t) => t.id)).toEqual(loadKnowledgeBase(DATA_DIR).talks.map((t) => t.id));
    expect(saved?.warm).toEqual(warm);
  });

  it('holds what the lexicon and normalizing give, word for word and text for text', () => {
    const tables = readSnapshot(file, DATA_DIR)?.warm;
    expect(tables?.lemmas.lemmas.length).toBeGreaterThan(100);
    expect(tables?.normalized.plain.length).toBeGreaterThan(100);
    for (const [word, lemma] of tables?.lemmas.lemmas ?? []) expect(lexicon.lemma(word)).toBe(lemma);
    for (const [word, lemma] of tables?.lemmas.articleLemmas ?? []) expect(lexicon.articleLemma(word)).toBe(lemma);
    for (const [text, out] of tables?.normalized.plain ?? []) expect(normalizeData(text)).toBe(out);
    for (const [text, out] of tables?.normalized.cased ?? []) expect(normalizeDataKeepingCase(text)).toBe(out);
  });

  it('is not used when damaged, even where it still parses: a changed letter, cut short, an older format, garbage', () => {
    const good = readFileSync(file, 'utf8');
    const json = jsonOf(good);
    // A word of a quote changed: valid JSON, a wrong fact.
    const changed = good.replace('videoconference', 'videoconferencf');
    expect(changed).not.toBe(good);
    const damaged = [changed, good.slice(0, good.length - 10), json, `${sha('other')}\n${json}`, '', 'not a snapshot'];
    try {
      for (const text of damaged) {
        writeFileSync(file, text);
        expect(readSnapshot(file, DATA_DIR)).toBeNull();
      }
    } finally {
      writeFileSync(file, good);
    }
  });

  it('keeps its knowledge base but drops start-up tables that are not tables', () => {
    const good = readFileSync(file, 'utf8');
    const parsed = JSON.parse(jsonOf(good)) as Record<string, unknown>;
    try {
      for (const mangled of [{ lemmas: 3 }, { lemmas: { lemmas: [['a']], articleLemmas: [] }, normalized: { plain: [], cased: [] } }, null]) {
        const json = JSON.stringify({ ...parsed, warm: mangled });
        writeFileSync(file, `${sha(json)}\n${json}`);
        const saved = readSnapshot(file, DATA_DIR);
        expect(saved?.kb.talks.length).toBe(2);
        expect(saved?.warm).toBeNull();
      }
    } finally {
      writeFileSync(file, good);
    }
  });

  it('is not used once data/ differs from what it was made from', () => {
    const data = join(dir, 'data');
    cpSync(DATA_DIR, data, { recursive: true });
    const copy = join(dir, 'copy.json');
    writeSnapshot(copy, data, loadKnowledgeBase(data), warm);
    expect(readSnapshot(copy, data)).not.toBeNull();
    const lexiconFile = join(data, 'lexicon', 'en.json');
    writeFileSync(lexiconFile, `${readFileSync(lexiconFile, 'utf8')} `);
    expect(readSnapshot(copy, data)).toBeNull();
  });

  it('carries work on its knowledge base and lexicon, given for those values only', () => {
    const kb = loadKnowledgeBase(DATA_DIR);
    const withDerived = join(dir, 'derived.json');
    writeSnapshot(withDerived, DATA_DIR, kb, warmOf(lexicon, { 'talk-ids': kb.talks.map((t) => t.id) }));
    const saved = readSnapshot(withDerived, DATA_DIR);
    expect(saved?.warm?.derived).toEqual({ 'talk-ids': ['2020-07-29-phone-talks', '2022-04-19-videoconference'] });
    if (!saved?.warm) return;
    try {
      useWarm(saved.warm, saved.kb, lexicon);
      expect(derivedFor('talk-ids', [saved.kb, lexicon])).toEqual(['2020-07-29-phone-talks', '2022-04-19-videoconference']);
      expect(derivedFor('talk-ids', [kb, lexicon])).toBeUndefined();
      expect(derivedFor('talk-ids', [lexicon, saved.kb])).toBeUndefined();
    } finally {
      useVerifiedData(DATA_DIR, null);
    }
  });

  it('checks the shape of start-up tables', () => {
    expect(isWarm(warm)).toBe(true);
    expect(isWarm({ lemmas: { lemmas: [], articleLemmas: [] }, normalized: { plain: [['x', 1]], cased: [] } })).toBe(false);
    expect(isWarm(undefined)).toBe(false);
  });
});
