// Where the slowest inputs spend their time: the fuzzed inputs (or a language's bench questions) are timed once
// warm, the slowest N kept, and only the loop over those (ROUNDS times) is profiled through node:inspector, so
// start-up and warm-up stay out of the profile:
//   node --import tsx bench/slow-profile.ts fuzz|en|vi|zh out.cpuprofile [how many] [rounds]   (dist/ is profiled)
// then `npx tsx bench/http-profile.ts out.cpuprofile` for self and inclusive time per module and function.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { compiledAnswer } from './compiled-engine.js';
import { cpuBest } from './cpu-best.js';
import { fuzzInputs } from './fuzz.js';
import { benchmarkQuestions } from './questions.js';

const what = process.argv[2] ?? 'fuzz';
const out = process.argv[3] ?? 'slow.cpuprofile';
const kept = Number(process.argv[4] ?? 30);
const rounds = Number(process.argv[5] ?? 20);
const answer = await compiledAnswer(fileURLToPath(new URL('..', import.meta.url)));
const inputs = what === 'fuzz' ? fuzzInputs(1_000) : [...new Set(benchmarkQuestions(what === 'en' ? 12_000 : 6_000, what as 'en' | 'vi' | 'zh'))];
const slowest = cpuBest(answer, inputs, 1).slowest.slice(0, kept).map(([q]) => q);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
for (let r = 0; r < rounds; r++) for (const q of slowest) answer(q);
const { profile } = await session.post('Profiler.stop');
writeFileSync(out, JSON.stringify(profile));
process.stdout.write(`${slowest.length} slowest of ${inputs.length}, ${rounds} rounds profiled: ${out}\n`);
