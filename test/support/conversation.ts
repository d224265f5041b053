// The shared engine with the conversation layer over it, and a small runner: a list of questions as one conversation.
import type { Answer } from '../../src/answering/types.js';
import { contextOf, type Context } from '../../src/conversation/context.js';
import type { FollowUp } from '../../src/conversation/follow-up.js';
import { loadFollowUp } from '../../src/conversation/lexicon.js';
import { DEFAULT_DATA_DIR } from '../../src/facts/loader.js';
import { sharedEngine } from './engine.js';

let followUp: FollowUp | null = null;

export function sharedFollowUp(): FollowUp {
  followUp ??= loadFollowUp(sharedEngine(), DEFAULT_DATA_DIR);
  return followUp;
}

/** Asks `questions` in order as one conversation; the answers, each with the context it left. */
export function converse(...questions: string[]): Answer[] {
  const ask = sharedFollowUp();
  let context: Context | null = null;
  return questions.map((q) => {
    const answer = ask(q, context);
    context = contextOf(answer) ?? context;
    return answer;
  });
}

/** The last answer of a conversation. */
export function lastOf(...questions: string[]): Answer {
  const answers = converse(...questions);
  const last = answers[answers.length - 1];
  if (!last) throw new Error('no question');
  return last;
}

export const cited = (a: Answer): string[] => [...new Set(a.citations.map((c) => c.date))].sort();
