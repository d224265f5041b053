// A statement that both says something and hopes for more ("China attaches great importance to its friendship with
// Vietnam, and hoped to keep promoting exchanges") reports the first part as said, not hoped: a word of hoping governs
// what follows it. A yes/no on that first part ("did Song Tao say China values ties?") is no hope unfulfilled.
import type { Statement } from '../facts/types.js';
import { HOPE_LEMMAS } from '../matching/cues.js';
import type { Concept } from '../matching/reading.js';
import { normalize } from '../matching/normalize.js';
import type { Knowledge } from './types.js';

/** Least weight of a concept of the question that names the act asked (synonyms count, loose relations do not). */
const ACT_WEIGHT = 0.6;

/**
 * Whether one of the question's act words (not a cue, not a name of a side or person) stands, lemmatised, in the
 * statement's quote or wording before its first word of hoping.
 */
export function saidBeforeHope(k: Knowledge, s: Statement, concepts: readonly Concept[]): boolean {
  const names = namesOf(k);
  const acts = new Set(concepts.filter((c) => !c.asking && c.weight >= ACT_WEIGHT && !HOPE_LEMMAS.includes(c.lemma) && !names.has(c.lemma)).map((c) => c.lemma));
  if (acts.size === 0) return false;
  const index = k.claims();
  return [s.quote, s.text].some((text) => {
    const lemmas = normalize(text).split(' ').filter((w) => w !== '').map((w) => index.lemma(w));
    const hope = lemmas.findIndex((l) => HOPE_LEMMAS.includes(l));
    return hope > 0 && lemmas.slice(0, hope).some((l) => acts.has(l));
  });
}

const NAMES = new WeakMap<Knowledge['kb'], ReadonlySet<string>>();
/** Every word of a side's, body's or person's English names ("china", "vietnam", "song"): lower-cased, read once. */
function namesOf(k: Knowledge): ReadonlySet<string> {
  let names = NAMES.get(k.kb);
  if (!names) {
    const terms = [...[...k.kb.organisations.values()].flatMap((o) => [...o.terms.en, ...o.sideTerms.en]), ...[...k.kb.people.values()].flatMap((p) => p.terms.en)];
    names = new Set(terms.flatMap((t) => normalize(t).split(' ')).filter((w) => w !== '').map((w) => k.claims().lemma(w)));
    NAMES.set(k.kb, names);
  }
  return names;
}
