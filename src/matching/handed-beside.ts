// "Was there any money or any signed paperwork?", "what was signed or given in 2022?": a thing handed over at the
// talks (a subject of one of their figures: the money, the supplies) asked beside the signing, a word joining the two
// asks between them, is a second ask of its own, not the subject of what was signed. Both are answered: what was
// signed, and what was handed over on that subject (never "no document signed about the supplies").
import type { Talk, Topic } from '../facts/types.js';
import { ASK_JOINERS } from './cues.js';
import type { NamedTopic } from './reading.js';
import { topicAt } from './set-aside.js';
import type { Token } from './tokens.js';

/** The subjects handed over at some talk that the question asks beside its signing, joined to it by "or" or "and". */
export function handedOverBeside(tokens: readonly Token[], signingAt: readonly number[], topics: readonly NamedTopic[], talks: readonly Talk[]): readonly Topic[] {
  if (signingAt.length === 0) return [];
  const handed = new Set(talks.flatMap((t) => t.figures.flatMap((f) => f.topics)));
  const joined = (a: number, b: number) => tokens.slice(Math.min(a, b) + 1, Math.max(a, b)).some((t) => ASK_JOINERS.has(t.text));
  return [...new Set(topics.filter((t) => {
    const at = topicAt(tokens, t);
    return handed.has(t.topic) && at >= 0 && signingAt.some((s) => s !== at && joined(at, s));
  }).map((t) => t.topic))];
}
