import { defineIntent } from './definition.js';
import { messagesFor } from '../../i18n/index.js';
import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { answerFrom, line, listed, talksOf } from '../result.js';
import type { Answer, Knowledge } from '../types.js';

/** The articles behind the answers: outlet, date, headline (or that there is none), dateline and key quotes. */
export function answerSource(k: Knowledge, reading: Reading): Answer {
  const m = messagesFor(reading.lang);
  const { shown, hidden } = listed(talksOf(k, reading));
  return answerFrom('source', reading.lang, [
    ...shown.map((t) =>
      line(m.sourceLine(t), [cite(t, t.when), ...t.participants.map((p) => cite(t, p)), ...t.agreements.filter((a) => a.kind === 'signed').map((a) => cite(t, a))]),
    ),
    hidden > 0 && m.earlierNotListed(hidden),
  ]);
}

export const sourceIntent = defineIntent({
  name: 'source',
  answer: answerSource,
  decidesYesNo: false,
  aboutTheEvent: false,
  aboutPeople: false,
  aboutStatements: false,
  coverage: 'none',
  evidence: null,
  followUp: { asksAgain: false, sameAtAnotherTalk: false, needsNoSubject: false },
});
