// A meeting asked of a time before the talks reported ("when did Quan and Song Tao last meet in person before their
// 2020 call?", "had they spoken before the 2022 talks?"): another event, which the articles never report. Answering
// it with the reported talks' date or format would be confidently wrong. The words are data (data/lexicon/en.json
// `beyond.later`: `meetings`, `earlier`, `talks`); Vietnamese and Chinese reach them through their glossaries.
import type { BeyondWords } from '../lexicon/schema.js';
import { makeCueScanner } from './cue-scan.js';
import type { Token } from './tokens.js';

/** Words after "before" the talks it names may stand within ("before their 2020 phone call"). */
const TALK_REACH = 4;
const YEAR = /^(19|20)\d{2}$/u;

/**
 * `earliestOnly`: the question's talks are the earliest reported alone; "before" them is then before every talk
 * reported (before the 2022 talks, the 2020 ones may be the meeting asked).
 */
export type EarlierMeetingReader = (tokens: readonly Token[], askFrom: number, earliestOnly: boolean) => boolean;

/** `earliestYear`: the year of the earliest talk reported; a year up to it after "before" is before every talk. */
export function makeEarlierMeetingReader(words: BeyondWords, earliestYear: number | null): EarlierMeetingReader {
  const { earlier, meetings, talks } = words.later;
  const scanner = makeCueScanner<'earlier' | 'meetings' | 'talks'>({ earlier, meetings, talks });
  return (tokens, askFrom, earliestOnly) => {
    if (earlier.length === 0 || meetings.length === 0) return false;
    const scan = scanner(tokens);
    const met = scan.hits('meetings').filter((h) => h.at >= askFrom);
    const talkAt = new Set(scan.hits('talks').map((h) => h.at));
    // A verb of meeting asked, and "before" beside talks or a year: the meeting is set before them, not at them.
    return scan.hits('earlier').some((b) => {
      const end = b.at + b.length;
      const earliest = (k: number) => YEAR.test(tokens[k]?.text ?? '') && earliestYear !== null && Number(tokens[k]?.text) <= earliestYear;
      const ahead = Array.from({ length: TALK_REACH }, (_, k) => end + k).some((k) => earliest(k) || (earliestOnly && talkAt.has(k)));
      return ahead && met.some((m) => m.at + m.length <= b.at);
    });
  };
}
