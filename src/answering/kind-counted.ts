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

/**
 * The count of a kind of document a question claims or takes for granted signed ("did they sign three plans?", "what
 * are the two training schemes they signed about?"), when it differs from the articles'; null otherwise.
 */
export function kindMiscounted(k: Knowledge, reading: Reading, talks: readonly Talk[]): KindMiscounted | null {
  if (reading.aspects.commitment !== 'signed' || reading.documents.length === 0 || (!reading.aspects.yesNo && reading.aspects.count)) return null;
  const index = k.claims();
  const { mentions } = readDetails(index, reading);
  const signed = talks.flatMap((t) => t.agreements.filter((a) => a.kind === 'signed'));
  // The kind's own word, the first keyword of one word of a document named ("plan"): the count counts those.
  const kinds = new Set(reading.documents.flatMap((d) => d.keywords.filter((w) => !w.includes(' ')).slice(0, 1)));
  const kindOf = (w: string) => (kinds.has(w) ? w : kinds.has(index.lemma(w)) ? index.lemma(w) : undefined);
  const ofKind = (kind: string) => (a: Agreement) => a.keywords.includes(kind);
  for (const c of mentions.counts) {
    if (c.ordinal) continue;
    // Only the noun right after the number or past one word qualifying it ("three cooperation plans"), a word typed
    // with hyphens being one ("two cadre-training schemes").
    const kind = c.noun.slice(0, typedWordsReach(mentions, c.nounAt, 2)).map(kindOf).find((w) => w !== undefined);
    if (kind === undefined) continue;
    const actual = signed.filter(ofKind(kind)).length;
    if (actual > 0 && actual !== c.value) return { actual, claimed: c.value };
  }
  return null;
}

/** How many of the counted noun's words (at `nounAt`) make up its first `words` words as typed, hyphened ones joined. */
function typedWordsReach(m: { readonly text: string; readonly tokens: readonly { readonly at: number; readonly word: string }[] }, nounAt: readonly number[], words: number): number {
  let typed = 0;
  for (let n = 0; n < nounAt.length; n++) {
    const here = m.tokens[nounAt[n] ?? -1];
    const before = n > 0 ? m.tokens[nounAt[n - 1] ?? -1] : undefined;
    const joined = here !== undefined && before !== undefined && m.text.slice(before.at + before.word.length, here.at) === '-';
    if (!joined) typed++;
    if (typed > words) return n;
  }
  return nounAt.length;
}
