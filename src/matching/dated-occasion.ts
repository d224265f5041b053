// "2020年那次交流中，中方为什么要向越方道谢？": a topic's word for the talks' own contacts ("交流", en-questions.json
// `datedOccasions`), dated by a year just before it and placed as an occasion by the word after it ("中": in), is that
// year's talks, where the question is asked; not the exchanges the talks spoke of. (English "in the 2020 exchange" is
// left as read: its topic keeps such a question on what was said there.)
import { DATED_OCCASIONS, OCCASION_PREPOSITIONS } from './cues.js';
import type { Token } from './tokens.js';

/** Whether the one-word topic hit at `at` is the occasion of a dated talk. */
export function datedOccasion(tokens: readonly Token[], at: number, length: number): boolean {
  const word = tokens[at];
  if (length !== 1 || word === undefined || !(DATED_OCCASIONS.has(word.text) || DATED_OCCASIONS.has(word.lemma))) return false;
  if (!/^\d{4}$/u.test(tokens[at - 1]?.text ?? '')) return false;
  return OCCASION_PREPOSITIONS.has(tokens[at + 1]?.text ?? '');
}
