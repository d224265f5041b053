// `npx tsx bench/jit-warmup.ts [segments] [per-segment]`: the built engine's CPU per answer over a fresh process's
// first answers, segment by segment, every thread against the main one. The HTTP bench's replica answers only a few
// thousand requests, and V8 is still compiling then (on its compiler thread, counted in a replica's CPU but not in
// answer()'s own time): the gap between the two columns is that compiling, the fall along the row its end. Run it
// with `npm start`'s node flags, plus any to try, in a child process (JIT_WARMUP_FLAGS), so each run starts cold:
//   JIT_WARMUP_FLAGS="--max-optimized-bytecode-size=8000" npx tsx bench/jit-warmup.ts
// The questions are the HTTP bench's five, in turn. CPU from /proc/self/task/<pid>/schedstat (main thread) and
// process.cpuUsage() (every thread): other work on the machine changes CPU time much less than wall time.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const QUESTIONS = ['who took part in the 2022 talks?', 'when were the phone talks?', 'what was signed in 2022?', 'did they discuss the sea?', 'what did they say about covid?'];

/** What runs in the child: load the engine, answer, print one "all/main" µs pair per segment. */
async function child(segments: number, perSegment: number): Promise<void> {
  const { loadEngine } = (await import(pathToFileURL(join(ROOT, 'dist/src/answering/load.js')).href)) as { loadEngine: () => { answer: (q: string) => unknown } };
  const engine = loadEngine();
  const mainNs = () => Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]);
  const allUs = () => {
    const used = process.cpuUsage();
    return used.user + used.system;
  };
  const row: string[] = [];
  for (let s = 0; s < segments; s++) {
    const all = allUs();
    const main = mainNs();
    for (let i = 0; i < perSegment; i++) engine.answer(QUESTIONS[i % QUESTIONS.length] ?? '');
    row.push(`${((allUs() - all) / perSegment).toFixed(0)}/${((mainNs() - main) / perSegment / 1000).toFixed(0)}`);
  }
  process.stdout.write(`${row.join(' ')}\n`);
}

const [segments = 5, perSegment = 2500] = process.argv.slice(2, 4).map(Number);
if (process.env.JIT_WARMUP_CHILD === '1') {
  await child(segments, perSegment);
} else {
  const start = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start ?? '';
  const words = start.split(/\s+/);
  const startFlags = words.slice(words.indexOf('node') + 1).filter((a) => a.startsWith('--'));
  const extra = (process.env.JIT_WARMUP_FLAGS ?? '').split(/\s+/).filter(Boolean);
  const run = spawnSync(process.execPath, [...startFlags, ...extra, '--import', 'tsx', fileURLToPath(import.meta.url), String(segments), String(perSegment)], {
    env: { ...process.env, JIT_WARMUP_CHILD: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  process.stdout.write(`flags ${[...startFlags, ...extra].join(' ')}\nµs per answer (every thread/main thread), ${segments} segments of ${perSegment}: ${run.stdout}`);
}
