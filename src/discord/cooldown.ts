// Fair use: each user gets at most `limit` public replies (answers, posted quotes, mention replies) in any
// `windowMs`; past that, commands get a private notice and a mention a sign (the first one past the limit: see
// mention-handler.ts). Private (ephemeral) replies never count. Memory stays bounded: a user's record is at most
// `limit` times, and users idle for a window are dropped.
// With REDIS_URL the count is shared by every process (createSharedCooldown); otherwise it is this in-process one.
import type { StateBackend } from '../state/backend.js';
export interface CooldownConfig {
  /** Public replies per user per window; 0 turns the cooldown off. */
  readonly limit: number;
  readonly windowMs: number;
}

export const DEFAULT_COOLDOWN: CooldownConfig = { limit: 5, windowMs: 30_000 };

export type CooldownResult =
  | { readonly ok: true }
  /** `first`: the first refusal since the user was last let through (the one a mention gets a sign for). */
  | { readonly ok: false; readonly retryAfterMs: number; readonly first: boolean };

export interface Cooldown {
  readonly config: CooldownConfig;
  /** Counts one public reply for the user, or says how long until one is allowed (counting nothing). */
  take(userId: string, now?: number): CooldownResult;
  /** Users with a public reply inside the window (for tests and the operator). */
  readonly tracked: number;
}

/** Above this many users, idle records are swept (at most once per window). */
const SWEEP_ABOVE = 1_000;

export function createCooldown(config: CooldownConfig = DEFAULT_COOLDOWN): Cooldown {
  const recent = new Map<string, number[]>();
  /** Users refused since they were last let through. */
  const refused = new Set<string>();
  let lastSweep = 0;
  const sweep = (now: number) => {
    if (recent.size <= SWEEP_ABOVE || now - lastSweep < config.windowMs) return;
    lastSweep = now;
    for (const [user, times] of recent) {
      if ((times[times.length - 1] ?? 0) > now - config.windowMs) continue;
      recent.delete(user);
      refused.delete(user);
    }
  };
  return {
    config,
    take(userId, now = Date.now()) {
      if (config.limit <= 0) return { ok: true };
      sweep(now);
      const times = (recent.get(userId) ?? []).filter((t) => t > now - config.windowMs);
      if (times.length >= config.limit) {
        recent.set(userId, times);
        const first = !refused.has(userId);
        refused.add(userId);
        return { ok: false, retryAfterMs: Math.max(1, (times[0] ?? now) + config.windowMs - now), first };
      }
      refused.delete(userId);
      times.push(now);
      recent.set(userId, times);
      return { ok: true };
    },
    get tracked() {
      return recent.size;
    },
  };
}

/** The cooldown the handlers consult: in process (a sliding window), or shared through Redis (a fixed window). */
export interface SharedCooldown {
  readonly config: CooldownConfig;
  /** "memory" or "redis": where the counts live. */
  readonly store: 'memory' | 'redis';
  /** Counts one public reply for the user, or says how long until one is allowed. */
  take(userId: string): CooldownResult | Promise<CooldownResult>;
}

/** Through the backend's shared limiter when it has one (Redis), else today's in-process cooldown. */
export function createSharedCooldown(config: CooldownConfig, backend?: StateBackend): SharedCooldown {
  const limiter = config.limit > 0 ? backend?.limiter('cooldown', { points: config.limit, windowMs: config.windowMs }) : undefined;
  if (!limiter) {
    const local = createCooldown(config);
    return { config, store: 'memory', take: (userId) => local.take(userId) };
  }
  return { config, store: 'redis', take: (userId) => limiter.consume(userId) };
}
