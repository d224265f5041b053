// "Phía Việt Nam có kiến nghị gì về chuyện này, và Trung Quốc có hỗ trợ gì cho công tác chống dịch không?", "What
// documents came out of the 2022 session, and who put their names on them?": a question that asks two things joined
// as clauses is read whole, and one thing's statements can crowd out the other's. Each clause is read on its own,
// at the talks the whole was answered at, and what it finds that the answer lacks is added after it.
import type { Talk } from '../facts/types.js';
import type { Lang } from '../languages.js';
import type { Given } from '../matching/read.js';
import type { ReadResult, Reading } from '../matching/reading.js';
import { sameCitation } from './citations.js';
import { answersInTurn } from './clauses.js';
import type { Answer } from './types.js';

/** "he", "his": in English a clause's pronoun for the person the whole question named ("…, and what did he propose?"). */
const THIRD_PERSON = /\b(he|his|him|she|her)\b/iu;

/** Intents a clause asks on its own whose lines add to another answer: what was said, who took part, what was signed. */
const ADDING = new Set(['topic', 'who', 'agreements']);

export interface SecondAsk {
  /** The two clauses the asking part of the question is joined from, or null. */
  readonly clauses: readonly [string, string] | null;
  readonly whole: Reading;
  readonly reply: Answer;
  readonly talks: readonly Talk[];
  readonly read: (question: string, lang: Lang, given: Given) => ReadResult;
  readonly answerRead: (result: ReadResult) => Answer;
}

/** Whether a clause read alone asks something of its own: a subject, a person, a side, a document, or a word of the articles. */
function asksItsOwn(r: Reading): boolean {
  return r.topics.length + r.documents.length + r.people.length + r.sidesNamed.length + r.organisations.length > 0 || r.concepts.some((c) => !c.asking && c.weight >= 1);
}

/** The lines of a clause read alone that rest on statements `reply` does not quote, at the talks it answers at. */
function added(clause: string, { whole, reply, talks, read, answerRead }: Omit<SecondAsk, 'clauses'>): Answer | null {
  const lang = whole.lang;
  const cited = new Set(reply.citations.map((c) => c.talk));
  const at = talks.filter((t) => cited.has(t.id));
  if (at.length === 0) return null;
  const people = lang === 'en' && THIRD_PERSON.test(clause) && whole.people.length > 0 ? { people: whole.people } : {};
  const part = read(clause, lang, { talks: at, ...people });
  if (part.kind !== 'reading' || !ADDING.has(part.reading.intent) || !asksItsOwn(part.reading)) return null;
  const alone = answerRead(part);
  if (!alone.answered) return null;
  // No line said twice, no talk the whole question did not reach.
  const fresh = alone.lines.filter((l) =>
    l.cites.length > 0 && l.cites.every((n) => {
      const c = alone.citations[n - 1];
      return c !== undefined && cited.has(c.talk) && !reply.citations.some((x) => sameCitation(x, c));
    }));
  return fresh.length > 0 ? { ...alone, lines: fresh } : null;
}

/** The reply with what either clause read alone finds that it lacks added after it, or null when neither adds anything. */
export function withSecondAsk({ clauses, ...rest }: SecondAsk): Answer | null {
  if (clauses === null || !rest.reply.answered || rest.reply.citations.length === 0) return null;
  let reply = rest.reply;
  for (const clause of clauses) {
    const more = added(clause, { ...rest, reply });
    if (more) reply = answersInTurn(rest.whole.lang, [reply, more]);
  }
  return reply === rest.reply ? null : reply;
}
