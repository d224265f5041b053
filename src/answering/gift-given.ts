// "Did China hand Vietnam anything during the 2022 talks?", "2022年中方有没有送给越方什么东西？": whether a side gave
// anything, asked of a talk. Read as the talk by name, such a question gets the talk's summary with no Yes; but the
// report answers it, with the figure of that side's gift (data/talks `figures`, each with its giver). Yes, then the
// sentence reporting the gift. Only a gift the talk's report gives a figure of answers: a side with none there is
// left to the summary (the report not mentioning a gift does not say none was made).
import type { Organisation, Talk } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';
import type { Reading } from '../matching/reading.js';
import { cite } from './citations.js';
import { readDetails } from './claims/details.js';
import { answerFrom, line } from './result.js';
import type { Answer, Knowledge } from './types.js';

/** Words asking for any thing given ("anything", "something"; "what" of "什么东西", "gì"): `claims.indefinites`, and "what". */
const ASKING_WHAT = 'what';

/**
 * The answer "Yes." and the gift's sentence at each talk asked about, when the yes/no question asks whether a side gave
 * anything (a verb of giving, `claims.giving.give`, with no thing named but an indefinite one) and the talk's report
 * gives a figure of that side's gift. Null otherwise, or when the reply already leads with Yes or No.
 */
export function giftGiven(k: Knowledge, reading: Reading, reply: Answer): Answer | null {
  if (!reading.aspects.yesNo || reply.intent !== 'summary' || !reply.answered) return null;
  const index = k.claims();
  const words = reading.said.words;
  if (!words.some((w) => index.indefinites.has(w) || w === ASKING_WHAT)) return null;
  const giver: Organisation | null = readDetails(index, reading).giving?.giver ?? null;
  if (!giver) return null;
  const talks: readonly Talk[] = reading.scope.talks ?? [];
  const m = messagesFor(reading.lang);
  const lines = talks.flatMap((talk) => {
    // The giver as a party: a body of that side ("the International Liaison Department") gives for it.
    const gifts = talk.figures.filter((f) => index.partyOf({ kind: 'organisation', organisation: f.from }) === giver);
    const said = gifts.flatMap((f) => talk.statements.filter((s) => s.quote.includes(f.quote) || f.quote.includes(s.quote)));
    return said.length === 0 ? [] : [line(`${m.talkHeading(talk)}:`), ...said.map((s) => line(m.bullet(m.statement(s)), [cite(talk, s)]))];
  });
  // Asked of every talk ("both times"), each must report one: a Yes true of some talks only is no Yes.
  if (lines.length === 0 || (reading.aspects.both && lines.filter((l) => l.cites.length === 0).length < talks.length)) return null;
  return answerFrom('summary', reading.lang, [line(m.yes), ...lines]);
}
