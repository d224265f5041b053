// `npx tsx bench/fuzz-only.ts`: only the fuzzed-input and batch rows of `npm run bench` (bench/fuzz.ts, bench/batch.ts).
import { createEngine } from '../src/answering/engine.js';
import { DEFAULT_DATA_DIR, loadKnowledgeBase } from '../src/facts/loader.js';
import { loadLexicon } from '../src/lexicon/lexicon.js';
import { measureBatch } from './batch.js';
import { measureFuzz } from './fuzz.js';

const engine = createEngine(loadKnowledgeBase(), loadLexicon(DEFAULT_DATA_DIR));
const fuzz = measureFuzz(engine.answer);
process.stdout.write(`fuzzed input: ${fuzz.inputs} strings up to ${fuzz.longest} chars: p50 ${fuzz.p50.toFixed(3)} ms, p99 ${fuzz.p99.toFixed(3)} ms, max ${fuzz.max.toFixed(3)} ms; threw ${fuzz.threw}, no text ${fuzz.silent}\n`);
if (process.argv.includes('--batch')) {
  const batch = measureBatch(engine.kb, engine.answer, 1);
  process.stdout.write(`batch: ${batch.questions} questions: answer() ${batch.answerMs.toFixed(0)} ms, plain BM25 ${batch.bm25Ms.toFixed(1)} ms (${(batch.answerMs / batch.bm25Ms).toFixed(1)}×)\n`);
}
