// Work the engine's start-up does on the data alone, saved with the console's snapshot so the next start begins
// with it: the lemmas of the data's words and the data's texts normalized (about a third of building the engine).
// Both are pure functions of data/ and the code; the snapshot is used only while data/ is byte for byte what it
// was made from, and dist/ is rebuilt with the code, so the results are the same, without the work.
import type { LemmaTables, Lexicon } from '../lexicon/build.js';
import { dataNormalizations, knownDataNormalizations, type DataNormalizations } from '../matching/normalize.js';

export interface Warm {
  readonly lemmas: LemmaTables;
  readonly normalized: DataNormalizations;
}

/** What building an engine with this lexicon has worked out. */
export function warmOf(lexicon: Lexicon): Warm {
  return { lemmas: lexicon.lemmaTables(), normalized: dataNormalizations() };
}

/** Starts the data's normalizations from the saved ones (before the engine is built). */
export function useWarm(warm: Warm): void {
  knownDataNormalizations(warm.normalized);
}

const isPairs = (value: unknown): value is readonly (readonly [string, string])[] =>
  Array.isArray(value) && value.every((p: unknown) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string');

/** Whether a value read back from a snapshot has the shape of a Warm (a damaged one is not used). */
export function isWarm(value: unknown): value is Warm {
  if (typeof value !== 'object' || value === null) return false;
  const { lemmas, normalized } = value as Partial<Record<keyof Warm, unknown>>;
  if (typeof lemmas !== 'object' || lemmas === null || typeof normalized !== 'object' || normalized === null) return false;
  const l = lemmas as Partial<Record<keyof LemmaTables, unknown>>;
  const n = normalized as Partial<Record<keyof DataNormalizations, unknown>>;
  return isPairs(l.lemmas) && isPairs(l.articleLemmas) && isPairs(n.plain) && isPairs(n.cased);
}
