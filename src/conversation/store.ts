// Where Discord conversations are kept: the state backend's "context" store. With REDIS_URL that is Redis, so the
// gateway, its shards and every HTTP replica continue one conversation wherever the next question lands; without
// it, process memory (the embedded default). Read back through contextSchema: a value of another shape (an older
// version's, a corrupt one) is no context. While Redis is down the backend's in-process fallback keeps them
// (src/state/redis-store.ts), so answers never wait on it. Either way this process holds at most `maxEntries`.
import { createMemoryBackend, type StateBackend } from '../state/backend.js';
import type { KeyValueStore } from '../state/store.js';
import type { Context } from './context.js';
import { contextSchema } from './context-schema.js';

/** Conversations held in process memory at most (CONVERSATION_MAX): ~0.5-0.8 KB each (npm run bench). */
export const DEFAULT_CONVERSATION_MAX = 10_000;

/** The store's name: Redis keys are talks-bot:context:<conversation key>. */
export const CONVERSATION_STORE = 'context';

export function conversationStore(backend: StateBackend = createMemoryBackend(), maxEntries: number = DEFAULT_CONVERSATION_MAX): KeyValueStore<Context> {
  return backend.store(CONVERSATION_STORE, contextSchema, { maxEntries });
}
