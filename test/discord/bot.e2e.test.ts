// The bot end to end, as a Discord user meets it: the real discord.js client (createBot) logged in to the fake
// Discord on 127.0.0.1, slash commands, autocomplete and mentions dispatched over the gateway, and the replies
// checked in the raw REST bodies the fake recorded. One fake and one bot serve the whole file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayIntentBits, InteractionResponseType, Locale, MessageFlags, Routes } from 'discord.js';
import type { APIChatInputApplicationCommandGuildInteraction, GatewayMessageCreateDispatchData } from 'discord.js';
import { loadEngine } from '../../src/answering/load.js';
import type { Answer } from '../../src/answering/types.js';
import { createBot } from '../../src/discord/bot.js';
import type { Bot } from '../../src/discord/bot.js';
import type { Command } from '../../src/discord/command.js';
import type { LoadedCommand } from '../../src/discord/load-commands.js';
import { createLogger } from '../../src/discord/log.js';
import { respond } from '../../src/discord/respond.js';
import { FakeDiscord } from '../support/fake-discord.js';
import type { RecordedCallback, RecordedRequest } from '../support/fake-discord.js';
import { autocompleteInteraction, chatInputInteraction, mentionMessage, messagePayload, userPayload } from '../support/payloads.js';
import type { OptionValue } from '../support/payloads.js';
import {
  LogCollector,
  allowedMentionsOf,
  asObject,
  contentOf,
  delay,
  embedLimitViolations,
  embedText,
  embedsOf,
  flagsOf,
  isObject,
  onlyEmbed,
  stringField,
} from './helpers.js';
import type { EmbedView, LogEntry } from './helpers.js';

const TALK_2020 = '2020-07-29-phone-talks';
const TALK_2022 = '2022-04-19-videoconference';
const SLASH_COMMANDS = ['who', 'when', 'agreements', 'topics', 'talks', 'source', 'ask', 'cite', 'help'];
const ALL_COMMANDS = [...SLASH_COMMANDS, 'Find sources'];

let fake: FakeDiscord;
let bot: Bot;
const logs = new LogCollector();

beforeAll(async () => {
  fake = await FakeDiscord.start();
  bot = await createBot(
    loadEngine(),
    // Most tests here ask as the same user; the cooldown has its own bot in cooldown.e2e.test.ts.
    { token: fake.token, guildId: undefined, apiUrl: fake.apiUrl, cooldown: { limit: 0, windowMs: 0 } },
    createLogger([fake.token], logs.sink),
  );
  await bot.start();
});

afterAll(async () => {
  // The bot first: stopping the fake under a live client makes it try to reconnect.
  await bot?.stop();
  await fake?.stop();
});

// ---------------------------------------------------------------- helpers

interface Exchange {
  payload: APIChatInputApplicationCommandGuildInteraction;
  callback: RecordedCallback;
  data: Record<string, unknown>;
}

/** Runs a slash command as a guild member would and returns the bot's initial response. */
async function run(name: string, options: Record<string, OptionValue> = {}, userId?: string): Promise<Exchange> {
  const payload = fake.sendInteraction(chatInputInteraction({ name, options, ...(userId === undefined ? {} : { userId }) }));
  const callback = await fake.waitForCallback(payload.id);
  return { payload, callback, data: callback.data ?? {} };
}

