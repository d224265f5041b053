// "Was vaccine recognition raised in the 2020 call?" — "No: that report says nothing of it; it came up on 19 April
// 2022 (raised by Trung)." The No rests on the named talk's silence, the "came up on" on the other talk's sentence:
// the answer cites both, the other by the statement that raised it. Every such yes/no row of rounds 1-93 (7) expected
// the talk it came up at cited; none expected the named talk alone.
import type { Statement, Talk } from '../facts/types.js';
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
