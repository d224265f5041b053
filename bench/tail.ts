// The slowest questions of the benchmark's steady state, with their best time of several passes: what makes the p99.
import { createEngine } from '../src/answering/engine.js';
import { DEFAULT_DATA_DIR, loadKnowledgeBase } from '../src/facts/loader.js';
import { loadLexicon } from '../src/lexicon/lexicon.js';
import { benchmarkQuestions } from './questions.js';

const lang = (process.argv[2] ?? 'en') as 'en' | 'vi' | 'zh';
const engine = createEngine(loadKnowledgeBase(), loadLexicon(DEFAULT_DATA_DIR));
const questions = [...new Set(benchmarkQuestions(lang === 'en' ? 12_000 : 6_000, lang))];
const best = new Map<string, number>();
for (let pass = 0; pass < 5; pass++) {
  for (const q of questions) {
    const t = performance.now();
    engine.answer(q);
    const ms = performance.now() - t;
    best.set(q, Math.min(best.get(q) ?? Infinity, ms));
  }
}
const sorted = [...best].sort((a, b) => b[1] - a[1]);
const times = sorted.map(([, v]) => v).reverse();
console.log(`${lang}: ${questions.length} distinct; p50 ${times[Math.floor(times.length / 2)]?.toFixed(3)} p99 ${times[Math.floor(times.length * 0.99)]?.toFixed(3)}`);
for (const [q, v] of sorted.slice(0, Number(process.argv[3] ?? 30))) console.log(v.toFixed(3), JSON.stringify(q));
