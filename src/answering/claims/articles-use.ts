// Whether the articles speak of a word at all: one of its meanings, or its stem, in any sentence of any talk. The
// claims that name a thing no report speaks of (a proper name, a side's possession, every word of substance) have no
// verdict; this is the one test they share.
import type { Knowledge } from '../types.js';
import type { ClaimIndex } from './claim-index.js';

/** Every lemma and stem of every sentence of the talks, gathered once per claim index rather than scanned per word. */
interface ArticleWords {
  readonly lemmas: ReadonlySet<string>;
  readonly stems: ReadonlySet<string>;
}

const gathered = new WeakMap<ClaimIndex, ArticleWords>();

function articleWords(k: Knowledge, index: ClaimIndex): ArticleWords {
  const known = gathered.get(index);
  if (known) return known;
  const lemmas = new Set<string>();
  const stems = new Set<string>();
  for (const t of k.kb.talks) {
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
  const index = k.claims();
  const { lemmas, stems } = articleWords(k, index);
  return index.meanings(word).some((l) => lemmas.has(l)) || stems.has(index.stem(word));
}
