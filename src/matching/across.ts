// Stage 5, beside the aspects: whether a question sets the talks side by side. "How did X change from the first
// round to the second?", "in one round … and in the other …", "the two sets of talks", "how did X differ between
// 2020 and 2022?" ask of each talk, not of the one a word happens to name; the answer gives each its line.
// The words are data (data/lexicon/en.json `across`); Vietnamese and Chinese reach them through the glossaries.
import type { CueScan } from './cue-scan.js';
import type { CueGroup } from './aspects.js';
import type { Talk } from '../facts/types.js';
import type { Constraint } from './scope.js';

/** Kinds of detail that name a talk by itself: two of one kind naming different talks set them side by side. */
const NAMING: ReadonlySet<Constraint['kind']> = new Set(['year', 'month', 'ordinal', 'format']);

/**
 * Whether the question is about each of the talks: it names them as a pair or one against the other, or it
 * names two talks (by year, month, ordinal or format) and asks how something differed or changed between them, or
 * which of them it was ("in 2020 or only in 2022?": each is answered whether).
 */
export function setsTalksSideBySide(cues: CueScan<CueGroup>, constraints: readonly Constraint[], named: readonly Talk[] | null, talkCount: number): boolean {
  if (talkCount < 2) return false;
  if (cues.has('acrossPair')) return true;
  // "The first call … or only later?": two ordinals are two talks, whatever else is asked.
  if (new Set(constraints.filter((c) => c.kind === 'ordinal').flatMap((c) => c.talks)).size >= 2) return true;
  // The talks the question's details name together: "the 2020 talk on zoom or by phone?" names one, however many formats.
  const byDetails = constraints.some((c) => NAMING.has(c.kind));
  return byDetails && (named?.length ?? 0) >= 2 && (cues.has('acrossDiffer') || cues.has('acrossChoice'));
}
