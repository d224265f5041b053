// "China agreed at the April 2022 talks to open more border gates…" against "He urged China to continue closely
// coordinating with Vietnam… to reduce goods congestion": a sentence that only hopes for an act contradicts a claim
// that it was agreed when it is that act, not when it hopes for another. The act agreed is the first words of
// substance after the claim's "to"; a sentence with no word of their stems does not say whether it was agreed.
import type { ClaimIndex } from './claim-index.js';
import type { EvidenceSentence } from './evidence.js';
import type { Mentions, Span } from './mentions.js';

/** Words from the word of done to its "to" ("agreed [at the April 2022 talks] to"), at most. */
const TO_REACH = 8;
/** Words of the act read: its verb, or an adjective and its noun ("to mutual recognition"). */
const ACT_WORDS = 2;
/** Endings of an adjective, which no verb after "to" has. */
const ADJECTIVE = /(?:al|ive|ous|ful|ible|able|ic)$/u;

const pauseBefore = (m: Mentions, k: number) => {
  const prev = m.tokens[k - 1];
  const here = m.tokens[k];
  return prev !== undefined && here !== undefined && /[,.;:!?()]/u.test(m.text.slice(prev.at + prev.word.length, here.at));
};

/** The first words of the claim's act agreed to ("open more", "mutual recognition"); none when the word of done governs no "to". */
function actAgreed(index: ClaimIndex, m: Mentions, st: Span): number[] {
  const word = (k: number) => m.tokens[k]?.word ?? '';
  let to = -1;
  for (let k = st.end - 1; k < Math.min(m.tokens.length, st.end + TO_REACH); k++) {
    // Another verb between ("finalised when Trung talked to Song Tao"): its "to" is not the word of done's.
    if (k >= st.end && (pauseBefore(m, k) || (/ed$/u.test(word(k)) && index.lemma(word(k)) !== word(k)))) return [];
    if (k >= st.at && word(k) === 'to') {
      to = k;
      break;
    }
  }
  if (to < 0) return [];
  const out: number[] = [];
  for (let k = to + 1; k < m.tokens.length && !pauseBefore(m, k) && out.length < ACT_WORDS; k++) {
    const t = m.tokens[k];
    // Adverbs say how ("to closely coordinate"); the verb is what was agreed.
    if (!t || t.value !== undefined || index.functionWords.has(t.word) || t.word.endsWith('ly')) continue;
    out.push(k);
  }
  return out;
}

/** Whether the claim says agreed an act the sentence has no word for: it hopes for something else. */
export function otherActHoped(index: ClaimIndex, m: Mentions, st: Span, s: EvidenceSentence): boolean {
  const [first, next] = actAgreed(index, m, st).map((k) => m.tokens[k]?.word ?? '');
  if (first === undefined) return false;
  // An adjective first ("to mutual recognition"): the noun after it is what was agreed to.
  const w = next !== undefined && ADJECTIVE.test(first) ? next : first;
  return !s.stems.has(index.stem(w)) && !index.meanings(w).some((l) => s.lemmas.has(l));
}
