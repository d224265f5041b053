// What an intent is to the layers above reading: its answerer and the few properties the engine, the coverage
// and evidence checks, `about` and the conversation ask of it. Each answerer module exports one definition, and
// intents/index.ts lists them; the sets those modules used to spell out by name are derived from the list, so an
// intent is described in one place and a property left out fails typecheck.
import type { Intent } from '../../matching/reading.js';
import type { Answerer } from '../types.js';

/** The intents with an answerer: help (what the bot knows) and unknown (what can be asked) the engine words itself. */
export type AnsweredIntent = Exclude<Intent, 'help' | 'unknown'>;

export interface IntentDefinition<N extends AnsweredIntent = AnsweredIntent> {
  readonly name: N;
  readonly answer: Answerer;
  /**
   * It decides a yes/no question's Yes or No itself: through the claim checker (claims/yes-no.ts), or, for compare,
   * by whether two things are alike. Otherwise the engine puts the checker's No first when a detail differs.
   */
  readonly decidesYesNo: boolean;
  /**
   * It asks about the talk as an event (its date, format, people, what it was): a yes/no question of it whose only
   * wrong detail is the talk's date, format or people is answered No, with the right one.
   */
  readonly aboutTheEvent: boolean;
  /** Its answer is the people it lists: what the answer is about takes its people from it, and "they" after it means them. */
  readonly aboutPeople: boolean;
  /** Its cited statements are what the answer is about (a date or a list of talks cites whatever sentence dates them). */
  readonly aboutStatements: boolean;
  /**
   * What coverage (coverage.ts) checks of its answer: `asked`, that what the question asks for (a day, a figure, the
   * thing a "what X" names) is in the cited sentences; `another`, only that "the previous plan" is not another
   * instance of what the articles report one of; `none`, nothing (it gives its own kind of detail).
   */
  readonly coverage: 'asked' | 'another' | 'none';
  /**
   * Whether the evidence (evidence.ts) may find that its question asked something else and answer with a statement
   * instead (null: never). `ownWords`: the words of its kind of answer, beyond the cues that chose it, which ask
   * nothing further. `topicPicksTalk`: a topic named only says which talk ("who was on the call about the floods?").
   */
  readonly evidence: { readonly ownWords: readonly string[]; readonly topicPicksTalk: boolean } | null;
  /** In a conversation (src/conversation/follow-up.ts). */
  readonly followUp: {
    /** An elliptical follow-up ("and in 2020?") asks it again. */
    readonly asksAgain: boolean;
    /** "Same guy as in 2020?" read as it names no subject: it sets the conversation's people against the other talk's. */
    readonly sameAtAnotherTalk: boolean;
    /** It asks who held a place at the talks, or how or when they were held: answered with no subject carried over. */
    readonly needsNoSubject: boolean;
  };
}

/** A definition, its name kept as the literal type the registry checks against its key. */
export const defineIntent = <const N extends AnsweredIntent>(definition: IntentDefinition<N>): IntentDefinition<N> => definition;
