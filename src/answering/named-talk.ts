// A talk named by a wrong month ("the March talks between Trung and Song Tao", "buổi hội đàm tháng 3", "3月的会谈"):
// the month only names the talk the rest of the question is about, so a yes/no question still asks what it asks
// ("did they sign anything?"), answered Yes or No with the date put right; a month said of the act instead ("did they
// sign documents in March?") is what is claimed, and No.
import { MONTHS, TALK_NOUNS } from '../matching/cues.js';
import type { Reading } from '../matching/reading.js';

/** Whether the question's only wrong detail is a month standing beside a word naming the talk. */
export function monthNamesTalk(reading: Reading): boolean {
  const correction = reading.scope.correction;
  if (!correction || correction.stand.length > 0 || correction.details.length === 0 || correction.details.some((d) => d !== 'month')) return false;
  const words = reading.said.words;
  return words.some((w, i) => MONTHS.includes(w) && (TALK_NOUNS.has(words[i + 1] ?? '') || TALK_NOUNS.has(words[i - 1] ?? '')));
}
