// The question sets (test/questions/) and how an answer is judged against an entry of them.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { INTENTS, type Answer } from '../../src/answering/types.js';

/** A string the answer must contain, or a list of which any one will do. */
const expected = z.union([z.string(), z.array(z.string()).min(1)]);

const entrySchema = z.strictObject({
  q: z.string(),
  answered: z.boolean(),
  intent: z.enum(INTENTS).optional(),
  talks: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
  includes: z.array(expected).optional(),
  excludes: z.array(expected).optional(),
  /** A yes/no question the articles settle: the answer begins with it. */
  lead: z.enum(['yes', 'no']).optional(),
  category: z.string().optional(),
  /** Vietnamese set: typed with or without diacritics. */
  diacritics: z.boolean().optional(),
  /** Chinese set: simplified or traditional characters. */
  script: z.enum(['simplified', 'traditional']).optional(),
  note: z.string().optional(),
});
export type QuestionEntry = z.infer<typeof entrySchema>;

/**
 * A changed expectation of a blind set (test/questions/blind/amendments.json): the blind files stay as their
 * writers left them, and each change says what it was, what it is and why, where anyone can review it.
 */
// A fresh set's entry (file "fresh/…") has `leads` rather than `lead` (null: the honest answer is neither).
const amendedFields = entrySchema.partial().omit({ q: true }).extend({ leads: z.enum(['yes', 'no']).nullable().optional() });
const amendmentSchema = z.strictObject({
  file: z.string(),
  q: z.string(),
  was: amendedFields,
  now: amendedFields,
  why: z.string().min(20),
});
export type Amendment = z.infer<typeof amendmentSchema>;

export function amendments(): Amendment[] {
  const raw: unknown = JSON.parse(readFileSync(new URL('../questions/blind/amendments.json', import.meta.url), 'utf8'));
  return z.array(amendmentSchema).parse(raw);
}

export function loadQuestionSet(file = 'questions.json'): QuestionEntry[] {
  const raw: unknown = JSON.parse(readFileSync(new URL(`../questions/${file}`, import.meta.url), 'utf8'));
  const entries = z.array(entrySchema).parse(raw);
  if (!file.startsWith('blind/')) return entries;
  for (const a of amendments().filter((x) => `blind/${x.file}` === file)) {
    const i = entries.findIndex((e) => e.q === a.q);
    const entry = entries[i];
    if (!entry) throw new Error(`amendments.json: no question ${JSON.stringify(a.q)} in ${file}`);
    // What it says was must be what the file says: an amendment never silently changes more than it shows.
    for (const [k, v] of Object.entries(a.was)) {
      if (JSON.stringify(entry[k as keyof QuestionEntry]) !== JSON.stringify(v)) throw new Error(`amendments.json: ${file} ${JSON.stringify(a.q)} ${k} is not as "was" says`);
    }
    entries[i] = entrySchema.parse({ ...entry, ...a.now });
  }
  return entries;
}

/** Case, diacritics and spacing do not matter when comparing expected strings with an answer. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Usual written forms of a date in English, Vietnamese and Chinese, for `@date:YYYY-MM-DD`. */
export function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = MONTHS[m - 1] ?? '';
  return [
    iso,
    `${d} ${month} ${y}`,
    `${month} ${d}, ${y}`,
    `${d}/${m}/${y}`,
    `${d} thang ${m}, ${y}`,
    `${d} thang ${m} nam ${y}`,
    `${y}年${m}月${d}日`,
  ].map(fold);
}

function contains(text: string, item: string | readonly string[]): boolean {
  const options = typeof item === 'string' ? [item] : item;
  return options.some((o) => {
    const date = /^@date:(\d{4}-\d{2}-\d{2})$/.exec(o);
    return date ? dateForms(date[1] ?? '').some((f) => text.includes(f)) : text.includes(fold(o));
  });
}

const LEADS = {
  yes: /^(yes|co|dung|vang|是|对|對|有|确实|確實)/,
  no: /^(no|khong|chua|不|没|沒|否)/,
} as const;

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
  const text = fold(answer.text);
  if (entry.lead && !LEADS[entry.lead].test(text.trimStart())) return `does not begin with ${entry.lead}`;
  for (const s of entry.includes ?? []) if (!contains(text, s)) return `text lacks ${JSON.stringify(s)}`;
  for (const s of entry.excludes ?? []) if (contains(text, s)) return `text has ${JSON.stringify(s)}`;
  return null;
}
