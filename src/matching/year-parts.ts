// A time word that places a talk within a year or a month: a season ("the summer of 2020", "that spring", "2020 summer"
// as Chinese orders it) or a part ("early 2022", "mid-2020", "late July"). It narrows the date like a month does, so a
// talk that falls in it is the one asked about and a date no talk falls in is put right as a month is; without it the
// word was read as a subject the articles lack. The words are data/lexicon/year-parts.json.
import parts from '../../data/lexicon/year-parts.json' with { type: 'json' };
import type { Talk } from '../facts/types.js';
import type { YearPart } from '../refusal-kinds.js';

export type { YearPart };

interface YearPartWords {
  readonly seasons: Readonly<Record<string, readonly [number, number]>>;
  readonly parts: Readonly<Record<string, { readonly months: readonly [number, number]; readonly days: readonly [number, number] }>>;
  readonly seasonDeterminers: readonly string[];
  readonly partLinks: readonly string[];
}

// The console's bundle carries no zod (test/build): the file's shape is checked by the seasons test instead.
export const YEAR_PART_WORDS = parts as unknown as YearPartWords;
const LINKS = new Set(YEAR_PART_WORDS.partLinks);

export interface PlacedPart {
  readonly part: YearPart;
  /** Positions of the words read: the part word, its links, and a month it takes days of. */
  readonly at: readonly number[];
}

const YEAR = /^(19|20)\d{2}$/;

/** Whether a word is a season or a part of a year or month ("summer", "early"): a word of time, no verb. */
export const isYearPartWord = (w: string): boolean => YEAR_PART_WORDS.seasons[w] !== undefined || YEAR_PART_WORDS.parts[w] !== undefined;

const within = (n: number, from: number, to: number) => (from <= to ? n >= from && n <= to : n >= from || n <= to);

/** The talks a part of a year or month holds. */
export function talksIn(part: YearPart, talks: readonly Talk[]): readonly Talk[] {
  return talks.filter((t) => {
    const month = Number(t.date.slice(5, 7));
    const day = Number(t.date.slice(8, 10));
    return part.unit === 'months' ? within(month, part.from, part.to) : month === part.month && within(day, part.from, part.to);
  });
}

/**
 * The parts of years and months a question's words name. `monthAt` says whether a word is a month (and which). A part
 * word needs a year or a month beside it, after links ("early 2022", "the end of July", "july late"); a season a year
 * beside it or a determiner before it ("that summer"), so "fall" the verb and "spring" of other senses stay words.
 */
export function yearParts(words: readonly string[], monthAt: (i: number) => number | null): PlacedPart[] {
  const out: PlacedPart[] = [];
  const isYear = (k: number) => YEAR.test(words[k] ?? '');
  // The date word after a part word and its links ("end of the july"), or right before it (translated order).
  const after = (i: number): number | null => {
    let k = i + 1;
    while (k < words.length && k <= i + 3 && LINKS.has(words[k] ?? '')) k++;
    return isYear(k) || monthAt(k) !== null ? k : null;
  };
  words.forEach((w, i) => {
    const season = YEAR_PART_WORDS.seasons[w];
    if (season) {
      const dated = after(i) !== null && isYear(after(i) ?? -1);
      // A season dates a talk only beside a year: "that spring" alone is the asker's story time ("the weather was awful
      // that spring"), not one of the talks.
      if (dated || isYear(i - 1)) out.push({ part: { unit: 'months', from: season[0], to: season[1] }, at: [i] });
      return;
    }
    const part = YEAR_PART_WORDS.parts[w];
    if (!part) return;
    const next = after(i);
    const before = isYear(i - 1) || monthAt(i - 1) !== null ? i - 1 : null;
    const date = next ?? before;
    if (date === null) return;
    const month = monthAt(date);
    const links = next === null ? [] : Array.from({ length: next - i - 1 }, (_, k) => i + 1 + k);
    if (month === null) out.push({ part: { unit: 'months', from: part.months[0], to: part.months[1] }, at: [i, ...links] });
    else out.push({ part: { unit: 'days', month, from: part.days[0], to: part.days[1] }, at: [i, ...links, date] });
  });
  return out;
}
