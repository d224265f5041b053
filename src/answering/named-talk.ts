// A talk named by a wrong date ("the March talks between Trung and Song Tao", "buổi hội đàm tháng 3/2022", "3月的会谈",
// "the call of 29/7/2021 between Quan and Song Tao"): the date only names the talk the rest of the question is about,
// so a yes/no question still asks what it asks ("did they sign anything?"), answered Yes or No with the date put
// right; a date said of the act instead, with no talk named by its people ("were documents signed in March?"), is
// what is claimed, and No.
import { MONTHS, TALK_NOUNS } from '../matching/cues.js';
import type { Person } from '../facts/types.js';
import type { Reading } from '../matching/reading.js';

/** A year as typed ("2022"), which may stand between a month and the talk noun it dates ("the March 2022 talks"). */
const YEAR = /^(19|20)\d{2}$/;

/** Whether the question's only wrong detail is a date that names the talk: beside a talk noun, or of the talk its people held. */
export function monthNamesTalk(reading: Reading): boolean {
  const correction = reading.scope.correction;
  if (!correction || correction.stand.length > 0 || correction.details.length === 0 || correction.details.some((d) => d !== 'month')) return false;
  const words = reading.said.words;
  const talkAt = (i: number) => TALK_NOUNS.has(words[i] ?? '');
  if (words.some((w, i) => MONTHS.includes(w) && (talkAt(i + 1) || talkAt(i - 1)))) return true;
  // "The March 2022 talks", "the phone talks on 29 July 2021": a year or a day inside the talk's own noun phrase; a
  // date said of the act instead ("in March 2022 they held talks and signed…?") is claimed.
  // So is a day written after its month ("the April 29, 2022 videoconference").
  const dayAfter = (i: number) => /^\d{1,2}$/.test(words[i + 1] ?? '') && (talkAt(i + 2) || (YEAR.test(words[i + 2] ?? '') && talkAt(i + 3)));
  const inPhrase = words.some((w, i) => MONTHS.includes(w) && ((YEAR.test(words[i + 1] ?? '') && talkAt(i + 2)) || dayBefore(words, i, talkAt) || dayAfter(i)));
  // The talk's own format named ("videoconference") names it as surely as its people do, when no other talk had it.
  const formatNames = reading.formatTalks.length === 1 && reading.formatTalks[0] === correction.talk;
  return inPhrase && (peopleNameTalk(reading, correction.talk.participants.map((p) => p.person)) || formatNames);
}

/** Words that may stand between a talk noun and the day after it: "the phone talks on 29 July". */
const DAY_FILLERS = new Set(['on', 'of']);

/** Whether the month at `i` follows a day that follows a talk noun, with at most a preposition between. */
function dayBefore(words: readonly string[], i: number, talkAt: (k: number) => boolean): boolean {
  if (!/^\d{1,2}$/.test(words[i - 1] ?? '')) return false;
  return talkAt(i - 2) || (DAY_FILLERS.has(words[i - 2] ?? '') && talkAt(i - 3));
}

/**
 * "Between Quan and Song Tao": two or more people named, every one of them at the talk the date was put right to, name
 * that talk as surely as its date would; one person alone may have been at other events the articles do not report.
 */
function peopleNameTalk(reading: Reading, present: readonly Person[]): boolean {
  const at = new Set(present);
  return reading.people.length >= 2 && reading.people.every((p) => at.has(p));
}
