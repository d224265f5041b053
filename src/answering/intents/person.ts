import type { KnowledgeBase } from '../../facts/types.js';
import { cite } from '../citations.js';
import { answered, notAnswered } from '../result.js';
import type { Answer, Citation, Query } from '../types.js';
import { listing, longDate } from '../wording.js';

/** Who a person is: party, and the role held at each talk in scope. */
export function answerPerson(kb: KnowledgeBase, query: Query): Answer {
  const talks = query.talks ?? kb.talks;
  const lines: string[] = [];
  const citations: Citation[] = [];
  // "Who headed the ILD?": the people who represented the organisations named.
  const people =
    query.people.length > 0
      ? query.people
      : [...new Set(talks.flatMap((t) =>
          t.participants.filter((p) => query.organisations.includes(p.organisation) || query.organisations.includes(p.party)).map((p) => p.person),
        ))];
  for (const person of people) {
    const roles = talks.flatMap((talk) =>
      talk.participants.filter((p) => p.person === person).map((p) => ({ talk, participant: p })),
    );
    if (roles.length === 0) continue;
    const native = person.nativeName && person.nativeName !== person.name ? ` (${person.nativeName})` : '';
    const at = roles.map(({ talk, participant }) => `${participant.role} at the ${talk.format.label} of ${longDate(talk.date)}`);
    lines.push(`${person.name}${native}, ${person.party.acronym ?? person.party.name} (${person.side}): ${listing(at)}.`);
    citations.push(...roles.map(({ talk, participant }) => cite(talk, participant)));
  }
  if (lines.length === 0) {
    const asked = query.people.length > 0 ? listing(query.people.map((p) => p.name)) : 'anyone from that organisation';
    return notAnswered('person', `The articles do not report ${asked} at those talks.`);
  }
  return answered('person', lines.join('\n'), citations);
}
