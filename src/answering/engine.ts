// The answer engine: question in, cited answer (or an honest refusal) out. Reading the question gives one
// typed Reading; a pure answerer turns it into an answer; when no rule fits, ranking the facts may still
// answer. Everything is indexed once, when the engine is built.
import type { KnowledgeBase } from '../facts/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { once } from '../once.js';
import { createReader, type Reader } from '../matching/read.js';
import type { ReadResult, Reading } from '../matching/reading.js';
import { buildFactIndex } from './fact-index.js';
import { buildClaimIndex } from './claims/claim-index.js';
import { checkClaim, type ClaimCheck } from './claims/check.js';
import { correctedYesNo, withCorrection } from './claims/yes-no.js';
import { answerAgreements } from './intents/agreements.js';
import { answerCompare } from './intents/compare.js';
import { answerFormat } from './intents/format.js';
import { answerOrganisation } from './intents/organisation.js';
import { answerPerson } from './intents/person.js';
import { answerSource } from './intents/source.js';
import { answerSummary } from './intents/summary.js';
import { answerTalks } from './intents/talks.js';
import { answerTopic } from './intents/topic.js';
import { answerWhen } from './intents/when.js';
import { answerWho } from './intents/who.js';
import { capabilities, helpText, makeSuggester, refusalReason } from './refusal.js';
import { notAnswered } from './result.js';
import { answerSearch, clearsBar, queryOf, rankFacts, type Source } from './retrieval.js';
import { exampleQuestions } from './suggestions.js';
import { messagesFor } from '../i18n/index.js';
import { LANGS, type Lang } from '../i18n/languages.js';
import type { Answer, Answerer, Intent, Knowledge } from './types.js';

export interface Engine {
  readonly kb: KnowledgeBase;
  readonly reader: Reader;
  /** Example questions for autocomplete and "did you mean". */
  readonly examples: readonly string[];
  /** Answers in the question's language, or in `options.lang` when given. */
  readonly answer: (question: string, options?: AnswerOptions) => Answer;
  /** Answers a reading directly (slash commands use this: no parsing). */
  readonly ask: (reading: Reading) => Answer;
  readonly read: (question: string, lang?: Lang) => ReadResult;
  /**
   * The facts that best support or correct a free sentence (a claim), best first, with scores; only those
   * that clear the same bar as an answer. Empty when nothing matches well enough.
   */
  readonly findSources: (claim: string, limit?: number) => readonly Source[];
  /** The claim checker's verdict on a free sentence: supports, contradicts (with the details that differ), related or none. */
  readonly check: (claim: string, limit?: number) => ClaimCheck;
}

export interface AnswerOptions {
  /** Answer in this language whatever the question's; by default, the question's own. */
  readonly lang?: Lang;
}

const ANSWERERS: Record<Exclude<Intent, 'help' | 'unknown'>, Answerer> = {
  who: answerWho,
  when: answerWhen,
  agreements: answerAgreements,
  format: answerFormat,
  topic: answerTopic,
  person: answerPerson,
  organisation: answerOrganisation,
  summary: answerSummary,
  compare: answerCompare,
  talks: answerTalks,
  source: answerSource,
  search: answerSearch,
};

/** Refusals a wrong detail can cause: talks that do not exist as named, words or numbers the articles lack. */
const CORRECTABLE: ReadonlySet<string> = new Set(['scope', 'absent', 'no-match', 'period']);

/**
 * Answerers that decide a yes/no question's Yes or No themselves: through the claim checker
 * (claims/yes-no.ts), or, for compare, by whether two things are alike, which is no claim of details.
 */
const DECIDE_YES_NO: ReadonlySet<Intent> = new Set(['agreements', 'topic', 'format', 'who', 'person', 'compare']);

export function createEngine(kb: KnowledgeBase, lexicon: Lexicon): Engine {
  const reader = createReader(kb, lexicon);
  const facts = buildFactIndex(kb, lexicon);
  const knowledge: Knowledge = { kb, facts, claims: once(() => buildClaimIndex(kb, lexicon, facts)) };
  const examples = exampleQuestions(kb);
  const suggest = makeSuggester(examples);
  // Worded once per language: every refusal ends with what can be asked.
  const aboutOf = new Map(LANGS.map((l) => [l, once(() => capabilities(kb, messagesFor(l)))]));
  const helpOf = new Map(LANGS.map((l) => [l, once(() => helpText(kb, messagesFor(l)))]));
  const about = { get: (l: Lang) => aboutOf.get(l)?.() };
  const help = { get: (l: Lang) => helpOf.get(l)?.() };

  const ask = (reading: Reading): Answer => {
    if (reading.intent === 'help') return notAnswered('help', reading.lang, help.get(reading.lang) ?? '');
    if (reading.intent === 'unknown') return notAnswered('unknown', reading.lang, about.get(reading.lang) ?? '');
    const answered = ANSWERERS[reading.intent](knowledge, reading);
    // A yes/no question goes through the claim checker: these answerers ask it themselves; the others' answer
    // gets the checker's No first when a detail of the question differs.
    const reply = DECIDE_YES_NO.has(reading.intent) ? answered : withCorrection(knowledge, reading, answered);
    // Asked by another name ("South China Sea"), the answer first gives the articles' own.
    const other = reading.topics.find((t) => t.otherName !== undefined && t.topic.articleName);
    const names = other?.topic.articleName?.names;
    return reply.answered && other && names ? { ...reply, text: `${messagesFor(reading.lang).articleCalls(names, other.otherName ?? '')}
${reply.text}` } : reply;
  };

  const refuse = (lang: Lang, words: readonly string[], intent: Intent, reason: string): Answer => {
    const hint = lang === 'en' ? suggest(words) : null;
    const refusal = notAnswered(intent, lang, `${reason}${hint ? messagesFor(lang).didYouMean(hint) : ''}\n${about.get(lang) ?? ''}`);
    return hint ? { ...refusal, suggestion: hint } : refusal;
  };

  const answer = (question: string, options: AnswerOptions = {}): Answer => {
    const q = typeof question === 'string' ? question : '';
    const result = reader.read(q, options.lang);
    const lang = result.reading.lang;
    if (result.kind === 'refusal') {
      // No rule fits: the facts that match the question best may still answer it.
      if (result.refusal.kind === 'no-match') {
        const found = answerSearch(knowledge, { ...result.reading, intent: 'search' });
        if (found.answered) return withCorrection(knowledge, result.reading, found);
      }
      // A yes/no question with one detail wrong (a date, an amount, a person): No, and the right value.
      const corrected = CORRECTABLE.has(result.refusal.kind) ? correctedYesNo(knowledge, result.reading) : null;
      if (corrected) return corrected;
      return refuse(lang, result.words, result.intent, refusalReason(kb, messagesFor(lang), result.refusal));
    }
    const reply = ask(result.reading);
    // An intent that finds nothing still tells the user what can be asked (help says it already).
    return reply.answered || reply.intent === 'help' || reply.intent === 'unknown' ? reply : { ...reply, text: `${reply.text}\n${about.get(lang) ?? ''}` };
  };

  const findSources = (claim: string, limit = 5): readonly Source[] => {
    const result = reader.read(typeof claim === 'string' ? claim : '');
    return rankFacts(knowledge, queryOf(knowledge, result.reading, true), limit).filter(clearsBar);
  };

  const check = (claim: string, limit = 5): ClaimCheck => checkClaim(knowledge, reader.read(typeof claim === 'string' ? claim : '').reading, limit);

  return { kb, reader, examples, answer, ask, read: reader.read, findSources, check };
}
