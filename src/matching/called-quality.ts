// "Was the party channel called important in the 2022 talks?": "called" in a passive whose clause a be-form opens
// characterises its subject ("described as", "termed"): no phone call, so it reads no talk format. The format must come
// from a word of the format ("the call", "by phone"). The quality is then checked against the statements like any
// other yes/no. A phone call stays one where the passive has its caller ("was Song Tao called by Quan?") or where
// "called" has a person or side after it ("is it true Quan called Song Tao?").
import { CALL_CLAUSE_BREAKS, CALL_PASSIVE_BE, STOP_WORDS } from './cues.js';
import type { Token } from './tokens.js';

/**
 * Whether "called" at `at` is a passive characterising its subject: a be-form earlier in its clause with no word
 * opening another clause between, no "what"/"how" before (those ask a name: "what is it called?"), and after it a
 * content word that is no one named (`namedAt`: a person or side starts there).
 */
export function calledAsQuality(tokens: readonly Token[], at: number, namedAt: (at: number) => boolean): boolean {
  if (tokens[at]?.text !== 'called') return false;
  const next = tokens[at + 1]?.text;
  if (next === undefined || STOP_WORDS.has(next) || namedAt(at + 1)) return false;
  for (let k = at - 1; k >= 0; k--) {
    const w = tokens[k]?.text ?? '';
    if (w === 'what' || w === 'how' || CALL_CLAUSE_BREAKS.has(w)) return false;
    if (CALL_PASSIVE_BE.has(w)) return true;
  }
  return false;
}
