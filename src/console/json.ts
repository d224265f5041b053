// The console's machine-readable form: exactly the documented keys, in a stable order.
import type { ClaimCheck } from '../answering/claims/check.js';
import { differWords } from '../answering/claims/wording.js';
import type { Answer } from '../answering/types.js';
import type { KnowledgeBase } from '../facts/types.js';
import type { Messages } from '../i18n/messages.js';

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
  /** In the order of their numbers: `n` is the [n] of `text` that cites it; `sentence` its id in the sentence index. */
  citations: { talk: string; date: string; source: string; quote: string; n: number; sentence: string }[];
  /** What was carried over from the conversation, or null (always null for a question that stands alone). */
  context: JsonContext | null;
  /** `text`'s lines without their markers, each with the numbers (`n`) of the citations it rests on. */
  lines: { text: string; cites: number[] }[];
}

export function toJson(question: string, answer: Answer): JsonAnswer {
  const c = answer.carried;
  return {
    question,
    answered: answer.answered,
    intent: answer.intent,
    text: answer.text,
    lang: answer.lang,
    citations: answer.citations.map(({ talk, date, source, quote, sentence }, i) => ({ talk, date, source, quote, n: i + 1, sentence })),
    context: c
      ? { note: c.note, intent: c.intent, talks: [...c.talks], people: [...c.people], organisations: [...c.organisations], topics: [...c.topics], documents: [...c.documents] }
      : null,
    lines: answer.lines.map((l) => ({ text: l.text, cites: [...l.cites] })),
  };
}

export interface JsonClaim {
  claim: string;
  verdict: 'supports' | 'contradicts' | 'related' | 'none';
  /** The details that differ: their kind, the articles' value and the claim's. */
  differs: { kind: string; article: string; claimed: string }[];
  /** Best first; `verdict` is what each says of the claim. */
  /** `sentence` is the quote's id in the sentence index, as in an answer's citations. */
  matches: { talk: string; date: string; quote: string; sentence: string; verdict: 'supports' | 'contradicts' | 'related' }[];
}

export function toClaimJson(kb: KnowledgeBase, m: Messages, claim: string, check: ClaimCheck): JsonClaim {
  return {
    claim,
    verdict: check.verdict,
    differs: check.differs.map((d) => ({ kind: d.kind, ...differWords(m, kb, d.article) })),
    matches: check.matches.map((x) => ({ talk: x.citation.talk, date: x.citation.date, quote: x.citation.quote, sentence: x.citation.sentence, verdict: x.verdict })),
  };
}
