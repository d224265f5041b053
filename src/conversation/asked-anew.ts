// "Why did China thank Vietnam in 2020?", then "what did they sign in 2022?", "那2022年他们签了什么？", "còn năm 2022 họ ký
// những văn kiện gì?": a question that names its own talk, none of the conversation's, and asks on its own a kind of
// fact of that talk (what was signed, when or how it was held, what it was about) asks it anew. "They" there are the
// people who did it, not the last answer's subject: it is answered as asked alone ("two documents"), not narrowed to
// that subject ("no document signed about the floods").
import type { Engine } from '../answering/engine.js';
import { intentsWhere } from '../answering/intents/index.js';
import type { Answer } from '../answering/types.js';
import type { ReadResult } from '../matching/reading.js';
import type { Resolved } from './context.js';
import type { Cues } from './cues.js';

/**
 * Intents asking a kind of fact of a talk: not its people, nor what was said on a subject. Not a summary: what a talk
 * named alone gets ("what are they called?" names the phone talks by "call"), which asks nothing of its own.
 */
const FACTS_OF_A_TALK = intentsWhere((d) => !d.aboutPeople && !d.aboutStatements && d.name !== 'summary');

/**
 * The answer to the question alone, or null when it is not asked anew: it points at the conversation's things or
 * person ("it", "he"), names a subject of its own, asks yes or no, asks what the last question asked, or alone cites
 * other talks than its own.
 */
export function askedAnew(engine: Engine, found: Cues, own: ReadResult, prior: Resolved, namesSubject: boolean): Answer | null {
  if (own.kind !== 'reading' || !found.asks || found.same || namesSubject) return null;
  const r = own.reading;
  const talks = r.scope.talks;
  if (!talks || talks.length === 0 || prior.talks.length === 0 || talks.some((t) => prior.talks.includes(t))) return null;
  if (!found.references.every((x) => x === 'plural' || x === 'people')) return null;
  if (r.aspects.yesNo || !FACTS_OF_A_TALK.has(r.intent) || r.intent === prior.intent) return null;
  const alone = engine.answerRead(own);
  return alone.answered && alone.citations.every((c) => talks.some((t) => t.id === c.talk)) ? alone : null;
}
