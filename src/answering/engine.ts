// The answer engine: question in, cited answer (or an honest refusal) out. Builds its indexes once.
import type { KnowledgeBase } from '../facts/types.js';
import { classify } from '../matching/intent.js';
import { parseQuestion, type ParsedQuestion } from '../matching/parse.js';
import { buildVocabulary, type Vocabulary } from '../matching/vocabulary.js';
import { answerAgreements } from './intents/agreements.js';
import { answerCompare } from './intents/compare.js';
import { answerFormat } from './intents/format.js';
import { answerOrganisation } from './intents/organisation.js';
import { answerPerson } from './intents/person.js';
import { answerSummary } from './intents/summary.js';
import { answerTalks } from './intents/talks.js';
import { answerTopic } from './intents/topic.js';
import { answerWhen } from './intents/when.js';
import { answerWho } from './intents/who.js';
import { capabilities, helpText, makeSuggester } from './refusal.js';
import { notAnswered } from './result.js';
import { exampleQuestions } from './suggestions.js';
import { makeQuery, type Answer, type Intent, type Query } from './types.js';

export interface Engine {
  readonly kb: KnowledgeBase;
  readonly vocabulary: Vocabulary;
  /** Example questions for autocomplete and "did you mean". */
  readonly examples: readonly string[];
  answer(question: string): Answer;
  /** Answers a structured query (slash commands use this: no parsing). */
  ask(query: Query): Answer;
  parse(question: string): ParsedQuestion;
}

const ANSWERERS: Record<Exclude<Intent, 'help' | 'unknown'>, (kb: KnowledgeBase, q: Query) => Answer> = {
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
};

export function createEngine(kb: KnowledgeBase): Engine {
  const vocabulary = buildVocabulary(kb);
  const examples = exampleQuestions(kb);
  const suggest = makeSuggester(examples);

  const ask = (query: Query): Answer => {
    if (query.intent === 'help') return notAnswered('help', helpText(kb));
    if (query.intent === 'unknown') return notAnswered('unknown', capabilities(kb));
    return ANSWERERS[query.intent](kb, query);
  };

  const answer = (question: string): Answer => {
    const parsed = parseQuestion(kb, vocabulary, typeof question === 'string' ? question : '');
    const c = classify(parsed);
    if (c.kind === 'refuse') {
      const hint = suggest(parsed.text);
      const didYouMean = hint ? ` Did you mean: "${hint}"?` : '';
      return notAnswered(c.intent, `${c.reason}${didYouMean}\n${capabilities(kb)}`);
    }
    const scope = c.intent === 'format' && parsed.scope.mismatch ? parsed.scopeIgnoringFormat : parsed.scope;
    return ask(
      makeQuery(c.intent, {
        talks: scope.talks,
        people: parsed.people,
        organisations: parsed.organisations,
        topics: parsed.topics,
        topicPhrases: parsed.topicPhrases,
        text: parsed.text,
        formatTalks: parsed.formatTalks,
        periodYears: parsed.periodYears,
      }),
    );
  };

  return { kb, vocabulary, examples, answer, ask, parse: (q) => parseQuestion(kb, vocabulary, q) };
}
