import type { Organisation, Person, Talk, Topic } from '../facts/types.js';

export const INTENTS = [
  'who', 'when', 'agreements', 'format', 'topic', 'person', 'organisation', 'summary', 'compare', 'talks', 'source', 'help', 'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];

export interface Citation {
  /** Talk id. */
  readonly talk: string;
  /** Article date, YYYY-MM-DD. */
  readonly date: string;
  /** The outlet, e.g. "VNA". */
  readonly source: string;
  /** The article's sentence the answer rests on, verbatim. */
  readonly quote: string;
}

export interface Answer {
  readonly answered: boolean;
  readonly intent: Intent;
  readonly text: string;
  readonly citations: readonly Citation[];
}

/** What to answer, from a parsed question or straight from a slash command's options. */
export interface Query {
  readonly intent: Intent;
  /** Talks the question is limited to; null means all talks. */
  readonly talks: readonly Talk[] | null;
  readonly people: readonly Person[];
  readonly organisations: readonly Organisation[];
  readonly topics: readonly Topic[];
  /** The words that named each topic, to prefer statements that use them ("the first centenary goal"). */
  readonly topicPhrases: readonly { readonly topic: Topic; readonly phrase: string }[];
  /** Rare article words in the question; statements using them are preferred. */
  readonly contentWords: readonly string[];
  /** Normalized question text, for nuances such as "signed" versus "agreed"; empty for slash commands. */
  readonly text: string;
  /** Talks whose format the question names ("was it a phone call?"). */
  readonly formatTalks: readonly Talk[];
  /** Years named that fall inside an agreement period ("the 2021-2025 plan"). */
  readonly periodYears: readonly number[];
}

export function makeQuery(intent: Intent, fields: Partial<Omit<Query, 'intent'>> = {}): Query {
  return {
    intent,
    talks: fields.talks ?? null,
    people: fields.people ?? [],
    organisations: fields.organisations ?? [],
    topics: fields.topics ?? [],
    topicPhrases: fields.topicPhrases ?? [],
    contentWords: fields.contentWords ?? [],
    text: fields.text ?? '',
    formatTalks: fields.formatTalks ?? [],
    periodYears: fields.periodYears ?? [],
  };
}
