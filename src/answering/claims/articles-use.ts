// Whether the articles speak of a word at all: one of its meanings, or its stem, in any sentence of any talk. The
// claims that name a thing no report speaks of (a proper name, a side's possession, every word of substance) have no
// verdict; this is the one test they share.
import type { Talk } from '../../facts/types.js';
import type { Knowledge } from '../types.js';
import type { ClaimIndex } from './claim-index.js';

/** Every lemma and stem of every sentence of the talks, gathered once per claim index rather than scanned per word. */
interface ArticleWords {
  readonly lemmas: ReadonlySet<string>;
  readonly stems: ReadonlySet<string>;
}

const gathered = new WeakMap<ClaimIndex, ArticleWords>();

function articleWords(talks: readonly Talk[], index: ClaimIndex): ArticleWords {
  const known = gathered.get(index);
  if (known) return known;
  const lemmas = new Set<string>();
  const stems = new Set<string>();
  for (const t of talks) {
    for (const s of index.evidence(t).sentences) {
      for (const l of s.lemmas) lemmas.add(l);
      for (const x of s.stems) stems.add(x);
    }
  }
  const words = { lemmas, stems };
  gathered.set(index, words);
  return words;
}

export function articlesUse(k: Knowledge, word: string): boolean {
  return talksUse(k.claims(), k.kb.talks, word);
}

/** The same, where only the claim index and the talks are at hand (compare.ts). */
export function talksUse(index: ClaimIndex, talks: readonly Talk[], word: string): boolean {
  const { lemmas, stems } = articleWords(talks, index);
  return index.meanings(word).some((l) => lemmas.has(l)) || stems.has(index.stem(word));
}
