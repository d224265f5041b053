import { defineIntent } from './definition.js';
import { CUES, PARTICIPATION_WORDS } from '../../matching/cues.js';
import type { Participant, Person, Talk } from '../../facts/types.js';
import { messagesFor } from '../../i18n/index.js';
import type { Messages } from '../../i18n/messages.js';
import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { yesNoLead, type OwnLead } from '../claims/yes-no.js';
import { readDetails } from '../claims/details.js';
import { answerFrom, led, line, listed, notAnswered, talksOf } from '../result.js';
import type { Answer, Knowledge } from '../types.js';

const present = (talk: Talk, person: Person) => talk.participants.some((p) => p.person === person);

/**
 * "Was Quan at the 2022 talks?", "was Song Tao at both talks?": Yes or No first, from who took part.
 * Null when the question is not a yes/no question about people taking part.
 */
export function presenceLead(k: Knowledge, m: Messages, reading: Reading, talks: readonly Talk[]): OwnLead | null {
  const all = k.kb.talks;
  const atTalks = (p: Person) => k.facts.talksOfPerson(p);
  const mismatch = reading.scope.mismatch;
  // "Was Trung on the phone call?": no talk is in scope (he was at none such), so the talk asked is the one the mismatch names.
  if (mismatch?.kind === 'not-present') return { says: 'no', line: m.notAt(mismatch.absent.map((a) => a.person), talks.length > 0 ? talks : mismatch.where, mismatch.absent) };
  // "Was the 2020 call between the General Secretaries?": people the articles only mention took part in no talk.
  if (reading.aspects.yesNo && reading.people.length + reading.sidesNamed.length === 0 && reading.topics.some(onlyMentioned)) return { says: 'no', line: m.no };
  if (!reading.aspects.yesNo || reading.people.length === 0) return null;
  const asked = bothNamed(k, reading) ?? reading.scope.talks ?? (reading.aspects.both ? all : null);
  if (asked) {
    const missing = reading.people.filter((p) => !asked.every((t) => present(t, p)));
    if (missing.length === 0) {
      const where = asked.length === all.length && all.length > 1 ? m.talksCount(all.length) : m.list(asked.map((t) => m.talk(t)));
      return { says: 'yes', line: m.tookPartIn(reading.people, where) };
    }
    return { says: 'no', line: led(m.no, m.onlyIn(missing.map((person) => ({ person, talks: atTalks(person) })))) };
  }
  return { says: null, line: m.personAt(reading.people.map((person) => ({ person, talks: atTalks(person) }))) };
}

/**
 * "Which Chinese official took part in both talks?", "who was on China's side both times?": who was at every talk,
 * asked with no one named, is the person present at each of them (of the one side named, if any), said first with
 * no Yes. Null when no one was, when it is not asked of every talk, or when only one talk is covered.
 */
export function presentAtEach(m: Messages, reading: Reading, talks: readonly Talk[]): string | null {
  if (!reading.aspects.both || reading.aspects.yesNo || reading.aspects.count || reading.people.length > 0 || talks.length < 2) return null;
  const [side] = reading.sidesNamed;
  const candidates = talks[0]?.participants.filter((p) => reading.sidesNamed.length !== 1 || p.party === side).map((p) => p.person) ?? [];
  const everywhere = candidates.filter((person) => talks.every((t) => present(t, person)));
  return everywhere.length > 0 ? m.wasAtEach(everywhere, m.talksCount(talks.length)) : null;
}

/** A subject named by words the articles only mention it by ("the General Secretaries"), in any language. */
function onlyMentioned(t: Reading['topics'][number]): boolean {
  const words = t.words.toLowerCase();
  return [...t.topic.mentionedOnly, ...t.topic.mentionedOnlyTerms[t.lang]].some((w) => w.toLowerCase() === words);
}

/**
 * "Did Quan take part in both the 2020 and the 2022 talks?": the years name the talks asked, each of them; the person
 * named must not narrow them to the one he was at (a Yes from that talk alone would be wrong). Null unless "both"
 * is asked of two talks or more named by their years.
 */
function bothNamed(k: Knowledge, reading: Reading): readonly Talk[] | null {
  if (!reading.aspects.both) return null;
  const years = new Set(readDetails(k.claims(), reading).mentions.dates.flatMap((d) => (d.year === null ? [] : [d.year])));
  const talks = k.kb.talks.filter((t) => years.has(Number(t.date.slice(0, 4))));
  return years.size > 1 && talks.length > 1 ? talks : null;
}

