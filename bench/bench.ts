// `npm run bench`: throughput and latency of answer(), engine start-up, memory, and the one-shot
// console's start without discord.js. Prints a table; figures vary a little between runs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../src/answering/engine.js';
import { loadKnowledgeBase } from '../src/facts/loader.js';
import { benchmarkQuestions } from './questions.js';

const QUESTIONS = 12_000;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const ms = (v: number) => `${v.toFixed(3)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function startup(): { load: number; index: number } {
  const t0 = performance.now();
  const kb = loadKnowledgeBase();
  const t1 = performance.now();
  createEngine(kb);
  return { load: t1 - t0, index: performance.now() - t1 };
}

function timeAnswers(answer: (q: string) => unknown, questions: readonly string[]): { sorted: number[]; total: number } {
  const times: number[] = [];
  const start = performance.now();
  for (const q of questions) {
    const t = performance.now();
    answer(q);
    times.push(performance.now() - t);
  }
  return { sorted: times.sort((a, b) => a - b), total: performance.now() - start };
}

function oneShot(): { ms: number; packages: string[] } {
  const started = performance.now();
  const run = spawnSync('npm', ['run', '--silent', 'ask', '--', '--json', 'when were the talks?'], { cwd: ROOT, encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (run.status !== 0) throw new Error(`one-shot console failed: ${run.stderr}`);
  const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'ask.meta.json'), 'utf8')) as { inputs: Record<string, unknown> };
  const packages = [...new Set(Object.keys(meta.inputs).flatMap((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1] ?? []))];
  return { ms: elapsed, packages };
}

const rows: [string, string, string][] = [];
const row = (what: string, value: string, target = '') => rows.push([what, value, target]);

// Start-up: first (cold: zod schemas, fuse indexes built for the first time) and the median of 20 more.
const cold = startup();
const warmRuns = Array.from({ length: 20 }, startup).map((s) => s.load + s.index).sort((a, b) => a - b);
row('engine start-up, first (load + validate + index)', `${ms(cold.load + cold.index)} (${ms(cold.load)} + ${ms(cold.index)})`, '< 50 ms');
row('engine start-up, median of 20 more', ms(percentile(warmRuns, 50)), '< 50 ms');

const engine = createEngine(loadKnowledgeBase());
const questions = benchmarkQuestions(QUESTIONS);
const distinct = new Set(questions).size;

// First pass on a fresh engine: typo corrections not cached yet.
const first = timeAnswers(engine.answer, questions);
row(`answer(), first pass (${questions.length} questions, ${distinct} distinct, cold caches)`, `p50 ${ms(percentile(first.sorted, 50))}, p99 ${ms(percentile(first.sorted, 99))}, max ${ms(first.sorted.at(-1) ?? NaN)}`);
// Steady state, as a running bot sees it.
const steady = timeAnswers(engine.answer, questions);
row('answer(), steady state: p50', ms(percentile(steady.sorted, 50)));
row('answer(), steady state: p99', ms(percentile(steady.sorted, 99)), '< 0.2 ms');
row('answer(), steady state: max', ms(steady.sorted.at(-1) ?? NaN));
row('answers per second (steady state)', `${Math.round((questions.length / steady.total) * 1000).toLocaleString('en-GB')}`);

const memory = process.memoryUsage();
row('memory after the runs: RSS', mb(memory.rss));
row('memory after the runs: heap used', mb(memory.heapUsed));

const shot = oneShot();
row('one-shot console (npm run ask --json), wall time incl. Node + tsx', ms(shot.ms));
row('one-shot console loads discord.js', shot.packages.includes('discord.js') ? 'YES' : `no (packages: ${shot.packages.join(', ')})`, 'no');

const width = Math.max(...rows.map((r) => r[0].length));
process.stdout.write(`talks-bot benchmark (Node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n\n`);
for (const [what, value, target] of rows) process.stdout.write(`${what.padEnd(width)}  ${value}${target ? `   [target ${target}]` : ''}\n`);

const failed = percentile(steady.sorted, 99) >= 0.2 || cold.load + cold.index >= 50 || shot.packages.includes('discord.js');
if (failed) {
  process.stdout.write('\nA target was missed.\n');
  process.exitCode = 1;
}
