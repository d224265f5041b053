import type { Evidence, Talk } from '../../facts/types.js';
import { newestRoles } from './person.js';
import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { answered, notAnswered, talksOf } from '../result.js';
import type { Answer, Citation, Knowledge } from '../types.js';
import { listing, longDate } from '../wording.js';

/** What an organisation or acronym is, and who represented it at the talks in scope. */
export function answerOrganisation(k: Knowledge, reading: Reading): Answer {
  const talks = talksOf(k, reading);
  const lines: string[] = [];
  const citations: Citation[] = [];
  for (const org of reading.organisations) {
    const leaders = newestRoles(talks, (p) => p.organisation === org, 6);
    const mentions: { t: Talk; e: Evidence }[] = [];
    for (let i = talks.length - 1; i >= 0 && mentions.length < 4; i--) {
      const t = talks[i];
      const e = t ? k.facts.mentionOf(t, org) : null;
      if (t && e) mentions.unshift({ t, e });
    }
    if (leaders.length === 0 && mentions.length === 0) continue;
    const heading = org.acronym ? `${org.acronym} stands for the ${org.name}.` : `The ${org.name}.`;
    const byPerson = [...new Set(leaders.map((l) => l.participant.person))].map((person) => {
      const roles = leaders.filter((l) => l.participant.person === person).map(({ talk, participant }) => `${participant.role}, ${longDate(talk.date)}`);
      return `${person.name} (${roles.join('; ')})`;
    });
    const led = byPerson.length > 0 ? ` At the talks it was represented by ${listing(byPerson)}.` : '';
    lines.push(`${heading} ${org.description}${led}`);
    citations.push(...leaders.map(({ talk, participant }) => cite(talk, participant)), ...mentions.map(({ t, e }) => cite(t, e)));
  }
  if (lines.length === 0) {
    return notAnswered('organisation', `The report${talks.length === 1 ? '' : 's'} in question do${talks.length === 1 ? 'es' : ''} not mention ${listing(reading.organisations.map((o) => o.acronym ?? o.name))}.`);
  }
  return answered('organisation', lines.join('\n'), citations);
}
