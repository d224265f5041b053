import { createEngine } from '../src/answering/engine.js';
import { loadKnowledgeBase } from '../src/facts/loader.js';
import { loadLexicon } from '../src/lexicon/lexicon.js';
const root = process.argv[2] ?? '';
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  const kb = loadKnowledgeBase(root);
  const t1 = performance.now();
  const lx = loadLexicon(root);
  const t2 = performance.now();
  createEngine(kb, lx);
  const t3 = performance.now();
  console.log(JSON.stringify({ kb: Math.round(t1 - t0), lexicon: Math.round(t2 - t1), engine: Math.round(t3 - t2) }));
}
