import type { Participant, Talk } from '../../facts/types.js';
import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { answered, notAnswered, talksOf } from '../result.js';
import type { Answer, Citation, Knowledge } from '../types.js';
import { listing, longDate } from '../wording.js';

const MAX_PEOPLE = 6;

/** The newest participations that pass `test`, at most `max`, oldest first. */
export function newestRoles(talks: readonly Talk[], test: (p: Participant) => boolean, max: number): { talk: Talk; participant: Participant }[] {
  const out: { talk: Talk; participant: Participant }[] = [];
  for (let i = talks.length - 1; i >= 0 && out.length < max; i--) {
    const talk = talks[i];
    for (const p of talk?.participants ?? []) if (talk && test(p) && out.length < max) out.push({ talk, participant: p });
  }
  return out.reverse();
}

/** Who a person is: party, and the role held at each talk in scope (the newest few when there are many). */
export function answerPerson(k: Knowledge, reading: Reading): Answer {
  const talks = talksOf(k, reading);
  const lines: string[] = [];
  const citations: Citation[] = [];
  // "Who headed the ILD?": the people who represented the organisations named.
  const orgs = new Set(reading.organisations);
  const sides = new Set(reading.sides);
  const people =
    reading.people.length > 0
      ? reading.people
      : // A party's leader is not named (a commission's head is not the party's leader); its side at the talks is.
        [...new Set(newestRoles(talks, (p) => orgs.has(p.organisation) || sides.has(p.party), MAX_PEOPLE).map((r) => r.participant.person))];
  for (const person of people) {
    const roles = newestRoles(talks, (p) => p.person === person, 5);
    if (roles.length === 0) continue;
    const native = person.nativeName && person.nativeName !== person.name ? ` (${person.nativeName})` : '';
    const at = roles.map(({ talk, participant }) => `${participant.role} at the ${talk.format.label} of ${longDate(talk.date)}`);
    lines.push(`${person.name}${native}, ${person.party.acronym ?? person.party.name} (${person.side}): ${listing(at)}.`);
    citations.push(...roles.map(({ talk, participant }) => cite(talk, participant)));
  }
  if (lines.length === 0) {
    if (reading.people.length > 0) return notAnswered('person', `The articles do not report ${listing(reading.people.map((p) => p.name))} at those talks.`);
    const bodies = listing(reading.organisations.map((o) => o.acronym ?? o.name));
    return notAnswered('person', `The articles do not say who leads ${bodies}; they name only the officials who held the talks.`);
  }
  return answered('person', lines.join('\n'), citations);
}
