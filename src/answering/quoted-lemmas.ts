// The lemmas of every sentence the facts quote (the coverage check's test of a word the articles never use).
// Facts often quote the same sentence, and a sentence repeats its words: each distinct quote and word is read once,
// the quote through the data's normalizations (saved by the build), so start-up grows with the distinct text only.
import type { KnowledgeBase } from '../facts/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { normalizeData } from '../matching/normalize.js';

export function quotedLemmas(kb: KnowledgeBase, lexicon: Lexicon): ReadonlySet<string> {
  const quotes = new Set<string>();
  for (const t of kb.talks) for (const e of [...t.statements, ...t.agreements, ...t.figures, ...t.participants]) quotes.add(e.quote);
  const words = new Set<string>();
  for (const q of quotes) for (const w of normalizeData(q).split(' ')) words.add(w);
  const lemmas = new Set<string>();
  for (const w of words) lemmas.add(lexicon.lemma(w));
  return lemmas;
}
