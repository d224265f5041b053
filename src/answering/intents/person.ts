import { defineIntent } from './definition.js';
import { saysClaim } from '../../matching/person-claim.js';
import { CUES, DIFFERENCE_ASKED, HOPE_LEMMAS, PARTICIPATION_WORDS } from '../../matching/cues.js';
import { answerCompare } from './compare.js';
import { noOneElse, presenceLead } from './who.js';
import { answerTopic, reportsWish } from './topic.js';
import type { Participant, Statement, Talk } from '../../facts/types.js';
import type { Reading } from '../../matching/reading.js';
import { messagesFor } from '../../i18n/index.js';
import { cite } from '../citations.js';
import { misnamedPerson } from '../misnamed.js';
import { mayMisstateRole, yesNoLead, type OwnLead } from '../claims/yes-no.js';
import { answerFrom, line, notAnswered, talksOf } from '../result.js';
import type { Answer, Knowledge } from '../types.js';
import { setOf } from '../../set-of.js';

const MAX_PEOPLE = 6;

/** The newest participations that pass `test`, at most `max`, oldest first. */
export function newestRoles(talks: readonly Talk[], test: (p: Participant) => boolean, max: number, among?: ReadonlySet<Talk>): { talk: Talk; participant: Participant }[] {
  const out: { talk: Talk; participant: Participant }[] = [];
  for (let i = talks.length - 1; i >= 0 && out.length < max; i--) {
    const talk = talks[i];
    // Talks no participant of which can pass (`among`: those that may) are not read.
    if (among && talk && !among.has(talk)) continue;
    for (const p of talk?.participants ?? []) if (talk && test(p) && out.length < max) out.push({ talk, participant: p });
  }
  return out.reverse();
}

/** Who a person is: party, and the role held at each talk in scope (the newest few when there are many). */
export function answerPerson(k: Knowledge, reading: Reading): Answer {
  const m = messagesFor(reading.lang);
  // "Did any other Vietnamese officials join Trung?" asks beyond him, not about him.
  if (reading.aspects.yesNo) {
    const beyond = noOneElse(k, reading, 'person');
    if (beyond) return beyond;
  }
  // "Had Song Tao's post changed by 2022?": a change asked of one person is his roles compared across the talks he
  // attended, not whether he attended the talk named (a Yes there would answer a question not asked).
  const [only, ...others] = reading.people;
  const attended = only ? k.facts.talksOfPerson(only) : [];
  if (reading.aspects.yesNo && only && others.length === 0 && attended.length > 1 && reading.said.words.some((w) => DIFFERENCE_ASKED.has(w))) {
    return { ...answerCompare(k, { ...reading, intent: 'compare', scope: { talks: attended, mismatch: null } }), intent: 'person' };
  }
  const talks = talksOf(k, reading);
  const orgs = new Set(reading.organisations);
  const sides = new Set(reading.sides);
  // "Who headed the ILD?": the people who represented the organisations named.
  const people =
    reading.people.length > 0
      ? reading.people
      : // A party's leader is not named (a commission's head is not the party's leader); its side at the talks is.
        [...new Set(newestRoles(talks, (p) => orgs.has(p.organisation) || sides.has(p.party), MAX_PEOPLE).map((r) => r.participant.person))];
  const lines = people.flatMap((person) => {
    const roles = newestRoles(talks, (p) => p.person === person, 5, setOf(k.facts.talksOfPerson(person)));
    return roles.length === 0 ? [] : [line(m.personLine(person, roles, reading.aspects.wording === true && reading.lang !== 'en'), roles.map(({ talk, participant }) => cite(talk, participant)))];
  });
  // "Did Song Tao give Vietnam anything?": an act of his the articles report is answered by the statements reporting it.
  const act = actReported(k, talks, reading);
  if (act) return act;
  if (lines.length === 0) {
    return notAnswered('person', reading.lang, reading.people.length > 0 ? m.notReported(reading.people) : m.leaderUnknown(reading.organisations));
  }
  // "Was the official Hoang Van Quan?": a name with a part of another name is someone else's, whatever else is asked.
  const misnamed = reading.aspects.yesNo ? misnamedPerson(reading) : null;
  if (misnamed) return answerFrom('person', reading.lang, [m.claimNo([{ article: misnamed.person.names[reading.lang], claimed: misnamed.typed }]), ...lines]);
  const own = claimLead(talks, reading) ?? presenceAsked(k, talks, reading);
  // "Is Song Tao head of the Propaganda Department?": a role no side or organisation of the articles names is still
  // the checker's to settle against the roles they give him (a No, with his role; never a Yes of its own).
  const lead = own || mayMisstateRole(k, reading) ? yesNoLead(k, reading, talks.flatMap((t) => t.participants.filter((p) => reading.people.includes(p.person)).map((p) => cite(t, p))), own) : null;
  return answerFrom('person', reading.lang, [lead, ...lines]);
}

