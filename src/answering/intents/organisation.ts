import type { KnowledgeBase, Organisation, Talk } from '../../facts/types.js';
import { cite, findSentence } from '../citations.js';
import { answered, notAnswered } from '../result.js';
import type { Answer, Citation, Query } from '../types.js';
import { listing, longDate } from '../wording.js';

/** A sentence naming the organisation in `talk`'s article, by acronym or by any of its names. */
function mention(talk: Talk, org: Organisation): Citation | null {
  const needles = [org.quote, org.acronym ? `(${org.acronym})` : '', org.name, ...org.aliases, org.acronym ?? ''].filter((n) => n.length > 2);
  for (const needle of needles) {
    const found = findSentence(talk, needle);
    if (found) return found;
  }
  return null;
}

/** What an organisation or acronym is, and who represented it at the talks in scope. */
export function answerOrganisation(kb: KnowledgeBase, query: Query): Answer {
  const talks = query.talks ?? kb.talks;
  const lines: string[] = [];
  const citations: Citation[] = [];
  for (const org of query.organisations) {
    const leaders = talks.flatMap((talk) =>
      talk.participants.filter((p) => p.organisation === org).map((p) => ({ talk, participant: p })),
    );
    const mentions = talks.map((t) => mention(t, org)).filter((c): c is Citation => c !== null);
    if (leaders.length === 0 && mentions.length === 0) continue;
    const heading = org.acronym ? `${org.acronym} stands for the ${org.name}.` : `The ${org.name}.`;
    const byPerson = [...new Set(leaders.map((l) => l.participant.person))].map((person) => {
      const roles = leaders.filter((l) => l.participant.person === person).map(({ talk, participant }) => `${participant.role}, ${longDate(talk.date)}`);
      return `${person.name} (${roles.join('; ')})`;
    });
    const led = byPerson.length > 0 ? ` At the talks it was represented by ${listing(byPerson)}.` : '';
    lines.push(`${heading} ${org.description}${led}`);
    citations.push(...leaders.map(({ talk, participant }) => cite(talk, participant)), ...mentions);
  }
  if (lines.length === 0) {
    return notAnswered('organisation', `The report${talks.length === 1 ? '' : 's'} in question do${talks.length === 1 ? 'es' : ''} not mention ${listing(query.organisations.map((o) => o.acronym ?? o.name))}.`);
  }
  return answered('organisation', lines.join('\n'), citations);
}
