// "Sent to Vietnam's Health Ministry" against "the International Liaison Department presented…": a kind of body the
// claim names as where something goes is the receiver; one the sentence names as the doer is another part in the
// act, not that part given otherwise. The articles not saying who received it is no conflict.
import type { ClaimIndex } from './claim-index.js';
import type { Mentions, Span } from './mentions.js';

/** Words that put what follows as where something goes or whom it is for. */
const RECEIVING: ReadonlySet<string> = new Set(['to', 'for', 'towards', 'toward']);

/** Words back to the word of receiving: an article or possessive and the side it belongs to ("to Vietnam's …"). */
const REACH = 4;

/** Whether the kind at `x` is named as the receiver ("to the Health Ministry", "for Vietnam's Red Cross"). */
export function receiving(index: ClaimIndex, m: Mentions, x: Span): boolean {
  for (let k = x.at - 1; k >= Math.max(0, x.at - REACH); k--) {
    const w = m.tokens[k]?.word ?? '';
    if (RECEIVING.has(w)) return true;
    const side = m.allPlaces.some((p) => p.place.side && k >= p.at && k < p.end);
    if (!side && !index.functionWords.has(w)) return false;
  }
  return false;
}
