// The claim checker's verdict on a claim as Find sources shows it (verdict, first match's date and quote, the details
// that differ), and the expectations the claim-kind tests share.
import { expect } from 'vitest';
import { sharedEngine } from './engine.js';

export interface FirstMatch {
  readonly verdict: string;
  readonly date: string;
  readonly quote: string;
  readonly differs: readonly string[];
}

/** The verdict and the first match of `claim`. */
export function firstMatch(claim: string): FirstMatch {
  const c = sharedEngine().check(claim);
  return { verdict: c.verdict, date: c.matches[0]?.citation.date ?? '', quote: c.matches[0]?.citation.quote ?? '', differs: c.differs.map((d) => d.kind) };
}

/** `claim` is supported, its first match from the talk of `date` and quoting `quote`. */
export function expectSupported(claim: string, date: string, quote: string): void {
  const c = firstMatch(claim);
  expect(c.verdict, claim).toBe('supports');
  expect(c.date, claim).toBe(date);
  expect(c.quote, claim).toContain(quote);
}

/** `claim` is contradicted, naming the detail `kind` (and, when given, first citing the talk of `date`). */
export function expectContradicted(claim: string, kind: string, date?: string): void {
  const c = firstMatch(claim);
  expect(c.verdict, claim).toBe('contradicts');
  expect(c.differs, claim).toContain(kind);
  if (date !== undefined) expect(c.date, claim).toBe(date);
}
