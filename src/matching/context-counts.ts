// "Công ty mình …, mấy năm dịch hàng bị kẹt ở biên giới suốt. … Bài 2022 ghi gì?": in a long message, a count word in
// the sentences that set the scene ("mấy năm": for years now; "how many times we waited") tells the asker's story; it
// asks no count of the articles. Only a count in the asking sentences does.
import type { CueGroup } from './aspects.js';
import type { CueScan } from './cue-scan.js';
import type { Aspects } from './reading.js';

/** The aspects with a count (and a count of years) dropped when every word asking it stands before `askFrom`. */
export function withoutContextCounts(aspects: Aspects, cues: CueScan<CueGroup>, askFrom: number): Aspects {
  if (askFrom <= 0) return aspects;
  const inContext = (group: 'count' | 'yearsCounted') => {
    const hits = cues.hits(group);
    // One opening the message is the question's own, or one a pivot moved to the front ("多少年" in a later clause).
    return hits.length > 0 && hits.every((h) => h.at > 0 && h.at + h.length <= askFrom);
  };
  const count = aspects.count && inContext('count');
  const years = aspects.yearsCounted === true && inContext('yearsCounted');
  if (!count && !years) return aspects;
  const { yearsCounted, ...rest } = aspects;
  return { ...rest, count: aspects.count && !count, ...(yearsCounted !== undefined && !years ? { yearsCounted } : {}) };
}
