// Nothing unsafe leaves the bot, end to end against the fake Discord with the real discord.js client: interaction
// tokens (webhook credentials for 15 minutes) never reach the log, even when Discord rejects a reply and the REST
// error carries the token in its URL; every string sent is well-formed UTF-16, lone surrogates in the input
// included; user text in titles shows as typed; a missing or invalid option gets a friendly notice and an info
// line, not "command failed". Last, a seeded property run: hostile text through every way in, and every payload
// the bot sent is well-formed and within Discord's limits.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType, Locale, MessageFlags, Routes, type APIMessage } from 'discord.js';
import type { Bot } from '../../src/discord/bot.js';
import type { Command } from '../../src/discord/command.js';
import type { LoadedCommand } from '../../src/discord/load-commands.js';
import { en } from '../../src/i18n/en.js';
import { vi as viMessages } from '../../src/i18n/vi.js';
import type { FakeDiscord as FakeDiscordType, RecordedRequest } from '../support/fake-discord.js';
import { FakeDiscord } from '../support/fake-discord.js';
import { startBot } from '../support/harness.js';
import { LONE_SURROGATE, PROPERTY_SEED, hostileMessage, hostileText, payloadProblems } from '../support/outgoing.js';
import { autocompleteInteraction, chatInputInteraction, mentionMessage, messageCommandInteraction, messagePayload, userPayload } from '../support/payloads.js';
import type { OptionValue } from '../support/payloads.js';
import { asObject, contentOf, flagsOf, isObject, onlyEmbed, stringField, type LogCollector, type LogEntry } from './helpers.js';

let fake: FakeDiscordType;
let bot: Bot;
let logs: LogCollector;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  ({ bot, logs } = await startBot(fake));
});

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
});

// ---------------------------------------------------------------- helpers

/** Shaped like Discord's: "interaction:" in base64, then the id and a secret. */
function realShapedToken(id: string): string {
  return `aW50ZXJhY3Rpb246${Buffer.from(`${id}:${randomBytes(96).toString('base64url')}`).toString('base64url')}`;
}

type Payload = ReturnType<typeof chatInputInteraction>;

/** Sends a slash command with a real-shaped token and waits for its first callback. */
async function send(payload: Payload): Promise<{ id: string; token: string; data: Record<string, unknown> }> {
  const sent = fake.sendInteraction({ ...payload, token: realShapedToken(payload.id) });
  const callback = await fake.waitForCallback(sent.id);
  return { id: sent.id, token: sent.token, data: callback.data ?? {} };
}

const slash = (name: string, options: Record<string, OptionValue> = {}, locale?: Locale) =>
  chatInputInteraction({ name, options, ...(locale ? { locale } : {}) });

