// "Năm nào Trung Quốc cảm ơn Việt Nam vì …, và năm nào Trung Quốc tặng đồ y tế cho Việt Nam?": two "when" asks joined
// as clauses, each of its own act at its own talk. Read whole (a pivot moves both question words to the front), the acts'
// verbs crowd each other out of the statements cited, and the whole is refused as the date of an event the articles do
// not date. Each clause read alone is answered by the talk its act was reported at, in turn.
import type { Lang } from '../languages.js';
import type { ReadResult } from '../matching/reading.js';
import { answersInTurn } from './clauses.js';
import type { Answer } from './types.js';

export interface WhenClauses {
  /** The two clauses of the question, or null when it is not two joined. */
  readonly clauses: readonly [string, string] | null;
  readonly whole: ReadResult;
  readonly reply: Answer;
  readonly read: (question: string, lang: Lang) => ReadResult;
  readonly answerRead: (result: ReadResult) => Answer;
}

/** Each clause's answer in turn, when the whole "when" was refused and each clause alone asks when and is answered. */
export function whenInTurn({ clauses, whole, reply, read, answerRead }: WhenClauses): Answer | null {
  if (clauses === null || whole.kind === 'refusal' || reply.answered || whole.reading.intent !== 'when' || whole.reading.aspects.yesNo) return null;
  const lang = whole.reading.lang;
  const parts = clauses.map((c) => read(c, lang));
  // Each clause asks when on a subject of its own: one leaning on the other ("…, và năm nào?") is no ask alone.
  if (!parts.every((p) => p.kind === 'reading' && p.reading.intent === 'when' && p.reading.topics.length > 0)) return null;
  const answers = parts.map((p) => answerRead(p));
  if (!answers.every((a) => a.answered && a.citations.length > 0)) return null;
  return answersInTurn(lang, answers);
}
