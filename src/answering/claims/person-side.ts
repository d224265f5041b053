// Whose side a person spoke for. A claim that someone acted for a side ("Song Tao spoke for the Vietnamese side",
// "Tống Đào đại diện phía Việt Nam", "黎怀忠代表中方") says which party he belongs to: the articles give each
// participant's party, so that side is checked against his, whatever the claim says he did there.
import type { Organisation, Person } from '../../facts/types.js';
import type { ClaimIndex } from './claim-index.js';
import { partyAtToken } from './direction.js';
import type { Mentions } from './mentions.js';

/** A person said to act for a party. */
export interface PersonSide {
  readonly person: Person;
  readonly party: Organisation;
}

/** Words between the person and the word of representing ("Song Tao, who spoke for", "宋涛是代表"). */
const VERB_REACH = 4;
/** Words between the word of representing and the side ("on behalf of the Vietnamese side"). */
const SIDE_REACH = 3;

/**
 * The person a claim makes act for a side: the one person named last before a word of representing (data/lexicon/en.json
 * `representing`), in the same clause, and the party named right after it. Null when there is no such word, nobody
 * named before it, or no side after it.
 */
export function readPersonSide(index: ClaimIndex, m: Mentions): PersonSide | null {
  const pause = (i: number) => /[,.;:!?()]/.test(m.text.slice((m.tokens[i]?.at ?? 0) + (m.tokens[i]?.word.length ?? 0), m.tokens[i + 1]?.at ?? 0));
  for (const hit of index.representing.all(m.tokens)) {
    let person: Person | null = null;
    for (let i = hit.at - 1; i >= Math.max(0, hit.at - VERB_REACH) && !pause(i) && !person; i--) {
      const named = m.names.find((n) => i >= n.at && i < n.end);
      if (named?.named.kind === 'person') person = named.named.person;
      else if (named) break;
    }
    if (!person) continue;
    const end = hit.at + hit.length;
    for (let i = end; i < Math.min(m.tokens.length, end + SIDE_REACH); i++) {
      const party = partyAtToken(index, m, i);
      if (party) return { person, party };
      if (pause(i)) break;
    }
  }
  return null;
}
