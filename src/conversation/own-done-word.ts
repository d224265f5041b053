// "Did China actually fix the congestion after that?": a word of done (data/lexicon/en.json claims.status.done) that
// the articles never use is a predicate of the question's own, as a general word nothing covers is (Reading.uncovered):
// the claim checker reads it as done, so it is left out of `uncovered`, but no sentence of theirs says it. A
// follow-up asking it yes or no is answered as it is alone, never confirmed from the conversation's talks.
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Reading } from '../matching/reading.js';

/** Each word of done the articles never use, split into its words: the same for every question of a lexicon. */
const UNUSED = new WeakMap<Lexicon, readonly { readonly phrase: string; readonly parts: readonly string[] }[]>();
function unusedDoneWords(lexicon: Lexicon): readonly { readonly phrase: string; readonly parts: readonly string[] }[] {
  let unused = UNUSED.get(lexicon);
  if (!unused) {
    unused = lexicon.claims.status.done
      .map((phrase) => ({ phrase, parts: phrase.split(' ') }))
      .filter(({ parts }) => !parts.some((p) => lexicon.vocabulary.has(p) || lexicon.vocabulary.has(lexicon.lemma(p))));
    UNUSED.set(lexicon, unused);
  }
  return unused;
}

/** The reading's words of done that the articles never use, as typed ("fix"). */
export function ownDoneWords(lexicon: Lexicon, reading: Reading): string[] {
  const words = reading.said.words;
  const out: string[] = [];
  for (const { phrase, parts } of unusedDoneWords(lexicon)) {
    if (words.some((_, i) => parts.every((p, k) => words[i + k] === p))) out.push(phrase);
  }
  return out;
}
