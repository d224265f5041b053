// Conversations shared through a real redis-server on 127.0.0.1 by two HTTP interactions replicas (processes, signed
// requests from the fake Discord): a follow-up on one replica continues a question answered on the other; two users
// never mix; a stored value of another shape is no context; and Redis killed: answers keep coming within Discord's
// 3 s, from each replica's own memory, and /readyz says Redis is down.
import { InteractionResponseType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/discord/log.js';
import { connectRedis } from '../../src/state/redis.js';
import { FakeDiscord } from '../support/fake-discord.js';
import { chatInputInteraction } from '../support/payloads.js';
import { killAll } from '../support/process.js';
import { get, requireRedis, startRedis, startReplica, type RedisServer, type Replica } from '../support/scale.js';
import { asObject, onlyEmbed, type EmbedView } from '../discord/helpers.js';

const hasRedis = requireRedis();

async function waitFor(check: () => Promise<boolean>, ms = 8000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const redisOf = async (replica: Replica): Promise<unknown> => asObject((await get(`${replica.url}/readyz`)).json).redis;

describe.runIf(hasRedis)('conversations shared by replicas through Redis', { timeout: 45_000 }, () => {
  let fake: FakeDiscord;
  let redis: RedisServer;
  let a: Replica;
  let b: Replica;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    redis = await startRedis();
    const vars = { REDIS_URL: redis.url, PUBLIC_REPLY_LIMIT: 'off' };
    [a, b] = await Promise.all([startReplica(fake, vars), startReplica(fake, vars)]);
    for (const r of [a, b]) await waitFor(async () => (await redisOf(r)) === 'up');
  }, 45_000);

  afterAll(async () => {
    killAll();
    await redis?.stop();
    await fake?.stop();
  });

  /** /ask on a replica: the HTTP response is the answer (type 4), its one embed returned. */
  async function ask(replica: Replica, question: string, userId: string): Promise<EmbedView & { ms: number }> {
    const r = await fake.postInteraction(replica.endpoint, chatInputInteraction({ name: 'ask', userId, options: { question } }));
    expect(r.status).toBe(200);
    expect(asObject(r.body).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    return { ...onlyEmbed(asObject(r.body).data), ms: r.ms };
  }

  it('a follow-up asked on replica B continues the question answered on replica A', async () => {
    const user = '1300000000000000601';
    const first = await ask(a, 'who did Song Tao talk to in 2022?', user);
    expect(first.description).toContain('Le Hoai Trung');
    const follow = await ask(b, 'what did they sign?', user);
    expect(follow.description).toMatch(/^\*\(about Le Hoai Trung, Song Tao and the talks of 19 April 2022\)\*\n/);
    expect(follow.description).toContain('cooperation plan');
  });

  it('two users in one channel, each answered by both replicas: their conversations do not mix', async () => {
    const [u1, u2] = ['1300000000000000611', '1300000000000000612'];
    await ask(a, 'who took part in the 2020 talks?', u1);
    await ask(b, 'who took part in the 2022 talks?', u2);
    const one = await ask(b, 'and what did they agree?', u1);
    const two = await ask(a, 'and what did they sign?', u2);
    expect(one.description).toMatch(/^\*\(about/);
    expect(one.footer).toContain('29 July 2020');
    expect(one.footer).not.toContain('19 April 2022');
    expect(two.description).toMatch(/^\*\(about/);
    expect(two.footer).toContain('19 April 2022');
    expect(two.footer).not.toContain('29 July 2020');
  });

  it('a stored context of another shape (an older version, a corrupt value) is no context, and the question is still answered', async () => {
    const user = '1300000000000000621';
    await ask(a, 'who took part in the 2020 talks?', user);
    const raw = connectRedis(redis.url, createLogger([], () => undefined));
    try {
      await waitFor(() => Promise.resolve(raw.up));
      const keys = await raw.client.keys(`talks-bot:context:*:${user}`);
      expect(keys).toHaveLength(1);
      for (const key of keys) await raw.client.set(key, JSON.stringify({ talk: '2020-07-29-phone-talks', people: 'hoang-binh-quan' }), 'PX', 60_000);
      const follow = await ask(b, 'what did he say about the sea?', user);
      expect(follow.description).not.toMatch(/^\*\(about/);
      await raw.client.set(keys[0] ?? '', '{not json', 'PX', 60_000);
      expect((await ask(a, 'and in 2022?', user)).description).not.toMatch(/^\*\(about/);
    } finally {
      await raw.close();
    }
  });

  it('Redis killed: every question is still answered within 3 s, each replica keeps conversations in its own memory, /readyz says so', async () => {
    const user = '1300000000000000631';
    await ask(a, 'who took part in the 2022 talks?', user);
    await redis.kill();
    for (const r of [a, b]) await waitFor(async () => (await redisOf(r)) === 'down');
    const ready = await get(`${b.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.json).toMatchObject({ ready: true, redis: 'down' });

    // The context was in Redis: the follow-up may lose it, but it is answered, promptly.
    const lost = await ask(b, 'what did they sign?', user);
    expect(lost.description?.length).toBeGreaterThan(0);
    expect(lost.ms).toBeLessThan(3000);
    // A conversation begun while Redis is down continues on the replica that holds it.
    const other = '1300000000000000632';
    await ask(a, 'who led the Vietnamese side in 2020?', other);
    const follow = await ask(a, 'what did he say about the sea?', other);
    expect(follow.description).toMatch(/^\*\(about Hoang Binh Quan and the talks of 29 July 2020\)\*/);
    expect(follow.ms).toBeLessThan(3000);
  });
});
