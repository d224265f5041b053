// "both sides implemented new practical measures to deepen ties" against "…, proposed practical measures to deepen
// ties": the thing a sentence only proposes, calls for or hopes for (the object of its word of hoping) said carried
// out by the claim's own verb of carrying out (data/lexicon/en.json `claims.carryingOut`) is hoped against done, as
// an act the sentence hopes for said done is (hoped-act.ts). The sentence's mood decides, not the words for the thing.
import type { ClaimIndex } from './claim-index.js';
import type { Mentions, Span } from './mentions.js';

/** Words after a word of hoping its object may run to ("proposed practical measures"), at most. */
const OBJECT_REACH = 6;
/**
 * Words from the claim's verb of carrying out to the thing carried out, at most: "implemented new practical
 * measures", "brought in a whole raft of practical steps" (a word for a collection before the thing).
 */
const THING_REACH = 7;

export interface CarriedOutClaimed {
  /** The sentence's word of hoping. */
  readonly hope: Span;
  /** The claim's words carrying the thing out ("implemented new practical measures"). */
  readonly claimed: Span;
}

const pauseBefore = (m: Mentions, k: number) => {
  const prev = m.tokens[k - 1];
  const here = m.tokens[k];
  return prev !== undefined && here !== undefined && /[,.;:!?()]/u.test(m.text.slice(prev.at + prev.word.length, here.at));
};

/** A word of the text's own saying what a thing is: no grammar, number, name or place, no adverb. */
function thingWordAt(index: ClaimIndex, m: Mentions, k: number): boolean {
  const t = m.tokens[k];
  if (t === undefined || t.value !== undefined || index.functionWords.has(t.word) || t.word.endsWith('ly')) return false;
  return !m.names.some((n) => k >= n.at && k < n.end) && !m.allPlaces.some((p) => k >= p.at && k < p.end);
}

/**
 * The stem of the head of the thing each word of hoping takes as its object: the last of the words right after it
 * ("proposed practical measures"), up to the grammar that ends them ("to", "for", "that") or a pause. Not after a
 * modal ("would", "should": `claims.unasserting`), which governs a verb; not where a name or a place comes first
 * ("urged China to…"): that is whom it is asked of.
 */
function proposedThings(index: ClaimIndex, s: Mentions): { readonly hope: Span; readonly head: string }[] {
  const out: { hope: Span; head: string }[] = [];
  for (const hope of s.status) {
    if (hope.status !== 'hoped') continue;
    if (s.tokens.slice(hope.at, hope.end).some((t) => index.unasserting.has(t.word))) continue;
    let head: string | null = null;
    for (let k = hope.end; k < Math.min(s.tokens.length, hope.end + OBJECT_REACH); k++) {
      const w = s.tokens[k]?.word ?? '';
      if (pauseBefore(s, k) || w === 'to' || s.status.some((x) => x.at === k)) break;
      if (thingWordAt(index, s, k)) head = index.stem(w);
      // Grammar before the thing ("the", "more") opens it; after it, ends it ("measures for…").
      else if (head !== null || !index.functionWords.has(w)) break;
    }
    if (head !== null) out.push({ hope, head });
  }
  return out;
}

/**
 * The claim's verb carrying out a thing the sentence only hopes for: a verb of `claims.carryingOut`, not denied, not
 * after a word that leaves it unclaimed ("to", "would": `claims.unasserting`), its "-ing" form only after one saying
 * it goes on (`claims.underway`), with the head of that thing in the words after it. Null when the claim has a word of
 * done or of hoping of its own: that is compared as such.
 */
export function carriedOutClaimed(index: ClaimIndex, m: Mentions, s: Mentions): CarriedOutClaimed | null {
  if (m.status.length > 0) return null;
  const things = proposedThings(index, s);
  if (things.length === 0) return null;
  const word = (k: number) => m.tokens[k]?.word ?? '';
  for (const hit of index.carryingOut.all(m.tokens)) {
    const end = hit.at + hit.length;
    if (m.negated.has(hit.at)) continue;
    // Adverbs between ("already", "fully") are part of the claim's words.
    let j = hit.at - 1;
    while (j >= 0 && !pauseBefore(m, j + 1) && (index.doneAdverbs.has(word(j)) || word(j).endsWith('ly'))) j--;
    const before = j >= 0 && !pauseBefore(m, j + 1) ? word(j) : '';
    const ongoing = word(hit.at).endsWith('ing') && index.lemma(word(hit.at)) !== word(hit.at);
    if (ongoing ? !index.underway.has(before) : index.unasserting.has(before)) continue;
    for (let k = end; k < Math.min(m.tokens.length, end + THING_REACH) && !pauseBefore(m, k) && word(k) !== 'to'; k++) {
      if (!thingWordAt(index, m, k)) continue;
      // The thing by its own word or one of its meanings ("steps" of "measures").
      const heads = new Set([word(k), ...index.meanings(word(k))].map((x) => index.stem(x)));
      const thing = things.find((t) => heads.has(t.head));
      if (thing) return { hope: thing.hope, claimed: { at: j + 1, end: k + 1 } };
    }
  }
  return null;
}
