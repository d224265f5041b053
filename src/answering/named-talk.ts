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
  const after = (i: number) => (YEAR.test(words[i + 1] ?? '') ? i + 2 : i + 1);
  const besideTalk = words.some((w, i) => MONTHS.includes(w) && (TALK_NOUNS.has(words[after(i)] ?? '') || TALK_NOUNS.has(words[i - 1] ?? '')));
  return besideTalk || peopleNameTalk(reading, correction.talk.participants.map((p) => p.person));
}

/**
 * "Between Quan and Song Tao": two or more people named, every one of them at the talk the date was put right to, name
 * that talk as surely as its date would; one person alone may have been at other events the articles do not report.
 */
function peopleNameTalk(reading: Reading, present: readonly Person[]): boolean {
  const at = new Set(present);
  return reading.people.length >= 2 && reading.people.every((p) => at.has(p));
}
