// Start-up work cut or put off to the first question that needs it (round 78's start-up speed work), with every answer
// as before: a half-remembered name's patterns made on the first question holding a gap word, the statements' lemmas
// on the first act asked, the figures' and quotes' words read once per distinct text (a thousand talks share them),
// the topics file taken unchecked by a fresh start because zod gives back its very text, talks sorted without ICU.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticData } from '../../bench/synthetic.js';
import type { Engine } from '../../src/answering/engine.js';
import { loadEngine } from '../../src/answering/load.js';
import { quotedLemmas } from '../../src/answering/quoted-lemmas.js';
import { topicSchema } from '../../src/facts/schema.js';
import { normalize } from '../../src/matching/normalize.js';
import { DATA_DIR } from '../../src/paths.js';

/** Each test builds its own engine: slow on a loaded machine. */
const SLOW = 120_000;
const firstLine = (e: Engine, q: string) => e.answer(q).text.split('\n')[0] ?? '';

describe('an engine just built answers what its deferred work serves', () => {
  it('a half-remembered name is put in full on the very first question', () => {
    expect(loadEngine().answer('Who is Le something Trung?').text).toMatch(/^Le Hoai Trung \(Lê Hoài Trung\)/);
  }, SLOW);

  it('in Chinese too, and a name no one fits is still not made up', () => {
    const engine = loadEngine();
    expect(engine.answer('黄什么君是谁？').text).toMatch(/黄平君/);
    expect(engine.answer('习什么平是谁？').answered).toBe(false);
  }, SLOW);

  it('an act asked first finds the one talk reporting it', () => {
    const a = loadEngine().answer('why did China thank Vietnam?');
    expect(a.answered).toBe(true);
    expect([...new Set(a.citations.map((c) => c.date))]).toEqual(['2020-07-29']);
    expect(a.text).toMatch(/thanked/);
  }, SLOW);

  it('a gift taken for another thing is put right on the first question', () => {
    const engine = loadEngine();
    expect(firstLine(engine, 'how many vaccines did China donate at the 2022 talks?')).toMatch(/^Not quite\. The report does not say vaccines were given/);
  }, SLOW);
});

describe('start-up tables read each distinct text once', () => {
  it('the quotes\' lemmas are those of every quote, word by word', () => {
    const engine = loadEngine();
    const every = new Set(
      engine.kb.talks.flatMap((t) => [...t.statements, ...t.agreements, ...t.figures, ...t.participants].flatMap((e) => normalize(e.quote).split(' ').map((w) => engine.lexicon.lemma(w)))),
    );
    expect([...quotedLemmas(engine.kb, engine.lexicon)]).toEqual([...every]);
  }, SLOW);

  it('the topics file comes out of its schema as written, so the build can vouch for it', () => {
    const raw = JSON.parse(readFileSync(join(DATA_DIR, 'topics', 'topics.json'), 'utf8')) as unknown;
    expect(isDeepStrictEqual(topicSchema.array().parse(raw), raw)).toBe(true);
    const channels = loadEngine().kb.topics;
    expect([...channels.values()].filter((t) => t.channelOfTalks).map((t) => t.id)).toEqual(['party-channel']);
  }, SLOW);
});

describe('over many talks', () => {
  let engine: Engine;
  let root: string;
  beforeAll(() => {
    root = syntheticData(10);
    engine = loadEngine(root);
  }, SLOW);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('talks stay in date order', () => {
    const dates = engine.kb.talks.map((t) => t.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.length).toBe(12);
  });

  it('a gift taken for another thing is still put right', () => {
    expect(firstLine(engine, 'how many vaccines did China donate at the 2022 talks?')).toMatch(/^Not quite\. The report does not say vaccines were given/);
  });
});
