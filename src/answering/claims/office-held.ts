// "Did the General Secretary represent Vietnam in 2020?", "2020年越方出面通话的是总书记本人吗？": an office (the lexicon's
// kinds of office, data/lexicon/en.json `claims.kinds.office`) that the claim makes act for a side or take part in a
// talk is true only when a participant of that talk held it. The articles may mention that office elsewhere ("the
// common perceptions reached by their Party leaders"), which says nothing of who took part: a Yes resting on such a
// sentence would be confidently wrong. The participants of the side named (of both, with none named) are who did.
import type { Organisation, Participant, Talk } from '../../facts/types.js';
import { normalize } from '../../matching/normalize.js';
import type { ClaimIndex } from './claim-index.js';
import type { ClaimDetails } from './details.js';
import { partyAtToken } from './direction.js';

/** The office a claim puts at a talk that none of its participants held, with who took part instead. */
export interface OfficeNotHeld {
  readonly talk: Talk;
  /** The claim's words for the office ("general secretary"). */
  readonly claimed: string;
  /** The participants of the side named (or of every side) at that talk. */
  readonly participants: readonly Participant[];
}

const OFFICE = 'office';

/** Whether a participant's role, read by the lexicon's kinds, is that office. */
function holds(index: ClaimIndex, p: Participant, member: string): boolean {
  const tokens = normalize(p.role)
    .split(' ')
    .filter((w) => w !== '')
    .map((w, at) => ({ word: index.lemma(w), at }));
  return index.kinds.all(tokens).some((h) => h.value.group === OFFICE && h.value.member === member);
}

/**
 * Of a yes/no claim naming no one, an office said beside a word of representing or taking part: the first talk asked
 * about whose participants (of the side the claim names) none held it. Null when the claim names a person (his own
 * post is checked as a role), says neither word, or a participant held the office.
 */
export function officeNotHeld(index: ClaimIndex, claim: ClaimDetails, talks: readonly Talk[]): OfficeNotHeld | null {
  const m = claim.mentions;
  if (claim.people.length > 0 || talks.length === 0) return null;
  const office = m.kinds.find((k) => k.kind.group === OFFICE);
  if (!office) return null;
  // "Party leaders", "top leaders": a word that may name any official who took part is no office of its own.
  if (m.tokens.slice(office.at, office.end).some((t) => index.attendees.at([t], 0) !== null)) return null;
  const acting = index.representing.all(m.tokens).length + index.attending.all(m.tokens).length > 0;
  if (!acting) return null;
  const sides = new Set<Organisation>();
  m.tokens.forEach((_, i) => {
    const party = partyAtToken(index, m, i);
    if (party) sides.add(party);
  });
  for (const talk of talks) {
    const named = talk.participants.filter((p) => sides.size === 0 || sides.has(p.party));
    const participants = named.length > 0 ? named : talk.participants;
    if (participants.some((p) => holds(index, p, office.kind.member))) return null;
    return { talk, claimed: m.tokens.slice(office.at, office.end).map((t) => t.word).join(' '), participants };
  }
  return null;
}
