import type { KnowledgeBase } from '../facts/types.js';
import type { Lang } from '../languages.js';
import type { Commitment, Intent, Reading } from '../matching/reading.js';
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
  /**
   * That sentence's id in the sentence index (sentences.ts: `<articleId>:<n>`), the same across restarts: a
   * renderer or a button names the sentence by it and never looks the quote up again.
   */
  readonly sentence: string;
}

/** One line of an answer, and the numbers (1-based, into Answer.citations) of the citations its claim rests on. */
export interface AnswerLine {
  readonly text: string;
  /** None for a lead ("Yes.") or a line that states nothing from the articles. */
  readonly cites: readonly number[];
}

export interface Answer {
  readonly answered: boolean;
  readonly intent: Intent;
  /** What every renderer renders: the answer's lines, each with its citations' numbers. */
  readonly lines: readonly AnswerLine[];
  /**
   * The plain rendering of `lines` (result.ts, answerText): each line followed by its citations' numbers
   * ("… [1][2]"), and the "did you mean" sentence after the first line when there is a suggestion. For
   * reading and for the console's --json; no renderer parses it.
   */
  readonly text: string;
  /** The quoted sentences, in the order of their numbers. */
  readonly citations: readonly Citation[];
  /** The language of `text` (quotes stay English). */
  readonly lang: Lang;
  /**
   * A question close to a refused one that the bot answers ("did you mean"). Not in `lines`: a renderer offers
   * it its own way (a button), or words it with messagesFor(lang).didYouMean after the first line, as `text` does.
   */
  readonly suggestion?: string;
  /**
   * A refusal of an answerer's own that the articles lack the detail asked ("when was the DOC signed?": no talk
   * reports a signing of it): final, so no premise of the question is put right in its place.
   */
  readonly lacksDetail?: boolean;
  /**
   * A No because the subject asked came up only at other talks ("was ASEAN mentioned in 2020?": "No… it came up on
   * 19 April 2022"): those talks' ids. What the answer is about is there, so a follow-up ("who raised it?") continues there.
   */
  readonly raisedAt?: readonly string[];
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
  /** Whether the talks were held in person ("were the 2022 talks in person?", then "and the 2020 ones?"). */
  readonly inPerson?: boolean;
  /** The talks whose format a yes/no question named ("were the 2022 talks on the phone?" names the phone talks'), by id. */
  readonly formats?: readonly string[];
  /** The commitment asked of ("what did they sign in 2022?", then "and in 2020?": what was signed there, not agreed). */
  readonly commitment?: Commitment;
  /** Whether a subject came up ("did they talk about vaccines then?", then "and in 2022?": raised there, not done). */
  readonly mentioned?: boolean;
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