/** A participant's role, with the article's English for it when the question asks how the articles word it. */
export function worded(m: Messages, reading: Reading, p: Participant): string {
  return reading.aspects.wording === true ? m.inOriginal(m.role(p), p.roles.en) : m.role(p);
}

/**
 * "Who else joined Trung?", "Did any other officials join Trung?": people beyond those a person was with; the
 * articles name only who they name, so that is the answer (never a Yes from the people named). Null otherwise.
 */
export function noOneElse(k: Knowledge, reading: Reading, intent: 'who' | 'person'): Answer | null {
  // "Who else attended the 2022 talks?", "还有哪些官员陪同出席？": a talk named stands for its people as a person does.
  if (!reading.aspects.others || (reading.people.length === 0 && reading.scope.talks === null)) return null;
  const talks = talksOf(k, reading).filter((t) => reading.people.length === 0 || reading.people.some((p) => present(t, p)));
  return notAnswered(intent, reading.lang, messagesFor(reading.lang).noOneElse(talks.slice(-4).map((talk) => ({ people: talk.participants.map((p) => p.person), talk }))));
}

/** Participants of each talk in scope, with the role each held there; a yes/no question gets Yes or No first. */
export function answerWho(k: Knowledge, reading: Reading): Answer {
  const m = messagesFor(reading.lang);
  const beyond = noOneElse(k, reading, 'who');
  if (beyond) return beyond;
  const inScope = talksOf(k, reading);
  // Who took part decides Yes or No; the checker then checks the question's other details (a date, a role…).
  const presence = reading.aspects.count ? null : presenceLead(k, m, reading, inScope);
  const lead = reading.aspects.count
    ? m.officialsNamed(inScope.length, [...new Set(inScope.flatMap((t) => t.participants.map((p) => p.person)))])
    : (presence && yesNoLead(k, reading, inScope.flatMap((t) => t.participants.map((p) => cite(t, p))), presence)) || presentAtEach(m, reading, inScope);
  // A yes/no about named people without a talk named is settled by the talks they were at.
  // "Did Song Tao attend both the 2020 phone talks and the 2022 talks?": each talk the years name is shown, not only
  // the one a format beside one year narrowed the scope to.
  const askedTalks =
    (lead ? bothNamed(k, reading) : null) ??
    reading.scope.talks ??
    (lead && !reading.aspects.both && reading.people.length > 0 ? k.kb.talks.filter((t) => reading.people.some((p) => present(t, p))) : k.kb.talks);
  // "Was he also the one on the 2020 call?" No: the talk he did hold that place at is shown (and cited) beside it.
  // (Of one not there, the person the question named, not the one the reading put in his place.)
  const mismatch = reading.scope.mismatch;
  const named = mismatch?.kind === 'not-present' ? mismatch.absent.map((a) => a.person) : reading.people;
  const heldThere = presence?.says === 'no' && reading.aspects.heldAgain === true ? k.kb.talks.filter((t) => named.some((p) => present(t, p))) : [];
  const talks = heldThere.length > 0 ? k.kb.talks.filter((t) => askedTalks.includes(t) || heldThere.includes(t)) : askedTalks;
  const { shown, hidden } = listed(talks);
  // "Who from the Vietnamese side called Song Tao?": one side named beside someone of the other asks for that side's
  // person, not the one named.
  const [side] = reading.sidesNamed;
  const sideAsked = reading.sidesNamed.length === 1 && lead === null && reading.people.length > 0 && reading.people.every((p) => p.party !== side);
  const asked = (talk: Talk) => {
    const own = sideAsked ? talk.participants.filter((p) => p.party === side) : [];
    return own.length > 0 ? own : talk.participants;
  };
  return answerFrom('who', reading.lang, [
    lead,
    ...shown.map((talk) =>
      line(
        m.whoLine(talk, asked(talk).map((p) => m.roleOf(m.person(p.person), worded(m, reading, p)))),
        asked(talk).map((p) => cite(talk, p)),
      ),
    ),
    hidden > 0 && m.earlierNotListed(hidden),
  ]);
}

export const whoIntent = defineIntent({
  name: 'who',
  answer: answerWho,
  decidesYesNo: true,
  aboutTheEvent: true,
  aboutPeople: true,
  aboutStatements: false,
  coverage: 'none',
  evidence: { ownWords: [...CUES.who, ...PARTICIPATION_WORDS], topicPicksTalk: true },
  followUp: { asksAgain: true, sameAtAnotherTalk: true, needsNoSubject: true },
});
