// Proves the fake Discord is good enough for end-to-end tests: the real discord.js Client logs in to it, receives
// dispatched interactions and messages, and its responses land in the fake's records.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { RawData } from 'ws';
import {
  Client,
  DiscordAPIError,
  Events,
  GatewayCloseCodes,
  GatewayIntentBits,
  GatewayOpcodes,
  InteractionResponseType,
  REST,
  RESTJSONErrorCodes,
  Routes,
} from 'discord.js';
import type { Interaction, Message } from 'discord.js';
import { DEFAULT_TOKEN, FakeDiscord } from './support/fake-discord.js';
import type { RecordedRequest } from './support/fake-discord.js';
import { autocompleteInteraction, buttonInteraction, chatInputInteraction, mentionMessage, messageCommandInteraction, messagePayload, userPayload } from './support/payloads.js';

let fake: FakeDiscord;
let clients: Client[] = [];

beforeEach(async () => {
  fake = await FakeDiscord.start();
});

afterEach(async () => {
  // Clients first: stopping the fake under a live client would make it try to reconnect.
  await Promise.all(clients.map((client) => client.destroy()));
  clients = [];
  await fake.stop();
});

function newClient(): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    rest: { api: fake.apiUrl },
  });
  clients.push(client);
  return client;
}

async function readyClient(): Promise<Client<true>> {
  const client = newClient();
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(fake.token);
  return ready;
}

/** Runs `handle` on the next interaction and settles with it, so a failed reply fails the test. */
function onNextInteraction(client: Client, handle: (interaction: Interaction) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    client.once(Events.InteractionCreate, (interaction) => {
      handle(interaction).then(resolve, reject);
    });
  });
}

/** Decoded, unlike Routes.webhookMessage(..., '@original'), which percent-encodes the "@". */
function originalPath(token: string): string {
  return `/webhooks/${fake.ids.applicationId}/${token}/messages/@original`;
}

function isRequest(method: string, path: string): (req: RecordedRequest) => boolean {
  return (req) => req.method === method && req.path === path;
}

