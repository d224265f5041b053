import type { KnowledgeBase } from '../../facts/types.js';
import { cite } from '../citations.js';
import { answered } from '../result.js';
import type { Answer, Query } from '../types.js';
import { listing, longDate } from '../wording.js';

/** Participants of each talk in scope, with the role each held there. */
export function answerWho(kb: KnowledgeBase, query: Query, talks = query.talks ?? kb.talks): Answer {
  const lines = talks.map((talk) => {
    const people = talk.participants.map((p) => `${p.person.name} (${p.role})`);
    return `${longDate(talk.date)}, ${talk.format.label}: ${listing(people)}.`;
  });
  const citations = talks.flatMap((talk) => talk.participants.map((p) => cite(talk, p)));
  return answered('who', lines.join('\n'), citations);
}
