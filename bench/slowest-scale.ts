// The slowest questions with a thousand synthetic talks laid over data/ (bench/synthetic.ts), in CPU time at each
// question's best of PASSES passes, so work on the scale bench's p99 starts where it is.
//   node --single-threaded --import tsx bench/slowest-scale.ts [talks] [passes] [how many]   (dist/ is timed)
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpuBest } from './cpu-best.js';
import { benchmarkQuestions } from './questions.js';
import { syntheticData } from './synthetic.js';

type Answer = (q: string) => unknown;
const dist = join(fileURLToPath(new URL('..', import.meta.url)), 'dist/src');
const load = async <T>(path: string) => (await import(pathToFileURL(join(dist, path)).href)) as T;
const { loadKnowledgeBase } = await load<{ loadKnowledgeBase: (dir: string) => unknown }>('facts/loader.js');
const { loadLexicon } = await load<{ loadLexicon: (dir: string) => unknown }>('lexicon/lexicon.js');
const { createEngine } = await load<{ createEngine: (kb: unknown, lexicon: unknown) => { answer: Answer } }>('answering/engine.js');

const root = syntheticData(Number(process.argv[2] ?? 1000));
try {
  const answer = createEngine(loadKnowledgeBase(root), loadLexicon(root)).answer;
  const passes = Number(process.argv[3] ?? 3);
  const questions = [...new Set(benchmarkQuestions(3000))];
  const { slowest, at, totalMs } = cpuBest(answer, questions, passes);
  console.log(`${questions.length} distinct, best of ${passes}: p50 ${at(50).toFixed(3)} p99 ${at(99).toFixed(3)} max ${at(100).toFixed(3)} ms, total ${totalMs.toFixed(0)} ms`);
  for (const [q, ms] of slowest.slice(0, Number(process.argv[4] ?? 25))) console.log(`${ms.toFixed(3)}\t${JSON.stringify(q).slice(0, 140)}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
