// The answer engine: question in, cited answer (or an honest refusal) out. Reading the question gives one
// typed Reading; a pure answerer turns it into an answer; when no rule fits, ranking the facts may still
// answer. Everything is indexed once, when the engine is built.
import type { KnowledgeBase } from '../facts/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { once } from '../once.js';
import { createReader, type Reader } from '../matching/read.js';
import type { ReadResult, Reading } from '../matching/reading.js';
import { aboutOf as concerns } from './about.js';
import { buildFactIndex } from './fact-index.js';
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
  /** The lexicon the reader reads with (the conversation's cues convert traditional Chinese with it too). */
  readonly lexicon: Lexicon;
  readonly reader: Reader;
  /** Example questions for autocomplete and "did you mean". */
  readonly examples: readonly string[];
  /** Answers in the question's language, or in `options.lang` when given. */
  readonly answer: (question: string, options?: AnswerOptions) => Answer;
  /** Answers a reading directly (slash commands use this: no parsing). */
  readonly ask: (reading: Reading) => Answer;
  readonly read: (question: string, lang?: Lang) => ReadResult;
  /**
   * Answers what reading a question gave, as answer() does after reading it: for a caller that reads the
   * question itself (src/conversation re-reads a follow-up with what the conversation was about).
   */
  readonly answerRead: (result: ReadResult) => Answer;
  /**
   * The facts that best support or correct a free sentence (a claim), best first, with scores; only those
   * that clear the same bar as an answer. Empty when nothing matches well enough.
   */
  readonly findSources: (claim: string, limit?: number) => readonly Source[];
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

export function createEngine(kb: KnowledgeBase, lexicon: Lexicon): Engine {
  const reader = createReader(kb, lexicon);
  const knowledge: Knowledge = { kb, facts: buildFactIndex(kb, lexicon) };
  const examples = exampleQuestions(kb);
  const suggest = makeSuggester(examples);
  // Worded once per language: every refusal ends with what can be asked.
  const aboutOf = new Map(LANGS.map((l) => [l, once(() => capabilities(kb, messagesFor(l)))]));
  const helpOf = new Map(LANGS.map((l) => [l, once(() => helpText(kb, messagesFor(l)))]));
  const about = { get: (l: Lang) => aboutOf.get(l)?.() };
  const help = { get: (l: Lang) => helpOf.get(l)?.() };

  const ask = (reading: Reading): Answer => {
    const reply = answerReading(reading);
    return { ...reply, about: concerns(knowledge, reading, reply) };
  };

  const answerReading = (reading: Reading): Answer => {
    if (reading.intent === 'help') return notAnswered('help', reading.lang, help.get(reading.lang) ?? '');
    if (reading.intent === 'unknown') return notAnswered('unknown', reading.lang, about.get(reading.lang) ?? '');
    const reply = ANSWERERS[reading.intent](knowledge, reading);
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

  const answerRead = (result: ReadResult): Answer => {
    const lang = result.reading.lang;
    if (result.kind === 'refusal') {
      // No rule fits: the facts that match the question best may still answer it.
      if (result.refusal.kind === 'no-match') {
        const searching: Reading = { ...result.reading, intent: 'search' };
        const found = answerSearch(knowledge, searching);
        if (found.answered) return { ...found, about: concerns(knowledge, searching, found) };
      }
      const refused = refuse(lang, result.words, result.intent, refusalReason(kb, messagesFor(lang), result.refusal));
      return { ...refused, about: concerns(knowledge, result.reading, refused) };
    }
    const reply = ask(result.reading);
    // An intent that finds nothing still tells the user what can be asked (help says it already).
    return reply.answered || reply.intent === 'help' || reply.intent === 'unknown' ? reply : { ...reply, text: `${reply.text}\n${about.get(lang) ?? ''}` };
  };

  const answer = (question: string, options: AnswerOptions = {}): Answer =>
    answerRead(reader.read(typeof question === 'string' ? question : '', options.lang));

  const findSources = (claim: string, limit = 5): readonly Source[] => {
    const result = reader.read(typeof claim === 'string' ? claim : '');
    return rankFacts(knowledge, queryOf(knowledge, result.reading, true), limit).filter(clearsBar);
  };

  return { kb, lexicon, reader, examples, answer, ask, read: reader.read, answerRead, findSources };
}
