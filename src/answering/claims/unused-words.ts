// "messi finally won the world cup with argentina in 2022": a claim that names nothing of the talks (no person, side,
// party, format, word for a talk) and none of whose words of substance any sentence of the articles uses. Only its
// year may match a talk's, which makes it no claim about that talk: it has no verdict, as one about a name the
// articles never use has none (foreignSubject in check.ts).
import type { Knowledge } from '../types.js';
import { articlesUse } from './articles-use.js';
import type { ClaimDetails } from './details.js';

/** Whether the claim names nothing of the talks but a date, and none of its words of substance is the articles'. */
export function unusedWords(k: Knowledge, claim: ClaimDetails, talkNamed: boolean): boolean {
  const index = k.claims();
  const m = claim.mentions;
  if (talkNamed || claim.people.length > 0 || m.formats.length > 0 || m.names.length > 0 || m.allPlaces.length > 0) return false;
  // Only a date can tie it to a talk; without one (a follow-up, "was it for help after an earthquake?") the
  // conversation's talk is what it speaks of. A kind of thing the articles compare (floods, an earthquake) is a detail.
  if (m.dates.length === 0 || m.kinds.length > 0) return false;
  const substance = m.content.map((i) => m.tokens[i]?.word ?? '').filter((w) => !index.general(w) && !/\d/u.test(w));
  if (substance.length === 0) return false;
  return !substance.some((w) => articlesUse(k, w));
}
