// "Ngoài hai văn kiện, văn kiện thứ ba … là gì?": a document beyond those signed, asked beside the ones the question
// sets aside ("besides the two"), takes for granted that there were more: a count premise, put right ("no third") and
// answered with what was signed. "What was the third document?" alone asks only of a document that is not there and
// stays refused (the blind sets' expectation).
import type { Reading } from '../matching/reading.js';
import { corrected } from './premise.js';
import type { Answer } from './types.js';

/** The documents signed, led by the correction `noSuch` ("…so there is no third"); null unless documents are set aside. */
export function beyondThoseSetAside(reading: Reading, noSuch: string, ask: (r: Reading) => Answer): Answer | null {
  if (reading.aspects.besides !== true || reading.aspects.yesNo) return null;
  const signed = ask({ ...reading, intent: 'agreements', aspects: { ...reading.aspects, besides: false, definition: false } });
  return signed.answered ? corrected(signed, [noSuch], false) : null;
}
