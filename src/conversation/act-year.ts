// "是2021年宣布的吗？" after the medical supplies announced, "were they signed in 2020?" after the documents signed on
// 19 April 2022: a yes/no asked as a copula ("was it … in YEAR", "是…年…的") about when the conversation's thing was
// said or signed, naming a year and nothing of its own, checks the date of the one talk where that happened. Read
// alone, a year of no talk is refused as no talks then, and a year of the other talk is answered of that talk ("No.
// 29 July 2020: no document signed"), citing the talk the question denies; it is the conversation's talk, checked:
// "No: 19 April 2022, not 2021."
import type { Talk } from '../facts/types.js';
import type { Reading } from '../matching/reading.js';
import type { Resolved } from './context.js';
import type { Cues } from './cues.js';
import { spansYears } from './document-period.js';

/** Years written as four digits (not parts of longer numbers). */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;

/**
 * The one year such a question claims of the conversation's one talk's act, when it is not that talk's year; null
 * when the question is not one (no copula, no act of saying or signing, something named of its own, a span of years,
 * "as well", a conversation of more than one talk or nothing said or signed there, or a year whose talk raised the
 * conversation's subject too).
 */
export function actYearClaimed(q: string, found: Cues, r: Reading, prior: Resolved, talks: readonly Talk[]): number | null {
  const [talk, ...more] = prior.talks;
  if (!talk || more.length > 0 || !found.copula || found.namesTalks || found.same || spansYears(q)) return null;
  // The act the year is asked of: its words said (announced, raised) or documents of the conversation's signed there.
  const signed = r.intent === 'agreements' && prior.documents.length > 0 && prior.documents.every((d) => talk.agreements.includes(d));
  const said = found.saying && prior.topics.length > 0 && talk.statements.some((s) => s.topics.some((t) => prior.topics.includes(t)));
  if (!signed && !said) return null;
  // Nothing of its own: no person, side, subject or document the conversation does not hold.
  if (r.people.length + r.sidesNamed.length > 0) return null;
  if (r.topics.some((t) => !prior.topics.includes(t.topic)) || r.documents.some((d) => !prior.documents.includes(d))) return null;
  const years = [...new Set(q.match(YEAR) ?? [])].map(Number);
  const [year, ...others] = years;
  if (year === undefined || others.length > 0 || Number(talk.date.slice(0, 4)) === year) return null;
  // Not where the subject came up at the talk of that year too ("was it mentioned at all in 2022?" of COVID): whether
  // it was raised there is asked, which that talk's own words answer.
  const raisedThen = talks.some((t) => Number(t.date.slice(0, 4)) === year && t.statements.some((s) => s.topics.some((x) => prior.topics.includes(x))));
  return raisedThen ? null : year;
}
