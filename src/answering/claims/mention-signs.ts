// Whether a claim may name a kind of thing ("the earthquake") or an area ("the sea border"), told from its words
// alone before its details are read. Most questions name neither, and the checks that ask (a kind or an area given
// otherwise) then need not read every detail of the claim (readMentions), which costs more than the rest of them.
import type { Reading } from '../../matching/reading.js';
import type { ClaimIndex } from './claim-index.js';
import { claimWordsOf } from './details.js';

export interface MentionSigns {
  /** A word a kind's phrase starts with, as readMentions looks kinds up (a lemma; a number as typed). */
  readonly kind: boolean;
  /** A place phrase of an area starting at some word: every place readMentions finds is one of these. */
  readonly area: boolean;
}

/** Each reading's signs, told once. */
const signsOf = new WeakMap<Reading, { readonly index: ClaimIndex; readonly signs: MentionSigns }>();

export function mentionSigns(index: ClaimIndex, reading: Reading): MentionSigns {
  const known = signsOf.get(reading);
  if (known?.index === index) return known.signs;
  const { tokens } = claimWordsOf(index, reading);
  // readMentions finds kinds in its lemmas (each word's lemma, a number left as typed), and in them with the sides'
  // words left out: either way a kind's phrase starts at one of those words.
  const kind = tokens.some((t) => index.kinds.has(t.value === undefined ? index.lemma(t.word) : t.word));
  // Its places are the place phrases found left to right: each is the longest one starting at some word.
  const area = tokens.some((t, i) => index.places.has(t.word) && index.places.at(tokens, i)?.value.kind === 'area');
  const signs = { kind, area };
  signsOf.set(reading, { index, signs });
  return signs;
}
