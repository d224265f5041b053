// Whether the articles speak of a word at all: one of its meanings, or its stem, in any sentence of any talk. The
// claims that name a thing no report speaks of (a proper name, a side's possession, every word of substance) have no
// verdict; this is the one test they share.
import type { Knowledge } from '../types.js';

export function articlesUse(k: Knowledge, word: string): boolean {
  const index = k.claims();
  const meanings = index.meanings(word);
  const stem = index.stem(word);
  return k.kb.talks.some((t) => index.evidence(t).sentences.some((s) => meanings.some((l) => s.lemmas.has(l)) || s.stems.has(stem)));
}
