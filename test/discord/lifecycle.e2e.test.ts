// The bot's life beyond answering, in process against the fake Discord (each test its own fake and bot, since
// these end sessions): shutdown that finishes replies in flight, conditions the bot cannot recover from, the
// operator's log of disconnects, retries and rate limits, and malformed gateway events.
import { afterEach, describe, expect, it } from 'vitest';
import { ChannelType, GatewayCloseCodes, InteractionResponseType, Routes } from 'discord.js';
import { loadEngine } from '../../src/answering/load.js';
import { createBot, RESTARTING, type Bot } from '../../src/discord/bot.js';
import { DROPPED_EVENT } from '../../src/discord/gateway-guard.js';
import { createLogger } from '../../src/discord/log.js';
import type { LogFields } from '../../src/discord/log.js';
import { FakeDiscord } from '../support/fake-discord.js';
import type { RecordedRequest } from '../support/fake-discord.js';
import { chatInputInteraction, dmMessage, mentionMessage } from '../support/payloads.js';
import { LogCollector, contentOf, onlyEmbed } from './helpers.js';
import type { LogEntry } from './helpers.js';

const engine = loadEngine();
let fake: FakeDiscord | undefined;
let bot: Bot | undefined;

afterEach(async () => {
  await bot?.stop();
  await fake?.stop();
  bot = undefined;
  fake = undefined;
});

interface Started {
  fake: FakeDiscord;
  bot: Bot;
  logs: LogCollector;
  fatals: { reason: string; fields: LogFields }[];
}

async function start(): Promise<Started> {
  const f = await FakeDiscord.start();
  const logs = new LogCollector();
  const fatals: Started['fatals'] = [];
  const b = await createBot(engine, { token: f.token, guildId: undefined, apiUrl: f.apiUrl }, createLogger([f.token], logs.sink, { level: 'debug' }), {
    onFatal: (reason, fields) => fatals.push({ reason, fields }),
  });
  fake = f;
  bot = b;
  await b.start();
  return { fake: f, bot: b, logs, fatals };
}

const isCallback = (req: RecordedRequest) => req.method === 'POST' && req.path.startsWith('/interactions/');
const logWith = (logs: LogCollector, msg: string) => (): LogEntry | undefined => logs.entries().find((e) => e.msg === msg);

