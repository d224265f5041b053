// "2020年那次交流中，中方为什么要向越方道谢？", "In that 2020 exchange, why did the Chinese side thank Vietnam?": a topic's word
// for the talks' own contacts ("exchange", en-questions.json `datedOccasions`), dated by a year just before it and placed
// as an occasion, is that year's talks, where the question is asked; not the exchanges the talks spoke of. A preposition
// of occasion stands before it ("in that 2020 exchange"), or, where Chinese puts it, just after it ("交流中": in).
import { DATED_OCCASIONS, MONTHS, OCCASION_PREPOSITIONS, STOP_WORDS, SUBJECT_PREPOSITIONS } from './cues.js';
import type { Token } from './tokens.js';

/** Most words between the preposition and the year ("in that 2020 exchange", "during the July 2020 exchange"). */
const REACH = 3;

const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS);
/** Words that may stand between them: grammar ("that", "the") and months, never a preposition of a subject or a noun. */
const between = (w: string) => (STOP_WORDS.has(w) || MONTH_WORDS.has(w)) && !SUBJECT_PREPOSITIONS.has(w);

/** Whether the one-word topic hit at `at` is the occasion of a dated talk. */
export function datedOccasion(tokens: readonly Token[], at: number, length: number): boolean {
  const word = tokens[at];
  if (length !== 1 || word === undefined || !(DATED_OCCASIONS.has(word.text) || DATED_OCCASIONS.has(word.lemma))) return false;
  if (!/^\d{4}$/u.test(tokens[at - 1]?.text ?? '')) return false;
  if (OCCASION_PREPOSITIONS.has(tokens[at + 1]?.text ?? '')) return true;
  for (let i = at - 2; i >= Math.max(0, at - 2 - REACH); i--) {
    const text = tokens[i]?.text ?? '';
    if (OCCASION_PREPOSITIONS.has(text)) return true;
    if (!between(text)) return false;
  }
  return false;
}
