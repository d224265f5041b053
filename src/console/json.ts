// The console's machine-readable form: exactly the documented keys, in a stable order.
import type { Answer } from '../answering/types.js';

/** What a follow-up took over from the conversation (ids), and the line that says so. */
export interface JsonContext {
  note: string;
  /** The earlier question's intent, when the question asked nothing of its own ("and in 2020?"). */
  intent: string | null;
  talks: string[];
  people: string[];
  organisations: string[];
  topics: string[];
  documents: string[];
}

export interface JsonAnswer {
  question: string;
  answered: boolean;
  intent: string;
  text: string;
  /** The language of `text` (quotes stay English). */
  lang: string;
  /** In the order of their numbers: `n` is the [n] of `text` that cites it. */
  citations: { talk: string; date: string; source: string; quote: string; n: number }[];
  /** What was carried over from the conversation, or null (always null for a question that stands alone). */
  context: JsonContext | null;
}

export function toJson(question: string, answer: Answer): JsonAnswer {
  const c = answer.carried;
  return {
    question,
    answered: answer.answered,
    intent: answer.intent,
    text: answer.text,
    lang: answer.lang,
    citations: answer.citations.map(({ talk, date, source, quote }, i) => ({ talk, date, source, quote, n: i + 1 })),
    context: c
      ? { note: c.note, intent: c.intent, talks: [...c.talks], people: [...c.people], organisations: [...c.organisations], topics: [...c.topics], documents: [...c.documents] }
      : null,
  };
}
