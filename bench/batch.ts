// The batch: every question of every set under test/questions answered once, timed against a plain BM25 search
// of the articles' sentences for the same strings in the same run (what a bot that only found the nearest
// sentence would cost). The plain search is bench code only: a yardstick, not part of the bot.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../src/facts/types.js';
import { articleSentences } from '../src/answering/sentences.js';

const QUESTIONS_DIR = new URL('../test/questions/', import.meta.url);

/** Every question string of the question sets (tuned, blind and first-contact), each once. */
export function batchQuestions(): string[] {
  const files = [
    ...readdirSync(QUESTIONS_DIR).filter((f) => f.endsWith('.json')),
    ...['fresh', 'blind'].flatMap((dir) => readdirSync(new URL(`${dir}/`, QUESTIONS_DIR)).filter((f) => f.endsWith('.json')).map((f) => join(dir, f))),
  ];
  const out = new Set<string>();
  for (const file of files) {
    const raw: unknown = JSON.parse(readFileSync(new URL(file, QUESTIONS_DIR), 'utf8'));
    if (!Array.isArray(raw)) continue;
    for (const entry of raw as unknown[]) {
      if (entry !== null && typeof entry === 'object' && 'q' in entry && typeof entry.q === 'string') out.add(entry.q);
    }
  }
  return [...out];
}

/** Words as a plain search sees them: lower-cased letters and digits; each Han character a word of its own. */
function tokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/\p{Script=Han}|[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Okapi BM25 (k1 1.2, b 0.75) over sentences, returning the best sentence's index for a query. */
export function plainBm25(kb: KnowledgeBase): (query: string) => number {
  const docs = [...kb.articles.values()].flatMap((a) => articleSentences(a).map((s) => tokens(s.text)));
  const avg = docs.reduce((sum, d) => sum + d.length, 0) / Math.max(1, docs.length);
  const postings = new Map<string, { doc: number; tf: number }[]>();
  docs.forEach((words, doc) => {
    const counts = new Map<string, number>();
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const [w, tf] of counts) {
      const list = postings.get(w) ?? [];
      list.push({ doc, tf });
      postings.set(w, list);
    }
  });
  const scores = new Float64Array(docs.length);
  return (query) => {
    scores.fill(0);
    for (const w of new Set(tokens(query))) {
      const list = postings.get(w);
      if (!list) continue;
      const idf = Math.log(1 + (docs.length - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, tf } of list) {
        const len = docs[doc]?.length ?? 0;
        scores[doc] = (scores[doc] ?? 0) + (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * len) / avg));
      }
    }
    let best = -1;
    let bestScore = 0;
    scores.forEach((s, i) => {
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    });
    return best;
  };
}

export interface BatchFigures {
  readonly questions: number;
  readonly answerMs: number;
  readonly bm25Ms: number;
}

/** Wall time of the whole batch through answer() and through the plain search, each the best of `passes` after a warm-up pass. */
export function measureBatch(kb: KnowledgeBase, answer: (q: string) => unknown, passes = 3): BatchFigures {
  const questions = batchQuestions();
  const search = plainBm25(kb);
  const time = (f: (q: string) => unknown): number => {
    const t = performance.now();
    for (const q of questions) f(q);
    return performance.now() - t;
  };
  const best = (f: (q: string) => unknown): number => {
    time(f);
    return Math.min(...Array.from({ length: passes }, () => time(f)));
  };
  return { questions: questions.length, answerMs: best(answer), bm25Ms: best(search) };
}
