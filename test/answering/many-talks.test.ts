// Answers over many talks (bench/synthetic.ts: the real talks moved to other dates, laid over a copy of data/):
// whatever the number of talks, an answer lists a bounded number of them and cites a bounded number of sentences.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticData } from '../../bench/synthetic.js';
import type { Engine } from '../../src/answering/engine.js';
import { loadEngine } from '../../src/answering/load.js';

let engine: Engine;
let root: string;
beforeAll(() => {
  root = syntheticData(10);
  engine = loadEngine(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('twelve talks', () => {
  it('"what did the talks have in common?" shares two talks\' worth of statements among the talks it lists', () => {
    const a = engine.answer('what did both talks have in common?');
    expect(a.answered).toBe(true);
    expect(a.citations.length).toBeLessThanOrEqual(20);
    expect(new Set(a.citations.map((c) => c.date)).size).toBeGreaterThan(2);
  });
});

describe('answers over many talks', () => {
  it('are about the talks they cite, oldest first', () => {
    for (const q of ['what did Song Tao say about vaccine passports?', 'who took part in the phone talks?', 'what was signed?']) {
      const a = engine.answer(q);
      const cited = new Set(a.citations.map((c) => c.talk));
      expect(a.about?.talks, q).toEqual(engine.kb.talks.filter((t) => cited.has(t.id)).map((t) => t.id));
    }
  });

  it('refuse an office no article speaks of, and know one a participant held', () => {
    expect(engine.answer("who is China's president?").answered).toBe(false);
    expect(engine.answer('Is Le Hoai Trung head of the Commission for External Relations?').answered).toBe(true);
  });
});

describe('a yes/no answered at every talk that reports it', () => {
  it('"did vietnam help china with the floods" lists at most four talks, and the absent person\'s talks are capped', () => {
    const help = engine.answer('did vietnam help china with the floods');
    expect(help.text).toMatch(/^Yes\./);
    expect(new Set(help.citations.map((c) => c.talk)).size).toBeLessThanOrEqual(4);
    const absent = engine.answer('was quan at the 2022 talks?');
    expect(absent.text).toMatch(/^No\./);
    expect(absent.text).toMatch(/and \d+ more/);
    expect(absent.text.length).toBeLessThan(600);
  });
});
