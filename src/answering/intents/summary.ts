import { defineIntent } from './definition.js';
import { CUES } from '../../matching/cues.js';
import type { Talk, Topic } from '../../facts/types.js';
import { messagesFor } from '../../i18n/index.js';
import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { answerFrom, line, listed, talksOf } from '../result.js';
import type { Answer, Knowledge } from '../types.js';

const topicCache = new WeakMap<Talk, readonly Topic[]>();

/** The topics raised at a talk, in the order they first come up (computed once per talk). */
export function topicsOf(talk: Talk): readonly Topic[] {
  let topics = topicCache.get(talk);
  if (!topics) {
    topics = [...new Set(talk.statements.flatMap((s) => s.topics))];
    topicCache.set(talk, topics);
  }
  return topics;
}

export function answerSummary(k: Knowledge, reading: Reading): Answer {
  const m = messagesFor(reading.lang);
  const { shown, hidden } = listed(talksOf(k, reading));
  return answerFrom('summary', reading.lang, [
    ...shown.map((t) => line(m.summaryLine(t, topicsOf(t)), [cite(t, t.summary)])),
    hidden > 0 && m.earlierNotListed(hidden),
  ]);
}

export const summaryIntent = defineIntent({
  name: 'summary',
  answer: answerSummary,
  decidesYesNo: false,
  aboutTheEvent: true,
  aboutPeople: false,
  aboutStatements: false,
  coverage: 'none',
  // A summary reports what was signed too: its words ask nothing further.
  evidence: { ownWords: [...CUES.summary, ...CUES.summaryStrong, ...CUES.agreements, ...CUES.agreementsWeak], topicPicksTalk: false },
  followUp: { asksAgain: true, sameAtAnotherTalk: true, needsNoSubject: false },
});
