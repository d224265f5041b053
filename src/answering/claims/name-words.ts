// The claim checker's words of the names the facts give (organisations, parties, people): a name's words are the same
// for every claim and every sentence compared, so they are split once, not at each comparison (which made them a large
// part of what checking a claim allocated).
import type { Organisation } from '../../facts/types.js';
import type { ClaimIndex } from './claim-index.js';
import { claimTokens } from './tokens.js';

/** Names the facts give are few; a bound keeps a stray caller from growing the table without end. */
const MAX_NAMES = 4096;
const wordsOfName = new Map<string, readonly string[]>();

/** A name's claim words ("Wang Yi" → ["wang", "yi"]), split once. */
export function nameWords(name: string): readonly string[] {
  let words = wordsOfName.get(name);
  if (words === undefined) {
    if (wordsOfName.size >= MAX_NAMES) wordsOfName.clear();
    words = claimTokens(name).map((t) => t.word);
    wordsOfName.set(name, words);
  }
  return words;
}

const lemmasOfBody = new WeakMap<Organisation, { readonly index: ClaimIndex; readonly lemmas: readonly string[] }>();

/** The lemmas of the words of an organisation's name and aliases, as the claim index reads them. */
export function bodyNameLemmas(index: ClaimIndex, o: Organisation): readonly string[] {
  const known = lemmasOfBody.get(o);
  if (known?.index === index) return known.lemmas;
  const lemmas = [o.name, ...o.aliases].flatMap((n) => nameWords(n).map((w) => index.lemma(w)));
  lemmasOfBody.set(o, { index, lemmas });
  return lemmas;
}
