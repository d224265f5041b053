// "asdf qwer zzz": keys typed at random. Every word is one the reader could not place (no entity, cue, article word,
// related word, chat or grammar), none is an English word, and none is typed as a name would be ("Xi", "ASEAN"):
// there is no question to make out, and naming the keys as a subject the articles lack would read as if one were asked.
import type { Token } from './tokens.js';

export function unreadable(tokens: readonly Token[], unmatched: readonly string[], isEnglish: (word: string) => boolean): boolean {
  if (tokens.length === 0) return false;
  const placed = new Set(unmatched);
  return tokens.every((t, i) => {
    // Capitals mid-message, or a whole word in capitals, may be a name or an acronym the articles lack; so may a
    // capitalised word alone ("Trong"). Only a first word among others is capitalised for the sentence's sake.
    const sentenceCase = i === 0 && tokens.length > 1 && t.cased.slice(1) === t.text.slice(1);
    const typedPlain = t.cased === t.text || sentenceCase;
    return typedPlain && placed.has(t.cased) && !/\d/u.test(t.text) && !isEnglish(t.text) && !isEnglish(t.lemma);
  });
}
