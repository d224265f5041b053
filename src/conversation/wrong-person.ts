// "Who chaired the commission in April 2022?", then "wait, wasn't it Hoang Binh Quan?": a yes/no pointing back at the
// last answer's people ("it", "that"), naming a person and nothing else of its own, puts that person in their place:
// asked at the conversation's talks, not wherever the person named was. A person who was not there is a No, with who
// was (the engine's answer) and where the person named did take part.
import type { Engine } from '../answering/engine.js';
import { insertLines, line } from '../answering/result.js';
import type { Answer } from '../answering/types.js';
import type { Reading } from '../matching/reading.js';
import type { Resolved } from './context.js';

/** The answer, or null when the question is not such a check or nothing answers it at the conversation's talks. */
export function personInPlace(engine: Engine, own: Reading, prior: Resolved): Answer | null {
  const talks = prior.talks;
  if (talks.length === 0 || own.people.length !== 1 || !own.aspects.yesNo || own.topics.length + own.documents.length > 0) return null;
  const [named] = own.people;
  if (!named) return null;
  // One of the last answer's people is confirmed; one who was there in another place is left to the rest of the
  // conversation (taking part is not holding the place asked).
  const there = talks.some((t) => t.participants.some((p) => p.person === named));
  if (there && !prior.people.includes(named)) return null;
  const checked = engine.answerRead({ kind: 'reading', reading: { ...own, intent: 'who', scope: { talks, mismatch: null } } });
  if (!checked.answered || there) return checked.answered ? checked : null;
  // Where the person named did take part, cited, so the asker sees what was mixed up.
  const elsewhere = engine.answerRead({ kind: 'reading', reading: { ...own, intent: 'person', scope: { talks: null, mismatch: null }, aspects: { ...own.aspects, yesNo: false } } });
  if (!elsewhere.answered) return checked;
  const lines = elsewhere.lines.map((l) => line(l.text, l.cites.flatMap((n) => elsewhere.citations[n - 1] ?? [])));
  return insertLines(checked, checked.lines.length, lines);
}
