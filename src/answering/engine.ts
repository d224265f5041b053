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
import { answerSource } from './intents/source.js';
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
  readonly answer: (question: string) => Answer;
  /** Answers a structured query (slash commands use this: no parsing). */
  readonly ask: (query: Query) => Answer;
  readonly parse: (question: string) => ParsedQuestion;
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
  source: answerSource,
};

/** Talks a question covers; for questions about the talks themselves a topic can pick the talk ("the call about the floods"). */
function talksFor(kb: KnowledgeBase, intent: Intent, parsed: ParsedQuestion): Query['talks'] {
  // In a format question, format words are the subject ("in person or online?"), not a way to pick a talk.
  const ignoreFormat = intent === 'format' && (parsed.scope.mismatch !== null || parsed.formatTalks.length > 1 || /\b(in person|face to face|online|virtual|remote)\b/.test(parsed.text));
  const scope = ignoreFormat ? parsed.scopeIgnoringFormat : parsed.scope;
  if (scope.talks !== null || parsed.topics.length === 0 || !TALK_LEVEL.has(intent)) return scope.talks;
  const discussed = kb.talks.filter((t) => t.statements.some((s) => s.topics.some((topic) => parsed.topics.includes(topic))));
  return discussed.length > 0 ? discussed : null;
}

const TALK_LEVEL = new Set<Intent>(['who', 'format', 'summary']);

export function createEngine(kb: KnowledgeBase): Engine {
  const vocabulary = buildVocabulary(kb);
  const examples = exampleQuestions(kb);
  const suggest = makeSuggester(examples);
  const about = capabilities(kb);
  const help = helpText(kb);

  const ask = (query: Query): Answer => {
    if (query.intent === 'help') return notAnswered('help', help);
    if (query.intent === 'unknown') return notAnswered('unknown', about);
    return ANSWERERS[query.intent](kb, query);
  };

  const answer = (question: string): Answer => {
    const parsed = parseQuestion(kb, vocabulary, typeof question === 'string' ? question : '');
    const c = classify(parsed);
    if (c.kind === 'refuse') {
      const hint = suggest(parsed.text);
      const didYouMean = hint ? ` Did you mean: "${hint}"?` : '';
      return notAnswered(c.intent, `${c.reason}${didYouMean}\n${about}`);
    }
    const result = ask(
      makeQuery(c.intent, {
        talks: talksFor(kb, c.intent, parsed),
        people: parsed.people,
        organisations: parsed.organisations,
        topics: parsed.topics,
        topicPhrases: parsed.topicPhrases,
        contentWords: parsed.contentWords,
        text: parsed.text,
        formatTalks: parsed.formatTalks,
        periodYears: parsed.periodYears,
      }),
    );
    // An intent that finds nothing still tells the user what can be asked.
    return result.answered ? result : { ...result, text: `${result.text}\n${about}` };
  };

  return { kb, vocabulary, examples, answer, ask, parse: (q) => parseQuestion(kb, vocabulary, q) };
}