describe('shutdown', () => {
  it('lets 20 replies in flight (1 s of REST latency each) land, turns later commands away, then closes the gateway with 1000', async () => {
    const { fake, bot } = await start();
    fake.setRestLatency(1000, isCallback);
    const payloads = Array.from({ length: 20 }, (_, i) => fake.sendInteraction(chatInputInteraction({ name: 'when', userId: `14000000000000${String(i).padStart(5, '0')}` })));
    await fake.waitFor(() => bot.inFlight === 20 || undefined, 5000, 'the bot to start 20 replies');

    const started = Date.now();
    const stopping = bot.shutdown(started + 3000);
    // Arrives after the settle window: turned away with a notice, not answered.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const late = fake.sendInteraction(chatInputInteraction({ name: 'when' }));
    const report = await stopping;
    const elapsed = Date.now() - started;

    expect(report).toEqual({ unfinished: 0, inFlightAtSignal: 20 });
    for (const payload of payloads) {
      const callback = fake.callbacks.find((c) => c.interactionId === payload.id);
      expect(callback?.type, `interaction ${payload.id}`).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect(onlyEmbed(callback?.data).description).toContain('29 July 2020');
    }
    expect(contentOf(fake.callbacks.find((c) => c.interactionId === late.id)?.data)).toBe(RESTARTING);
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(3000);
    await fake.waitFor(() => fake.openConnections === 0 || undefined, 2000, 'the gateway to close');
    expect(fake.clientCloseCodes).toEqual([1000]);
  });

  it('gives up on replies that cannot land by the deadline and says how many', async () => {
    const { fake, bot } = await start();
    fake.setRestLatency(5000, isCallback);
    fake.sendInteraction(chatInputInteraction({ name: 'who' }));
    await fake.waitFor(() => bot.inFlight === 1 || undefined, 5000, 'the reply to start');
    const started = Date.now();
    const report = await bot.shutdown(started + 500);
    expect(report.unfinished).toBe(1);
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('ignores mentions once draining, so nothing is posted in channels during a shutdown', async () => {
    const { fake, bot } = await start();
    fake.setRestLatency(600, isCallback);
    fake.sendInteraction(chatInputInteraction({ name: 'who' }));
    await fake.waitFor(() => bot.inFlight === 1 || undefined, 5000, 'the reply to start');
    const stopping = bot.shutdown(Date.now() + 3000);
    await new Promise((resolve) => setTimeout(resolve, 150));
    fake.sendMessage(mentionMessage({ content: 'when were the talks?' }));
    await stopping;
    expect(fake.requests.filter((r) => r.path === Routes.channelMessages(fake.ids.channelId))).toEqual([]);
  });
});

describe('fatal conditions are reported, not survived', () => {
  it('gateway close 4004 after READY (token revoked) → fatal, with the code and a hint', async () => {
    const { fake, fatals, logs } = await start();
    fake.closeConnections(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
    await fake.waitFor(() => fatals[0], 5000, 'the fatal report');
    expect(fatals[0]?.fields).toMatchObject({ code: 4004, name: 'AuthenticationFailed' });
    expect(String(fatals[0]?.fields.hint)).toContain('DISCORD_TOKEN');
    // No reconnect attempt: discord.js gives up on 4004.
    expect(fake.identifies).toHaveLength(1);
    expect(logs.lines.join('')).not.toContain(fake.token);
  });

  it.each([
    GatewayCloseCodes.InvalidShard,
    GatewayCloseCodes.ShardingRequired,
    GatewayCloseCodes.InvalidAPIVersion,
    GatewayCloseCodes.InvalidIntents,
    GatewayCloseCodes.DisallowedIntents,
  ])('gateway close %i → fatal', async (code) => {
    const { fake, fatals } = await start();
    fake.closeConnections(code);
    await fake.waitFor(() => fatals[0], 5000, 'the fatal report');
    expect(fatals[0]?.fields.code).toBe(code);
  });

  it('a REST 401 on a token-signed request (a mention reply) → fatal; a 401 on an interaction callback is not', async () => {
    const { fake, fatals } = await start();
    // Interaction callbacks are authorised by the interaction's own token, not the bot's.
    fake.injectRestFault({ match: isCallback, status: 401, body: { message: 'Invalid Webhook Token', code: 50027 } });
    const payload = fake.sendInteraction(chatInputInteraction({ name: 'when' }));
    await fake.waitFor(() => fake.requests.find((r) => isCallback(r) && r.status === 401 && r.path.includes(payload.id)), 5000, 'the refused callback');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fatals).toEqual([]);

    fake.injectRestFault({ match: (r) => r.path === Routes.channelMessages(fake.ids.channelId), status: 401, body: { message: '401: Unauthorized', code: 0 } });
    fake.sendMessage(mentionMessage({ content: 'when were the talks?' }));
    await fake.waitFor(() => fatals[0], 5000, 'the fatal report');
    expect(fatals).toHaveLength(1);
    expect(fatals[0]?.reason).toContain('DISCORD_TOKEN');
    expect(fatals[0]?.fields).toMatchObject({ status: 401, method: 'POST', route: '/channels/:id/messages' });
  });

  it('a gateway drop that can be resumed is logged (disconnect with its code, then resume), not fatal', async () => {
    const { fake, fatals, logs } = await start();
    fake.closeConnections(GatewayCloseCodes.UnknownError);
    await fake.waitFor(logWith(logs, 'gateway resumed'), 5000, 'the resume log');
    expect(logs.entries().find((e) => e.msg === 'gateway disconnected; reconnecting')).toMatchObject({ level: 'warn', code: 4000, name: 'UnknownError' });
    expect(fatals).toEqual([]);
  });
});

describe("the operator's log", () => {
  it('a REST 500 is logged as a retry and the reply still lands', async () => {
    const { fake, logs } = await start();
    fake.injectRestFault({ match: isCallback, status: 500, body: { message: 'oops', code: 0 } });
    const payload = fake.sendInteraction(chatInputInteraction({ name: 'when' }));
    await fake.waitForCallback(payload.id);
    expect(logs.entries().find((e) => e.msg === 'Discord REST error; retrying')).toMatchObject({ level: 'warn', status: 500, attempt: 1, route: '/interactions/:id/:token/callback' });
  });

  it('a 429 is logged with how long Discord asked to wait, and the request is retried', async () => {
    const { fake, logs } = await start();
    fake.injectRestFault({
      match: (r) => r.path === Routes.channelMessages(fake.ids.channelId),
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.2, global: false },
      headers: { 'retry-after': '0.2', 'x-ratelimit-scope': 'user' },
    });
    const message = fake.sendMessage(mentionMessage({ content: 'when were the talks?' }));
    await fake.waitFor(() => fake.requests.find((r) => r.status === 200 && r.path === Routes.channelMessages(fake.ids.channelId)), 5000, 'the retried reply');
    expect(logs.entries().find((e) => e.msg === 'rate limited by Discord (429); retrying')).toMatchObject({ level: 'warn', retryAfterMs: 200, scope: 'user', method: 'POST' });
    expect(message.id).toBeTruthy();
  });

  it('a reply that lands after 3 s is logged as such', { timeout: 10_000 }, async () => {
    const { fake, logs } = await start();
    fake.setRestLatency(3100, isCallback);
    const payload = fake.sendInteraction(chatInputInteraction({ name: 'when' }));
    await fake.waitForCallback(payload.id, 6000);
    const entry = await fake.waitFor(logWith(logs, 'reply landed after 3 s'), 2000, 'the slow-reply log');
    expect(entry).toMatchObject({ level: 'warn', command: 'when', interactionId: payload.id });
    expect(Number(entry.ms)).toBeGreaterThan(3000);
  });

  it('the ready line names the bot, the guild count and the invite link', async () => {
    const { fake, logs } = await start();
    expect(logs.entries().find((e) => e.msg === 'ready')).toMatchObject({
      tag: 'talks-bot',
      guilds: 1,
      // View Channels, Send Messages, Send Messages in Threads, Embed Links, Read Message History.
      invite: `https://discord.com/oauth2/authorize?client_id=${fake.ids.applicationId}&scope=bot+applications.commands&permissions=274877992000`,
      userInstall: `https://discord.com/oauth2/authorize?client_id=${fake.ids.applicationId}&integration_type=1&scope=applications.commands`,
    });
  });
});

describe('memory: caches do not grow with traffic', () => {
  it('200 commands and 50 mentions from as many users leave no users, members or messages cached (but itself)', async () => {
    const { fake, bot } = await start();
    const ids = Array.from({ length: 200 }, (_, i) => fake.sendInteraction(chatInputInteraction({ name: 'when', userId: `17${String(i).padStart(17, '0')}` })).id);
    for (let i = 0; i < 50; i++) fake.sendMessage(mentionMessage({ content: 'who took part?', userId: `18${String(i).padStart(17, '0')}` }));
    await fake.waitFor(() => ids.every((id) => fake.callbacks.some((c) => c.interactionId === id)) || undefined, 10_000, '200 answers');
    await fake.waitFor(() => fake.requests.filter((r) => r.path === Routes.channelMessages(fake.ids.channelId)).length === 50 || undefined, 10_000, '50 replies');
    const guild = bot.client.guilds.cache.get(fake.ids.guildId);
    expect([...bot.client.users.cache.keys()]).toEqual([fake.ids.botUserId]);
    expect([...(guild?.members.cache.keys() ?? [])]).toEqual([fake.ids.botUserId]);
    const channel = bot.client.channels.cache.get(fake.ids.channelId);
    expect(channel?.isTextBased() && 'messages' in channel ? channel.messages.cache.size : -1).toBe(0);
  });

  it('50 DMs from as many users leave no DM channel cached once answered', async () => {
    const { fake, bot } = await start();
    const dms = Array.from({ length: 50 }, (_, i) => {
      const userId = `19${String(i).padStart(17, '0')}`;
      const channelId = fake.openDM(userId);
      return { channelId, message: fake.sendMessage(dmMessage({ content: 'who took part?', channelId, userId })) };
    });
    await fake.waitFor(() => dms.every(({ channelId }) => fake.requests.some((r) => r.method === 'POST' && r.path === Routes.channelMessages(channelId))) || undefined, 10_000, '50 DM replies');
    await fake.waitFor(() => bot.client.channels.cache.filter((c) => c.type === ChannelType.DM).size === 0 || undefined, 2000, 'no DM channel cached');
    expect([...bot.client.users.cache.keys()]).toEqual([fake.ids.botUserId]);
  });
});

describe('malformed gateway events are logged and dropped; the bot keeps serving', () => {
  const cases: [string, (p: Record<string, unknown>) => void][] = [
    ['no data', (p) => delete p.data],
    ['data null', (p) => (p.data = null)],
    ['neither user nor member', (p) => {
      delete p.member;
      delete p.user;
    }],
    ['member without user', (p) => (p.member = { roles: [] })],
    ['options not a list', (p) => ((p.data as Record<string, unknown>).options = 'who')],
    ['no token', (p) => delete p.token],
    ['an empty object', (p) => {
      for (const key of Object.keys(p)) delete p[key];
    }],
  ];

  it.each(cases)('INTERACTION_CREATE with %s', async (_what, mutate) => {
    const { fake, logs } = await start();
    const bad = chatInputInteraction({ name: 'when' }) as unknown as Record<string, unknown>;
    mutate(bad);
    fake.dispatch('INTERACTION_CREATE', bad);
    await fake.waitFor(logWith(logs, 'dropped a malformed gateway event'), 3000, 'the drop log');
    expect(logs.entries().find((e) => e.msg === 'dropped a malformed gateway event')).toMatchObject({ level: 'warn', event: 'INTERACTION_CREATE' });
    const good = fake.sendInteraction(chatInputInteraction({ name: 'when' }));
    expect((await fake.waitForCallback(good.id)).type).toBe(InteractionResponseType.ChannelMessageWithSource);
  });

  it('MESSAGE_CREATE without an author', async () => {
    const { fake, logs } = await start();
    const bad = mentionMessage({ content: 'when?' }) as unknown as Record<string, unknown>;
    delete bad.author;
    fake.dispatch('MESSAGE_CREATE', bad);
    const entry = await fake.waitFor(logWith(logs, 'dropped a malformed gateway event'), 3000, 'the drop log');
    expect(entry).toMatchObject({ event: 'MESSAGE_CREATE', problem: expect.stringContaining('author') as unknown });
    expect(DROPPED_EVENT).toMatch(/^[A-Z_]+$/);
  });
});
