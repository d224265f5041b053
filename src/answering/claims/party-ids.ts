// The ids of every party at the talks: the same for every claim, so gathered once per list of talks (a scan of a
// thousand talks for each claim was most of the sided-stranger check's cost).
import type { Talk } from '../../facts/types.js';

const ofTalks = new WeakMap<readonly Talk[], ReadonlySet<string>>();

export function partyIds(talks: readonly Talk[]): ReadonlySet<string> {
  let ids = ofTalks.get(talks);
  if (ids === undefined) {
    ids = new Set(talks.flatMap((t) => t.participants.map((p) => p.party.id)));
    ofTalks.set(talks, ids);
  }
  return ids;
}
