// "If ties turned 70 in 2020, how many years old were they at the videoconference?": a count of years at a talk,
// counted on from an anniversary the articles number at an earlier talk ("the 70th founding anniversary"). The
// answer is what they say (the anniversary's sentence, both talks' dates) and the count on from it by the
// calendar, said to be counted, not reported. A question of the anniversary's own talk is answered by its sentence.
import type { Statement, Talk } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';
import { CALCULATION } from '../matching/cues.js';
import type { Reading } from '../matching/reading.js';
import { byDate } from '../facts/talk-order.js';
import { cite } from './citations.js';
import { answerFrom, line } from './result.js';
import type { Answer, Knowledge } from './types.js';

/** The number of an anniversary a statement gives ("the 70th founding anniversary": 70), or null. */
function anniversaryOf(s: Statement): number | null {
  const words = s.text.toLowerCase().split(/[^a-z0-9]+/u);
  const at = words.findIndex((w) => CALCULATION.anniversaries.has(w));
  if (at < 0) return null;
  // The ordinal just before, a word ("founding") or two between.
  for (const w of words.slice(Math.max(0, at - 3), at).reverse()) {
    const m = /^(\d{1,3})(?:st|nd|rd|th)$/u.exec(w);
    if (m) return Number(m[1]);
  }
  return null;
}

const yearOf = (t: Talk) => Number(t.date.slice(0, 4));

/** The answer counted on from an anniversary of a subject asked, at the later talks asked; null when there is none. */
export function answerYearsCounted(k: Knowledge, reading: Reading): Answer | null {
  // Only talks the question names: "建交多少周年那个是哪次提的" asks which talk gave the anniversary, no count on from it.
  const asked = reading.scope.talks ?? reading.formatTalks;
  const topics = new Set(reading.topics.map((t) => t.topic));
  const found = k.kb.talks.flatMap((talk) =>
    talk.statements.flatMap((s) => {
      const n = s.topics.some((t) => topics.has(t)) ? anniversaryOf(s) : null;
      return n === null ? [] : [{ talk, s, n }];
    }),
  );
  const [first] = found;
  if (!first) return null;
  const later = asked.filter((t) => yearOf(t) > yearOf(first.talk));
  if (later.length === 0) return null;
  const m = messagesFor(reading.lang);
  const talks = [...new Set([first.talk, ...later])].sort(byDate);
  return answerFrom('topic', reading.lang, [
    line(`${m.talkHeading(first.talk)}:`),
    line(m.bullet(m.statement(first.s)), [cite(first.talk, first.s)]),
    ...talks.map((t) => line(m.whenLine(t), [cite(t, t.when)])),
    ...later.map((t) => line(m.yearsCountedLine(first.n, yearOf(first.talk), t, yearOf(t) - yearOf(first.talk)), [cite(first.talk, first.s), cite(t, t.when)])),
  ]);
}
