// Fresh blind sets (test/questions/fresh/): written from the two articles alone by a helper following
// ../shared/fresh-set-brief.md, committed and scored before any change made because of them. Their format is
// the brief's; an answer is judged as for the other sets, plus the brief's `leads` (null: the honest answer is
// neither Yes nor No) and what counts as confidently wrong.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Answer } from '../../src/answering/types.js';
import { amendments, judge, type QuestionEntry } from './question-set.js';

const expected = z.union([z.string(), z.array(z.string()).min(1)]);

export const freshEntrySchema = z.object({
  q: z.string(),
  category: z.string(),
  answered: z.boolean(),
  talks: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).default([]),
  includes: z.array(expected).default([]),
  leads: z.enum(['yes', 'no']).nullable().optional(),
});
export type FreshEntry = z.infer<typeof freshEntrySchema>;

/** A fresh set as its writer left it, with the changed expectations of blind/amendments.json (file "fresh/…") laid over it. */
export function loadFreshSet(file: string): FreshEntry[] {
  const raw: unknown = JSON.parse(readFileSync(new URL(`../questions/fresh/${file}`, import.meta.url), 'utf8'));
  const entries = z.array(freshEntrySchema).parse(raw);
  for (const a of amendments().filter((x) => x.file === `fresh/${file}`)) {
    const i = entries.findIndex((e) => e.q === a.q);
    const entry = entries[i];
    if (!entry) throw new Error(`amendments.json: no question ${JSON.stringify(a.q)} in fresh/${file}`);
    for (const [k, v] of Object.entries(a.was)) {
      if (JSON.stringify(entry[k as keyof FreshEntry]) !== JSON.stringify(v)) throw new Error(`amendments.json: fresh/${file} ${JSON.stringify(a.q)} ${k} is not as "was" says`);
    }
    entries[i] = freshEntrySchema.parse({ ...entry, ...a.now });
  }
  return entries;
}

/** A tuned set in the fresh sets' format (test/questions/<file>, e.g. cw-probes.json): written and tuned on in the open. */
export function loadTunedSet(file: string): FreshEntry[] {
  const raw: unknown = JSON.parse(readFileSync(new URL(`../questions/${file}`, import.meta.url), 'utf8'));
  return z.array(freshEntrySchema).parse(raw);
}

/** A fresh set by its name in fresh/, else a tuned set of that name beside it. */
export function loadSetInFreshFormat(file: string): FreshEntry[] {
  return existsSync(new URL(`../questions/fresh/${file}`, import.meta.url)) ? loadFreshSet(file) : loadTunedSet(file);
}

/** An answer that opens with a plain Yes or No, in any of the three languages. */
const OPENS = {
  yes: /^\s*(yes\b|có[,.:]|co[,.:]|đúng[,.:]|dung[,.:]|是的|是，|对，|對，|有，)/iu,
  no: /^\s*(no\b|không[,.:]|khong[,.:]|chưa[,.:]|chua[,.:]|不是|不，|没有|沒有|否)/iu,
} as const;

export function opensWith(answer: Answer): 'yes' | 'no' | null {
  if (OPENS.yes.test(answer.text)) return 'yes';
  if (OPENS.no.test(answer.text)) return 'no';
  return null;
}

export interface FreshVerdict {
  /** Why the answer misses, or null when it is right. */
  readonly miss: string | null;
  /** Out of scope answered, or a Yes/No the articles reverse: worse than any refusal. */
  readonly confidentlyWrong: boolean;
}

export function judgeFresh(entry: FreshEntry, answer: Answer): FreshVerdict {
  const asEntry: QuestionEntry = {
    q: entry.q,
    answered: entry.answered,
    ...(entry.answered && entry.talks.length > 0 ? { talks: entry.talks } : {}),
    includes: entry.includes,
    ...(entry.leads ? { lead: entry.leads } : {}),
  };
  let miss = judge(asEntry, answer);
  const opened = answer.answered ? opensWith(answer) : null;
  if (miss === null && entry.leads === null && opened !== null) miss = `leads with ${opened}, the articles settle neither`;
  const reversed = entry.leads !== undefined && entry.leads !== null && opened !== null && opened !== entry.leads;
  const confidentlyWrong = (!entry.answered && answer.answered) || reversed;
  return { miss, confidentlyWrong };
}
