// "Were those docs signed at this meeting?" after the land-border documents Trung cited, "có ký luôn văn kiện về biên
// giới đất liền không?" after what the 2022 talks signed: a yes/no of whether something on a subject was signed, in a
// conversation whose talks signed other documents. Alone it is refused ("no document signed about the land border"),
// but the conversation holds the talk, and what was signed there settles it: No, then the documents that were.
// A talk that signed nothing keeps the refusal ("did they sign anything about the floods in 2020?").
import type { Engine } from '../answering/engine.js';
import { line, prependLines } from '../answering/result.js';
import type { Answer } from '../answering/types.js';
import type { Talk, Topic } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';
import type { Reading } from '../matching/reading.js';

/**
 * The No with what was signed at the talks instead, or null when the answer is not that refusal. `own` is the
 * question read alone; `held` the conversation's talks (ids), used when the refusal names none.
 */
export function signedInstead(engine: Engine, answer: Answer, own: Reading, held: readonly string[]): Answer | null {
  if (answer.answered || answer.intent !== 'agreements' || !own.aspects.yesNo || own.aspects.commitment !== 'signed' || own.aspects.hoped) return null;
  const about = answer.about;
  // A body or instrument named ("has the COC been signed yet?"), by the question or the conversation, is asked of
  // itself, not of the talks: its refusal stands.
  const named = own.organisations.length + (about?.organisations.length ?? 0) + (answer.carried?.organisations.length ?? 0);
  if (own.documents.length > 0 || own.people.length > 0 || named > 0) return null;
  const kb = engine.kb;
  const topicIds = [...new Set([...(about?.topics ?? []), ...(answer.carried?.topics ?? []), ...own.topics.map((t) => t.topic.id)])];
  const topics = topicIds.flatMap((id): Topic[] => {
    const topic = kb.topics.get(id);
    return topic ? [topic] : [];
  });
  if (topics.length === 0) return null;
  const ids = about && about.talks.length > 0 ? about.talks : held;
  const talks = kb.talks.filter((t) => ids.includes(t.id));
  // Only a talk that signed something, none of it on the subject asked (that would be a Yes the answerer gives).
  const signed = (t: Talk) => t.agreements.filter((a) => a.kind === 'signed');
  if (talks.length !== 1 || talks.some((t) => signed(t).length === 0 || signed(t).some((a) => a.topics.some((x) => topics.includes(x))))) return null;
  const there = engine.answerRead({
    kind: 'reading',
    reading: { ...own, topics: [], documents: [], people: [], sides: [], scope: { talks, mismatch: null }, aspects: { ...own.aspects, yesNo: false } },
  });
  if (!there.answered || there.intent !== 'agreements') return null;
  const m = messagesFor(answer.lang);
  const talk = talks[0] ?? null;
  const none = m.noAgreement(talk, true, topics, []).trim();
  // The conversation stays on the subject asked ("when were the three documents first signed?" next is of those).
  return { ...prependLines(there, [line(m.no, []), line(none, [])]), about: about ?? there.about, ...(answer.carried ? { carried: answer.carried } : {}) };
}
