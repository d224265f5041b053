// "And the chinese guy, what did he congratulate vietnam on" after what Le Hoai Trung congratulated China on: an
// opening set before the question and taken up by its pronoun names who the question asks of. Read with the opening
// put after the question ("…congratulate vietnam on the chinese guy"), no one acts, and "he" kept the last answer's
// person (Trung, congratulating China); read with the opening where "he" stands, its own side or person acts.
import type { ReadResult } from '../matching/reading.js';
import type { Cues } from './cues.js';

/** People references the resumed opening stands for. */
const RESUMING = new Set(['person', 'people', 'plural']);

/**
 * The cues with the opening resumed where its pronoun stands, when the question so read names a person or side of its
 * own acting ("the chinese guy", "Quan"); null otherwise ("and in 2020, what did he say?": the opening names no one).
 */
export function resumedOpening(found: Cues, read: (text: string) => ReadResult): Cues | null {
  if (found.resumed === null) return null;
  const r = read(found.resumed).reading;
  if (r.people.length + r.sides.length === 0) return null;
  // The pronoun stood for the opening: it points back no more (one other word of the kind still may, "his" among them).
  const at = found.references.findIndex((x) => RESUMING.has(x));
  const references = found.references.filter((_x, i) => i !== at);
  return { ...found, rest: found.resumed, references, person: null };
}
