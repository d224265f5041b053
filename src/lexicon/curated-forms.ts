// A curated word and its plural are one word said twice: "problems" is read as its own lemma (a curated word is a
// base the lemmatiser stops at), so meanings listed under only one form ("problem" as obstacle) would be lost to
// the other. Each form gets the meanings of both, its own first.
import type { CuratedFile } from './schema.js';

/** The singulars a plural may have ("difficulties" → "difficulty", "problems" → "problem"); only curated ones count. */
function singulars(word: string): string[] {
  if (word.includes(' ')) return [];
  return [word.endsWith('ies') ? `${word.slice(0, -3)}y` : '', word.endsWith('es') ? word.slice(0, -2) : '', word.endsWith('s') ? word.slice(0, -1) : ''].filter(
    (w) => w.length >= 3,
  );
}

/** Each curated word with the lemmas it means, the latest entry first, then those of its other number (plural or singular). */
export function curatedMeanings(curated: CuratedFile): Map<string, string[]> {
  const own = new Map<string, string[]>();
  for (const entry of curated) {
    for (const word of entry.words) own.set(word, [entry.means, ...(own.get(word) ?? []).filter((l) => l !== entry.means)]);
  }
  const merged = new Map<string, string[]>();
  for (const [word, means] of own) merged.set(word, [...means]);
  for (const [word, means] of own) {
    for (const singular of singulars(word)) {
      const other = own.get(singular);
      if (other === undefined) continue;
      merged.set(word, [...new Set([...(merged.get(word) ?? []), ...other])]);
      merged.set(singular, [...new Set([...(merged.get(singular) ?? []), ...means])]);
    }
  }
  return merged;
}
