// "两次会谈前后隔了整整三年", "the two talks were three years apart", "cách nhau ba năm": a span of time the question states
// between the talks. Read from the text as typed (a count, then its unit: `spanStated` in data/lexicon/en-questions.json),
// only where the question speaks of the time between the talks (the `interval` aspect); the answer compares it with
// their dates (answering/span-stated.ts) and puts it right when it is not what they give.
import { SPAN_STATED } from './cues.js';
import { escapeRegExp } from './normalize.js';

export type SpanUnit = 'year' | 'month' | 'week' | 'day';

export interface StatedSpan {
  readonly count: number;
  readonly unit: SpanUnit;
  /** The span as the question wrote it ("3年", "three years"), for the correction to say back. */
  readonly words: string;
  /** A bound, not the span: more than the count ("超过三年"), or less ("不到三年"). */
  readonly bound?: 'above' | 'below';
}

/** Whether one of `words` ends the text just before `at` (spaces aside), or starts it just after `end`. */
const endsBefore = (text: string, at: number, words: readonly string[]) => words.some((w) => text.slice(0, at).trimEnd().toLowerCase().endsWith(w));
const startsAfter = (text: string, end: number, words: readonly string[]) => words.some((w) => text.slice(end).trimStart().toLowerCase().startsWith(w));

/** Most of each unit a span between talks is stated in: a larger count ("70 years of ties") is no such span. */
const MOST: Readonly<Record<SpanUnit, number>> = { year: 60, month: 600, week: 2000, day: 9999 };

const alternation = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

const pattern = (() => {
  const units = Object.values(SPAN_STATED.units).flat();
  const numbers = Object.keys(SPAN_STATED.numbers);
  if (units.length === 0) return null;
  // A count stands alone (not the end of "2022" or of a word), and a unit is not the start of a longer word
  // ("70周年": an anniversary, not weeks).
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,4}|${alternation(numbers)})[\s-]*(${alternation(units)})(?![\p{L}])|(?<!\d)(\d{1,4}|${alternation(numbers.filter((n) => /^\p{Script=Han}+$/u.test(n)))})\s*(${alternation(units.filter((u) => /^\p{Script=Han}+$/u.test(u)))})(?!年)`, 'giu');
})();

/** The first span of time the text states, or null. */
export function statedSpan(text: string): StatedSpan | null {
  if (pattern === null) return null;
  for (const m of text.matchAll(pattern)) {
    const said = (m[1] ?? m[3] ?? '').toLowerCase();
    const unitWord = (m[2] ?? m[4] ?? '').toLowerCase();
    const count = /^\d+$/.test(said) ? Number(said) : SPAN_STATED.numbers[said];
    const unit = (Object.entries(SPAN_STATED.units) as [SpanUnit, string[]][]).find(([, ws]) => ws.includes(unitWord))?.[0];
    if (count === undefined || unit === undefined || count <= 0 || count > MOST[unit]) continue;
    const end = m.index + m[0].length;
    const { above, below } = SPAN_STATED;
    const bound = endsBefore(text, m.index, below.before) || startsAfter(text, end, below.after) ? 'below' as const
      : endsBefore(text, m.index, above.before) || startsAfter(text, end, above.after) ? 'above' as const : undefined;
    return { count, unit, words: m[0].trim(), ...(bound ? { bound } : {}) };
  }
  return null;
}
