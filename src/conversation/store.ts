// Where Discord conversations are kept: with a state backend (the scaled-out processes), its "context" store; with
// REDIS_URL that is Redis, so the gateway, its shards and every HTTP replica continue one conversation wherever the
// next question lands. Without one (one bot, npm start with a token), process memory as ever, and the Redis client
// is never loaded. Read back through contextSchema: a value of another shape (an older version's, a corrupt one)
// is no context. While Redis is down the backend's in-process fallback keeps them (src/state/redis-store.ts), so
// answers never wait on it. Either way this process holds at most `maxEntries`.
import type { StateBackend } from '../state/backend.js';
import { createMemoryStore } from '../state/memory-store.js';
import type { KeyValueStore } from '../state/store.js';
import type { Context } from './context.js';
import { contextSchema } from './context-schema.js';
import { DEFAULT_CONVERSATION_MAX } from './conversations.js';

/** The store's name: Redis keys are talks-bot:context:<conversation key>. */
export const CONVERSATION_STORE = 'context';

export function conversationStore(backend: StateBackend | undefined, maxEntries: number = DEFAULT_CONVERSATION_MAX): KeyValueStore<Context> {
  return backend ? backend.store(CONVERSATION_STORE, contextSchema, { maxEntries }) : createMemoryStore<Context>(maxEntries);
}
