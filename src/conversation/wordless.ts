// "}}}{{{ ??? 12345" after an on-topic question: a message with no letter that the reader alone finds no word in
// (keyboard noise, a stray number among symbols) points at nothing of the conversation. Taken as a follow-up, the
// last answer was said again with its number named as missing. It is answered as it is alone (the notice to ask in
// words). A bare figure or year that reads alone ("2020?", "235000?") still continues the conversation.
import type { ReadResult } from '../matching/reading.js';

/** Whether a message has no letter and, read alone, no word at all (the reader's "empty"). */
export function wordless(q: string, readAlone: (q: string) => ReadResult): boolean {
  if (/\p{L}/u.test(q)) return false;
  const alone = readAlone(q);
  return alone.kind === 'refusal' && alone.refusal.kind === 'empty';
}
