import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { answered, listed, MAX_AGREEMENTS_LISTED, talksOf } from '../result.js';
import type { Answer, Knowledge } from '../types.js';
import { capitalise, longDate, names } from '../wording.js';
import { matchingAgreements } from './agreements.js';
import { answerTopic } from './topic.js';

/** Dates of the talks in scope; "when was X signed?" gets the date of the signing, "when did they discuss X?" the dated statements. */
export function answerWhen(k: Knowledge, reading: Reading): Answer {
  const talks = talksOf(k, reading);
  const aboutAgreements = reading.aspects.aboutAgreement || reading.documents.length > 0;
  if (reading.topics.length > 0 && !aboutAgreements) return { ...answerTopic(k, reading), intent: 'when' };
  if (aboutAgreements) {
    const matched = matchingAgreements(k, talks, reading);
    if (matched.total > 0) {
      // The newest signings when there are many, counted.
      const found = matched.found.slice(-MAX_AGREEMENTS_LISTED);
      const lines = found.map(({ talk, agreement }) =>
        `${capitalise(agreement.text)}: ${agreement.kind} on ${longDate(talk.date)} by ${names(agreement.parties)}, during ${talk.format.label}.`,
      );
      const more = matched.total > found.length ? [`(${matched.total - found.length} earlier ones not listed.)`] : [];
      return answered('when', [...lines, ...more].join('\n'), found.map(({ talk, agreement }) => cite(talk, agreement)));
    }
  }
  const { shown, note } = listed(talks);
  const lines = shown.map((talk) => `${capitalise(talk.format.label)} between ${names(talk.participants.map((p) => p.person))}: ${longDate(talk.date)}.`);
  const intro = talks.length > 1 ? `There were ${talks.length} talks:` : null;
  return answered('when', [intro, ...lines, note].filter(Boolean).join('\n'), shown.map((talk) => cite(talk, talk.when)));
}
