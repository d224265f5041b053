// Answers remembered by what they are a function of. A follow-up's answer depends on nothing but the question,
// the conversation's context and the language asked for (the engine and its data are fixed for the process's
// life), so the same three give the same answer: a server where many people ask the same few questions (the
// commands' examples, "when were the talks?") pays for reading each once. Bounded by entries (lru-cache: a
// well-kept least-recently-used map); answers are read-only objects, so one can be handed out many times.
import { LRUCache } from 'lru-cache';
import type { Answer } from '../answering/types.js';
import type { FollowUp } from './follow-up.js';

/** Answers remembered at most by default: about 3 KB each (measured over fresh-set questions), so about 6 MB. */
export const DEFAULT_ANSWER_MEMO = 2_000;

/**
 * `followUp` with its answers remembered, `maxEntries` at most (0: not remembered). The key holds the whole context
 * as JSON: a context is a few ids (src/conversation/context.ts), and two conversations at the same point share it.
 */
export function memoized(followUp: FollowUp, maxEntries: number = DEFAULT_ANSWER_MEMO): FollowUp {
  if (maxEntries === 0) return followUp;
  if (!Number.isInteger(maxEntries) || maxEntries < 0) throw new RangeError(`maxEntries must be a whole number ≥ 0, got ${maxEntries}`);
  const answers = new LRUCache<string, Answer>({ max: maxEntries });
  return (question, context, options = {}) => {
    const key = `${options.lang ?? ''}\u0000${question}\u0000${context === null ? '' : JSON.stringify(context)}`;
    const known = answers.get(key);
    if (known) return known;
    const answer = followUp(question, context, options);
    answers.set(key, answer);
    return answer;
  };
}
