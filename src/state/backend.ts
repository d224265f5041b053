// Where state that outlives a message lives, chosen from the environment: process memory by default (the embedded
// default, nothing else to run), or Redis when REDIS_URL is set, so that several processes (HTTP replicas, gateway
// shards) share one cooldown and one conversation context. Callers ask for a store or a limiter by name and never
// learn which it is.
import type { z } from 'zod';
import { createMemoryStore } from './memory-store.js';
import { createRedisRateLimiter, type RateLimitConfig, type SharedRateLimiter } from './rate-limit.js';
import { connectRedis, type RedisConnection, type RedisOptions, type StateLog } from './redis.js';
import { createRedisStore } from './redis-store.js';
import type { KeyValueStore } from './store.js';

/** Every Redis key talks-bot writes starts with this, so one Redis can serve other applications too. */
export const KEY_PREFIX = 'talks-bot';

export type RedisStatus = 'off' | 'up' | 'down';

export interface StoreOptions {
  /** The in-process store's LRU cap (the fallback's, with Redis). */
  readonly maxEntries?: number;
}

export interface StateBackend {
  readonly kind: 'memory' | 'redis';
  /** 'off' without REDIS_URL. */
  readonly redisStatus: RedisStatus;
  /** Called when Redis goes down or comes back. */
  onRedisChange(listener: (status: RedisStatus) => void): void;
  /** A store for values of `schema` (checked when read back from Redis); `name` keeps stores apart. */
  store<T>(name: string, schema: z.ZodType<T>, options?: StoreOptions): KeyValueStore<T>;
  /** A limiter shared through Redis, or undefined in memory (the caller keeps its in-process one). */
  limiter(name: string, config: RateLimitConfig): SharedRateLimiter | undefined;
  close(): Promise<void>;
}

export function createMemoryBackend(): StateBackend {
  return {
    kind: 'memory',
    redisStatus: 'off',
    onRedisChange: () => undefined,
    store: <T>(_name: string, _schema: z.ZodType<T>, options: StoreOptions = {}) => createMemoryStore<T>(options.maxEntries),
    limiter: () => undefined,
    close: () => Promise.resolve(),
  };
}

export function createRedisBackend(redis: RedisConnection): StateBackend {
  return {
    kind: 'redis',
    get redisStatus(): RedisStatus {
      return redis.up ? 'up' : 'down';
    },
    onRedisChange: (listener) => redis.onChange((up) => listener(up ? 'up' : 'down')),
    store: (name, schema, options = {}) =>
      createRedisStore(redis, `${KEY_PREFIX}:${name}`, schema, options.maxEntries === undefined ? {} : { fallbackEntries: options.maxEntries }),
    limiter: (name, config) => createRedisRateLimiter(redis, `${KEY_PREFIX}:${name}`, config),
    close: () => redis.close(),
  };
}

/** Redis when `redisUrl` is set (connecting in the background: state stays in memory until it answers), else memory. */
export function createStateBackend(redisUrl: string | undefined, log: StateLog, options: RedisOptions = {}): StateBackend {
  return redisUrl ? createRedisBackend(connectRedis(redisUrl, log, options)) : createMemoryBackend();
}
