import type { KnowledgeBase } from '../facts/types.js';
import type { Lang } from '../languages.js';
import type { Intent, Reading } from '../matching/reading.js';
import type { FactIndex } from './fact-index.js';
import type { ClaimIndex } from './claims/claim-index.js';

export { INTENTS, readingFor, type Intent } from '../matching/reading.js';

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
  /** The answer; each claim ends with the numbers of the citations it rests on ("[1][2]"). */
  readonly text: string;
  /** The quoted sentences, in the order of their numbers. */
  readonly citations: readonly Citation[];
  /** The language of `text` (quotes stay English). */
  readonly lang: Lang;
  /**
   * A question close to a refused one that the bot answers ("did you mean"); `text` already says it, as
   * messagesFor(lang).didYouMean(suggestion), so a renderer that offers it otherwise (a button) can leave that out.
   */
  readonly suggestion?: string;
  /** What the answer concerns (ids), for a follow-up question to continue from; set by the engine. */
  readonly about?: About;
  /**
   * How its question asked, where a follow-up that asks nothing of its own ("and the land border?") asks the same:
   * yes or no ("was ASEAN mentioned in 2020?"), and after a hope or call ("did Vietnam urge China…?"). Set by the engine.
   */
  readonly asked?: Asked;
  /** What a follow-up question took over from the conversation, when it did; set by src/conversation. */
  readonly carried?: Carried;
}

/** How a question asked, beyond its intent. */
export interface Asked {
  readonly yesNo: boolean;
  readonly hoped: boolean;
}

/** Ids of the talks, people, organisations, topics and documents (agreements) an answer concerns. */
export interface About {
  readonly talks: readonly string[];
  readonly people: readonly string[];
  readonly organisations: readonly string[];
  readonly topics: readonly string[];
  readonly documents: readonly string[];
}

/** What an answer took from the conversation (ids), and the one line that says so in the answer's language. */
export interface Carried extends About {
  /** The earlier question's intent, when the question asked nothing of its own ("and in 2020?"). */
  readonly intent: Intent | null;
  /** "(about the talks of 19 April 2022)". */
  readonly note: string;
}

/** What every answerer may read besides the reading: the facts, and their index built once per engine. */
export interface Knowledge {
  readonly kb: KnowledgeBase;
  readonly facts: FactIndex;
  /** What the claim checker reads claims with, built on first use (yes/no questions and Find sources). */
  readonly claims: () => ClaimIndex;
}

/** An answerer: a pure function of the knowledge and one reading of a question. */
export type Answerer = (k: Knowledge, reading: Reading) => Answer;
