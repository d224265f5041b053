// "Were they in the same room for this?": a reference cut from the question ("the same", "this") may be part of the
// phrase asking how the talks were held ("the same room"); what is left then reads as nothing, and the conversation's
// subject must not answer it (a Yes of the congratulations is no answer to whether they met). Read whole, the question
// asks the format yes or no: it is asked at the conversation's talks.
import type { Talk } from '../facts/types.js';
import type { ReadResult, Reading } from '../matching/reading.js';

/** The whole question as a format yes/no at the conversation's talks, when what is left of it reads as nothing; else null. */
export function formatInCue(own: ReadResult, whole: ReadResult, talks: readonly Talk[]): Reading | null {
  if (own.kind !== 'refusal' || own.refusal.kind !== 'no-match' || whole.kind !== 'reading' || talks.length === 0) return null;
  const r = whole.reading;
  if (r.intent !== 'format' || !r.aspects.yesNo || !r.aspects.inPerson) return null;
  // Talks the question names itself are its own; otherwise the conversation's.
  return r.scope.talks !== null ? r : { ...r, scope: { talks, mismatch: null, given: true } };
}
