// "我是做边贸的，…口岸压货压得厉害…。听说两党高层开会时有谈到这事。越方到底是怎么跟中方说的？": a sentence of a long
// message's context that points back at what came before it ("这事", "chuyện này") tells where it came up (the leaders'
// meeting), not a subject of its own: its words ("高层": high-level) would pick statements about the meeting, not about
// what it points back to. The context is read without it.

import { sentencesOf } from './sentences.js';

/**
 * The context (the text before the asking part) without its sentences after the first that point back, with the asking
 * part after it; null when no such sentence is there, or when dropping them leaves nothing before the asking part.
 */
export function withoutPointingBack(context: string, part: string, pointsBack: (sentence: string) => boolean): string | null {
  const sentences = sentencesOf(context);
  const kept = sentences.filter((s, i) => i === 0 || !pointsBack(s));
  if (kept.length === sentences.length || kept.length === 0) return null;
  return `${kept.join(' ')} ${part}`;
}
