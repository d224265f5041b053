// "Thế ông Tống Đào có cảm ơn Việt Nam điều gì không?" after the exchanges COVID-19 called off: a yes/no that names its
// own act (thanked, praised, signed) of a person, opened only as a follow-up ("and…", "thế…"), asks that act of him,
// not of the conversation's subject. Asked with the subject, nothing he thanked anyone for on COVID-19 gives a No that
// reverses what he did; the conversation's talks and people still frame it.
import type { ReadResult } from '../matching/reading.js';
import type { Cues } from './cues.js';

/** Whether a follow-up asks yes or no of a person's own act, with no word pointing at the conversation's subject. */
export function asksOwnAct(found: Cues, own: ReadResult): boolean {
  if (own.kind !== 'reading' || !found.asks) return false;
  const r = own.reading;
  const person = r.people.length > 0 || found.references.includes('person');
  const pointsAtSubject = found.references.some((x) => x === 'thing' || x === 'plural');
  return r.aspects.yesNo && person && !pointsAtSubject && r.topics.length + r.documents.length === 0 && r.concepts.some((c) => c.asking);
}
