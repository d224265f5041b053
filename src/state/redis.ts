// One Redis connection per process (ioredis), for state shared between processes: the per-user cooldown and the
// conversation context. Redis is never on an answer's critical path for long: commands fail at once while it is
// unreachable (no offline queue) and after commandTimeoutMs when it hangs, so callers fall back to process memory.
// ioredis reconnects by itself; the outage and the recovery are each logged once.
import type { Socket } from 'node:net';
import { Redis } from 'ioredis';

export type StateLogMethod = (msg: string, fields?: Record<string, unknown>) => void;
/** The part of the operator's log this layer writes to (discord/log.ts's Logger fits). */
export interface StateLog {
  readonly info: StateLogMethod;
  readonly warn: StateLogMethod;
}

export interface RedisConnection {
  readonly client: Redis;
  /** True while commands can be sent. */
  readonly up: boolean;
  /** Called on every change of `up`. */
  onChange(listener: (up: boolean) => void): void;
  close(): Promise<void>;
}

export interface RedisOptions {
  /** A command that takes longer fails (the caller then uses process memory). */
  readonly commandTimeoutMs?: number;
}

/** Short enough that a fallback still answers well inside Discord's 3 s. */
export const REDIS_COMMAND_TIMEOUT_MS = 300;
const MAX_RECONNECT_DELAY_MS = 2_000;

/**
 * Makes the commands written to `socket` in one turn of the event loop leave in one system call: one Redis reply
 * often resolves several interactions' commands at once (their cooldown, their context), and the next commands
 * those interactions send (the context read, the context written) then go out together instead of a write each.
 * Nothing waits: the socket is uncorked once the current tick's callbacks and promise continuations have run.
 */
export function coalesceWrites(socket: Socket): void {
  const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
  let corked = false;
  const uncork = () => {
    corked = false;
    socket.uncork();
  };
  socket.write = (...args: unknown[]) => {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(uncork);
    }
    return write(...args);
  };
}

/** The URL without a password, for logs. */
export function describeRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return 'redis';
  }
}

export function connectRedis(url: string, log: StateLog, options: RedisOptions = {}): RedisConnection {
  const where = describeRedisUrl(url);
  const client = new Redis(url, {
    enableOfflineQueue: false,
    commandTimeout: options.commandTimeoutMs ?? REDIS_COMMAND_TIMEOUT_MS,
    connectTimeout: 1_000,
    // A command is never retried on another connection: its caller has already fallen back.
    maxRetriesPerRequest: 0,
    // Reconnect forever, backing off to every 2 s.
    retryStrategy: (times) => Math.min(times * 100, MAX_RECONNECT_DELAY_MS),
  });
  const listeners: ((up: boolean) => void)[] = [];
  let up = false;
  /** undefined: never connected yet; the first failure is logged as such. */
  let everUp: boolean | undefined;
  let downLogged = false;
  let closing = false;
  const set = (next: boolean) => {
    if (next === up) return;
    up = next;
    for (const listener of listeners) listener(up);
  };
  // Each new connection's socket (ioredis makes one per reconnection).
  client.on('connect', () => coalesceWrites(client.stream));
  client.on('ready', () => {
    if (everUp) log.info('redis reachable again: shared state back in Redis', { redis: where });
    else log.info('redis connected', { redis: where });
    everUp = true;
    downLogged = false;
    set(true);
  });
  const down = (error?: unknown) => {
    if (closing) return;
    const wasUp = up;
    set(false);
    if (downLogged || (!wasUp && everUp)) return;
    downLogged = true;
    const message = error instanceof Error ? error.message : undefined;
    log.warn(everUp ? 'redis unreachable: using process memory until it is back' : 'redis not reachable yet: using process memory until it is', {
      redis: where,
      ...(message ? { reason: message } : {}),
    });
  };
  // Without an 'error' listener ioredis would print each failed reconnection; the outage is logged once instead.
  client.on('error', (error: unknown) => down(error));
  client.on('close', () => down());
  client.on('end', () => down());
  return {
    client,
    get up() {
      return up;
    },
    onChange: (listener) => {
      listeners.push(listener);
    },
    close: async () => {
      closing = true;
      set(false);
      await client.quit().catch(() => client.disconnect());
    },
  };
}
