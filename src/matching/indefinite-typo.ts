// "did he say sumthing about political trust?": an indefinite pronoun typed wrong ("sumthing", "somthing",
// "anythng") is no subject of the question, yet fuzzy matching only fixes words the matcher acts on, so it was named
// as something the articles do not mention. An unknown word within the edits allowed for its length of one of the
// language's indefinites (data/lexicon/en.json claims.indefinites), starting with the same letter, is that word.
import { editDistance } from './edit-distance.js';

/** The indefinite `word` is a typo of, or null. `limit`: the edits allowed for a word of its length. */
export function indefiniteTypo(word: string, indefinites: readonly string[], limit: number): string | null {
  if (limit === 0) return null;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const w of indefinites) {
    if (w[0] !== word[0] || w === word) continue;
    const d = editDistance(word, w, limit);
    if (d < bestDistance) {
      best = w;
      bestDistance = d;
    }
  }
  return best;
}
