// "Was he also part of the talks two years earlier?" after the 2022 talks: a relative time ("two years earlier", "the
// year before", "later on") picks the talk before or after the conversation's, and the question is asked there. Read
// with a person the conversation gives who was not at that talk, the reader moves to his own talk instead, and a
// Yes from the conversation's talk answers what was asked of the other ("Yes: Trung took part… of 19 April 2022").
// The talk the time points at wins: the question is asked there, and a No says he was not there.
import type { Talk } from '../facts/types.js';
import type { ReadResult } from '../matching/reading.js';
import type { Reference } from './cues.js';

/** References of a time before or after the conversation's talks. */
const RELATIVE_TIMES: ReadonlySet<Reference> = new Set<Reference>(['earlier', 'later']);

/**
 * The read result kept at the talks a relative time points at (`pointed`), when the reader placed it at talks none of
 * which they are; the result as it is otherwise.
 */
export function atRelativeTalk(result: ReadResult, refs: readonly Reference[], pointed: readonly Talk[] | undefined): ReadResult {
  if (result.kind !== 'reading' || !pointed || pointed.length === 0 || !refs.some((r) => RELATIVE_TIMES.has(r))) return result;
  const placed = result.reading.scope.talks;
  if (!placed || placed.some((t) => pointed.includes(t))) return result;
  return { kind: 'reading', reading: { ...result.reading, scope: { talks: pointed, mismatch: null } } };
}
