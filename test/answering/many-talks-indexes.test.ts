// Indexes that spare an answer a scan of every talk (scale96): over many talks (bench/synthetic.ts) each gives what
// the scan it replaces gave, so an answer with a thousand talks is the one a scan would have made.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticData } from '../../bench/synthetic.js';
import type { Engine } from '../../src/answering/engine.js';
import { buildFactIndex, type FactIndex } from '../../src/answering/fact-index.js';
import { loadEngine } from '../../src/answering/load.js';
import { statementWords } from '../../src/matching/act-talk.js';
import { normalizeData } from '../../src/matching/normalize.js';

let engine: Engine;
let facts: FactIndex;
let root: string;
beforeAll(() => {
  root = syntheticData(10);
  engine = loadEngine(root);
  facts = buildFactIndex(engine.kb, engine.lexicon);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PHRASES = ['first centenary goal', 'medical supplies', 'the two sides', 'land border', 'of the', 'two parties', 'no such words here', 'covid-19'];

describe('an English phrase found through its rarest word', () => {
  it('is used by exactly the statements whose sentence has it, at each of the twelve talks', () => {
    const statements = engine.kb.talks.flatMap((t) => t.statements);
    for (const phrase of PHRASES) {
      const scanned = statements.filter((s) => ` ${normalizeData(s.quote)} `.includes(` ${phrase} `));
      expect(statements.filter((s) => facts.usesPhrase(s, phrase)), phrase).toEqual(scanned);
      expect(facts.talksUsingPhrase(phrase), phrase).toBe(engine.kb.talks.filter((t) => t.statements.some((s) => scanned.includes(s))).length);
    }
    // Found at more than one talk: the index holds every copy, not the first talk's alone.
    expect(facts.talksUsingPhrase('two parties')).toBeGreaterThan(2);
  });
});

describe("the talk whose statements report an act, found once per act", () => {
  it('is the one talk a scan of every statement finds, or none where several or none report it', () => {
    const words = statementWords(engine.kb.talks, (w) => engine.lexicon.lemma(w));
    const scan = (acts: readonly string[]) => {
      const at = engine.kb.talks.filter((t) => acts.every((a) => t.statements.some((s) => words.of(s).has(a))));
      return at.length === 1 ? at[0] : null;
    };
    for (const acts of [['thank'], ['congratulate', 'thank'], ['express'], ['nothing'], ['thank', 'nothing']]) expect(words.actTalk(acts), acts.join()).toBe(scan(acts));
    // Asked twice, the same answer from what was found the first time.
    expect(words.actTalk(['thank'])).toBe(scan(['thank']));
  });
});

describe('answers that looked at every talk for what most questions never ask', () => {
  it('name the newest articles naming a body no one represented, and the newest holders of one', () => {
    const asean = engine.answer('what is ASEAN?');
    expect(asean.answered).toBe(true);
    const naming = engine.kb.talks.filter((t) => t.article.body.includes('ASEAN')).map((t) => t.id);
    expect(naming.length).toBeGreaterThan(4);
    expect(asean.citations.map((c) => c.talk)).toEqual(naming.slice(-4));
    const ild = engine.answer('who represented the ILD?');
    expect(ild.about?.people).toEqual(['hoang-binh-quan', 'song-tao', 'le-hoai-trung']);
    expect(ild.citations.map((c) => c.talk)).toContain(engine.kb.talks.at(-1)?.id);
  });

  it("keep a side named in a refusal about that side's people", () => {
    const a = engine.answer('what did the Chinese side say about football?');
    expect(a.answered).toBe(false);
    expect(a.about?.people).toEqual(['song-tao']);
  });
});
