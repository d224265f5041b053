// KeyValueStore in Redis: JSON values under `<prefix>:<key>` with a TTL (SET PX), parsed back with the caller's
// zod schema (a value written by another version or by hand is treated as absent, never trusted). While Redis is
// unreachable, or a command fails or times out, the store reads and writes an in-process LRU store instead, so an
// answer is never held or refused because of Redis.
import type { z } from 'zod';
import { createMemoryStore } from './memory-store.js';
import type { RedisConnection } from './redis.js';
import type { KeyValueStore } from './store.js';

export interface RedisStoreOptions {
  /** Entries kept by the in-process fallback (LRU). */
  readonly fallbackEntries?: number;
}

export function createRedisStore<T>(redis: RedisConnection, prefix: string, schema: z.ZodType<T>, options: RedisStoreOptions = {}): KeyValueStore<T> {
  const fallback = createMemoryStore<T>(options.fallbackEntries ?? 10_000);
  const key = (k: string) => `${prefix}:${k}`;
  const parse = (raw: string | null): T | undefined => {
    if (raw === null) return undefined;
    try {
      const result = schema.safeParse(JSON.parse(raw));
      return result.success ? result.data : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    async get(k) {
      if (!redis.up) return fallback.get(k);
      try {
        return parse(await redis.client.get(key(k)));
      } catch {
        return fallback.get(k);
      }
    },
    async set(k, value, ttlMs) {
      if (!redis.up) return fallback.set(k, value, ttlMs);
      try {
        if (ttlMs > 0) await redis.client.set(key(k), JSON.stringify(value), 'PX', Math.ceil(ttlMs));
        else await redis.client.del(key(k));
      } catch {
        await fallback.set(k, value, ttlMs);
      }
    },
    async delete(k) {
      await fallback.delete(k);
      if (!redis.up) return;
      try {
        await redis.client.del(key(k));
      } catch {
        // Unreachable: the key expires by itself.
      }
    },
  };
}
