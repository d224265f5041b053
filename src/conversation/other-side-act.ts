// "Who was Song Tao talking to?" (Le Hoai Trung, then "he"), "what did he congratulate Vietnam on?": Trung
// congratulated China; it was Song Tao who congratulated Vietnam. An act asked of "him" whose object is his own side,
// which none of his statements on it names and a statement of the other side's person does, asks after that act:
// answered with it, saying who did it. Read from the data's sides and statements, so a new article needs nothing here.
import type { Engine } from '../answering/engine.js';
import { corrected } from '../answering/premise.js';
import type { Answer } from '../answering/types.js';
import type { Person, Statement, Talk } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';
import { normalize } from '../matching/normalize.js';
import type { Reading } from '../matching/reading.js';

/** Whether a statement's English wording names a side by any of its words ("Vietnam", "CPV"). */
function names(statement: Statement, terms: readonly string[]): boolean {
  const text = ` ${normalize(statement.text)} `;
  return terms.some((t) => t !== '' && text.includes(` ${t} `));
}

/** The answer about the other side's act, or null when the question is not such a question. */
export function otherSideAct(engine: Engine, answer: Answer, own: Reading): Answer | null {
  const carried = answer.carried?.people ?? [];
  if (!answer.answered || answer.intent !== 'topic' || carried.length !== 1 || own.people.length > 0 || own.sides.length > 0) return null;
  const he: Person | undefined = engine.kb.people.get(carried[0] ?? '');
  if (!he || own.topics.length === 0 || own.sidesNamed.length !== 1 || own.sidesNamed[0]?.id !== he.party.id) return null;
  const side = he.party;
  const terms = [...side.sides, side.name, side.acronym ?? ''].map((t) => normalize(t));
  const topics = new Set(own.topics.map((t) => t.topic.id));
  const cited = new Set(answer.citations.map((c) => c.talk));
  const talks: Talk[] = engine.kb.talks.filter((t) => cited.has(t.id));
  const onIt = (s: Statement) => s.topics.some((t) => topics.has(t.id));
  // His own statements on it that name his side fit the question as asked.
  if (talks.some((t) => t.statements.some((s) => onIt(s) && s.speakers.some((p) => p.id === he.id) && names(s, terms)))) return null;
  const others = [...new Set(talks.flatMap((t) => t.statements.filter((s) => onIt(s) && names(s, terms) && s.speakers.every((p) => p.party.id !== side.id)).flatMap((s) => s.speakers)))];
  if (others.length === 0) return null;
  const reply = engine.answerRead({ kind: 'reading', reading: { ...own, people: others, scope: { talks, mismatch: null } } });
  if (!reply.answered) return null;
  return corrected(reply, [messagesFor(reply.lang).doneByOthers([he], others)], false, false);
}