/**
 * A yes/no claiming an act of the one person named ("did Song Tao give Vietnam anything?", "did Quan think all went
 * smoothly?") is a question of what he said and did: the statements answer it. Their Yes stands only when his own
 * statements use the act's verb ("give" as "presented"); a Yes on statements that merely share other words is no
 * answer, and his roles then answer, with neither Yes nor No (they neither confirm nor deny an act).
 */
function actReported(k: Knowledge, talks: readonly Talk[], reading: Reading): Answer | null {
  const claim = reading.personClaim;
  const [person, ...others] = reading.people;
  if (claim?.kind !== 'act' || !person || others.length > 0 || !reading.aspects.yesNo) return null;
  const said = answerTopic(k, { ...reading, intent: 'topic' });
  if (!said.answered) return null;
  if (said.lines[0]?.text !== messagesFor(reading.lang).yes) return said;
  const verbs = reading.concepts.filter((c) => c.weight >= 0.6 && saysClaim(c, claim)).map((c) => c.lemma);
  // "Did he want more cooperation?": a verb of wishing is reported by his statements of a wish.
  const wishes = HOPE_LEMMAS.includes(claim.lemma);
  const his = talks.flatMap((t) => t.statements).filter((s) => s.speakers.includes(person));
  const reports = (s: Statement) => verbs.some((v) => k.facts.ofStatement(s)?.lemmas.has(v) ?? false) || (wishes && reportsWish(k, s));
  return his.some(reports) ? said : null;
}

/**
 * "Is Song Tao Vietnamese?", "is Trung head of the Commission?": Yes or No first, when the question names one
 * person and sides or organisations to check against the roles the articles give.
 */
function claimLead(talks: readonly Talk[], reading: Reading): OwnLead | null {
  const m = messagesFor(reading.lang);
  const [person, ...others] = reading.people;
  const claimed = [...reading.sidesNamed, ...reading.organisations];
  if (!reading.aspects.yesNo || !person || others.length > 0 || claimed.length === 0) return null;
  // "Did Song Tao give Vietnam anything?": the side is what an act of his was done to, which his roles cannot settle.
  if (reading.personClaim?.kind === 'act') return null;
  const roles = talks.flatMap((t) => t.participants.filter((p) => p.person === person));
  if (roles.length === 0) return null;
  const holds = claimed.every((o) => roles.some((p) => p.party === o || p.organisation === o) || person.party === o);
  return holds ? { says: 'yes', line: m.yes } : { says: 'no', line: m.no };
}

/**
 * "Was Quan at the 2020 talks?", "did Quan do the 2020 one?": a yes/no naming one person and a talk, and nothing else
 * it could ask of him (no side, body or other word of its own), asks whether he took part there.
 */
function presenceAsked(k: Knowledge, talks: readonly Talk[], reading: Reading): OwnLead | null {
  const named = reading.scope.talks;
  if (!reading.aspects.yesNo || reading.people.length !== 1 || !named || named.length === 0) return null;
  if (reading.sidesNamed.length + reading.organisations.length + reading.topics.length + reading.documents.length + reading.unmatched.length > 0) return null;
  if (!reading.concepts.every((c) => c.asking || PARTICIPATION_WORDS.has(c.word.toLowerCase()) || PARTICIPATION_WORDS.has(c.lemma))) return null;
  return presenceLead(k, messagesFor(reading.lang), reading, talks);
}

export const personIntent = defineIntent({
  name: 'person',
  answer: answerPerson,
  decidesYesNo: true,
  aboutTheEvent: false,
  aboutPeople: true,
  aboutStatements: false,
  coverage: 'none',
  evidence: { ownWords: CUES.personRole, topicPicksTalk: false },
  followUp: { asksAgain: true, sameAtAnotherTalk: true, needsNoSubject: true },
});
