// The console's machine-readable form: exactly the documented keys, in a stable order.
import type { Answer } from '../answering/types.js';

export interface JsonAnswer {
  question: string;
  answered: boolean;
  intent: string;
  text: string;
  /** The language of `text` (quotes stay English). */
  lang: string;
  /** In the order of their numbers: `n` is the [n] of `text` that cites it. */
  citations: { talk: string; date: string; source: string; quote: string; n: number }[];
}

export function toJson(question: string, answer: Answer): JsonAnswer {
  return {
    question,
    answered: answer.answered,
    intent: answer.intent,
    text: answer.text,
    lang: answer.lang,
    citations: answer.citations.map(({ talk, date, source, quote }, i) => ({ talk, date, source, quote, n: i + 1 })),
  };
}
