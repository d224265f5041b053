import type { KnowledgeBase } from '../../facts/types.js';
import { cite } from '../citations.js';
import { answered, hasAny } from '../result.js';
import type { Answer, Query } from '../types.js';
import { CUES } from '../../matching/lexicon.js';
import { capitalise, longDate, names } from '../wording.js';
import { matchingAgreements } from './agreements.js';
import { answerTopic } from './topic.js';

/** Dates of the talks in scope; "when was X signed?" gets the date of the signing. */
export function answerWhen(kb: KnowledgeBase, query: Query): Answer {
  const talks = query.talks ?? kb.talks;
  // "When did they discuss the floods?": the topic's statements, each dated.
  if (query.topics.length > 0 && !hasAny(query, [...CUES.agreements, ...CUES.agreementsWeak])) {
    return { ...answerTopic(kb, query), intent: 'when' };
  }
  if (hasAny(query, [...CUES.agreements, ...CUES.agreementsWeak])) {
    const found = matchingAgreements(talks, query);
    if (found.length > 0) {
      const lines = found.map(({ talk, agreement }) =>
        `${capitalise(agreement.text)}: ${agreement.kind} on ${longDate(talk.date)} by ${names(agreement.parties)}, during ${talk.format.label}.`,
      );
      return answered('when', lines.join('\n'), found.map(({ talk, agreement }) => cite(talk, agreement)));
    }
  }
  const lines = talks.map((talk) => `${capitalise(talk.format.label)} between ${names(talk.participants.map((p) => p.person))}: ${longDate(talk.date)}.`);
  const intro = talks.length > 1 ? `There were ${talks.length} talks:\n` : '';
  return answered('when', intro + lines.join('\n'), talks.map((talk) => cite(talk, talk.when)));
}
