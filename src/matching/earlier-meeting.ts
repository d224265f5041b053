// A meeting asked of a time outside the talks reported: before the earliest ("when did Quan and Song Tao last meet in
// person before their 2020 call?", "had they spoken before the 2022 talks?") or after the latest ("soon after the 2022
// video talks, when did the officials meet in person?", "2022年视频会谈之后双方又见面了吗？"): another event, which the
// articles never report. Answering it with the reported talks' date, format or documents would be confidently wrong.
// The words are data (data/lexicon/en.json `beyond.later`: `meetings`, `earlier`, `after`, `talks`); Vietnamese and
// Chinese reach them through their glossaries.
import type { BeyondWords } from '../lexicon/schema.js';
import { makeCueScanner } from './cue-scan.js';
import type { Token } from './tokens.js';

/** Words after "before" the talks it names may stand within ("before their 2020 phone call"). */
const TALK_REACH = 4;
const YEAR = /^(19|20)\d{2}$/u;

/** Which side of the talks reported the meeting asked lies on. */
export type MeetingOutside = 'earlier' | 'later';

/** What the question's scope says of the talks it names. */
export interface ScopeEnds {
  /** The question's talks are the earliest reported alone: "before" them is before every talk reported. */
  readonly earliestOnly: boolean;
}

/**
 * `postposed`: the language puts "before"/"after" behind the talks they bound ("2020年通话之前", "2022年会谈之后"),
 * so the talks are looked for ahead of the word, not after it.
 */
export type OutsideMeetingReader = (tokens: readonly Token[], askFrom: number, ends: ScopeEnds, postposed: boolean) => MeetingOutside | null;

/** `earliestYear`, `latestYear`: the years of the earliest and latest talks reported. */
export function makeOutsideMeetingReader(words: BeyondWords, earliestYear: number | null, latestYear: number | null): OutsideMeetingReader {
  const { earlier, after, meetings, talks } = words.later;
  const scanner = makeCueScanner<'earlier' | 'after' | 'meetings' | 'talks'>({ earlier, after, meetings, talks });
  return (tokens, askFrom, ends, postposed) => {
    if (meetings.length === 0) return null;
    const scan = scanner(tokens);
    const met = scan.hits('meetings').filter((h) => h.at >= askFrom);
    const talkAt = new Set(scan.hits('talks').map((h) => h.at));
    const year = (k: number) => (YEAR.test(tokens[k]?.text ?? '') ? Number(tokens[k]?.text) : null);
    // The words a bound names its talks within: behind it in English and Vietnamese, ahead of it in Chinese.
    const window = (at: number, length: number) =>
      postposed ? Array.from({ length: TALK_REACH }, (_, k) => at - TALK_REACH + k).filter((k) => k >= 0) : Array.from({ length: TALK_REACH }, (_, k) => at + length + k);
    // A verb of meeting outside the words naming the talks: the meeting asked is not the talks themselves.
    const metOutside = (span: readonly number[]) => met.some((m) => !span.includes(m.at));
    const before = scan.hits('earlier').some((b) => {
      const span = window(b.at, b.length);
      const earliest = (k: number) => { const y = year(k); return y !== null && earliestYear !== null && y <= earliestYear; };
      const named = span.some((k) => earliest(k) || (ends.earliestOnly && talkAt.has(k)));
      // "When did they meet before the 2020 call?": the verb ahead of "before"; Chinese puts it after the bound.
      return named && (postposed ? metOutside(span) && met.some((m) => m.at > b.at) : met.some((m) => m.at + m.length <= b.at));
    });
    if (before) return 'earlier';
    const afterwards = scan.hits('after').some((a) => {
      const span = window(a.at, a.length);
      const latest = (k: number) => { const y = year(k); return y !== null && latestYear !== null && y >= latestYear; };
      // By its year: a word of meeting beside "after" ("越共哪次大会以后": after a congress) names no talk of theirs.
      return span.some((k) => latest(k)) && metOutside(span);
    });
    return afterwards ? 'later' : null;
  };
}
