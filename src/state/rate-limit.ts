// A per-key limit shared by every process through Redis: rate-limiter-flexible's Redis limiter (one atomic Lua
// INCR + PTTL per request), with its in-memory insurance limiter taking over while Redis is unreachable or slow.
// The window is fixed (it starts at a key's first point), where the in-process cooldown slides; both allow
// `points` per `windowMs`.
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RedisConnection } from './redis.js';

export interface RateLimitConfig {
  readonly points: number;
  readonly windowMs: number;
}

/** `first`: the first refusal in the window (the one a throttled mention gets a sign for). */
export type RateLimitResult = { readonly ok: true } | { readonly ok: false; readonly retryAfterMs: number; readonly first: boolean };

export interface SharedRateLimiter {
  consume(key: string): Promise<RateLimitResult>;
}

export function createRedisRateLimiter(redis: RedisConnection, prefix: string, config: RateLimitConfig): SharedRateLimiter {
  const duration = Math.max(1, Math.ceil(config.windowMs / 1000));
  const limiter = new RateLimiterRedis({
    storeClient: redis.client,
    keyPrefix: prefix,
    points: config.points,
    duration,
    // Not "ready" (down, reconnecting): straight to the insurance limiter, without a round trip.
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: prefix, points: config.points, duration }),
  });
  return {
    async consume(key) {
      try {
        await limiter.consume(key);
        return { ok: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return { ok: false, retryAfterMs: Math.max(1, rejection.msBeforeNext), first: rejection.consumedPoints === config.points + 1 };
        // Both stores failed: better one reply too many than none.
        return { ok: true };
      }
    },
  };
}