/** Runs a command whose answer is an embed in a type 4 callback, and returns that embed. */
async function embedAnswer(name: string, options: Record<string, OptionValue> = {}): Promise<{ embed: EmbedView; exchange: Exchange }> {
  const exchange = await run(name, options);
  expect(exchange.callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
  expect(exchange.callback.request.status).toBe(204);
  return { embed: onlyEmbed(exchange.data), exchange };
}

function citationDates(embed: EmbedView): string[] {
  return embed.fields.map((f) => f.name);
}

/** The reply the bot posted in the channel to the message `messageId`, if any. */
function replyTo(messageId: string): (req: RecordedRequest) => boolean {
  return (req) => {
    if (req.method !== 'POST' || req.path !== Routes.channelMessages(fake.ids.channelId) || !isObject(req.body)) return false;
    const reference = req.body.message_reference;
    return isObject(reference) && stringField(reference, 'message_id') === messageId;
  };
}

function channelPosts(): RecordedRequest[] {
  return fake.requests.filter((r) => r.method === 'POST' && r.path === Routes.channelMessages(fake.ids.channelId));
}

function originalPath(token: string): string {
  return `/webhooks/${fake.ids.applicationId}/${token}/messages/@original`;
}

/**
 * Swaps one loaded command's execute for the duration of `body`. createBot hands its handlers the very Map it
 * returns as `commands` (typed ReadonlyMap, but a plain Map of plain objects), so replacing the entry is enough.
 */
async function withCommand(name: string, patch: Partial<Command>, body: () => Promise<void>): Promise<void> {
  expect(bot.commands).toBeInstanceOf(Map);
  const commands = bot.commands as Map<string, LoadedCommand>;
  const original = commands.get(name);
  if (original?.kind !== 'slash') throw new Error(`no /${name} loaded`);
  commands.set(name, { ...original, command: { ...original.command, ...patch } });
  try {
    await body();
  } finally {
    commands.set(name, original);
  }
}

function withExecute(name: string, execute: Command['execute'], body: () => Promise<void>): Promise<void> {
  return withCommand(name, { execute }, body);
}

/**
 * Makes the fake forget an interaction it was just sent, so the bot's callback gets 10062 Unknown interaction, as
 * on Discord once the 3-second window has passed. The fake has no public switch for this, hence the private field.
 * Must be called in the same tick as sendInteraction (the bot cannot answer before the next turn of the loop).
 */
function expireInteraction(interactionId: string): void {
  fake.expireInteraction(interactionId);
}

function waitForLog(mark: number, match: (entry: LogEntry) => boolean, what: string): Promise<LogEntry> {
  return fake.waitFor(() => logs.since(mark).find(match), 5000, what);
}

function choicesOf(callback: RecordedCallback): { name: string; value: string }[] {
  const choices = asObject(callback.data, 'autocomplete data').choices;
  if (!Array.isArray(choices)) throw new Error('autocomplete data without choices');
  return choices.map((c) => {
    const obj = asObject(c, 'a choice');
    const name = stringField(obj, 'name');
    const value = stringField(obj, 'value');
    if (name === undefined || value === undefined) throw new Error(`malformed choice ${JSON.stringify(c)}`);
    return { name, value };
  });
}

async function autocomplete(typed: string): Promise<{ name: string; value: string }[]> {
  const payload = fake.sendInteraction(autocompleteInteraction({ name: 'ask', focused: { name: 'question', value: typed } }));
  const callback = await fake.waitForCallback(payload.id);
  expect(callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
  return choicesOf(callback);
}

function expectNoPings(body: unknown): void {
  const allowed = allowedMentionsOf(body);
  expect(allowed, 'allowed_mentions must be sent, or Discord applies its defaults').toBeDefined();
  expect(allowed?.parse).toEqual([]);
  // Explicit users/roles lists would ping those even with parse empty.
  expect(allowed?.users ?? []).toEqual([]);
  expect(allowed?.roles ?? []).toEqual([]);
}

// ---------------------------------------------------------------- tests

describe('login', () => {
  it('identifies with Guilds|GuildMessages|DirectMessages only (no privileged Message Content) and loads all ten commands', async () => {
    const identify = await fake.waitForIdentify();
    expect(identify.accepted).toBe(true);
    expect(identify.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages);
    expect(identify.intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(bot.client.isReady()).toBe(true);
    expect([...bot.commands.keys()].sort()).toEqual([...ALL_COMMANDS].sort());
    // Registering commands is deploy-commands' job, never start-up's.
    expect(fake.requests.filter((r) => r.method === 'PUT')).toEqual([]);
    expect(logs.entries().find((e) => e.msg === 'ready')).toMatchObject({ level: 'info' });
  });
});

describe('slash commands', () => {
  it('/who names every participant with VNA citations, article dates in the footer, and pings nobody', async () => {
    const { embed, exchange } = await embedAnswer('who');

    for (const name of ['Hoang Binh Quan', 'Le Hoai Trung', 'Song Tao']) expect(embed.description).toContain(name);
    expect(embed.fields.length).toBeGreaterThanOrEqual(2);
    for (const field of embed.fields) {
      expect(field.name).toContain('VNA');
      expect(field.value.length).toBeGreaterThan(20);
    }
    const names = citationDates(embed).join(' | ');
    expect(names).toContain('29 July 2020');
    expect(names).toContain('19 April 2022');
    expect(embed.footer).toContain('29 July 2020');
    expect(embed.footer).toContain('19 April 2022');
    expect(flagsOf(exchange.data) & MessageFlags.Ephemeral).toBe(0);
    expectNoPings(exchange.data);
  });

  it('/who talk:2022 only answers about 2022', async () => {
    const { embed } = await embedAnswer('who', { talk: TALK_2022 });
    const text = embedText(embed);
    expect(embed.description).toContain('Le Hoai Trung');
    expect(embed.description).toContain('Song Tao');
    expect(text).not.toContain('Hoang Binh Quan');
    expect(text).not.toContain('2020');
    for (const field of embed.fields) expect(field.name).toContain('19 April 2022');
  });

  it('/who with a talk id Discord no longer offers gets a private "unknown talk" notice', async () => {
    const { callback, data } = await run('who', { talk: '1999-01-01-nonexistent' });
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(flagsOf(data) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(contentOf(data)).toMatch(/do not know that talk/i);
  });

  it('/when gives both dates', async () => {
    const { embed } = await embedAnswer('when');
    expect(embed.description).toContain('29 July 2020');
    expect(embed.description).toContain('19 April 2022');
    expect(embed.fields.length).toBeGreaterThanOrEqual(2);
  });

  it('/agreements talk:2022 names the cooperation plan and the cadre-training scheme, quoting "signed a cooperation plan"', async () => {
    const { embed } = await embedAnswer('agreements', { talk: TALK_2022 });
    expect(embed.description).toContain('cooperation plan');
    expect(embed.description).toContain('training cadres');
    expect(embed.fields.some((f) => f.value.includes('signed a cooperation plan'))).toBe(true);
    expect(embedText(embed)).not.toContain('Hoang Binh Quan');
  });

  it('/ask about vaccine passports answers with Le Hoai Trung and a 19 April 2022 citation', async () => {
    const { embed } = await embedAnswer('ask', { question: 'did they discuss vaccine passports?' });
    expect(embed.description).toMatch(/vaccine passports/i);
    expect(embed.description).toContain('Le Hoai Trung');
    expect(embed.fields.length).toBeGreaterThanOrEqual(1);
    expect(embed.fields.some((f) => f.name.includes('19 April 2022'))).toBe(true);
    expect(embed.title).toBe('did they discuss vaccine passports?');
  });

  it('a slash command answers in the user\'s Discord locale (vi, zh-CN), the quotes still the English article', async () => {
    for (const [locale, wording, footer] of [[Locale.Vietnamese, 'Lê Hoài Trung', 'ngày đăng'], [Locale.ChineseCN, '黎怀忠', '报道日期']] as const) {
      const payload = fake.sendInteraction(chatInputInteraction({ name: 'who', options: { talk: TALK_2022 }, locale }));
      const embed = onlyEmbed((await fake.waitForCallback(payload.id)).data ?? {});
      expect(embed.description).toContain(wording);
      expect(embed.footer).toContain(footer);
      expect(embed.fields.some((f) => f.value.includes('Le Hoai Trung'))).toBe(true);
    }
  });

  it('/ask answers in the question\'s language, whatever the locale', async () => {
    const payload = fake.sendInteraction(chatInputInteraction({ name: 'ask', options: { question: '宋涛是谁' }, locale: Locale.EnglishUS }));
    const embed = onlyEmbed((await fake.waitForCallback(payload.id)).data ?? {});
    expect(embed.description).toContain('中共中央对外联络部');
    expect(embed.fields.some((f) => f.value.includes('International Liaison Department'))).toBe(true);
  });

  it('/ask off-topic gets a refusal without citations, but still a reply', async () => {
    const { embed, exchange } = await embedAnswer('ask', { question: "what's the weather in Hanoi?" });
    expect(embed.fields).toEqual([]);
    expect(embed.description).toMatch(/outside/i);
    expect(flagsOf(exchange.data) & MessageFlags.Ephemeral).toBe(0);
  });

  it('/ask hide:true answers ephemerally', async () => {
    const { exchange } = await embedAnswer('ask', { question: 'who took part?', hide: true });
    expect(flagsOf(exchange.data) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('/ask echoing "@everyone" never pings', async () => {
    const { embed, exchange } = await embedAnswer('ask', { question: '@everyone who took part?' });
    expectNoPings(exchange.data);
    expect(embed.description).toContain('Song Tao');
    expect(contentOf(exchange.data) ?? '').not.toContain('@everyone');
  });

  it('/ask shows the question as typed in the title: one line, markdown escaped, emoji whole', async () => {
    const question = `**who**\ntook _part_? ${'🙂'.repeat(200)}`;
    const { embed } = await embedAnswer('ask', { question });
    expect(embed.title?.startsWith('\\*\\*who\\*\\* took \\_part\\_? 🙂')).toBe(true);
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
    expect(embed.title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(embed.description).toContain('Song Tao');
  });

  it('/talks lists both talks with their sources', async () => {
    const { embed } = await embedAnswer('talks');
    expect(embed.title).toBe('Talks');
    expect(embed.description).toContain('29 July 2020');
    expect(embed.description).toContain('19 April 2022');
    expect(embed.description).toContain('VNA');
  });

  it('/source talk:2020 gives the 2020 article and its headline', async () => {
    const { embed } = await embedAnswer('source', { talk: TALK_2020 });
    expect(embed.description).toContain('Vietnam News Agency');
    expect(embed.description).toContain('phone talks');
    expect(embed.description).toContain('29 July 2020');
    expect(embedText(embed)).not.toContain('19 April 2022');
    expect(embed.fields.length).toBeGreaterThanOrEqual(1);
  });

  it('/topics summarises each talk with its topics', async () => {
    const { embed } = await embedAnswer('topics');
    expect(embed.title).toBe('Topics');
    expect(embed.description).toContain('29 July 2020');
    expect(embed.description).toContain('19 April 2022');
    expect(embed.description).toContain('COVID-19');
  });

  it('/help is ephemeral and lists the commands', async () => {
    const { embed, exchange } = await embedAnswer('help');
    expect(flagsOf(exchange.data) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    for (const name of SLASH_COMMANDS) expect(embed.description).toContain(`/${name}`);
    expect(embed.description).toContain('Find sources');
  });

  it('an unknown command gets an ephemeral "unknown" notice', async () => {
    const { callback, data } = await run('nonexistent');
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(flagsOf(data) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(contentOf(data)).toMatch(/don't know \/nonexistent/);
    expectNoPings(data);
  });
});

describe('autocomplete', () => {
  it('suggests 1..25 valid questions for "who is", one about Song Tao', async () => {
    const choices = await autocomplete('who is');
    expect(choices.length).toBeGreaterThanOrEqual(1);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeGreaterThanOrEqual(1);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeGreaterThanOrEqual(1);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices.some((c) => c.name.includes('Song Tao'))).toBe(true);
    expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length);
  });

  it('still answers with at most 25 choices for empty and for very long input', async () => {
    const empty = await autocomplete('');
    expect(empty.length).toBeLessThanOrEqual(25);
    const long = await autocomplete(`what did Song Tao say about ${'the sea and maritime issues '.repeat(12)}`);
    expect(long.length).toBeGreaterThanOrEqual(1);
    expect(long.length).toBeLessThanOrEqual(25);
    for (const choice of long) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('mentions', () => {
  it('answers "@bot when were the talks?" with a reply to that message, pinging nobody', async () => {
    const payload = fake.sendMessage(mentionMessage({ content: 'when were the talks?' }));
    const post = await fake.waitForRequest(replyTo(payload.id));

    expect(post.status).toBe(200);
    const body = asObject(post.body, 'the reply body');
    expect(body.message_reference).toMatchObject({ message_id: payload.id });
    const embed = onlyEmbed(body);
    expect(embed.description).toContain('29 July 2020');
    expect(embed.description).toContain('19 April 2022');
    expectNoPings(body);
    expect(allowedMentionsOf(body)?.replied_user).toBe(false);
  });

  it('a bare mention gets the help text', async () => {
    const payload = fake.sendMessage(mentionMessage({ content: `<@${fake.ids.botUserId}>` }));
    const post = await fake.waitForRequest(replyTo(payload.id));
    expect(onlyEmbed(post.body).description).toContain('/ask');
  });

  it('a mention carrying other chat markup is read without it: the title and the answer are the plain question\'s', async () => {
    const plain = 'who took part in the 2022 talks?';
    const payload = fake.sendMessage(
      mentionMessage({ content: `<@1300000000000000091> ${plain} <#1300000000000000092> <:pog:1300000000000000093> <t:1650326400:R>`, userId: '1300000000000000094' }),
    );
    const post = await fake.waitForRequest(replyTo(payload.id));
    const embed = onlyEmbed(post.body);
    expect(embed.title).toBe(plain);
    const expected = loadEngine().answer(plain);
    expect(embed.description).toContain('Le Hoai Trung');
    expect(embed.fields.map((f) => f.value)).toEqual(expected.citations.slice(0, embed.fields.length).map((c) => `“${c.quote}”`));
    expectNoPings(post.body);
  });

  it('ignores messages that do not mention the bot, @everyone, and messages from bots', async () => {
    const before = channelPosts().length;
    const author = userPayload('1300000000000000004', 'asker');
    const base = { channelId: fake.ids.channelId, guildId: fake.ids.guildId, author };
    const withGuild = (m: ReturnType<typeof messagePayload>): GatewayMessageCreateDispatchData => ({ ...m, guild_id: fake.ids.guildId });

    const ignored = [
      fake.sendMessage(withGuild(messagePayload({ ...base, content: 'when were the talks?' }))),
      fake.sendMessage({ ...withGuild(messagePayload({ ...base, content: '@everyone when were the talks?' })), mention_everyone: true }),
      fake.sendMessage({ ...mentionMessage({ content: 'when were the talks?' }), author: userPayload('1300000000000000077', 'other-bot', true) }),
      fake.sendMessage({ ...mentionMessage({ content: 'when were the talks?' }), author: fake.botUser }),
    ];
    await delay(300);
    expect(channelPosts().length).toBe(before);

    // Events are handled in order, so once a later mention is answered the ignored ones certainly were seen.
    const sentinel = fake.sendMessage(mentionMessage({ content: 'who took part?' }));
    await fake.waitForRequest(replyTo(sentinel.id));
    expect(channelPosts().length).toBe(before + 1);
    for (const message of ignored) expect(fake.requests.some(replyTo(message.id))).toBe(false);
  });
});

describe('failures', () => {
  it('a throwing command gets an ephemeral "Something went wrong", an error log without the token, and the bot keeps serving', async () => {
    const mark = logs.lines.length;
    const userId = '1300000000000000042';
    await withExecute(
      'topics',
      () => Promise.reject(new Error(`upstream failed while holding ${fake.token}`)),
      async () => {
        const { payload, callback, data } = await run('topics', {}, userId);
        expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
        expect(flagsOf(data) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
        expect(contentOf(data)).toMatch(/Something went wrong/);

        const entry = await waitForLog(mark, (e) => e.level === 'error' && e.interactionId === payload.id, 'the error log line');
        expect(entry).toMatchObject({ command: 'topics', userId, interactionId: payload.id });
        const raw = logs.lines.slice(mark).join('');
        expect(raw).toContain('[redacted]');
        expect(raw).not.toContain(fake.token);
      },
    );

    const { embed } = await embedAnswer('when');
    expect(embed.description).toContain('19 April 2022');
  });

  it('a command that defers and then throws gets the error as an edit of @original', async () => {
    await withExecute(
      'topics',
      async (interaction) => {
        await interaction.deferReply();
        throw new Error('failed after deferring');
      },
      async () => {
        const payload = fake.sendInteraction(chatInputInteraction({ name: 'topics' }));
        const callback = await fake.waitForCallback(payload.id);
        expect(callback.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
        const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === originalPath(payload.token));
        expect(edit.status).toBe(200);
        expect(contentOf(edit.body)).toMatch(/Something went wrong/);
        expectNoPings(edit.body);
        // One acknowledgement only: a second callback would be Discord's 40060.
        expect(fake.callbacks.filter((c) => c.interactionId === payload.id)).toHaveLength(1);
      },
    );
  });

  it('a command that replies and then throws gets the error as an ephemeral follow-up', async () => {
    await withExecute(
      'topics',
      async (interaction) => {
        await interaction.reply({ content: 'partial answer', allowed_mentions: { parse: [] } });
        throw new Error('failed after replying');
      },
      async () => {
        const payload = fake.sendInteraction(chatInputInteraction({ name: 'topics' }));
        const followUp = await fake.waitForRequest((r) => r.method === 'POST' && r.path === Routes.webhook(fake.ids.applicationId, payload.token));
        expect(followUp.status).toBe(200);
        expect(contentOf(followUp.body)).toMatch(/Something went wrong/);
        expect(flagsOf(followUp.body) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
        expectNoPings(followUp.body);
      },
    );
  });

  it('a failing autocomplete logs an error and still answers, with an empty list', async () => {
    const mark = logs.lines.length;
    await withCommand(
      'ask',
      { autocomplete: () => Promise.reject(new Error('suggestions unavailable')) },
      async () => {
        const payload = fake.sendInteraction(autocompleteInteraction({ name: 'ask', focused: { name: 'question', value: 'who' } }));
        const entry = await waitForLog(mark, (e) => e.interactionId === payload.id, 'the autocomplete log line');
        expect(entry).toMatchObject({ level: 'error', command: 'ask' });
        // Without a response Discord shows "Loading options failed"; the handler promises an empty list instead.
        const callback = await fake.waitForCallback(payload.id, 1000);
        expect(choicesOf(callback)).toEqual([]);
      },
    );
    expect((await autocomplete('who')).length).toBeGreaterThanOrEqual(1);
  });

  it('autocomplete for a command without suggestions answers an empty list', async () => {
    const payload = fake.sendInteraction(autocompleteInteraction({ name: 'help', focused: { name: 'topic', value: '20' } }));
    expect(choicesOf(await fake.waitForCallback(payload.id))).toEqual([]);
  });

  it('autocomplete for the talk option suggests the talks matching what was typed', async () => {
    const payload = fake.sendInteraction(autocompleteInteraction({ name: 'who', focused: { name: 'talk', value: 'april' } }));
    expect(choicesOf(await fake.waitForCallback(payload.id))).toEqual([{ name: '19 April 2022 — talks via videoconference', value: '2022-04-19-videoconference' }]);
  });

  it('an interaction answered twice (40060) is logged as a warning, not a crash', async () => {
    const mark = logs.lines.length;
    const payload = chatInputInteraction({ name: 'when' });
    // The same INTERACTION_CREATE twice: both handlers reply, the fake accepts one and answers 40060 to the other.
    fake.sendInteraction(payload);
    fake.sendInteraction(payload);

    const warning = await waitForLog(mark, (e) => e.level === 'warn' && e.interactionId === payload.id, 'the expiry warning');
    expect(warning.code).toBe(40060);
    expect(fake.callbacks.filter((c) => c.interactionId === payload.id)).toHaveLength(1);
    expect(logs.since(mark).filter((e) => e.level === 'error')).toEqual([]);

    const { embed } = await embedAnswer('when');
    expect(embed.description).toContain('29 July 2020');
  });

  it('an expired interaction (10062) is logged as a warning and the next command works', async () => {
    const mark = logs.lines.length;
    const payload = fake.sendInteraction(chatInputInteraction({ name: 'who' }));
    expireInteraction(payload.id);

    const warning = await waitForLog(mark, (e) => e.level === 'warn' && e.interactionId === payload.id, 'the expiry warning');
    expect(warning.code).toBe(10062);
    const rejected = await fake.waitForRequest((r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`);
    expect(rejected.status).toBe(404);
    expect(fake.callbacks.some((c) => c.interactionId === payload.id)).toBe(false);
    expect(logs.since(mark).filter((e) => e.level === 'error')).toEqual([]);

    const { embed } = await embedAnswer('who', { talk: TALK_2020 });
    expect(embed.description).toContain('Hoang Binh Quan');
  });

  it('an expired autocomplete is logged as a warning, not an error', async () => {
    const mark = logs.lines.length;
    const payload = fake.sendInteraction(autocompleteInteraction({ name: 'ask', focused: { name: 'question', value: 'who' } }));
    expireInteraction(payload.id);

    const warning = await waitForLog(mark, (e) => e.interactionId === payload.id, 'the autocomplete log line');
    expect(warning.level).toBe('warn');
    expect((await autocomplete('when')).length).toBeGreaterThanOrEqual(1);
  });
});

describe('Discord limits', () => {
  it.each([
    ['what did Song Tao say?'],
    ['compare the talks'],
    ['what was agreed?'],
    ['summarise the talks'],
  ])('/ask %s stays within embed limits', async (question) => {
    const { embed } = await embedAnswer('ask', { question });
    expect(embedLimitViolations(embed)).toEqual([]);
    expect(embed.fields.length).toBeGreaterThanOrEqual(1);
  });

  it('an oversized answer is cut to fit rather than rejected by Discord', async () => {
    const huge: Answer = {
      answered: true,
      lang: 'en',
      intent: 'topic',
      lines: [{ text: 'Song Tao said a great deal. '.repeat(400), cites: [] }],
      text: 'Song Tao said a great deal. '.repeat(400),
      citations: Array.from({ length: 40 }, (_, i) => ({
        talk: TALK_2022,
        date: '2022-04-19',
        source: 'VNA',
        quote: `Quote ${i}: ${'the two sides agreed to strengthen cooperation '.repeat(40)}`,
        sentence: `vna-2022-04-19:${i + 1}`,
      })),
    };
    await withExecute(
      'ask',
      (interaction, ctx) => respond(interaction, huge, ctx, { title: 'what did they say? '.repeat(30) }),
      async () => {
        const { embed } = await embedAnswer('ask', { question: 'anything' });
        expect(embedLimitViolations(embed)).toEqual([]);
        expect(embed.fields.length).toBeGreaterThanOrEqual(1);
        expect(embed.description?.length ?? 0).toBeGreaterThan(0);
        expect(embed.footer).toMatch(/quotes 1–\d of 40/);
      },
    );
  });

  it('every embed the bot sent in this file was within limits, and no log line holds a token', () => {
    const bodies: unknown[] = [
      ...fake.callbacks.map((c) => c.data).filter((d) => d !== undefined),
      ...fake.requests.filter((r) => (r.method === 'POST' || r.method === 'PATCH') && isObject(r.body) && 'embeds' in r.body).map((r) => r.body),
    ];
    expect(bodies.length).toBeGreaterThan(20);
    for (const body of bodies) for (const embed of embedsOf(body)) expect(embedLimitViolations(embed)).toEqual([]);

    const raw = logs.lines.join('');
    expect(raw).not.toContain(fake.token);
    for (const callback of fake.callbacks) expect(raw).not.toContain(callback.token);
  });
});
