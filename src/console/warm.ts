// Work the engine's start-up does on the data alone, saved with the console's snapshot so the next start begins
// with it: the lemmas of the data's words and the data's texts normalized (about a third of building the engine),
// and the word sets worked out from the knowledge base and the lexicon (src/verified-data.ts derivedFor).
// Both are pure functions of data/ and the code; the snapshot is used only while data/ is byte for byte what it
// was made from, and dist/ is rebuilt with the code, so the results are the same, without the work.
import type { LemmaTables, Lexicon } from '../lexicon/build.js';
import { dataNormalizations, knownDataNormalizations, type DataNormalizations } from '../matching/normalize.js';
import type { KnowledgeBase } from '../facts/types.js';
import { useDerived } from '../verified-data.js';

export interface Warm {
  readonly lemmas: LemmaTables;
  readonly normalized: DataNormalizations;
  /** Work on the knowledge base and the lexicon together, by name (absent: worked out at start). */
  readonly derived?: Readonly<Record<string, unknown>>;
}

/** What building an engine with this lexicon has worked out; `derived`: what verified-data's recordedFor gives. */
export function warmOf(lexicon: Lexicon, derived?: Readonly<Record<string, unknown>>): Warm {
  return { lemmas: lexicon.lemmaTables(), normalized: dataNormalizations(), ...(derived ? { derived } : {}) };
}

/** Starts the data's normalizations and the work on `kb` and `lexicon` (the snapshot's) from the saved ones, before the engine is built. */
export function useWarm(warm: Warm, kb: KnowledgeBase, lexicon: Lexicon): void {
  knownDataNormalizations(warm.normalized);
  useDerived([kb, lexicon], warm.derived ?? {});
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
  const { derived } = value as Partial<Record<keyof Warm, unknown>>;
  const derivedOk = derived === undefined || (typeof derived === 'object' && derived !== null && !Array.isArray(derived));
  return derivedOk && isPairs(l.lemmas) && isPairs(l.articleLemmas) && isPairs(n.plain) && isPairs(n.cased);
}