const isCallbackOf = (id: string) => (r: RecordedRequest) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`);

function waitForLog(mark: number, match: (entry: LogEntry) => boolean, what: string): Promise<LogEntry> {
  return fake.waitFor(() => logs.since(mark).find(match), 8000, what);
}

/** Swaps one loaded command's execute while `body` runs (createBot hands its handlers this very Map). */
async function withExecute(name: string, execute: Command['execute'], body: () => Promise<void>): Promise<void> {
  const commands = bot.commands as Map<string, LoadedCommand>;
  const original = commands.get(name);
  if (original?.kind !== 'slash') throw new Error(`no /${name} loaded`);
  commands.set(name, { ...original, command: { ...original.command, execute } });
  try {
    await body();
  } finally {
    commands.set(name, original);
  }
}

function expectNoSecret(mark: number, ...tokens: string[]): void {
  const raw = logs.lines.slice(mark).join('');
  for (const token of tokens) {
    expect(raw).not.toContain(token);
    // Nor any long piece of it (a token cut by a length limit is still most of a credential).
    expect(raw).not.toContain(token.slice(16, 56));
  }
}

// ---------------------------------------------------------------- tests

describe('interaction tokens never reach the log', () => {
  it('a reply Discord rejects (400 Invalid Form Body): the error is logged with its URL, the token redacted, no request body', async () => {
    const mark = logs.lines.length;
    const payload = slash('when');
    fake.injectRestFault({ match: isCallbackOf(payload.id), status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: { data: { embeds: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 6000 or fewer in length.' }] } } } } });
    const sent = fake.sendInteraction({ ...payload, token: realShapedToken(payload.id) });
    const entry = await waitForLog(mark, (e) => e.msg === 'command failed', 'the failure log');
    const error = asObject(entry.error, 'the logged error');
    expect(error).toMatchObject({ code: 50035, status: 400, method: 'POST' });
    expect(stringField(error, 'url')).toMatch(new RegExp(`/interactions/${sent.id}/\\[redacted\\]/callback`));
    // The body sent is user text and answer; the log keeps what went wrong, not what was said.
    expect(error.requestBody).toBeUndefined();
    await fake.waitForCallback(sent.id);
    expectNoSecret(mark, sent.token);
  });

  it('a reply that fails on every retry (500), and the failure notice after it: neither log line holds the token', async () => {
    const mark = logs.lines.length;
    const payload = slash('who');
    fake.injectRestFault({ match: isCallbackOf(payload.id), status: 500, body: { code: 0, message: 'Internal Server Error' }, times: 20 });
    const sent = fake.sendInteraction({ ...payload, token: realShapedToken(payload.id) });
    await waitForLog(mark, (e) => e.msg === 'could not report the failure to the user', 'the second failure');
    expect(logs.since(mark).filter((e) => e.level === 'error').length).toBeGreaterThanOrEqual(2);
    expectNoSecret(mark, sent.token);
  });

  it('an edit of a deferred reply that fails (webhook URL with the token): redacted too', async () => {
    const mark = logs.lines.length;
    await withExecute(
      'talks',
      async (interaction) => {
        await interaction.deferReply();
        await interaction.editReply({ content: 'edited' });
      },
      async () => {
        const payload = slash('talks');
        const token = realShapedToken(payload.id);
        fake.injectRestFault({ match: (r) => r.method === 'PATCH' && r.path === `/webhooks/${fake.ids.applicationId}/${token}/messages/@original`, status: 404, body: { code: 10008, message: 'Unknown Message' }, times: 2 });
        fake.sendInteraction({ ...payload, token });
        const entry = await waitForLog(mark, (e) => e.msg === 'command failed', 'the failure log');
        expect(stringField(asObject(entry.error), 'url')).toContain(`/webhooks/${fake.ids.applicationId}/[redacted]/messages/%40original`);
        await waitForLog(mark, (e) => e.msg === 'could not report the failure to the user', 'the failed notice');
        expectNoSecret(mark, token, token.slice(0, 60));
      },
    );
  });

  it('autocomplete whose answer Discord rejects: redacted', async () => {
    const mark = logs.lines.length;
    const payload = autocompleteInteraction({ name: 'ask', focused: { name: 'question', value: 'who' } });
    const token = realShapedToken(payload.id);
    fake.injectRestFault({ match: isCallbackOf(payload.id), status: 400, body: { code: 50035, message: 'Invalid Form Body' }, times: 2 });
    fake.sendInteraction({ ...payload, token });
    await waitForLog(mark, (e) => e.msg === 'autocomplete failed', 'the autocomplete failure');
    expectNoSecret(mark, token);
  });
});

describe('every string sent is well-formed UTF-16', () => {
  it('/ask with lone surrogates: the echoed title and everything else in the reply are well-formed', async () => {
    const { data } = await send(slash('ask', { question: '\uD800who took part\uDC00 in the 2022 talks?\uD83D' }));
    expect(payloadProblems(data, 'message')).toEqual([]);
    expect(onlyEmbed(data).title).toBe('who took part in the 2022 talks?');
    expect(onlyEmbed(data).description).toContain('Le Hoai Trung');
  });

  it('/ask autocomplete never offers a choice with a lone surrogate (the echo of what was typed included)', async () => {
    for (const typed of ['who\uD800 is', '\uDC00', `${'a'.repeat(98)}\uD83D\uDE00`, `${'😀'.repeat(60)}\uD83D`]) {
      const payload = autocompleteInteraction({ name: 'ask', focused: { name: 'question', value: typed } });
      const sent = fake.sendInteraction(payload);
      const callback = await fake.waitForCallback(sent.id);
      expect(callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
      expect(payloadProblems(callback.data, 'choices'), JSON.stringify(typed)).toEqual([]);
    }
  });

  it('a mention with lone surrogates gets a well-formed reply', async () => {
    const message = fake.sendMessage(mentionMessage({ content: 'when were \uDBFFthe talks?\uDFFF' }));
    const post = await fake.waitForRequest((r) => r.method === 'POST' && r.path === Routes.channelMessages(fake.ids.channelId) && isObject(r.body) && JSON.stringify(r.body.message_reference ?? '').includes(message.id));
    expect(payloadProblems(post.body, 'message')).toEqual([]);
  });

  it('Find sources on a message with lone surrogates: the excerpt shown is well-formed', async () => {
    const target: APIMessage = messagePayload({ channelId: fake.ids.channelId, guildId: fake.ids.guildId, author: userPayload('1300000000000000044', 'claimant'), content: 'They signed a \uD800cooperation plan\uDC00 in 2022 for 2021-2025.' });
    const sent = fake.sendInteraction(messageCommandInteraction({ name: 'Find sources', target }));
    const callback = await fake.waitForCallback(sent.id);
    expect(payloadProblems(callback.data, 'message')).toEqual([]);
    expect(onlyEmbed(callback.data).description).toContain('They signed a cooperation plan in 2022');
  });
});

describe('user text in titles shows as typed', () => {
  // Each would render as markdown in an embed title or description if not escaped.
  it.each([
    ['# HUGE HEADING', '\\# HUGE HEADING'],
    ['## smaller heading', '\\## smaller heading'],
    ['-# small print', '\\-# small print'],
    ['[free nitro](https://example.invalid/claim)', '\\[free nitro](https://example.invalid/claim)'],
    ['> quoted', '\\> quoted'],
    ['>>> quoted block', '\\>>> quoted block'],
    ['- a bullet', '\\- a bullet'],
    ['1. a numbered line', '1\\. a numbered line'],
    ['**bold** __under__ ~~gone~~ ||hidden|| `code`', '\\*\\*bold\\*\\* \\_\\_under\\_\\_ \\~\\~gone\\~\\~ \\|\\|hidden\\|\\| \\`code\\`'],
  ])('/ask %j', async (question, title) => {
    const { data } = await send(slash('ask', { question }));
    expect(onlyEmbed(data).title).toBe(title);
  });

  it('a mention\'s question in the reply title is escaped as well', async () => {
    const message = fake.sendMessage(mentionMessage({ content: '# who took part? [x](https://example.invalid)' }));
    const post = await fake.waitForRequest((r) => r.method === 'POST' && r.path === Routes.channelMessages(fake.ids.channelId) && JSON.stringify(isObject(r.body) ? (r.body.message_reference ?? '') : '').includes(message.id));
    expect(onlyEmbed(post.body).title).toBe('\\# who took part? \\[x](https://example.invalid)');
  });
});

describe('a missing or invalid option is bad input, not a bot failure', () => {
  it.each([
    ['/ask without its question', slash('ask')],
    ['/ask with a number for its question', slash('ask', { question: 42 })],
    ['/cite without its sentence', slash('cite')],
    ['/who with a boolean for its talk', slash('who', { talk: true })],
  ])('%s: a private notice saying so, an info line, no error', async (_what, payload) => {
    const mark = logs.lines.length;
    const { id, data } = await send(payload);
    expect(flagsOf(data) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(contentOf(data)).toBe(en.badOptions);
    const entry = await waitForLog(mark, (e) => e.msg === 'bad input: an option is missing or invalid' && e.interactionId === id, 'the info line');
    expect(entry.level).toBe('info');
    expect(typeof entry.problem).toBe('string');
    expect(logs.since(mark).filter((e) => e.level === 'error' || e.level === 'warn')).toEqual([]);
  });

  it('autocomplete without a focused option: no choices, an info line, no error', async () => {
    const mark = logs.lines.length;
    const payload = autocompleteInteraction({ name: 'ask', focused: { name: 'question', value: 'who' } });
    const data = asObject(payload.data, 'autocomplete data');
    // As a client that lost track of which option is being typed in would send it.
    const options = (Array.isArray(data.options) ? data.options : []).map((o) => ({ ...asObject(o), focused: false }));
    const sent = fake.sendInteraction({ ...payload, data: { ...data, options } } as typeof payload);
    const callback = await fake.waitForCallback(sent.id);
    expect(asObject(callback.data).choices).toEqual([]);
    const entry = await waitForLog(mark, (e) => e.msg === 'bad input: an option is missing or invalid' && e.interactionId === sent.id, 'the info line');
    expect(entry.level).toBe('info');
    expect(logs.since(mark).filter((e) => e.level === 'error' || e.level === 'warn')).toEqual([]);
  });

  it('in the user\'s language', async () => {
    const { data } = await send(slash('ask', {}, Locale.Vietnamese));
    expect(contentOf(data)).toBe(viMessages.badOptions);
  });
});

describe('property: for any input, every payload the bot sends is well-formed and within Discord\'s limits', () => {
  /** Every request the bot made since `mark` that carries a message or choices, with what is wrong with it. */
  function problemsSince(mark: number): string[] {
    return fake.requests.slice(mark).flatMap((r) => {
      if (r.method === 'GET' || r.body === undefined) return [];
      if (r.path.startsWith('/interactions/')) {
        const body = asObject(r.body, 'a callback');
        if (body.type === InteractionResponseType.ApplicationCommandAutocompleteResult) return payloadProblems(body.data, 'choices').map((p) => `${r.path}: ${p}`);
        return isObject(body.data) ? payloadProblems(body.data, 'message').map((p) => `${r.path}: ${p}`) : [];
      }
      return payloadProblems(r.body, 'message').map((p) => `${r.method} ${r.path}: ${p}`);
    });
  }

  const runs = { seed: PROPERTY_SEED, numRuns: 50, endOnFailure: true };

  it('/ask (and /ask hide:true)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.boolean(), async (question, hide) => {
        const mark = fake.requests.length;
        await send(slash('ask', { question, hide }));
        expect(problemsSince(mark)).toEqual([]);
      }),
      runs,
    );
  });

  it('autocomplete of /ask and /cite', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.constantFrom(['ask', 'question'], ['cite', 'sentence']), async (typed, [name, option]) => {
        const mark = fake.requests.length;
        const sent = fake.sendInteraction(autocompleteInteraction({ name, focused: { name: option, value: typed } }));
        await fake.waitForCallback(sent.id);
        expect(problemsSince(mark)).toEqual([]);
      }),
      runs,
    );
  });

  it('/cite with typed text', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (sentence) => {
        const mark = fake.requests.length;
        await send(slash('cite', { sentence }));
        expect(problemsSince(mark)).toEqual([]);
      }),
      runs,
    );
  });

  it('mentions', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (content) => {
        const mark = fake.requests.length;
        const message = fake.sendMessage(mentionMessage({ content }));
        await fake.waitForRequest((r) => r.path === Routes.channelMessages(fake.ids.channelId) && JSON.stringify(isObject(r.body) ? (r.body.message_reference ?? '') : '').includes(message.id), 8000);
        expect(problemsSince(mark)).toEqual([]);
      }),
      runs,
    );
  });

  it('Find sources on a message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileMessage, hostileText), async (content) => {
        const mark = fake.requests.length;
        const target = messagePayload({ channelId: fake.ids.channelId, guildId: fake.ids.guildId, author: userPayload('1300000000000000044', 'claimant'), content });
        const sent = fake.sendInteraction(messageCommandInteraction({ name: 'Find sources', target }));
        await fake.waitForCallback(sent.id);
        expect(problemsSince(mark)).toEqual([]);
      }),
      runs,
    );
  });

  it('the generator does produce what the property is about', () => {
    const sample = fc.sample(hostileText, { seed: PROPERTY_SEED, numRuns: 200 });
    expect(sample.some((s) => LONE_SURROGATE.test(s))).toBe(true);
    expect(sample.some((s) => s.length > 2000)).toBe(true);
    expect(sample.some((s) => /\[.+\]\(https?:/.test(s))).toBe(true);
    expect(sample.some((s) => s.includes('@everyone') || s.includes('<@'))).toBe(true);
  });
});
