import { defineIntent } from './definition.js';
import { messagesFor } from '../../i18n/index.js';
import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { answerFrom, line, listed, talksOf } from '../result.js';
import type { Answer, Knowledge } from '../types.js';

/** Every talk the articles report (the newest when there are many), with date, format, participants and source. */
export function answerTalks(k: Knowledge, reading: Reading): Answer {
  const m = messagesFor(reading.lang);
  const talks = talksOf(k, reading);
  const { shown, hidden } = listed(talks);
  return answerFrom('talks', reading.lang, [
    m.talksIntro(k.kb.talks.length, talks.length),
    ...shown.map((t) => line(m.talkEntry(t), [cite(t, t.when)])),
    hidden > 0 && m.earlierNotListed(hidden),
  ]);
}

export const talksIntent = defineIntent({
  name: 'talks',
  answer: answerTalks,
  decidesYesNo: false,
  aboutTheEvent: true,
  aboutPeople: false,
  aboutStatements: false,
  coverage: 'none',
  evidence: null,
  followUp: { asksAgain: true, sameAtAnotherTalk: false, needsNoSubject: false },
});
