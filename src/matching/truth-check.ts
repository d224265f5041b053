// "I read Song Tao expressed sympathy over the floods. Is that true?": an asking part that alone is a bare yes/no
// matching nothing ("Is that true?", "Is this correct?") names no subject, person, side or word of its own: it asks
// whether the context's sentence holds, and is read as that sentence asked yes/no, doer and act and all. Read with
// only the context's subject, its doer would be lost and any act on that subject would settle a Yes.
import type { ReadResult } from './reading.js';

/** Whether a reading of an asking part alone only asks whether what came before is so. */
export function checksContextOnly(alone: ReadResult): boolean {
  if (alone.kind !== 'refusal' || alone.refusal.kind !== 'no-match') return false;
  const r = alone.reading;
  return r.aspects.yesNo && r.people.length + r.sides.length + r.organisations.length + r.topics.length + r.documents.length === 0
    && r.concepts.every((c) => c.asking) && r.scope.talks === null;
}
