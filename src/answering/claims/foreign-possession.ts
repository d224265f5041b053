// "Vietnam's coffee exports hit a record value last year": a claim about a thing of a side ("Vietnam's …") that the
// articles never speak of. Its side is named in nearly every sentence, and a word of the rest may name a subject they
// do report ("exports", trade): neither makes the claim related. What it is about is the thing the side owns, read from
// its first word of substance right after the side; a word no sentence of any talk uses ("coffee", "rice") makes it
// another thing, so the claim has no verdict, as one about a name the articles never use has none (check.ts).
import type { Knowledge } from '../types.js';
import { articlesUse } from './articles-use.js';
import type { ClaimDetails } from './details.js';

/** Words after the first of the owned thing's phrase that may still be its head ("summer 2020 floods"). */
const PHRASE_REACH = 3;
/** The possessive ending right after the side's name. */
const POSSESSIVE = /^['’]s?\b/u;

/** Whether the claim opens with a side whose thing, named right after it, no sentence of the articles speaks of. */
export function foreignPossession(k: Knowledge, claim: ClaimDetails, talkNamed: boolean): boolean {
  const index = k.claims();
  const m = claim.mentions;
  // A talk, a format or a person named ties the claim to the talks, whatever else it says.
  if (talkNamed || claim.people.length > 0 || m.formats.length > 0) return false;
  const side = m.allPlaces.find((p) => p.at === 0 && p.place.side);
  if (!side) return false;
  // Owned, as typed ("Vietnam's", "China’s"): a side that acts ("Vietnam flags…", "China shipped…") is no owner.
  const last = m.tokens[side.end - 1];
  if (!last || !POSSESSIVE.test(m.text.slice(last.at + last.word.length))) return false;
  // A name, an office or another kind of a thing ("Vietnam's ambassador") right after it is the articles' to compare.
  // Past a date that tells when ("China's summer 2020 floods"): the thing is what follows.
  let at = side.end;
  for (let d = m.dates.find((x) => x.at <= at && at < x.end); d; d = m.dates.find((x) => x.at <= at && at < x.end)) at = d.end;
  const word = m.tokens[at]?.word ?? '';
  if (!m.content.includes(at) || m.proper.has(at) || index.general(word) || /\d/u.test(word)) return false;
  if (m.names.some((n) => at >= n.at && at < n.end)) return false;
  // A kind of a thing the articles compare (floods, an office) in the phrase it opens: "China's summer 2020 floods" is
  // about the floods, "summer" only when they were.
  if (m.kinds.some((x) => x.end > at && x.at <= at + PHRASE_REACH)) return false;
  return !articlesUse(k, word);
}
