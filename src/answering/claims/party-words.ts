// The lemmas of the names of a sentence's organisations that are parties of its talk ("communist", "party" of
// "Vietnam, China Communist Parties"): the same for every claim compared with the sentence, so gathered once per
// sentence rather than at each comparison.
import type { ClaimIndex } from './claim-index.js';
import type { EvidenceSentence } from './evidence.js';
import { bodyNameLemmas } from './name-words.js';

const ofSentence = new WeakMap<EvidenceSentence, { readonly index: ClaimIndex; readonly lemmas: ReadonlySet<string> }>();

/** The lemmas of the names and aliases of the talk's parties that the sentence names. */
export function talkPartyLemmas(index: ClaimIndex, s: EvidenceSentence): ReadonlySet<string> {
  const known = ofSentence.get(s);
  if (known?.index === index) return known.lemmas;
  const talkParties = new Set(s.talk.participants.map((x) => x.party));
  const lemmas = new Set([...s.organisations].filter((o) => talkParties.has(o)).flatMap((o) => bodyNameLemmas(index, o)));
  ofSentence.set(s, { index, lemmas });
  return lemmas;
}
