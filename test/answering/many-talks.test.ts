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
