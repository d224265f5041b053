// The kinds of thing the articles' sentences name, by group ("disaster": flood, epidemic): a kind a question names
// can be given otherwise only where some sentence names another member of its group (compare.ts), so a question
// naming only kinds no sentence could gainsay needs no sentence compared to tell (the premise check skips it).
import type { Knowledge } from '../types.js';
import type { ClaimIndex, Kind } from './claim-index.js';

/** Per claim index (one per knowledge base): the members each group's kinds take in any sentence of any talk. */
const reported = new WeakMap<ClaimIndex, ReadonlyMap<string, ReadonlySet<string>>>();

function membersByGroup(k: Knowledge): ReadonlyMap<string, ReadonlySet<string>> {
  const index = k.claims();
  const known = reported.get(index);
  if (known) return known;
  const out = new Map<string, Set<string>>();
  for (const talk of k.kb.talks) {
    for (const s of index.evidence(talk).sentences) {
      for (const x of s.mentions.kinds) {
        const members = out.get(x.kind.group) ?? new Set<string>();
        members.add(x.kind.member);
        out.set(x.kind.group, members);
      }
    }
  }
  reported.set(index, out);
  return out;
}

/**
 * Whether some sentence names a kind of `kind`'s group that it neither is nor covers, said specifically (not the
 * group's own word, which agrees with any member): only such a sentence can give it otherwise.
 */
export function mayBeGainsaid(k: Knowledge, kind: Kind): boolean {
  if (kind.member === kind.group) return false;
  for (const member of membersByGroup(k).get(kind.group) ?? []) {
    if (member !== kind.group && member !== kind.member && !(kind.covers?.includes(member) ?? false)) return true;
  }
  return false;
}
