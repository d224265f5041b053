import { defineIntent } from './definition.js';
import type { Evidence, Organisation, Talk } from '../../facts/types.js';
import { messagesFor } from '../../i18n/index.js';
import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { answerFrom, line, notAnswered, talksOf, type Line } from '../result.js';
import type { Answer, Knowledge } from '../types.js';
import { newestRoles } from './person.js';

// The talks someone took part in for an organisation, and those whose article names it, once per organisation: an
// organisation no one represented (ASEAN) or few articles name had every talk read for it on every question.
const organisationTalks = new WeakMap<Knowledge['facts'], Map<Organisation, { represented: ReadonlySet<Talk>; mentioned: ReadonlySet<Talk> }>>();

function talksOfOrganisation(k: Knowledge, org: Organisation): { represented: ReadonlySet<Talk>; mentioned: ReadonlySet<Talk> } {
  let byOrg = organisationTalks.get(k.facts);
  if (byOrg === undefined) {
    byOrg = new Map();
    organisationTalks.set(k.facts, byOrg);
  }
  let found = byOrg.get(org);
  if (found === undefined) {
    found = {
      represented: new Set(k.kb.talks.filter((t) => t.participants.some((p) => p.organisation === org))),
      mentioned: new Set(k.kb.talks.filter((t) => k.facts.mentionOf(t, org) !== null)),
    };
    byOrg.set(org, found);
  }
  return found;
}

/** What an organisation or acronym is, and who represented it at the talks in scope. */
export function answerOrganisation(k: Knowledge, reading: Reading): Answer {
  const m = messagesFor(reading.lang);
  const talks = talksOf(k, reading);
  const lines: Line[] = [];
  for (const org of reading.organisations) {
    const { represented, mentioned } = talksOfOrganisation(k, org);
    const leaders = newestRoles(talks, (p) => p.organisation === org, 6, represented);
    const mentions: { t: Talk; e: Evidence }[] = [];
    for (let i = talks.length - 1; i >= 0 && mentions.length < 4; i--) {
      const t = talks[i];
      const e = t && mentioned.has(t) ? k.facts.mentionOf(t, org) : null;
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
