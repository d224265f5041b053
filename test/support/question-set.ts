// The project's own question set (test/questions/questions.json) and how an answer is judged against it.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { INTENTS, type Answer } from '../../src/answering/types.js';

const entrySchema = z.strictObject({
  q: z.string(),
  answered: z.boolean(),
  intent: z.enum(INTENTS).optional(),
  talks: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
  includes: z.array(z.string()).optional(),
  excludes: z.array(z.string()).optional(),
  note: z.string().optional(),
});
export type QuestionEntry = z.infer<typeof entrySchema>;

export function loadQuestionSet(file = 'questions.json'): QuestionEntry[] {
  const raw: unknown = JSON.parse(readFileSync(new URL(`../questions/${file}`, import.meta.url), 'utf8'));
  return z.array(entrySchema).parse(raw);
}

/** Why the answer misses the expectation, or null when it meets it. */
export function judge(entry: QuestionEntry, answer: Answer): string | null {
  if (answer.answered !== entry.answered) return `answered=${answer.answered}, expected ${entry.answered}`;
  if (!entry.answered) return null;
  if (entry.intent && answer.intent !== entry.intent) return `intent ${answer.intent}, expected ${entry.intent}`;
  if (answer.citations.length === 0) return 'no citation';
  if (entry.talks) {
    const got = [...new Set(answer.citations.map((c) => c.date))].sort().join(',');
    const want = [...entry.talks].sort().join(',');
    if (got !== want) return `cites ${got}, expected ${want}`;
  }
  const text = answer.text.toLowerCase();
  for (const s of entry.includes ?? []) if (!text.includes(s.toLowerCase())) return `text lacks "${s}"`;
  for (const s of entry.excludes ?? []) if (text.includes(s.toLowerCase())) return `text has "${s}"`;
  return null;
}
