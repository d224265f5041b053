// "How did the Vietnamese side's language on maritime issues differ…?": a word of language just before a word of
// subject ("on", "about", "regarding") and a subject the articles report is how a side worded what it said on it, a
// thing they answer, not the language the talks were held in (which they never give).
import { SUBJECT_PREPOSITIONS } from './cues.js';
import type { NamedTopic } from './reading.js';
import { topicAt } from './set-aside.js';
import type { Token } from './tokens.js';

/** Most words between the word of subject and the subject's first word ("on the maritime issues"). */
const SUBJECT_REACH = 3;

/** Whether the language word ending just before `end` is said of a subject the question names. */
export function languageOfSubject(tokens: readonly Token[], topics: readonly NamedTopic[], end: number): boolean {
  if (!SUBJECT_PREPOSITIONS.has(tokens[end]?.text ?? '')) return false;
  return topics.some((t) => {
    const at = topicAt(tokens, t);
    return at > end && at - end <= SUBJECT_REACH;
  });
}
