// The fuzzed inputs of bench/fuzz.ts timed in CPU time, each at its best of PASSES passes (other processes on a
// shared machine only add time), so two builds can be compared back to back on a loaded machine:
//   node --single-threaded --import tsx bench/fuzz-cpu.ts [checkout] [passes] [how many slowest]   (dist/ is timed)
import { fileURLToPath } from 'node:url';
import { compiledAnswer } from './compiled-engine.js';
import { cpuBest } from './cpu-best.js';
import { fuzzInputs } from './fuzz.js';

const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
const answer = await compiledAnswer(root);

const passes = Number(process.argv[3] ?? 3);
const shown = Number(process.argv[4] ?? 10);
const inputs = fuzzInputs(1_000);
const { slowest, at, totalMs } = cpuBest(answer, inputs, passes);
console.log(`fuzz (${root}): ${inputs.length} inputs, best of ${passes}: p50 ${at(50).toFixed(3)} p90 ${at(90).toFixed(3)} p99 ${at(99).toFixed(3)} max ${at(100).toFixed(3)} ms, total ${totalMs.toFixed(0)} ms`);
for (const [q, ms] of slowest.slice(0, shown)) console.log(`${ms.toFixed(3)}\t${q.length}\t${JSON.stringify(q).slice(0, 120)}`);
