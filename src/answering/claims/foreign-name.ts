// "Vietnam won the AFF Championship in 2018", "Vietnam's GDP grew over 8% in 2022", "Hanoi's Cat Linh-Ha Dong metro
// line started carrying passengers": a claim about a named thing the articles never speak of, anywhere in it (not only
// its first word, as foreignSubject in check.ts reads). A side named ("Vietnam", "Hanoi") or a year matching a talk's
// is all it shares with them; that makes it no claim about the talks, so it has no verdict. What the talks speak of
// ties it to them: a person, an office, a format, a word for a talk, any name of the articles (a party, a topic such as
// the border gates or the vaccines, a document); so does a claim most of whose words of substance they use
// ("reopen border gates with Lang Son province": the name is of the place where something they report happened).
import type { Knowledge } from '../types.js';
import { articlesUse } from './articles-use.js';
import type { ClaimDetails } from './details.js';

/** The share of the claim's words of substance (names and nouns) the articles must not use, at least. */
const FOREIGN_SHARE = 0.7;

/** Whether the claim names a thing no sentence of the articles speaks of, and little else of theirs. */
export function foreignName(k: Knowledge, claim: ClaimDetails, talkNamed: boolean): boolean {
  const index = k.claims();
  const m = claim.mentions;
  if (talkNamed || claim.people.length > 0 || claim.roles.length > 0 || m.formats.length > 0 || m.names.length > 0) return false;
  const word = (i: number) => m.tokens[i]?.word ?? '';
  // Typed as a name (a capital inside the sentence, an acronym) and in no sentence of any talk.
  if (![...m.proper].some((i) => !articlesUse(k, word(i)))) return false;
  const substance = m.content.map(word).filter((w) => !index.general(w) && !/\d/u.test(w));
  if (substance.length === 0) return false;
  return substance.filter((w) => !articlesUse(k, w)).length >= FOREIGN_SHARE * substance.length;
}
