// answer()'s time in two builds, measured in one process with the questions interleaved, so both see the same
// machine: each question's best of PASSES passes in each build, then p50 / p99 / mean over the distinct questions.
//   npx tsx bench/side-by-side.ts /path/to/other/checkout [passes]   (both built: dist/ of each is loaded)
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchmarkQuestions } from './questions.js';

type Answer = (q: string) => unknown;

async function answerOf(root: string): Promise<Answer> {
  const load = async <T>(path: string) => (await import(pathToFileURL(join(root, 'dist/src', path)).href)) as T;
  const { loadKnowledgeBase } = await load<{ loadKnowledgeBase: (dir: string) => unknown }>('facts/loader.js');
  const { loadLexicon } = await load<{ loadLexicon: (dir: string) => unknown }>('lexicon/lexicon.js');
  const { createEngine } = await load<{ createEngine: (kb: unknown, lexicon: unknown) => { answer: Answer } }>('answering/engine.js');
  const { DATA_DIR } = await load<{ DATA_DIR: string }>('paths.js');
  return createEngine(loadKnowledgeBase(DATA_DIR), loadLexicon(DATA_DIR)).answer;
}

const other = process.argv[2];
if (!other) throw new Error('usage: side-by-side.ts <other checkout> [passes]');
const passes = Number(process.argv[3] ?? 5);
const here = fileURLToPath(new URL('..', import.meta.url));
const builds = [{ name: 'other', answer: await answerOf(other) }, { name: 'here', answer: await answerOf(here) }];

const at = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
for (const lang of ['en', 'vi', 'zh'] as const) {
  const questions = [...new Set(benchmarkQuestions(lang === 'en' ? 12_000 : 6_000, lang))];
  const best = builds.map(() => new Map<string, number>());
  // A first pass unmeasured (typo caches, JIT), then the passes, the builds' order swapped each pass.
  for (const b of builds) for (const q of questions) b.answer(q);
  for (let pass = 0; pass < passes; pass++) {
    for (const q of questions) {
      for (let j = 0; j < builds.length; j++) {
        const i = pass % 2 === 0 ? j : builds.length - 1 - j;
        const t = performance.now();
        builds[i]?.answer(q);
        const ms = performance.now() - t;
        const m = best[i];
        if (m) m.set(q, Math.min(m.get(q) ?? Infinity, ms));
      }
    }
  }
  const rows = builds.map((b, i) => {
    const times = [...(best[i]?.values() ?? [])].sort((x, y) => x - y);
    const mean = times.reduce((s, v) => s + v, 0) / times.length;
    return `${b.name} p50 ${at(times, 50).toFixed(3)} p99 ${at(times, 99).toFixed(3)} mean ${mean.toFixed(3)} ms`;
  });
  console.log(`${lang} (${questions.length} distinct, best of ${passes}): ${rows.join(' | ')}`);
}