describe('FakeDiscord with the real discord.js client', () => {
  it('logs in, becomes ready and caches the guild and its channel', async () => {
    const client = await readyClient();

    expect(client.user.id).toBe(fake.ids.botUserId);
    expect(client.user.bot).toBe(true);
    const guild = client.guilds.cache.get(fake.ids.guildId);
    expect(guild?.available).toBe(true);
    expect(client.channels.cache.get(fake.ids.channelId)?.isTextBased()).toBe(true);
    expect(fake.readyCount).toBe(1);
    const identify = await fake.waitForIdentify();
    expect(identify).toMatchObject({ token: fake.token, accepted: true });
    expect(identify.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages);
    expect(fake.requests.find(isRequest('GET', '/gateway/bot'))?.authorization).toBe(`Bot ${fake.token}`);

    await client.destroy();
    await fake.waitFor(() => fake.openConnections === 0, 2000, 'the client to disconnect');
  });

  it('delivers a slash command; reply, followUp and editReply are recorded', async () => {
    const client = await readyClient();
    const seen: { channelId?: string | null; question?: string | null; public?: boolean | null } = {};
    const handled = onNextInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error(`expected a chat input command, got type ${interaction.type}`);
      seen.channelId = interaction.channelId;
      seen.question = interaction.options.getString('question');
      seen.public = interaction.options.getBoolean('public');
      await interaction.reply({ content: 'first answer', allowedMentions: { parse: [] } });
      await interaction.followUp({ content: 'more sources' });
      await interaction.editReply({ content: 'edited answer' });
    });

    const payload = fake.sendInteraction(
      chatInputInteraction({ name: 'ask', options: { question: 'Who met in 2022?', public: true } }),
    );
    await handled;

    expect(seen).toEqual({ channelId: fake.ids.channelId, question: 'Who met in 2022?', public: true });
    const callback = await fake.waitForCallback(payload.id);
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.data).toMatchObject({ content: 'first answer', allowed_mentions: { parse: [] } });
    const followUp = await fake.waitForRequest(isRequest('POST', Routes.webhook(fake.ids.applicationId, payload.token)));
    expect(followUp.body).toMatchObject({ content: 'more sources' });
    expect(followUp.status).toBe(200);
    const edit = await fake.waitForRequest(isRequest('PATCH', originalPath(payload.token)));
    expect(edit.body).toMatchObject({ content: 'edited answer' });
    expect(edit.status).toBe(200);
  });

  it('records deferReply (with_response) then editReply of @original', async () => {
    const client = await readyClient();
    let fetchedContent: string | undefined;
    let loading: boolean | null | undefined;
    const handled = onNextInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      const response = await interaction.deferReply({ withResponse: true });
      loading = response.interaction.responseMessageLoading;
      await interaction.editReply('answer after thinking');
      fetchedContent = (await interaction.fetchReply()).content;
    });

    const payload = fake.sendInteraction(chatInputInteraction({ name: 'ask', options: { question: 'Why?' } }));
    await handled;

    const callback = await fake.waitForCallback(payload.id);
    expect(callback.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(callback.request.query.with_response).toBe('true');
    expect(loading).toBe(true);
    const edit = await fake.waitForRequest(isRequest('PATCH', originalPath(payload.token)));
    expect(edit.body).toMatchObject({ content: 'answer after thinking' });
    expect(fetchedContent).toBe('answer after thinking');
  });

  it('delivers an autocomplete interaction; respond() is recorded as type 8 with choices', async () => {
    const client = await readyClient();
    let focused: { name: string; value: string } | undefined;
    const handled = onNextInteraction(client, async (interaction) => {
      if (!interaction.isAutocomplete()) throw new Error('expected an autocomplete interaction');
      const option = interaction.options.getFocused(true);
      focused = { name: option.name, value: String(option.value) };
      await interaction.respond([{ name: 'The 2022 talks', value: '2022' }]);
    });

    const payload = fake.sendInteraction(autocompleteInteraction({ name: 'ask', focused: { name: 'report', value: '20' } }));
    await handled;

    expect(focused).toEqual({ name: 'report', value: '20' });
    const callback = await fake.waitForCallback(payload.id);
    expect(callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(callback.data).toEqual({ choices: [{ name: 'The 2022 talks', value: '2022' }] });
  });

  it('delivers a message mentioning the bot; message.reply() posts with a message_reference', async () => {
    const client = await readyClient();
    const handled = new Promise<{ mentioned: boolean; content: string; reply: Message }>((resolve, reject) => {
      client.once(Events.MessageCreate, (message) => {
        const mentioned = message.mentions.has(client.user);
        message.reply({ content: 'here is what was said', allowedMentions: { repliedUser: false } }).then(
          (reply) => resolve({ mentioned, content: message.content, reply }),
          reject,
        );
      });
    });

    const payload = fake.sendMessage(mentionMessage({ content: 'what was agreed?' }));
    const { mentioned, content, reply } = await handled;

    expect(mentioned).toBe(true);
    expect(content).toBe(`<@${fake.ids.botUserId}> what was agreed?`);
    const post = await fake.waitForRequest(isRequest('POST', Routes.channelMessages(fake.ids.channelId)));
    expect(post.body).toMatchObject({
      content: 'here is what was said',
      message_reference: { message_id: payload.id },
      allowed_mentions: { replied_user: false },
    });
    expect(reply.reference?.messageId).toBe(payload.id);
    expect(reply.author.id).toBe(fake.ids.botUserId);
  });

  it('resumes after the gateway drops the connection, and dispatches still arrive', async () => {
    const client = await readyClient();
    const resumed = new Promise<void>((resolve) => client.once(Events.ShardResume, () => resolve()));

    fake.closeConnections();
    await resumed;

    expect(fake.resumeCount).toBe(1);
    expect(fake.readyCount).toBe(1);
    const received = new Promise<string>((resolve) => client.once(Events.MessageCreate, (message) => resolve(message.id)));
    const payload = fake.sendMessage(mentionMessage({ content: 'still there?' }));
    expect(await received).toBe(payload.id);
  });

  it('rejects a wrong token quickly: login() fails and REST gets 401', { timeout: 5000 }, async () => {
    const client = newClient();
    const started = Date.now();
    await expect(client.login('not-the-fake-token')).rejects.toThrow(/token/i);
    expect(Date.now() - started).toBeLessThan(3000);
    const gateway = fake.requests.find(isRequest('GET', '/gateway/bot'));
    expect(gateway).toMatchObject({ status: 401, authorization: 'Bot not-the-fake-token' });
    expect(gateway?.response).toEqual({ message: '401: Unauthorized', code: 0 });
    expect(fake.readyCount).toBe(0);
  });

  it('records a bulk overwrite of guild commands sent through REST', async () => {
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    const route = Routes.applicationGuildCommands(fake.ids.applicationId, fake.ids.guildId);
    const body = [
      { name: 'ask', description: 'Ask about the talks', options: [{ type: 3, name: 'question', description: 'Your question', required: true }] },
    ];
    try {
      const result = await rest.put(route, { body });
      const request = await fake.waitForRequest(isRequest('PUT', route));
      expect(request.body).toEqual(body);
      expect(request.authorization).toBe(`Bot ${fake.token}`);
      const saved = fake.guildCommands.get(fake.ids.guildId) ?? [];
      expect(saved.map((c) => c.name)).toEqual(['ask']);
      expect(saved[0]?.id).toMatch(/^\d+$/);
      expect(result).toEqual(saved);
      expect(result).toMatchObject([{ name: 'ask', guild_id: fake.ids.guildId, application_id: fake.ids.applicationId }]);
    } finally {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    }
  });
});

