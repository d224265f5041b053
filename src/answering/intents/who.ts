import type { Person, Talk } from '../../facts/types.js';
import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { answered, listed, notAnswered, talksOf } from '../result.js';
import type { Answer, Knowledge } from '../types.js';
import { allOf, countWord, listing, longDate, names, talkLabel } from '../wording.js';

const present = (talk: Talk, person: Person) => talk.participants.some((p) => p.person === person);

/**
 * "Was Quan at the 2022 talks?", "was Song Tao at both talks?": Yes or No first, from who took part.
 * Null when the question is not a yes/no question about people taking part.
 */
function yesNoLead(k: Knowledge, reading: Reading, talks: readonly Talk[]): string | null {
  const mismatch = reading.scope.mismatch;
  if (mismatch?.kind === 'not-present') {
    const away = mismatch.absent.map(({ person, talks: at }) => `${person.name} took part only in ${listing(at.map(talkLabel))}`);
    return `No. ${listing(mismatch.absent.map((a) => a.person.name))} did not take part in ${listing(talks.map(talkLabel))}; ${away.join('; ')}.`;
  }
  if (!reading.aspects.yesNo || reading.people.length === 0) return null;
  const all = k.kb.talks;
  const asked = reading.scope.talks ?? (reading.aspects.both ? all : null);
  if (asked) {
    const missing = reading.people.filter((p) => !asked.every((t) => present(t, p)));
    if (missing.length === 0) {
      const where = asked.length === all.length && all.length > 1 ? `${allOf(all.length)} talks` : listing(asked.map(talkLabel));
      return `Yes: ${names(reading.people)} took part in ${where}.`;
    }
    const seen = missing.map((p) => `${p.name} took part only in ${listing(all.filter((t) => present(t, p)).map(talkLabel))}`);
    return `No. ${seen.join('; ')}.`;
  }
  const at = reading.people.map((p) => `${p.name} in ${listing(all.filter((t) => present(t, p)).map(talkLabel))}`);
  return `Yes: ${at.join('; ')}.`;
}

/** "How many officials took part?": the people named, counted. */
function countLead(talks: readonly Talk[]): string {
  const people = [...new Set(talks.flatMap((t) => t.participants.map((p) => p.person)))];
  return `The report${talks.length === 1 ? ' names' : 's name'} ${countWord(people.length)} officials taking part: ${names(people)}.`;
}

/** Participants of each talk in scope, with the role each held there; a yes/no question gets Yes or No first. */
export function answerWho(k: Knowledge, reading: Reading): Answer {
  // "Who else joined Trung?": the articles name only who they name.
  if (reading.aspects.others && reading.people.length > 0) {
    const talks = talksOf(k, reading).filter((t) => reading.people.some((p) => present(t, p)));
    const named = talks.map((t) => `${listing(t.participants.map((p) => p.person.name))} (${talkLabel(t)})`);
    return notAnswered('who', `The articles name no one else: ${listing(named)}.`);
  }
  const lead = reading.aspects.count ? countLead(talksOf(k, reading)) : yesNoLead(k, reading, talksOf(k, reading));
  // A yes/no about named people without a talk named is settled by the talks they were at.
  const talks =
    reading.scope.talks ?? (lead && !reading.aspects.both && reading.people.length > 0
      ? k.kb.talks.filter((t) => reading.people.some((p) => present(t, p)))
      : k.kb.talks);
  const { shown, note } = listed(talks);
  const lines = shown.map((talk) => {
    const people = talk.participants.map((p) => `${p.person.name} (${p.role})`);
    return `${longDate(talk.date)}, ${talk.format.label}: ${listing(people)}.`;
  });
  const citations = shown.flatMap((talk) => talk.participants.map((p) => cite(talk, p)));
  return answered('who', [lead, ...lines, note].filter(Boolean).join('\n'), citations);
}
