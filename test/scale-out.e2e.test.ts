// The README's "Scaling out" topology, followed end to end against the fake Discord: Redis, one gateway process
// for mentions and DMs (the `bot` service, health on HEALTH_PORT) and two HTTP interactions replicas
// (the `interactions` service, GATEWAY=off), all sharing one per-user cooldown and the conversations.
import { afterEach, describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord.js';
import { FakeDiscord } from './support/fake-discord.js';
import { chatInputInteraction, mentionMessage } from './support/payloads.js';
import { MAIN, cleanEnv, freePort, killAll, runNode } from './support/process.js';
import { get, requireRedis, startRedis, startReplica } from './support/scale.js';
import { asObject, flagsOf, onlyEmbed } from './discord/helpers.js';

const hasRedis = requireRedis();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  killAll();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe.runIf(hasRedis)('scaling out as the README describes', { timeout: 60_000 }, () => {
  it('gateway process and two interactions replicas share Redis: mentions on the gateway, commands over HTTP, one cooldown, one conversation', async () => {
    const fake = await FakeDiscord.start();
    const redis = await startRedis();
    cleanups.push(() => fake.stop(), () => redis.stop());
    const shared = { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, REDIS_URL: redis.url, PUBLIC_REPLY_LIMIT: '2/60', LOG_FORMAT: 'json' };
    const healthPort = await freePort();
    const bot = runNode([MAIN], cleanEnv({ ...shared, HEALTH_PORT: String(healthPort) }));
    const [a, b] = await Promise.all([startReplica(fake, { ...shared, GATEWAY: 'off' }), startReplica(fake, { ...shared, GATEWAY: 'off' })]);
    await bot.waitForStderrLine(/"msg":"ready"/, 30_000);
    if (!a || !b) throw new Error('replicas');

    // Only the bot connects the gateway; it is ready and says so on its health port.
    expect(fake.identifies.filter((i) => i.accepted)).toHaveLength(1);
    const health = `http://127.0.0.1:${healthPort}`;
    expect(await get(`${health}/healthz`)).toMatchObject({ status: 200 });
    const until = Date.now() + 8000;
    while (asObject((await get(`${health}/readyz`)).json).redis !== 'up' && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(await get(`${health}/readyz`)).toMatchObject({ status: 200, json: { ready: true, gateway: 'ready', redis: 'up' } });
    expect((await get(`${health}/metrics`)).text).toMatch(/talks_bot_gateway_up\{shard="0"\} 1/);

    const userId = '1300000000000000555';
    fake.sendMessage(mentionMessage({ content: 'when were the phone talks?', userId }));
    await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${fake.ids.channelId}/messages`, 10_000);
    const first = await fake.postInteraction(a.endpoint, chatInputInteraction({ name: 'when', userId }));
    expect(flagsOf(asObject(asObject(first.body).data)) & MessageFlags.Ephemeral).toBe(0);
    // Third public reply in the window, on the other replica: refused, privately.
    const third = await fake.postInteraction(b.endpoint, chatInputInteraction({ name: 'when', userId }));
    expect(flagsOf(asObject(asObject(third.body).data)) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect((await get(`${health}/metrics`)).text).toMatch(/type="mention",command="mention",outcome="answered"\} 1/);

    // A question mentioned on the gateway, its follow-up asked with /ask on a replica: it continues.
    const asker = '1300000000000000556';
    const mention = fake.sendMessage(mentionMessage({ content: 'who did Song Tao talk to in 2022?', userId: asker }));
    await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${fake.ids.channelId}/messages` && JSON.stringify(r.body).includes(mention.id), 10_000);
    const follow = await fake.postInteraction(b.endpoint, chatInputInteraction({ name: 'ask', userId: asker, options: { question: 'what did they sign?' } }));
    expect(onlyEmbed(asObject(asObject(follow.body).data)).description).toMatch(/^\*\(about Le Hoai Trung, Song Tao and the talks of 19 April 2022\)\*/);

    for (const proc of [bot, a.proc, b.proc]) proc.child.kill('SIGTERM');
    for (const proc of [bot, a.proc, b.proc]) expect((await proc.exited(15_000)).code).toBe(0);
  });
});