describe('FakeDiscord fault injection', () => {
  it('injectRestFault answers the next matching requests with the fault, then handles them again', async () => {
    const route = `${fake.apiUrl}/v10/users/@me`;
    fake.injectRestFault({ match: (r) => r.path === '/users/@me', status: 503, body: { message: 'down', code: 0 }, headers: { 'retry-after': '1' }, times: 2 });
    const headers = { authorization: `Bot ${fake.token}` };
    const first = await fetch(route, { headers });
    const second = await fetch(route, { headers });
    const third = await fetch(route, { headers });
    expect([first.status, second.status, third.status]).toEqual([503, 503, 200]);
    expect(first.headers.get('retry-after')).toBe('1');
    expect(await first.json()).toEqual({ message: 'down', code: 0 });
  });

  it('setRestLatency holds matching requests, counted in delayedRequests while held', async () => {
    fake.setRestLatency(300, (r) => r.path === '/gateway');
    const started = Date.now();
    const pending = fetch(`${fake.apiUrl}/v10/gateway`);
    await fake.waitFor(() => fake.delayedRequests === 1 || undefined, 1000, 'the request to be held');
    expect((await pending).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(fake.delayedRequests).toBe(0);
  });

  it('records the close code a client sends, but not closes the fake makes itself', async () => {
    const client = await readyClient();
    fake.closeConnections();
    await new Promise<void>((resolve) => client.once(Events.ShardResume, () => resolve()));
    expect(fake.clientCloseCodes).toEqual([]);
    await client.destroy();
    await fake.waitFor(() => fake.openConnections === 0 || undefined, 2000, 'the client to disconnect');
    expect(fake.clientCloseCodes).toEqual([1000]);
  });

  it('flushed() resolves once dispatches have left its buffers', async () => {
    const client = await readyClient();
    for (let i = 0; i < 50; i++) fake.sendMessage(mentionMessage({ content: 'x'.repeat(1500) }));
    await expect(fake.flushed()).resolves.toBe(true);
    expect(client.isReady()).toBe(true);
  });
});

describe('FakeDiscord rejects what Discord rejects', () => {
  it('refuses a reply over 2000 characters with Invalid Form Body', async () => {
    const client = await readyClient();
    const handled = onNextInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      await interaction.reply('x'.repeat(2001));
    });

    const payload = fake.sendInteraction(chatInputInteraction({ name: 'ask' }));
    const error: unknown = await handled.then(() => undefined, (e: unknown) => e);

    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(RESTJSONErrorCodes.InvalidFormBodyOrContentType);
    expect(fake.callbacks.find((c) => c.interactionId === payload.id)).toBeUndefined();
  });

  it('answers unknown routes and unknown interactions with 404 JSON, decoding the path', async () => {
    const unknown = await fetch(`${fake.apiUrl}/v10/guilds/1/%40weird`, { method: 'DELETE' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ message: 'Unknown', code: 0 });
    expect(fake.requests.at(-1)?.path).toBe('/guilds/1/@weird');

    const callback = await fetch(`${fake.apiUrl}/v10/interactions/123/abc/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 4, data: { content: 'hi' } }),
    });
    expect(callback.status).toBe(404);
    expect(await callback.json()).toMatchObject({ code: RESTJSONErrorCodes.UnknownInteraction });
  });

  it('acks heartbeats and closes the gateway with 4004 on a bad IDENTIFY token', async () => {
    const socket = new WebSocket(`${fake.gatewayUrl}/?v=10&encoding=json`);
    const frames: { op: GatewayOpcodes }[] = [];
    socket.on('message', (data: RawData) => {
      frames.push(JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : '{}') as { op: GatewayOpcodes });
    });
    const closed = new Promise<number>((resolve) => socket.on('close', (code: number) => resolve(code)));
    try {
      await fake.waitFor(() => frames.some((f) => f.op === GatewayOpcodes.Hello), 2000, 'HELLO');
      socket.send(JSON.stringify({ op: GatewayOpcodes.Heartbeat, d: null }));
      await fake.waitFor(() => frames.some((f) => f.op === GatewayOpcodes.HeartbeatAck), 2000, 'HEARTBEAT_ACK');
      socket.send(JSON.stringify({ op: GatewayOpcodes.Identify, d: { token: DEFAULT_TOKEN.toUpperCase(), intents: 0, properties: {} } }));
      expect(await closed).toBe(GatewayCloseCodes.AuthenticationFailed);
      expect(fake.identifies).toEqual([{ token: DEFAULT_TOKEN.toUpperCase(), intents: 0, accepted: false, shard: [0, 1] }]);
    } finally {
      socket.terminate();
    }
  });
});

describe('FakeDiscord: components, message commands, threads, DMs and roles', () => {
  it('a button click answered with UpdateMessage edits the message the button is on; DeferredMessageUpdate leaves it', async () => {
    const client = await readyClient();
    const message = messagePayload({ channelId: fake.ids.channelId, guildId: fake.ids.guildId, author: fake.botUser, content: 'before' });
    const handled = onNextInteraction(client, async (interaction) => {
      if (!interaction.isButton()) throw new Error('not a button');
      expect(interaction.customId).toBe('x:1');
      expect(interaction.message.id).toBe(message.id);
      await interaction.update({ content: 'after', allowedMentions: { parse: [] } });
    });
    const click = fake.sendInteraction(buttonInteraction({ customId: 'x:1', message }));
    await handled;
    expect((await fake.waitForCallback(click.id)).type).toBe(InteractionResponseType.UpdateMessage);
    expect(fake.originalMessage(click.id)?.content).toBe('after');

    const deferred = onNextInteraction(client, async (interaction) => {
      if (!interaction.isButton()) throw new Error('not a button');
      await interaction.deferUpdate();
      await interaction.followUp({ content: 'then this', allowedMentions: { parse: [] } });
    });
    const second = fake.sendInteraction(buttonInteraction({ customId: 'x:2', message }));
    await deferred;
    expect((await fake.waitForCallback(second.id)).type).toBe(InteractionResponseType.DeferredMessageUpdate);
    expect(fake.originalMessage(second.id)?.content).toBe('after');
  });

  it('UpdateMessage on a slash command is refused, as Discord does', async () => {
    await readyClient();
    const payload = fake.sendInteraction(chatInputInteraction({ name: 'who' }));
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    await expect(
      rest.post(Routes.interactionCallback(payload.id, payload.token), { body: { type: InteractionResponseType.UpdateMessage, data: { content: 'x' } }, auth: false }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('a message command carries its target message, content included', async () => {
    const client = await readyClient();
    const target = messagePayload({ channelId: fake.ids.channelId, guildId: fake.ids.guildId, author: userPayload('1300000000000000044', 'x'), content: 'a claim' });
    const handled = onNextInteraction(client, (interaction) => {
      if (!interaction.isMessageContextMenuCommand()) throw new Error('not a message command');
      expect(interaction.commandName).toBe('Look up');
      expect(interaction.targetMessage.content).toBe('a claim');
      return Promise.resolve();
    });
    fake.sendInteraction(messageCommandInteraction({ name: 'Look up', target }));
    await handled;
  });

  it('threads and forum posts (in GUILD_CREATE or created later) and DMs are channels the bot can post in; others are unknown', async () => {
    const thread = fake.addThread();
    const client = await readyClient();
    expect(client.channels.cache.get(thread)?.isThread()).toBe(true);
    const post = fake.addThread({ forum: true });
    await fake.waitFor(() => client.channels.cache.get(post)?.isThread() || undefined, 2000, 'the forum post');
    const forumPost = client.channels.cache.get(post);
    expect(forumPost?.isThread() ? forumPost.parent?.type : undefined).toBe(15);
    const dm = fake.openDM('1300000000000000301');
    expect(fake.openDM('1300000000000000301')).toBe(dm);
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    for (const channel of [thread, post, dm]) {
      const sent = await rest.post(Routes.channelMessages(channel), { body: { content: 'hi' } });
      expect(sent).toMatchObject({ channel_id: channel, content: 'hi' });
    }
    expect(await rest.post(Routes.channelMessages(dm), { body: { content: 'hi' } })).not.toHaveProperty('guild_id');
    await expect(rest.post(Routes.channelMessages('1300000000000000999'), { body: { content: 'hi' } })).rejects.toMatchObject({ code: RESTJSONErrorCodes.UnknownChannel });
  });

  it('the guild has the bot\'s managed role, on the bot\'s member; registerCommands gives ids GET returns', async () => {
    const client = await readyClient();
    const guild = client.guilds.cache.get(fake.ids.guildId);
    expect(guild?.roles.botRoleFor(client.user)?.id).toBe(fake.botRoleId);
    const saved = fake.registerCommands([{ name: 'who', description: 'Who' }]);
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    expect(await rest.get(Routes.applicationCommands(fake.ids.applicationId))).toEqual(saved);
    expect(saved[0]?.id).toMatch(/^\d+$/);
  });
});
