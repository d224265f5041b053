// The benchmark's questions: the project's question sets, plus variants a chat produces (case,
// spacing, dropped punctuation, a typo), so the run covers at least 10,000 different strings.
import { readFileSync } from 'node:fs';

function questionSet(file: string): string[] {
  const raw: unknown = JSON.parse(readFileSync(new URL(`../test/questions/${file}`, import.meta.url), 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${file} is not an array`);
  return raw.map((entry: unknown) => (entry !== null && typeof entry === 'object' && 'q' in entry ? String(entry.q) : ''));
}

/** Deterministic pseudo-random numbers, so every run times the same questions. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function swapTwoLetters(q: string, r: () => number): string {
  const words = q.split(' ');
  const i = Math.floor(r() * words.length);
  const w = words[i] ?? '';
  if (w.length < 5) return q;
  const j = 1 + Math.floor(r() * (w.length - 3));
  words[i] = w.slice(0, j) + (w[j + 1] ?? '') + (w[j] ?? '') + w.slice(j + 2);
  return words.join(' ');
}

/** The sets of each language: English (the default), or Vietnamese or Chinese. */
const SETS = { en: ['questions.json', 'holdout.json'], vi: ['vi.json'], zh: ['zh.json'] } as const;

export function benchmarkQuestions(count: number, lang: keyof typeof SETS = 'en'): string[] {
  const base = SETS[lang].flatMap((f) => questionSet(f));
  const r = random(20200729);
  const variants: ((q: string) => string)[] = [
    (q) => q,
    (q) => q.toUpperCase(),
    (q) => q.toLowerCase().replace(/[?.!,]/g, ''),
    (q) => `  ${q.replace(/ /g, '   ')}  `,
    (q) => swapTwoLetters(q, r),
    (q) => `hey bot, ${q}`,
  ];
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const q = base[i % base.length] ?? '';
    const variant = variants[Math.floor(i / base.length) % variants.length] ?? ((x: string) => x);
    out.push(variant(q));
  }
  return out;
}
