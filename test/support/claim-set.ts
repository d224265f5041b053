// The claim sets (test/questions/fresh/claims-*.json) and how a checked claim is judged against an entry of
// them: the verdict right, and for supports / contradicts the first match quoting the expected sentence of
// the expected talk. Shared by `npm run eval-claims` and the regression test.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Differ } from '../../src/answering/claims/check.js';
import { fold } from './question-set.js';

export const VERDICTS = ['supports', 'contradicts', 'related', 'none'] as const;
export type ClaimVerdictName = (typeof VERDICTS)[number];

const entrySchema = z.strictObject({
  claim: z.string(),
  /** How the claim was written: supported, contradicted (in one detail), related, unrelated. */
  kind: z.string(),
  verdict: z.enum(VERDICTS),
  /** For a contradicted claim: the kind of detail that differs (number, date, amount, period, place, …). */
  differs: z.string().optional(),
  /** Article dates (YYYY-MM-DD) of the talks the claim is about. */
  talks: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** A span of the sentence that supports or corrects it (null for related and unrelated claims). */
  sentence: z.string().nullable(),
});
export type ClaimEntry = z.infer<typeof entrySchema>;

/**
 * The details a differing value names, by the checker's kind and by the finer names the sets give some of them:
 * a date or period whose year is not the claim's names the year, an amount in a currency the article does not give
 * or the article's figure in another currency names the currency, done said of what was only hoped for names "done".
 */
export function namedDetails(d: Differ): string[] {
  const a = d.article;
  const finer =
    a.kind === 'date'
      ? a.claimed.year !== null && String(a.claimed.year) !== a.talk.date.slice(0, 4)
        ? ['year']
        : []
      : a.kind === 'period'
        ? a.from !== a.claimed.from || a.to !== a.claimed.to
          ? ['year']
          : []
        : a.kind === 'amount'
          ? a.claimed.unit !== null && (!a.amounts.some((x) => x.unit === a.claimed.unit) || a.amounts.some((x) => x.unit !== a.claimed.unit && x.value === a.claimed.value))
            ? ['currency']
            : []
          : a.kind === 'status' && a.status === 'hoped'
            ? ['done']
            : [];
  return [d.kind, ...finer];
}

/** What a checker says of one claim: the shape `ask --sources --jsonl` prints. */
export interface CheckedClaim {
  readonly verdict: ClaimVerdictName;
  readonly differs: readonly unknown[];
  readonly matches: readonly { readonly talk: string; readonly date: string; readonly quote: string; readonly verdict: string }[];
}

export function loadClaimSet(file: string): ClaimEntry[] {
  const raw: unknown = JSON.parse(readFileSync(new URL(`../questions/${file}`, import.meta.url), 'utf8'));
  return z.array(entrySchema).parse(raw);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Whether the match quotes the entry's sentence. A set's "date YYYY-MM-DD" (a wrong year's entry), or that date with the
 * headline after it ("2020-07-29 Vietnamese, Chinese Party officials hold phone talks"), names the dated first line of
 * the received file, which the loader keeps out of the article's text, so no quote can hold it: it is the article's
 * sentence of that date that states the talk's day ("held phone talks on July 29").
 */
function quotes(sentence: string, top: CheckedClaim['matches'][number]): boolean {
  const dated = /^(?:date )?(\d{4})-(\d{2})-(\d{2})(?:\s|$)/.exec(sentence.trim());
  if (!dated) return fold(top.quote).includes(fold(sentence));
  const day = `${MONTHS[Number(dated[2]) - 1] ?? ''} ${Number(dated[3])}`;
  return top.date === `${dated[1]}-${dated[2]}-${dated[3]}` && fold(top.quote).includes(fold(day));
}

/** Why the result misses the entry, or null when it is right. */
export function judgeClaim(entry: ClaimEntry, result: CheckedClaim): string | null {
  if (result.verdict !== entry.verdict) return `verdict ${result.verdict}, expected ${entry.verdict}`;
  if (entry.verdict !== 'supports' && entry.verdict !== 'contradicts') return null;
  const top = result.matches[0];
  if (!top) return 'no match';
  if (!entry.talks.includes(top.date)) return `first match from ${top.date}, expected ${entry.talks.join(' or ')}`;
  if (entry.sentence !== null && !quotes(entry.sentence, top)) return `first match quotes ${JSON.stringify(top.quote.slice(0, 80))}…`;
  return null;
}

export interface ClaimScore {
  readonly total: number;
  readonly right: number;
  /** Per kind of claim (and per differing detail for the contradicted ones): right / total. */
  readonly byKind: ReadonlyMap<string, { n: number; ok: number }>;
  /** "supports" given to a claim the articles contradict: the worst error. */
  readonly supportsForContradicted: readonly string[];
  /** Contradicted claims found contradicted with the differing kind of detail the set names, and how many name one. */
  readonly differsNamed: { readonly right: number; readonly total: number };
  /** The contradicted claims whose differing detail the result does not name. */
  readonly unnamed: readonly { readonly entry: ClaimEntry; readonly result: CheckedClaim }[];
  readonly misses: readonly { readonly entry: ClaimEntry; readonly result: CheckedClaim; readonly why: string }[];
}

export function scoreClaims(entries: readonly ClaimEntry[], check: (claim: string) => CheckedClaim): ClaimScore {
  const byKind = new Map<string, { n: number; ok: number }>();
  const misses: { entry: ClaimEntry; result: CheckedClaim; why: string }[] = [];
  const supportsForContradicted: string[] = [];
  const differsNamed = { right: 0, total: 0 };
  const unnamed: { entry: ClaimEntry; result: CheckedClaim }[] = [];
  let right = 0;
  for (const entry of entries) {
    const result = check(entry.claim);
    const why = judgeClaim(entry, result);
    for (const key of [entry.kind, ...(entry.differs ? [`${entry.kind}/${entry.differs}`] : [])]) {
      const c = byKind.get(key) ?? { n: 0, ok: 0 };
      c.n++;
      if (why === null) c.ok++;
      byKind.set(key, c);
    }
    if (why === null) right++;
    else misses.push({ entry, result, why });
    if (entry.verdict === 'contradicts' && result.verdict === 'supports') supportsForContradicted.push(entry.claim);
    if (entry.differs) {
      differsNamed.total++;
      if (result.verdict === 'contradicts' && result.differs.includes(entry.differs)) differsNamed.right++;
      else unnamed.push({ entry, result });
    }
  }
  return { total: entries.length, right, byKind, supportsForContradicted, differsNamed, unnamed, misses };
}
