// The bench's slowest questions, named: each distinct question of the bench's mix timed in CPU time at its best
// of PASSES passes (other processes on a shared machine only add time), then the slowest listed, so speed work
// starts where the p99 is. With --single-threaded the process's CPU time is the answering thread's alone:
//   node --single-threaded --import tsx bench/slowest.ts [en|vi|zh] [passes] [how many]   (dist/ is timed)
import { fileURLToPath } from 'node:url';
import { compiledAnswer } from './compiled-engine.js';
import { cpuBest } from './cpu-best.js';
import { benchmarkQuestions } from './questions.js';

const answer = await compiledAnswer(fileURLToPath(new URL('..', import.meta.url)));

const lang = (process.argv[2] ?? 'en') as 'en' | 'vi' | 'zh';
const passes = Number(process.argv[3] ?? 5);
const shown = Number(process.argv[4] ?? 40);
const questions = [...new Set(benchmarkQuestions(lang === 'en' ? 12_000 : 6_000, lang))];
const { slowest, at, totalMs } = cpuBest(answer, questions, passes);
console.log(`${lang}: ${questions.length} distinct, best of ${passes}: p50 ${at(50).toFixed(3)} p90 ${at(90).toFixed(3)} p99 ${at(99).toFixed(3)} max ${at(100).toFixed(3)} ms, total ${totalMs.toFixed(0)} ms`);
for (const [q, ms] of slowest.slice(0, shown)) console.log(`${ms.toFixed(3)}\t${JSON.stringify(q).slice(0, 160)}`);
