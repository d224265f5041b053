// "有些计划好的见面根本没法办。2020年双方对这个情况怎么说的？": a word of meeting in person in a sentence that only sets
// the scene (the meetings that could not be held) is no question of how the talks were held; the asking sentences after
// it name no format. A long message's context is told apart by where its asking part starts (`askFrom`).
import type { CueScan } from './cue-scan.js';
import type { CueGroup } from './aspects.js';

// Not "by what means" ('manner'): asked of a remedy ("用了什么办法补救"), it names no format of its own.
const FORMAT_CUES = ['formatStrong', 'format', 'heldVerb', 'inPerson'] as const;

/** Whether every word of format the message says is in its context, none in the asking sentences after it. */
export function formatOnlyAside(f: { readonly cues: CueScan<CueGroup>; readonly askFrom: number }): boolean {
  if (f.askFrom <= 0) return false;
  const hits = FORMAT_CUES.flatMap((g) => f.cues.hits(g));
  return hits.length > 0 && hits.every((h) => h.at < f.askFrom);
}
