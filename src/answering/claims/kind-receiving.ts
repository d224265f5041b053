// "Sent to Vietnam's Health Ministry" against "the International Liaison Department presented…": a kind of body the
// claim names as where something goes is the receiver; one the sentence names as the doer is another part in the
// act, not that part given otherwise. The articles not saying who received it is no conflict.
import type { ClaimIndex } from './claim-index.js';
import type { Mentions, Span } from './mentions.js';

/** The word that puts what follows as where something goes ("sent to the Health Ministry"). */
const RECEIVING = 'to';

/** Words that may stand between it and the body: an article, a possessive, the side it belongs to ("to Vietnam's …"). */
const BETWEEN: ReadonlySet<string> = new Set(['the', 's', 'its', 'their']);

/** Words back to the word of receiving. */
const REACH = 4;

/** Whether the kind at `x` is a body ("… Ministry", "… Department") named as the receiver ("to Vietnam's Health Ministry"). */
export function receiving(index: ClaimIndex, m: Mentions, x: Span): boolean {
  const body = m.tokens.slice(x.at, x.end).some((_, k) => index.bodies.at(m.tokens, x.at + k) !== null);
  if (!body) return false;
  for (let k = x.at - 1; k >= Math.max(0, x.at - REACH); k--) {
    const w = m.tokens[k]?.word ?? '';
    if (w === RECEIVING) return true;
    const side = m.allPlaces.some((p) => p.place.side && k >= p.at && k < p.end);
    if (!side && !BETWEEN.has(w)) return false;
  }
  return false;
}
