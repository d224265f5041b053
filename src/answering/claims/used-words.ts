// The claim's words a sentence may use (its content words, and the words of the names it gives other than people's),
// each with its meanings and stem, read once per claim: every sentence a claim is compared with asks how many of
// them it uses (compare.ts, `used`), and with a thousand talks a yes/no question compares thousands of sentences.
import type { ClaimIndex } from './claim-index.js';
import type { EvidenceSentence } from './evidence.js';
import type { Mentions } from './mentions.js';

interface UsedWord {
  readonly meanings: readonly string[];
  readonly stem: string;
}

const ofClaim = new WeakMap<Mentions, { readonly index: ClaimIndex; readonly words: readonly UsedWord[] }>();

function usedWords(index: ClaimIndex, m: Mentions): readonly UsedWord[] {
  const known = ofClaim.get(m);
  if (known?.index === index) return known.words;
  const names = m.names.filter((n) => n.named.kind !== 'person').flatMap((n) => Array.from({ length: n.end - n.at }, (_, k) => n.at + k));
  // A token in both lists counts twice, as it always has.
  const words = [...m.content, ...names].map((i) => {
    const w = m.tokens[i]?.word ?? '';
    return { meanings: index.meanings(w), stem: index.stem(w) };
  });
  ofClaim.set(m, { index, words });
  return words;
}

/** How many of the claim's words (content, and names other than people's) a sentence uses. */
export function overlap(index: ClaimIndex, m: Mentions, s: EvidenceSentence): number {
  let n = 0;
  for (const w of usedWords(index, m)) if (w.meanings.some((l) => s.lemmas.has(l)) || s.stems.has(w.stem)) n++;
  return n;
}
