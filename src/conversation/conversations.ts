// Conversations kept in a store (src/state/store.ts): per key (a channel, thread or DM with one user; the
// console's prompt), the context of the last answer, for `ttlMs` after it. A refusal keeps the earlier context
// (and its time): "what is a VPN?" between two questions about the talks does not end the conversation.
import type { Answer } from '../answering/types.js';
import type { KeyValueStore } from '../state/store.js';
import { contextOf, type Context } from './context.js';
import type { AskOptions, FollowUp } from './follow-up.js';

/** How long a conversation's context lasts after its last answer, by default: CONVERSATION_TTL=600. */
export const DEFAULT_CONVERSATION_TTL_MS = 600_000;

/** Conversations held in process memory at most, by default (CONVERSATION_MAX): ~0.8 KB each (npm run bench). */
export const DEFAULT_CONVERSATION_MAX = 10_000;

export interface ConversationAskOptions extends AskOptions {
  /**
   * Continue from this context instead of the stored one (a Discord reply to one of the bot's answers, whose
   * context the answer message carries); null or absent: the stored one.
   */
  readonly from?: Context | null;
}

export interface Conversations {
  /** Answers a question in conversation `key`, continuing from its context, and keeps the answer's. */
  ask(key: string, question: string, options?: ConversationAskOptions): Promise<Answer>;
  /** Keeps an answer given otherwise (a slash command) as the conversation's context. */
  record(key: string, answer: Answer): Promise<void>;
  /** Starts the conversation afresh (the console's /new). */
  forget(key: string): Promise<void>;
}

export function createConversations(followUp: FollowUp, store: KeyValueStore<Context>, ttlMs: number = DEFAULT_CONVERSATION_TTL_MS): Conversations {
  const record = async (key: string, answer: Answer) => {
    const context = contextOf(answer);
    if (context) await store.set(key, context, ttlMs);
  };
  return {
    async ask(key, question, options = {}) {
      const context = options.from ?? (await store.get(key)) ?? null;
      const answer = followUp(question, context, options.lang ? { lang: options.lang } : {});
      await record(key, answer);
      return answer;
    },
    record,
    forget: (key) => store.delete(key),
  };
}

/** The key of a conversation on Discord: the channel (a thread and a DM are channels too) and the user. */
export function discordKey(channelId: string, userId: string): string {
  return `conversation:${channelId}:${userId}`;
}
