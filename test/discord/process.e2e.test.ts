// The compiled bot as a process, as production runs it (`node dist/src/main.js`, package.json "main"), and as
// `npm start` runs it (the launcher), against the fake Discord on 127.0.0.1: start-up, configuration errors,
// signals with replies in flight, fatal errors and their exit statuses, deploy-commands.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType, GatewayCloseCodes, InteractionResponseType, Routes } from 'discord.js';
import { FakeDiscord } from '../support/fake-discord.js';
import type { RecordedRequest } from '../support/fake-discord.js';
import { chatInputInteraction, mentionMessage } from '../support/payloads.js';
import { DEPLOY, LAUNCHER, MAIN, TSX, cleanEnv, freePort, killAll, run, runNode } from '../support/process.js';
import type { Running } from '../support/process.js';
import { asObject, isObject, numberField, onlyEmbed, parseLogLine, stringField } from './helpers.js';
import type { JsonObject } from './helpers.js';

const TALK_IDS = ['2020-07-29-phone-talks', '2022-04-19-videoconference'];
const ALL_COMMANDS = ['who', 'when', 'agreements', 'topics', 'talks', 'source', 'ask', 'cite', 'help', 'Find sources'];
const EXIT_TIMEOUT_MS = 10_000;
const scratch = mkdtempSync(join(tmpdir(), 'talks-bot-process-'));
const fakes: FakeDiscord[] = [];

