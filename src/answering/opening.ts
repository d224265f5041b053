// "What did Vietnam say to China at the start of each talk?", "Lời mở đầu … ở hai lần khác nhau thế nào?",
// "两次会谈开始时，越方分别向中方表达了什么？": the opening of each talk is asked, not a subject. A report opens a side's
// words with its courtesies (sympathy over a disaster, congratulations on an occasion); matched by the question's
// other words they lose to statements sharing more of them, and one talk's line is left out. Each talk answers with
// its own first words of one side, so every talk is cited for its own part.
import type { Person, Statement, Talk } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';
import type { Reading } from '../matching/reading.js';
import { cite } from './citations.js';
import { answerFrom, line } from './result.js';
import type { Answer } from './types.js';

/** A statement of one side alone: a courtesy is offered by one side to the other, not said by both. */
function ofOneSide(s: Statement): boolean {
  return s.speakers.length > 0 && new Set(s.speakers.map((p) => p.party)).size === 1;
}

/**
 * Each talk's opening words (its report's first statement of the speakers asked, else of one side alone), talk by
 * talk; null unless the opening is asked of two talks or more, not as a yes/no, and every talk has one. A subject
 * named must be that of some talk's opening ("the sympathy at the start"): otherwise the subject is what is asked.
 */
export function answerOpenings(reading: Reading, talks: readonly Talk[], speakers: readonly Person[]): Answer | null {
  if (reading.aspects.opening !== true || reading.aspects.yesNo || talks.length < 2) return null;
  const asked = new Set(speakers);
  const opener = (t: Talk) => t.statements.find((s) => ofOneSide(s) && (asked.size === 0 || s.speakers.every((p) => asked.has(p))));
  const found = talks.map((talk) => ({ talk, statement: opener(talk) }));
  const topics = new Set(reading.topics.map((t) => t.topic));
  if (found.some((f) => f.statement === undefined)) return null;
  if (topics.size > 0 && !found.some((f) => f.statement?.topics.some((t) => topics.has(t)))) return null;
  const m = messagesFor(reading.lang);
  return answerFrom(
    reading.intent,
    reading.lang,
    found.flatMap(({ talk, statement }) => (statement ? [line(`${m.talkHeading(talk)}:`), line(m.bullet(m.statement(statement)), [cite(talk, statement)])] : [])),
  );
}
