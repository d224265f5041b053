// "the sea games 2022 were hosted by vietnam, right?", "Japan and Vietnam signed a deal on semiconductor supply
// chains": a word of the articles ("sea", "supply") as the first word of a compound whose head they never use
// ("games", "chains") names another thing, no more theirs than the head. A claim whose words of substance are mostly
// such, or never the articles', shares with them only a side ("Vietnam") and common words: it is no claim about the
// talks and has no verdict, as one naming a thing they never speak of has none (foreign-name.ts). What the talks
// speak of ties it to them: a person, an office, a format, a word for a talk, a name of theirs not so borrowed.
import type { Knowledge } from '../types.js';
import { articlesUse } from './articles-use.js';
import type { ClaimDetails } from './details.js';

/** The share of the claim's words of substance (places other than the sides, nouns) the articles must not use, at least. */
const FOREIGN_SHARE = 0.7;

/** Whether the claim speaks, through a compound, of a thing the articles never name, and of little else of theirs. */
export function foreignCompound(k: Knowledge, claim: ClaimDetails, talkNamed: boolean): boolean {
  const index = k.claims();
  const m = claim.mentions;
  if (talkNamed || claim.people.length > 0 || claim.roles.length > 0 || m.formats.length > 0) return false;
  const word = (i: number) => m.tokens[i]?.word ?? '';
  const content = new Set(m.content);
  // A noun the articles never use, right after the word before it (nothing between but a space): a compound's head.
  const head = (i: number) => {
    const before = m.tokens[i - 1];
    const at = m.tokens[i];
    if (!before || !at || !content.has(i) || !/^\s+$/u.test(m.text.slice(before.at + before.word.length, at.at))) return false;
    const w = word(i);
    return !index.general(w) && !index.talkWords.has(w) && !/\d/u.test(w) && !articlesUse(k, w);
  };
  // A word of the articles for a place or a kind of thing ("sea", "supply") that stands first in such a compound:
  // borrowed. Not a name of theirs ("vaccine doses" are the vaccines still), nor a word that only qualifies the head
  // ("international tourists").
  const lent = new Set<number>();
  for (const s of [...m.allPlaces.filter((p) => !p.place.side), ...m.kinds]) if (s.end - s.at === 1 && head(s.end)) lent.add(s.at);
  if (lent.size === 0) return false;
  // A name of the articles (a party, a topic, a document) ties it to them.
  if (m.names.length > 0) return false;
  const places = m.allPlaces.filter((p) => !p.place.side).map((p) => p.at);
  const substance = [...new Set([...places, ...m.content.filter((i) => !index.general(word(i)) && !/\d/u.test(word(i)))])];
  const unused = substance.filter((i) => lent.has(i) || !articlesUse(k, word(i)));
  return unused.length >= FOREIGN_SHARE * substance.length;
}
