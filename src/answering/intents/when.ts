import { messagesFor } from '../../i18n/index.js';
import type { Talk } from '../../facts/types.js';
import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { answerFrom, line, listed, MAX_AGREEMENTS_LISTED, talksOf } from '../result.js';
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
    const matched = matchingAgreements(k, talks, reading);
    if (matched.total > 0) {
      // The newest signings when there are many, counted.
      const found = matched.found.slice(-MAX_AGREEMENTS_LISTED);
      return answerFrom('when', reading.lang, [
        ...found.map(({ talk, agreement }) => line(m.agreementWhen(agreement, talk), [cite(talk, agreement)])),
        matched.total > found.length && m.earlierAgreements(matched.total - found.length),
      ]);
    }
  }
  const { shown, hidden } = listed(talks);
  return answerFrom('when', reading.lang, [
    talks.length > 1 && m.talksWere(talks.length),
    ...shown.map((talk) => line(m.whenLine(talk), [cite(talk, talk.when)])),
    hidden > 0 && m.earlierNotListed(hidden),
    reading.aspects.interval === true && talks.length > 1 && interval(m, talks),
  ]);
}

/** "How far apart were the talks?": from the first date to the last, counted from the dates themselves. */
function interval(m: ReturnType<typeof messagesFor>, talks: readonly Talk[]): string {
  const dates = talks.map((t) => t.date).sort();
  const [from, to] = [dates[0] ?? '', dates[dates.length - 1] ?? ''];
  const [y1, m1, d1] = from.split('-').map(Number);
  const [y2, m2, d2] = to.split('-').map(Number);
  let months = ((y2 ?? 0) - (y1 ?? 0)) * 12 + ((m2 ?? 0) - (m1 ?? 0)) - ((d2 ?? 0) < (d1 ?? 0) ? 1 : 0);
  months = Math.max(0, months);
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  return m.interval(Math.floor(months / 12), months % 12, days);
}
