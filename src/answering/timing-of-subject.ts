// "2022年双方有没有定下疫苗护照互认的具体时间表？", "did they set a timetable for vaccine passports?": a deadline or timetable
// asked of a subject the articles report. They set none (no date beyond the talks' own): the refusal says so of that
// subject, then what they do report on it, uncited, so that the mention of the subject reads as no Yes.
import type { Messages } from '../i18n/messages.js';
import type { Reading } from '../matching/reading.js';
import { answerTopic } from './intents/topic.js';
import { notAnswered } from './result.js';
import type { Answer, Knowledge } from './types.js';

/** The refusal of a timetable asked of the question's subject, with what was said on it; null with no subject said. */
export function timingOfSubject(k: Knowledge, reading: Reading, m: Messages): Answer | null {
  const subject = reading.topics[0]?.topic.labels[reading.lang];
  if (subject === undefined) return null;
  // The subject's own statements: the words of setting a date ("set", "定下") pick none of them.
  const said = answerTopic(k, { ...reading, intent: 'topic', concepts: [], aspects: { ...reading.aspects, yesNo: false } });
  if (!said.answered) return null;
  return notAnswered(reading.intent, reading.lang, [m.notGiven('timing', '', subject), ...said.lines.map((l) => l.text)]);
}