afterEach(async () => {
  killAll();
  await Promise.all(fakes.splice(0).map((fake) => fake.stop()));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function startFake(): Promise<FakeDiscord> {
  const fake = await FakeDiscord.start();
  fakes.push(fake);
  return fake;
}

function botEnv(fake: FakeDiscord, overrides: Record<string, string | undefined> = {}): Record<string, string> {
  return cleanEnv({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, ...overrides });
}

const isCallback = (req: RecordedRequest) => req.method === 'POST' && req.path.startsWith('/interactions/');

function logEntries(proc: Running): JsonObject[] {
  return proc
    .stderr()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map(parseLogLine);
}

function commandOptions(command: JsonObject): JsonObject[] {
  const options = command.options;
  if (options === undefined) return [];
  if (!Array.isArray(options)) throw new Error(`options of /${stringField(command, 'name')} is not an array`);
  return options.map((o) => asObject(o, 'an option'));
}

/** Starts the compiled bot and waits for its ready line. */
async function readyBot(fake: FakeDiscord, env: Record<string, string> = botEnv(fake), args: readonly string[] = [MAIN]): Promise<Running> {
  const proc = runNode(args, env);
  await proc.waitForStderrLine(/"msg":"ready"/);
  return proc;
}

/** A ready bot with one reply in flight that the fake holds for 8 s (longer than the shutdown bound). */
async function botWithSlowReply(): Promise<{ fake: FakeDiscord; proc: Running }> {
  const fake = await startFake();
  const proc = await readyBot(fake);
  fake.setRestLatency(8000, isCallback);
  fake.sendInteraction(chatInputInteraction({ name: 'who' }));
  await fake.waitFor(() => fake.delayedRequests === 1 || undefined, 5000, 'a reply in flight');
  return { fake, proc };
}

// ---------------------------------------------------------------- start-up

describe('start-up (node dist/src/main.js)', () => {
  it('connects without DISCORD_CLIENT_ID, logs a JSON ready line with tag, guilds and invite, answers /when, exits 0 on SIGTERM with gateway close 1000, never printing the token', async () => {
    const fake = await startFake();
    const proc = await readyBot(fake);
    const ready = logEntries(proc).find((e) => e.msg === 'ready');
    expect(ready).toMatchObject({ level: 'info', tag: 'talks-bot', guilds: 1 });
    expect(String(ready?.invite)).toContain(`client_id=${fake.ids.applicationId}`);

    const payload = fake.sendInteraction(chatInputInteraction({ name: 'when' }));
    const callback = await fake.waitForCallback(payload.id, 5000);
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(onlyEmbed(callback.data).description).toContain('19 April 2022');

    proc.child.kill('SIGTERM');
    expect(await proc.exited()).toEqual({ code: 0, signal: null });
    expect(fake.clientCloseCodes).toEqual([1000]);
    expect(proc.output()).not.toContain(fake.token);
    expect(logEntries(proc).map((e) => e.msg)).toContain('stopped');
  });

  it('npm start (the launcher) runs the same compiled bot in its own process: SIGTERM to it stops the bot cleanly', async () => {
    const fake = await startFake();
    const proc = await readyBot(fake, botEnv(fake), [LAUNCHER, 'start']);
    proc.child.kill('SIGTERM');
    expect(await proc.exited()).toEqual({ code: 0, signal: null });
    expect(fake.clientCloseCodes).toEqual([1000]);
  });

  it('the source layout (tsx src/main.ts) finds data/ and commands/ too', async () => {
    const fake = await startFake();
    const proc = run(TSX, ['src/main.ts'], botEnv(fake));
    await proc.waitForStderrLine(/"msg":"ready"/);
    const payload = fake.sendInteraction(chatInputInteraction({ name: 'who' }));
    expect((await fake.waitForCallback(payload.id)).type).toBe(InteractionResponseType.ChannelMessageWithSource);
  });

  it('a blank DISCORD_TOKEN in the environment does not hide the token in .env', async () => {
    const fake = await startFake();
    const dotenv = join(scratch, 'token.env');
    writeFileSync(dotenv, `DISCORD_TOKEN=${fake.token}\nDISCORD_API_URL=${fake.apiUrl}\n`);
    const proc = await readyBot(fake, cleanEnv({ DOTENV_CONFIG_PATH: dotenv, DISCORD_TOKEN: '', DISCORD_API_URL: '  ', DISCORD_CLIENT_ID: '' }));
    expect(fake.identifies).toEqual([expect.objectContaining({ accepted: true })]);
    proc.child.kill('SIGINT');
    expect((await proc.exited()).code).toBe(0);
  });

  it('LOG_LEVEL=warn keeps the info lines (ready, answers) out', async () => {
    const fake = await startFake();
    const proc = runNode([MAIN], botEnv(fake, { LOG_LEVEL: 'warn' }));
    await fake.waitFor(() => fake.readyCount === 1 || undefined, 10_000, 'READY');
    const payload = fake.sendInteraction(chatInputInteraction({ name: 'when' }));
    await fake.waitForCallback(payload.id);
    proc.child.kill('SIGTERM');
    expect((await proc.exited()).code).toBe(0);
    expect(logEntries(proc).filter((e) => e.level === 'info')).toEqual([]);
  });

  it('exits 1 within seconds when Discord rejects the token, saying so without printing it', async () => {
    const fake = await startFake();
    const wrongToken = 'some-wrong-token';
    const started = Date.now();
    const proc = runNode([MAIN], botEnv(fake, { DISCORD_TOKEN: wrongToken }));
    const exit = await proc.exited();
    expect(exit.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(EXIT_TIMEOUT_MS);
    expect(proc.stderr()).toMatch(/rejected the token \(DISCORD_TOKEN\)/);
    expect(proc.output()).not.toContain(wrongToken);
    expect(fake.readyCount).toBe(0);
  });

  it('exits 1 with "Could not connect" when the API cannot be reached', async () => {
    const closedPort = await freePort();
    const proc = runNode([MAIN], cleanEnv({ DISCORD_TOKEN: 'some-unused-token', DISCORD_API_URL: `http://127.0.0.1:${closedPort}/api` }));
    const exit = await proc.exited();
    expect(exit.code, proc.output()).toBe(1);
    expect(proc.stderr()).toContain('Could not connect to Discord');
    expect(proc.output()).not.toContain('some-unused-token');
  });

  it.each([
    ['DISCORD_API_URL', { DISCORD_API_URL: 'not a url' }],
    ['DISCORD_GUILD_ID', { DISCORD_GUILD_ID: 'my-server' }],
  ])('exits 1 naming %s when it is malformed (%o), before contacting Discord', async (variable, overrides) => {
    const fake = await startFake();
    const proc = runNode([MAIN], botEnv(fake, overrides));
    const exit = await proc.exited(EXIT_TIMEOUT_MS, /"msg":"ready"/);
    expect(exit.code, proc.output()).toBe(1);
    expect(proc.stderr()).toContain(variable);
    expect(proc.output()).not.toContain(fake.token);
    expect(fake.requests).toEqual([]);
  });
});

// ---------------------------------------------------------------- without a token

describe('without a token (node dist/src/main.js, stdin not a terminal)', () => {
  it('says on stderr that it is the console because no token is set, answers piped questions, exits 0', async () => {
    const proc = runNode([MAIN], cleanEnv(), 'when were the talks?\n');
    expect(await proc.exited()).toEqual({ code: 0, signal: null });
    expect(proc.stderr()).toMatch(/DISCORD_TOKEN is not set, so this is the local console/);
    expect(proc.stdout()).toContain('19 April 2022');
  });

  it('with empty input exits 1 and says why, so a service with a blank token is never a silent success', async () => {
    const proc = runNode([MAIN], cleanEnv({ DISCORD_TOKEN: '   ' }), '');
    expect(await proc.exited()).toEqual({ code: 1, signal: null });
    expect(proc.stderr()).toMatch(/no input, nothing to answer/);
  });
});

// ---------------------------------------------------------------- signals

describe('signals: nothing delivered before the signal is lost', () => {
  it('300 interactions delivered, then SIGTERM at once: all 300 answered, exit 0, gateway close 1000', async () => {
    const fake = await startFake();
    const proc = await readyBot(fake);
    const payloads = Array.from({ length: 300 }, (_, i) =>
      fake.sendInteraction(chatInputInteraction({ name: i % 2 ? 'when' : 'ask', options: i % 2 ? {} : { question: 'who signed the cooperation plan?' }, userId: `15000000000000${String(i).padStart(5, '0')}` })),
    );
    await fake.flushed();
    proc.child.kill('SIGTERM');
    expect(await proc.exited()).toEqual({ code: 0, signal: null });

    // Answered = an embed with the answer (a notice such as "restarting" has text content instead).
    const answered = payloads.filter((p) => fake.callbacks.some((c) => c.interactionId === p.id && Array.isArray(c.data?.embeds)));
    const turnedAway = fake.callbacks.filter((c) => typeof c.data?.content === 'string');
    console.log(`shutdown burst: ${answered.length}/${payloads.length} interactions delivered before SIGTERM answered; ${turnedAway.length} turned away`);
    expect(answered.length).toBe(payloads.length);
    expect(turnedAway).toEqual([]);
    expect(fake.clientCloseCodes).toEqual([1000]);
  });

  it('20 replies in flight (REST 1 s slow), SIGTERM: all 20 land, then exit 0 within the 3 s bound', async () => {
    const fake = await startFake();
    const proc = await readyBot(fake);
    fake.setRestLatency(1000, isCallback);
    const payloads = Array.from({ length: 20 }, () => fake.sendInteraction(chatInputInteraction({ name: 'who' })));
    await fake.waitFor(() => fake.delayedRequests === 20 || undefined, 5000, '20 replies in flight');
    const signalled = Date.now();
    proc.child.kill('SIGTERM');
    expect(await proc.exited()).toEqual({ code: 0, signal: null });
    const ms = Date.now() - signalled;

    const landed = payloads.filter((p) => fake.callbacks.some((c) => c.interactionId === p.id));
    console.log(`shutdown in flight: ${landed.length}/${payloads.length} replies in flight at SIGTERM landed; exit after ${ms} ms`);
    expect(landed).toHaveLength(20);
    expect(ms).toBeLessThan(3500);
    expect(logEntries(proc).find((e) => e.msg === 'shutting down: finishing replies in flight')).toMatchObject({ signal: 'SIGTERM', inFlight: 20 });
    expect(fake.clientCloseCodes).toEqual([1000]);
  });

  it('replies that cannot land in time are cut off after ~3 s and counted; still exit 0', async () => {
    const { proc } = await botWithSlowReply();
    const signalled = Date.now();
    proc.child.kill('SIGTERM');
    expect((await proc.exited()).code).toBe(0);
    const ms = Date.now() - signalled;
    expect(ms).toBeGreaterThanOrEqual(2900);
    expect(ms).toBeLessThan(6000);
    expect(logEntries(proc).find((e) => e.msg === 'stopped with replies unfinished')).toMatchObject({ level: 'warn', unfinished: 1 });
  });

  it('a second signal exits at once (128 + signal number)', async () => {
    const { proc } = await botWithSlowReply();
    proc.child.kill('SIGINT');
    await proc.waitForStderrLine(/shutting down/);
    // The same keypress reaching the bot twice (from the terminal and via npm) is one signal.
    proc.child.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(proc.child.exitCode).toBeNull();
    const signalled = Date.now();
    proc.child.kill('SIGINT');
    expect(await proc.exited()).toEqual({ code: 130, signal: null });
    expect(Date.now() - signalled).toBeLessThan(1000);
    expect(logEntries(proc).find((e) => e.msg === 'second signal: exiting now')).toMatchObject({ unfinished: 1 });
  });
});

// ---------------------------------------------------------------- fatal

describe('fatal means exit non-zero', () => {
  it('gateway close 4004 after READY (token revoked): a fatal log line naming the code, exit 1, no reconnect', async () => {
    const fake = await startFake();
    const proc = await readyBot(fake);
    fake.closeConnections(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
    expect(await proc.exited()).toEqual({ code: 1, signal: null });
    expect(logEntries(proc).find((e) => e.level === 'fatal')).toMatchObject({ code: 4004, name: 'AuthenticationFailed' });
    expect(fake.identifies).toHaveLength(1);
    expect(proc.output()).not.toContain(fake.token);
  });

  it('a REST 401 on a bot request: fatal, exit 1 (instead of serving half-dead)', async () => {
    const fake = await startFake();
    const proc = await readyBot(fake);
    fake.injectRestFault({ match: (r) => r.path === Routes.channelMessages(fake.ids.channelId), status: 401, body: { message: '401: Unauthorized', code: 0 } });
    fake.sendMessage(mentionMessage({ content: 'when were the talks?' }));
    expect(await proc.exited()).toEqual({ code: 1, signal: null });
    expect(logEntries(proc).find((e) => e.level === 'fatal')).toMatchObject({ status: 401 });
  });

  it.each([
    ['an uncaught exception', "setTimeout(() => { throw new Error('boom from a test') }, 300)"],
    ['an unhandled rejection', "setTimeout(() => { Promise.reject(new Error('boom from a test')) }, 300)"],
  ])('%s after READY: logged as fatal, exit 1', async (_what, code) => {
    const fake = await startFake();
    const preload = join(scratch, `crash-${Math.random().toString(36).slice(2)}.mjs`);
    // Fires once the bot has logged its ready line, so the failure happens while it is serving.
    writeFileSync(
      preload,
      [
        'const write = process.stderr.write.bind(process.stderr);',
        'let armed = false;',
        `process.stderr.write = (chunk, ...rest) => { if (!armed && String(chunk).includes('"msg":"ready"')) { armed = true; ${code}; } return write(chunk, ...rest); };`,
      ].join('\n'),
    );
    const proc = runNode(['--import', preload, MAIN], botEnv(fake));
    expect(await proc.exited()).toEqual({ code: 1, signal: null });
    const fatal = logEntries(proc).find((e) => e.level === 'fatal');
    expect(JSON.stringify(fatal)).toContain('boom from a test');
  });

  it('a malformed INTERACTION_CREATE is logged and dropped; the process keeps serving', async () => {
    const fake = await startFake();
    const proc = await readyBot(fake);
    const bad = chatInputInteraction({ name: 'when' }) as unknown as Record<string, unknown>;
    delete bad.data;
    fake.dispatch('INTERACTION_CREATE', bad);
    const noUser = chatInputInteraction({ name: 'when' }) as unknown as Record<string, unknown>;
    delete noUser.member;
    fake.dispatch('INTERACTION_CREATE', noUser);
    const good = fake.sendInteraction(chatInputInteraction({ name: 'when' }));
    expect((await fake.waitForCallback(good.id)).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(logEntries(proc).filter((e) => e.msg === 'dropped a malformed gateway event')).toHaveLength(2);
    proc.child.kill('SIGTERM');
    expect((await proc.exited()).code).toBe(0);
  });
});

// ---------------------------------------------------------------- deploy-commands

describe('deploy-commands (node dist/src/discord/deploy.js)', () => {
  function deployEnv(fake: FakeDiscord, overrides: Record<string, string | undefined> = {}): Record<string, string> {
    return botEnv(fake, { DISCORD_CLIENT_ID: fake.ids.applicationId, ...overrides });
  }

  it('with DISCORD_GUILD_ID registers the 10 commands in one PUT to the guild, each installable anywhere', async () => {
    const fake = await startFake();
    const proc = runNode([DEPLOY], deployEnv(fake, { DISCORD_GUILD_ID: fake.ids.guildId }));

    const exit = await proc.exited();
    expect(exit.code, proc.output()).toBe(0);
    expect(proc.stdout()).toContain('Registered 10 commands');
    expect(proc.stdout()).toContain('"Find sources"');
    expect(proc.output()).not.toContain(fake.token);

    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    const [put] = puts;
    expect(put?.path).toBe(Routes.applicationGuildCommands(fake.ids.applicationId, fake.ids.guildId));
    expect(put?.status).toBe(200);
    expect(put?.authorization).toBe(`Bot ${fake.token}`);
    const body = put?.body;
    if (!Array.isArray(body)) throw new Error('PUT body is not an array');
    const commands = body.map((c) => asObject(c, 'a command'));
    expect(commands.map((c) => stringField(c, 'name')).sort()).toEqual([...ALL_COMMANDS].sort());
    // Guild and user install; used in servers, in DMs with the bot and in private channels.
    for (const command of commands) {
      expect(command.integration_types, stringField(command, 'name')).toEqual([0, 1]);
      expect(command.contexts, stringField(command, 'name')).toEqual([0, 1, 2]);
    }
    expect(commands.find((c) => stringField(c, 'name') === 'Find sources')).toMatchObject({ type: 3 });
    // Named and described in Vietnamese and Chinese too, every command and every option.
    for (const command of commands) {
      const name = stringField(command, 'name');
      expect(Object.keys(asObject(command.name_localizations, `${name} name_localizations`)).sort(), name).toEqual(['vi', 'zh-CN']);
      if (command.type !== 3) expect(Object.keys(asObject(command.description_localizations, `${name} description_localizations`)).sort(), name).toEqual(['vi', 'zh-CN']);
      for (const option of commandOptions(command)) {
        expect(Object.keys(asObject(option.name_localizations, `${name} option name_localizations`)).sort(), name).toEqual(['vi', 'zh-CN']);
      }
    }

    for (const name of ['who', 'when', 'agreements', 'topics', 'source']) {
      const command = commands.find((c) => stringField(c, 'name') === name);
      if (command === undefined) throw new Error(`/${name} not registered`);
      const talk = commandOptions(command).find((o) => stringField(o, 'name') === 'talk');
      if (talk === undefined) throw new Error(`/${name} has no talk option`);
      expect(numberField(talk, 'type')).toBe(ApplicationCommandOptionType.String);
      expect(talk.required ?? false).toBe(false);
      const choices = Array.isArray(talk.choices) ? talk.choices.map((c) => asObject(c, 'a choice')) : [];
      expect(choices.map((c) => stringField(c, 'value')).sort()).toEqual(TALK_IDS);
    }

    const ask = commands.find((c) => stringField(c, 'name') === 'ask');
    if (ask === undefined) throw new Error('/ask not registered');
    const question = commandOptions(ask).find((o) => stringField(o, 'name') === 'question');
    expect(question).toMatchObject({ type: ApplicationCommandOptionType.String, required: true, autocomplete: true });

    expect(fake.guildCommands.get(fake.ids.guildId)).toHaveLength(10);
    expect(fake.commands).toEqual([]);
  });

  it('without DISCORD_GUILD_ID registers globally', async () => {
    const fake = await startFake();
    const proc = runNode([DEPLOY], deployEnv(fake));
    expect((await proc.exited()).code, proc.output()).toBe(0);
    expect(proc.stdout()).toContain('Registered 10 commands globally');
    expect(fake.requests.filter((r) => r.method === 'PUT').map((r) => r.path)).toEqual([Routes.applicationCommands(fake.ids.applicationId)]);
    expect(fake.commands.map((c) => c.name).sort()).toEqual([...ALL_COMMANDS].sort());
  });

  it('--clear removes what an earlier deploy registered, in the guild or globally', async () => {
    const fake = await startFake();
    for (const guild of [fake.ids.guildId, undefined]) {
      expect((await runNode([DEPLOY], deployEnv(fake, { DISCORD_GUILD_ID: guild })).exited()).code).toBe(0);
    }
    expect(fake.guildCommands.get(fake.ids.guildId)).toHaveLength(10);
    expect(fake.commands).toHaveLength(10);

    const guildClear = runNode([DEPLOY, '--clear'], deployEnv(fake, { DISCORD_GUILD_ID: fake.ids.guildId }));
    expect((await guildClear.exited()).code, guildClear.output()).toBe(0);
    expect(guildClear.stdout()).toContain(`Removed every command registered in guild ${fake.ids.guildId}`);
    expect(fake.guildCommands.get(fake.ids.guildId)).toEqual([]);
    expect(fake.commands).toHaveLength(10);

    const globalClear = runNode([DEPLOY, '--clear'], deployEnv(fake));
    expect((await globalClear.exited()).code).toBe(0);
    expect(fake.commands).toEqual([]);
    expect(fake.requests.filter((r) => r.method === 'PUT').at(-1)?.body).toEqual([]);
  });

  it('an unknown argument is a usage error (exit 2), nothing sent', async () => {
    const fake = await startFake();
    const proc = runNode([DEPLOY, '--clean'], deployEnv(fake));
    expect((await proc.exited()).code).toBe(2);
    expect(proc.stderr()).toMatch(/Usage: npm run deploy-commands/);
    expect(fake.requests).toEqual([]);
  });

  it.each([
    ['missing', undefined],
    ['blank', '  '],
  ])('exits 1 naming DISCORD_CLIENT_ID when it is %s, without registering anything', async (_case, clientId) => {
    const fake = await startFake();
    const proc = runNode([DEPLOY], deployEnv(fake, { DISCORD_CLIENT_ID: clientId, DISCORD_GUILD_ID: fake.ids.guildId }));
    expect((await proc.exited()).code, proc.output()).toBe(1);
    expect(proc.stderr()).toContain('DISCORD_CLIENT_ID');
    expect(fake.requests).toEqual([]);
  });

  it('exits 1 with a hint and without the token when Discord rejects the token', async () => {
    const fake = await startFake();
    const wrongToken = 'some-wrong-token';
    const proc = runNode([DEPLOY], deployEnv(fake, { DISCORD_TOKEN: wrongToken, DISCORD_GUILD_ID: fake.ids.guildId }));
    expect((await proc.exited()).code).toBe(1);
    expect(proc.stderr()).toMatch(/HTTP 401.*DISCORD_TOKEN/);
    expect(proc.output()).not.toContain(wrongToken);
    expect(fake.guildCommands.size).toBe(0);
    expect(fake.requests.every((r) => isObject(r) && r.status === 401)).toBe(true);
  });
});
