// Two HTTP replicas (processes) behind no balancer, sharing one redis-server on 127.0.0.1: one cooldown between them;
// and Redis killed while requests keep coming: every request is still answered within Discord's 3 s, the outage
// is logged once and reported on /readyz, and the replicas go back to Redis when it returns.
import { afterEach, describe, expect, it } from 'vitest';
import { InteractionResponseType, MessageFlags } from 'discord.js';
import { FakeDiscord } from '../support/fake-discord.js';
import { chatInputInteraction } from '../support/payloads.js';
import { killAll } from '../support/process.js';
import { get, requireRedis, startRedis, startReplica, type RedisServer } from '../support/scale.js';
import { asObject, flagsOf, parseLogLine } from '../discord/helpers.js';

const hasRedis = requireRedis();
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  killAll();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function setup(limit: string): Promise<{ fake: FakeDiscord; redis: RedisServer; endpoints: string[]; urls: string[]; stderr: () => string[] }> {
  const fake = await FakeDiscord.start();
  const redis = await startRedis();
  cleanups.push(() => fake.stop(), () => redis.stop());
  const vars = { REDIS_URL: redis.url, PUBLIC_REPLY_LIMIT: limit };
  const replicas = await Promise.all([startReplica(fake, vars), startReplica(fake, vars)]);
  for (const r of replicas) {
    await waitFor(async () => asObject((await get(`${r.url}/readyz`)).json).redis === 'up');
  }
  return { fake, redis, endpoints: replicas.map((r) => r.endpoint), urls: replicas.map((r) => r.url), stderr: () => replicas.map((r) => r.proc.stderr()) };
}

async function waitFor(check: () => Promise<boolean>, ms = 8000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const isNotice = (body: unknown) => (flagsOf(asObject(asObject(body).data)) & MessageFlags.Ephemeral) !== 0;

describe.runIf(hasRedis)('replicas sharing Redis', { timeout: 45_000 }, () => {
  it('share one per-user cooldown: the third public answer in the window is refused on either replica', async () => {
    const { fake, endpoints } = await setup('2/60');
    const [a = '', b = ''] = endpoints;
    const ask = (endpoint: string, userId = '1300000000000000777') => fake.postInteraction(endpoint, chatInputInteraction({ name: 'when', userId }));
    expect(isNotice((await ask(a)).body)).toBe(false);
    expect(isNotice((await ask(b)).body)).toBe(false);
    expect(isNotice((await ask(a)).body)).toBe(true);
    expect(isNotice((await ask(b)).body)).toBe(true);
    // Another user is not affected.
    expect(isNotice((await ask(b, '1300000000000000778')).body)).toBe(false);
  });

  it('answer every request while Redis is killed under load, report it on /readyz, log it once, and return to Redis', async () => {
    const { fake, redis, endpoints, urls, stderr } = await setup('1000/60');
    const results: { status: number; type: unknown; ms: number }[] = [];
    let n = 0;
    const load = async (endpoint: string, until: () => boolean) => {
      while (!until()) {
        const r = await fake.postInteraction(endpoint, chatInputInteraction({ name: 'when', userId: `13000000000000${String(1000 + (n++ % 50))}` }));
        results.push({ status: r.status, type: asObject(r.body).type, ms: r.ms });
      }
    };
    let stop = false;
    const stopAt = Date.now() + 15_000;
    const running = Promise.all(endpoints.flatMap((e) => [load(e, () => stop || Date.now() > stopAt), load(e, () => stop || Date.now() > stopAt)]));
    await new Promise((r) => setTimeout(r, 400));
    await redis.kill();
    for (const url of urls) await waitFor(async () => asObject((await get(`${url}/readyz`)).json).redis === 'down');
    const ready = await get(`${urls[0]}/readyz`);
    expect(ready.status).toBe(200);
    expect((await get(`${urls[0]}/metrics`)).text).toMatch(/talks_bot_redis_up 0/);
    await new Promise((r) => setTimeout(r, 500));
    await redis.restart();
    for (const url of urls) await waitFor(async () => asObject((await get(`${url}/readyz`)).json).redis === 'up');
    await new Promise((r) => setTimeout(r, 300));
    stop = true;
    await running;

    expect(results.length).toBeGreaterThan(50);
    expect(results.filter((r) => r.status !== 200 || r.type !== InteractionResponseType.ChannelMessageWithSource)).toEqual([]);
    expect(Math.max(...results.map((r) => r.ms))).toBeLessThan(3000);
    for (const text of stderr()) {
      const lines = text.split('\n').filter((l) => l.startsWith('{')).map(parseLogLine);
      expect(lines.filter((l) => l.msg.startsWith('redis unreachable'))).toHaveLength(1);
      expect(lines.some((l) => l.msg.startsWith('redis reachable again'))).toBe(true);
    }
  });
});
