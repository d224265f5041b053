// "是宋涛和黄平君签的吗", "có phải do ông Hoàng Bình Quân ký không?" after the documents signed at a talk: a yes/no on
// signing that names people and nothing else of its own asks who signed the conversation's documents. Read alone it is
// asked wherever those people met, which may be a talk that signed nothing ("No: nothing was signed in 2020"), the
// wrong talk cited. Asked at the talks that signed the documents, as who took part there: a person who was not there
// is a No, with who was (those who signed: the articles name the heads of the talks as signing).
import type { Engine } from '../answering/engine.js';
import type { Answer } from '../answering/types.js';
import type { Reading } from '../matching/reading.js';
import type { Resolved } from './context.js';
import { leadsYesOrNo } from './leads.js';

/** The check and the reading it was answered with; null when the question is no such check, or all named signed there. */
export function signersAsked(engine: Engine, own: Reading, prior: Resolved, namesTalk: boolean): { answer: Answer; reading: Reading } | null {
  if (own.intent !== 'agreements' || !own.aspects.yesNo || namesTalk || own.people.length === 0) return null;
  if (own.topics.length + own.documents.length + own.organisations.length > 0 || prior.documents.length === 0) return null;
  const talks = prior.talks.filter((t) => prior.documents.some((d) => t.agreements.includes(d)));
  if (talks.length === 0) return null;
  // Everyone named took part where the documents were signed: the question's own reading already asks there.
  if (own.people.every((p) => talks.every((t) => t.participants.some((x) => x.person === p)))) return null;
  const reading: Reading = { ...own, intent: 'who', scope: { talks, mismatch: null } };
  const answer = engine.answerRead({ kind: 'reading', reading });
  return answer.answered && leadsYesOrNo(answer) ? { answer, reading } : null;
}
