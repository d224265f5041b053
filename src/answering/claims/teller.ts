// Who told whom, where the teller is described rather than named: "…, Vietnam's Party envoy told Song Tao". The
// person named right after a verb of saying is the one told; the teller is the official of the side named before
// the verb (a side, then a word for an official: "envoy", "official", "delegate"). A sentence whose speaker is of
// that side reports what the claim says, though the one person the claim names is not its speaker.
import type { Organisation, Person } from '../../facts/types.js';
import type { ClaimIndex } from './claim-index.js';
import { partyNamedAt } from './direction.js';
import type { Mentions } from './mentions.js';

export interface Teller {
  /** The side whose official tells. */
  readonly side: Organisation;
  /** The people named as told. */
  readonly told: ReadonlySet<Person>;
}

/** Words between the verb of saying and the person told ("told his counterpart Song Tao"). */
const TOLD_REACH = 3;
/** Words between the side and the word for its official ("Vietnam's Party envoy"). */
const SIDE_REACH = 3;

/** The teller described by side and post before a verb of saying, and the people named as told right after it. */
export function tellerOf(index: ClaimIndex, m: Mentions): Teller | null {
  const word = (i: number) => m.tokens[i]?.word ?? '';
  // A word for an official, as the lexicon gives one ("envoy" → official).
  const official = (i: number) => !index.general(word(i)) && index.meanings(word(i)).some((l) => index.attendees.has(l));
  const filler = (i: number) => index.functionWords.has(word(i)) || index.talkWords.has(word(i));
  for (let v = 1; v < m.tokens.length; v++) {
    if (!index.speech.has(word(v)) || !official(v - 1)) continue;
    // The side a few words before the official ("Vietnam's top party diplomat"), no one named between.
    let side: Organisation | null = null;
    for (let k = v - 2; k >= Math.max(0, v - 1 - SIDE_REACH) && !side; k--) {
      if (m.names.some((n) => n.named.kind === 'person' && k >= n.at && k < n.end)) break;
      side = partyNamedAt(index, m, k);
    }
    if (!side) continue;
    const told = new Set<Person>();
    for (const n of m.names) {
      if (n.named.kind !== 'person' || n.at <= v || n.at > v + TOLD_REACH) continue;
      if (m.tokens.slice(v + 1, n.at).every((_, k) => filler(v + 1 + k))) told.add(n.named.person);
    }
    // The one told is of the other side: a side's official telling its own is no report of the talks' exchange.
    if (told.size > 0 && [...told].every((p) => p.party !== side)) return { side, told };
  }
  return null;
}
