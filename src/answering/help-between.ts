// "Who helped whom in each talk, and with what?": at each talk, what its report says one side did for the other: the
// statements said by one side whose own words help or support (matching/help-between.ts reads the question). A talk
// whose report has none is said to, as a choice among the talks would.
import type { Statement } from '../facts/types.js';
import { byDate } from '../facts/talk-order.js';
import { messagesFor } from '../i18n/index.js';
import { HELP_BETWEEN } from '../matching/cues.js';
import { asksHelpBetween } from '../matching/help-between.js';
import type { Reading } from '../matching/reading.js';
import { cite } from './citations.js';
import { answerFrom, asksOfEachTalk, line, type Line } from './result.js';
import type { Answer, Knowledge } from './types.js';

export function answerHelpBetween(k: Knowledge, reading: Reading): Answer | null {
  if (reading.aspects.yesNo || !asksHelpBetween(reading.said.words)) return null;
  const talks = [...(reading.scope.talks && reading.scope.talks.length > 0 ? reading.scope.talks : k.kb.talks)].sort(byDate);
  // One side's act for the other: a statement both sides made ("exchanges have been maintained, helping trade") is none.
  const oneSide = (s: Statement) => new Set(s.speakers.map((p) => p.party)).size === 1;
  const helps = (s: Statement) => HELP_BETWEEN.lemmas.some((l) => k.facts.ofStatement(s)?.lemmas.has(l) === true);
  // A subject named ("who thanked who for help with the floods?") keeps the help on it, at the talks that report it.
  // Not when every talk is asked of (each talk's help is the answer, whatever a word of it names: "aid" is the
  // supplies' topic too), nor a subject named by the very word of helping.
  const each = asksOfEachTalk(reading, talks) || (reading.scope.talks?.length ?? 0) > 1;
  const asked = new Set(each ? [] : reading.topics.filter((t) => !HELP_BETWEEN.verbs.has(t.words.toLowerCase())).map((t) => t.topic));
  const onSubject = (s: Statement) => asked.size === 0 || s.topics.some((t) => asked.has(t));
  const found = talks
    .map((t) => ({ t, statements: t.statements.filter((s) => oneSide(s) && helps(s) && onSubject(s)) }))
    .filter((f) => f.statements.length > 0 || asked.size === 0);
  if (found.every((f) => f.statements.length === 0)) return null;
  const m = messagesFor(reading.lang);
  return answerFrom(
    'topic',
    reading.lang,
    found.flatMap(({ t, statements }): Line[] =>
      statements.length === 0
        ? [line(m.notInReport(t), [cite(t, t.format)])]
        : [line(`${m.talkHeading(t)}:`), ...statements.map((s) => line(m.bullet(m.statement(s)), [cite(t, s)]))],
    ),
  );
}
