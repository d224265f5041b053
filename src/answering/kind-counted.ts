// "Is it true that they signed three cooperation plans in 2022?": a count claimed of one kind of document (the word
// that names it, "plans") is a count of the documents of that kind signed at the talks asked about, not of all they
// signed (a plan and a scheme: two documents, one plan). A count that differs is No, with the right count, before
// every document those talks signed, so the asker sees what the count mistook.
import type { Agreement, Talk } from '../facts/types.js';
import type { Reading } from '../matching/reading.js';
import { readDetails } from './claims/details.js';
import type { Knowledge } from './types.js';

export interface KindMiscounted {
  /** How many documents of that kind the talks signed, and how many the question claims. */
  readonly actual: number;
  readonly claimed: number;
}

/** The count of a kind of document a yes/no claims signed, when it differs from the articles'; null otherwise. */
export function kindMiscounted(k: Knowledge, reading: Reading, talks: readonly Talk[]): KindMiscounted | null {
  if (!reading.aspects.yesNo || reading.aspects.commitment !== 'signed' || reading.documents.length === 0) return null;
  const index = k.claims();
  const { mentions } = readDetails(index, reading);
  const signed = talks.flatMap((t) => t.agreements.filter((a) => a.kind === 'signed'));
  // The kind's own word, the first keyword of one word of a document named ("plan"): the count counts those.
  const kinds = new Set(reading.documents.flatMap((d) => d.keywords.filter((w) => !w.includes(' ')).slice(0, 1)));
  const ofKind = (kind: string) => (a: Agreement) => a.keywords.includes(kind);
  for (const c of mentions.counts) {
    if (c.ordinal) continue;
    // Only the noun right after the number or past one word qualifying it ("three cooperation plans").
    const kind = c.noun.slice(0, 2).find((w) => kinds.has(w) || kinds.has(index.lemma(w)));
    if (kind === undefined) continue;
    const actual = signed.filter(ofKind(kinds.has(kind) ? kind : index.lemma(kind))).length;
    if (actual > 0 && actual !== c.value) return { actual, claimed: c.value };
  }
  return null;
}
