// A claim that names the talks only as the time of what it says ("right after the July 2020 call, Vietnam sent
// flood relief money…", "Song Tao visited Hanoi in person between the 2020 and 2022 talks") is of another act than
// the talks. Who acted in it, where and in what format are that act's, so the talks' own participants, place and
// format cannot contradict it: at most the talks relate to it. What it says of a subject the talks spoke of (a
// status, a kind, a number: "after the April 2022 talks, China and ASEAN completed the COC") still can, and so can
// the date it gives the talks it is timed by.
import type { ClaimDetails, DetailKind } from './details.js';

/** Details of a talk as an event, which another act at another time has of its own. */
const OF_THE_EVENT: ReadonlySet<DetailKind> = new Set(['person', 'role', 'format', 'place']);

/** Whether a sentence's conflicts with the claim are only of the talk as an event, in a claim of an act timed by the talks. */
export function otherActOnly(claim: ClaimDetails, conflicts: readonly { readonly kind: DetailKind }[]): boolean {
  return claim.mentions.timed && conflicts.length > 0 && conflicts.every((c) => OF_THE_EVENT.has(c.kind));
}
