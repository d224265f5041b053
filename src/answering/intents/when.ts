import { defineIntent } from './definition.js';
import type { Talk } from '../../facts/types.js';
import type { Span } from '../../i18n/messages.js';
import { messagesFor } from '../../i18n/index.js';
import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { answerFrom, line, listed, MAX_AGREEMENTS_LISTED, notAnswered, talksOf } from '../result.js';
import type { Answer, Knowledge } from '../types.js';
import { matchingAgreements } from './agreements.js';
import { answerTopic } from './topic.js';

/** Dates of the talks in scope; "when was X signed?" gets the date of the signing, "when did they discuss X?" the dated statements. */
export function answerWhen(k: Knowledge, reading: Reading): Answer {
  const m = messagesFor(reading.lang);
  const talks = talksOf(k, reading);
  const aboutAgreements = reading.aspects.aboutAgreement || reading.documents.length > 0;
  if (reading.topics.length > 0 && !aboutAgreements) return { ...answerTopic(k, reading), intent: 'when' };
  if (aboutAgreements) {
    // "Was it signed during the 2020 call? When was it signed?": a signing the talks in scope lack, that another talk
    // reports, is dated by that talk: the talk the asker named is a premise its date puts right.
    const inScope = matchingAgreements(k, talks, reading);
    const matched = inScope.total > 0 || talks.length === k.kb.talks.length ? inScope : matchingAgreements(k, k.kb.talks, reading);
    if (matched.total > 0) {
      // The newest signings when there are many, counted.
      const found = matched.found.slice(-MAX_AGREEMENTS_LISTED);
      return answerFrom('when', reading.lang, [
        ...found.map(({ talk, agreement }) => line(m.agreementWhen(agreement, talk), [cite(talk, agreement)])),
        matched.total > found.length && m.earlierAgreements(matched.total - found.length),
      ]);
    }
    // "When was the DOC signed?": a signing of something the question names that no talk reports is another event
    // than the talks; their dates would pass for its date.
    const other = reading.organisations.find((o) => !k.facts.own.has(o));
    const subject = other ? m.organisationShort(other) : (reading.topics[0]?.topic.labels[reading.lang] ?? null);
    if (subject !== null) {
      const word = reading.concepts.find((c) => c.asking)?.word.toLowerCase() ?? '';
      return { ...notAnswered('when', reading.lang, m.notGiven(word ? 'event' : 'date', word, subject)), lacksDetail: true };
    }
  }
  // "How long between the first and second talks?": an interval takes two talks, so a scope narrowed to one
  // (by "second") is widened to every talk.
  const { shown, hidden } = listed(reading.aspects.interval && talks.length < 2 ? k.kb.talks : talks);
  // "How long between the two talks?": from each talk listed to the next, counted from their dates.
  const gaps = reading.aspects.interval ? shown.slice(1).map((later, i) => ({ earlier: shown[i] as Talk, later })) : [];
  return answerFrom('when', reading.lang, [
    shown.length + hidden > 1 && m.talksWere(shown.length + hidden),
    ...shown.map((talk) => line(m.whenLine(talk), [cite(talk, talk.when)])),
    hidden > 0 && m.earlierNotListed(hidden),
    ...gaps.map(({ earlier, later }) => line(m.intervalLine(earlier, later, spanBetween(earlier.date, later.date)), [cite(earlier, earlier.when), cite(later, later.when)])),
  ]);
}

/** Days, and calendar years, months and days, from one ISO date to a later one. */
export function spanBetween(from: string, to: string): Span {
  const [y1 = 0, m1 = 0, d1 = 0] = from.split('-').map(Number);
  const [y2 = 0, m2 = 0, d2 = 0] = to.split('-').map(Number);
  const days = Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
  let months = (y2 - y1) * 12 + (m2 - m1);
  let rest = d2 - d1;
  if (rest < 0) {
    months--;
    // Days left in the month before the later date's month.
    rest += new Date(Date.UTC(y2, m2 - 1, 0)).getUTCDate();
  }
  const monthLength = new Date(Date.UTC(y2, m2 - 1, 0)).getUTCDate();
  const roundedUp = rest * 2 >= monthLength;
  const inMonths = months >= 12
    ? { months: roundedUp ? months + 1 : months, near: rest === 0 ? 'exact' as const : roundedUp ? 'below' as const : 'above' as const }
    : null;
  return { days, years: Math.floor(months / 12), months: months % 12, rest, inMonths };
}

export const whenIntent = defineIntent({
  name: 'when',
  answer: answerWhen,
  decidesYesNo: false,
  aboutTheEvent: true,
  aboutPeople: false,
  aboutStatements: false,
  coverage: 'none',
  evidence: null,
  followUp: { asksAgain: true, sameAtAnotherTalk: false, needsNoSubject: true },
});
