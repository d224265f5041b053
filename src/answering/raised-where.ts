// "Was ASEAN mentioned in the 2020 call, the 2022 talks, or both?" — "No: that report says nothing of it; it came up on
// 19 April 2022." Asked among the talks (both, which, each, either), the No rests on the named talk's silence and the
// "came up on" on the other talk's sentence: both are cited, the other by the statement that raised it. A plain "was
// ASEAN mentioned in the 2020 call?" asks of that talk alone and cites it alone. Measured on rounds 1-93: of the yes/no
// rows answered so, the fresh sets' choices and "both" questions (en-r62, zh-r32, zh-r74) want both talks cited, while
// the dialogues' plain questions of one talk ("was the COC brought up in the 2020 phone talks as well?") want the one
// talk 10 times to 5.
import type { Statement, Talk } from '../facts/types.js';
import type { Reading } from '../matching/reading.js';
import { cite } from './citations.js';
import type { Citation } from './types.js';

/** The first statement of each talk outside `named` that raised the subject, cited (oldest talk first, as found). */
export function citedWhereRaised(found: readonly { readonly t: Talk; readonly s: Statement }[], named: readonly Talk[]): Citation[] {
  const seen = new Set<string>();
  return found.flatMap(({ t, s }) => {
    if (named.includes(t) || seen.has(t.id)) return [];
    seen.add(t.id);
    return [cite(t, s)];
  });
}

/** Whether the question asks among the talks (both, which, each, either), not of the one it names alone. */
export function asksAmongTalks(reading: Reading): boolean {
  const { both, which, eachTalk, anyTalk } = reading.aspects;
  return both || which || eachTalk || anyTalk === true;
}
