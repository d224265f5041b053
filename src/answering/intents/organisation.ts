import { defineIntent } from './definition.js';
import type { Evidence, Talk } from '../../facts/types.js';
import { messagesFor } from '../../i18n/index.js';
import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { answerFrom, line, notAnswered, talksOf, type Line } from '../result.js';
import type { Answer, Knowledge } from '../types.js';
import { newestRoles } from './person.js';

/** What an organisation or acronym is, and who represented it at the talks in scope. */
export function answerOrganisation(k: Knowledge, reading: Reading): Answer {
  const m = messagesFor(reading.lang);
  const talks = talksOf(k, reading);
  const lines: Line[] = [];
  for (const org of reading.organisations) {
    const leaders = newestRoles(talks, (p) => p.organisation === org, 6);
    const mentions: { t: Talk; e: Evidence }[] = [];
    for (let i = talks.length - 1; i >= 0 && mentions.length < 4; i--) {
      const t = talks[i];
      const e = t ? k.facts.mentionOf(t, org) : null;
      if (t && e) mentions.unshift({ t, e });
    }
    if (leaders.length === 0 && mentions.length === 0) continue;
    const byPerson = [...new Set(leaders.map((l) => l.participant.person))].map((person) => ({
      person,
      roles: leaders.filter((l) => l.participant.person === person),
    }));
    lines.push(line(m.organisationLine(org, byPerson), [...leaders.map(({ talk, participant }) => cite(talk, participant)), ...mentions.map(({ t, e }) => cite(t, e))]));
  }
  if (lines.length === 0) return notAnswered('organisation', reading.lang, m.notMentioned(reading.organisations, talks.length === 1));
  return answerFrom('organisation', reading.lang, lines);
}

export const organisationIntent = defineIntent({
  name: 'organisation',
  answer: answerOrganisation,
  decidesYesNo: false,
  aboutTheEvent: false,
  aboutPeople: false,
  aboutStatements: false,
  coverage: 'none',
  evidence: { ownWords: [], topicPicksTalk: false },
  followUp: { asksAgain: true, sameAtAnotherTalk: false, needsNoSubject: false },
});
