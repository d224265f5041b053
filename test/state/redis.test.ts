// The Redis side of shared state against a real redis-server on 127.0.0.1: the store (JSON checked with zod, TTL,
// delete), the shared rate limit across two connections (two processes), and Redis going away: answers from process
// memory at once, one log line, back to Redis by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRedisBackend, createStateBackend, type StateBackend } from '../../src/state/backend.js';
import { connectRedis } from '../../src/state/redis.js';
import { createSharedCooldown } from '../../src/discord/cooldown.js';
import { requireRedis, startRedis, type RedisServer } from '../support/scale.js';
import { LogCollector, delay } from '../discord/helpers.js';
import { createLogger } from '../../src/discord/log.js';

const hasRedis = requireRedis();
const context = z.object({ talk: z.string(), people: z.array(z.string()) });

describe.runIf(hasRedis)('shared state in Redis', () => {
  let redis: RedisServer;
  const logs = new LogCollector();
  const log = createLogger([], logs.sink);
  const backends: StateBackend[] = [];
  const backend = async (into = log): Promise<StateBackend> => {
    const b = createStateBackend(redis.url, into);
    backends.push(b);
    await waitUntil(() => b.redisStatus === 'up');
    return b;
  };

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(backends.map((b) => b.close()));
    await redis.stop();
  });

  it('stores values for their time to live, shared by two processes, and drops what its schema refuses', async () => {
    const [a, b] = [await backend(), await backend()];
    const storeA = a.store('conversation', context);
    const storeB = b.store('conversation', context);
    await storeA.set('chan:user', { talk: '2022-04-19', people: ['Song Tao'] }, 300);
    expect(await storeB.get('chan:user')).toEqual({ talk: '2022-04-19', people: ['Song Tao'] });
    await delay(350);
    expect(await storeB.get('chan:user')).toBeUndefined();
    await storeA.set('x', { talk: 't', people: [] }, 10_000);
    await storeB.delete('x');
    expect(await storeA.get('x')).toBeUndefined();
    // Written by something else (another version, by hand): absent, not trusted.
    const raw = connectRedis(redis.url, log);
    await waitUntil(() => raw.up);
    await raw.client.set('talks-bot:conversation:bad', JSON.stringify({ talk: 42 }));
    expect(await storeA.get('bad')).toBeUndefined();
    await raw.close();
  });

  it('counts one cooldown across processes: a user cannot get around it on another replica', async () => {
    const config = { limit: 2, windowMs: 60_000 };
    const one = createSharedCooldown(config, await backend());
    const two = createSharedCooldown(config, await backend());
    expect(one.store).toBe('redis');
    expect((await one.take('user-1')).ok).toBe(true);
    expect((await two.take('user-1')).ok).toBe(true);
    const third = await one.take('user-1');
    expect(third.ok).toBe(false);
    if (!third.ok) expect(third.retryAfterMs).toBeGreaterThan(50_000);
    expect((await two.take('user-2')).ok).toBe(true);
  });

  it('falls back to process memory at once while Redis is down, logs it once, and reconnects by itself', async () => {
    // Its own log: every other connection open in this file logs its own outage line.
    const own = new LogCollector();
    const b = await backend(createLogger([], own.sink));
    const store = b.store('conversation', context);
    const cooldown = createSharedCooldown({ limit: 3, windowMs: 60_000 }, b);
    const mark = own.lines.length;
    await redis.kill();
    await waitUntil(() => b.redisStatus === 'down');
    const started = performance.now();
    for (let i = 0; i < 20; i++) {
      await store.set(`k${i}`, { talk: 't', people: [] }, 60_000);
      expect(await store.get(`k${i}`)).toEqual({ talk: 't', people: [] });
    }
    // The in-memory insurance limiter still limits.
    expect([await cooldown.take('u'), await cooldown.take('u'), await cooldown.take('u'), await cooldown.take('u')].map((r) => r.ok)).toEqual([true, true, true, false]);
    expect(performance.now() - started).toBeLessThan(500);
    await delay(1500);
    const down = own.since(mark).filter((e) => e.msg.startsWith('redis unreachable'));
    expect(down).toHaveLength(1);
    expect(JSON.stringify(down)).not.toMatch(/password/);
    await redis.restart();
    await waitUntil(() => b.redisStatus === 'up', 8000);
    expect(own.since(mark).some((e) => e.msg.startsWith('redis reachable again'))).toBe(true);
    await store.set('after', { talk: 'back', people: [] }, 60_000);
    const other = createRedisBackend(connectRedis(redis.url, log));
    backends.push(other);
    await waitUntil(() => other.redisStatus === 'up');
    expect(await other.store('conversation', context).get('after')).toEqual({ talk: 'back', people: [] });
  });
});

async function waitUntil(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await delay(20);
  }
}
