// The real entry points as separate processes (`npm start` = tsx src/main.ts, `npm run deploy-commands`), against
// the fake Discord on 127.0.0.1. The child environment is built from scratch: no DISCORD_* variable of the machine
// running the tests leaks in, and dotenv is pointed at an empty file so a developer's .env cannot either (which
// would also send traffic to the real Discord). Every child runs in its own process group and is killed if a test
// leaves it behind.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType, InteractionResponseType, Routes } from 'discord.js';
import { FakeDiscord } from '../support/fake-discord.js';
import { chatInputInteraction } from '../support/payloads.js';
import { asObject, isObject, numberField, onlyEmbed, parseLogLine, stringField } from './helpers.js';
import type { JsonObject } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const TALK_IDS = ['2020-07-29-phone-talks', '2022-04-19-videoconference'];
const ALL_COMMANDS = ['who', 'when', 'agreements', 'topics', 'talks', 'source', 'ask', 'help'];
/** Start-up (tsx compile + data load + login) is ~1 s; generous bounds keep a slow CI box from flaking. */
const START_TIMEOUT_MS = 15_000;
const EXIT_TIMEOUT_MS = 10_000;

let scratch: string;
let emptyDotenv: string;
const children = new Set<ChildProcess>();
const fakes: FakeDiscord[] = [];

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'talks-bot-process-'));
  emptyDotenv = join(scratch, 'empty.env');
  writeFileSync(emptyDotenv, '');
});

afterEach(async () => {
  for (const child of children) killGroup(child);
  children.clear();
  await Promise.all(fakes.splice(0).map((fake) => fake.stop()));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

// ---------------------------------------------------------------- helpers

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // Negative pid: the group this test started (tsx and the node process it spawns), nothing else.
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

async function startFake(): Promise<FakeDiscord> {
  const fake = await FakeDiscord.start();
  fakes.push(fake);
  return fake;
}

/** A clean environment: only what node and tsx need, plus `vars`. */
function cleanEnv(vars: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = { DOTENV_CONFIG_PATH: emptyDotenv, NO_COLOR: '1' };
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return { ...env, ...vars };
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  output: () => string;
  /** Resolves with the first stderr line matching `pattern`. */
  waitForStderrLine: (pattern: RegExp, timeoutMs?: number) => Promise<string>;
  /**
   * Resolves when the process has exited; rejects (and kills it) after `timeoutMs`, or as soon as stderr shows a line
   * matching `failOn` (e.g. a bot that should have refused to start logging "ready").
   */
  exited: (timeoutMs?: number, failOn?: RegExp) => Promise<Exit>;
}

function runTsx(script: string, env: Record<string, string>, stdin?: string): Running {
  const child = spawn(TSX, [script], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  children.add(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const exit = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  if (stdin === undefined) child.stdin?.end();
  else child.stdin?.end(stdin);

  const describeState = (): string => `\n--- stdout ---\n${out}\n--- stderr ---\n${err}`;
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    output: () => out + err,
    waitForStderrLine: (pattern, timeoutMs = START_TIMEOUT_MS) =>
      new Promise<string>((resolve, reject) => {
        const find = (): string | undefined => err.split('\n').find((line) => pattern.test(line));
        const timer = setTimeout(() => {
          clearInterval(poll);
          reject(new Error(`no stderr line matching ${pattern} within ${timeoutMs}ms${describeState()}`));
        }, timeoutMs);
        const poll = setInterval(() => {
          const line = find();
          if (line !== undefined) {
            clearTimeout(timer);
            clearInterval(poll);
            resolve(line);
          } else if (child.exitCode !== null) {
            clearTimeout(timer);
            clearInterval(poll);
            reject(new Error(`process exited (${child.exitCode}) before printing ${pattern}${describeState()}`));
          }
        }, 20);
      }),
    exited: (timeoutMs = EXIT_TIMEOUT_MS, failOn?: RegExp) =>
      new Promise<Exit>((resolve, reject) => {
        const stop = (why: string): void => {
          clearTimeout(timer);
          clearInterval(poll);
          killGroup(child);
          reject(new Error(`${why}${describeState()}`));
        };
        const timer = setTimeout(() => stop(`process still running after ${timeoutMs}ms`), timeoutMs);
        const poll = setInterval(() => {
          if (failOn !== undefined && err.split('\n').some((line) => failOn.test(line))) stop(`process printed ${failOn} instead of exiting`);
        }, 20);
        void exit.then((result) => {
          clearTimeout(timer);
          clearInterval(poll);
          resolve(result);
        });
      }),
  };
}

/** A 127.0.0.1 port nothing listens on (bound, then released). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

function botEnv(fake: FakeDiscord, overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const vars: Record<string, string | undefined> = {
    DISCORD_TOKEN: fake.token,
    DISCORD_CLIENT_ID: fake.ids.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    ...overrides,
  };
  const defined = Object.entries(vars).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return cleanEnv(Object.fromEntries(defined));
}

function commandOptions(command: JsonObject): JsonObject[] {
  const options = command.options;
  if (options === undefined) return [];
  if (!Array.isArray(options)) throw new Error(`options of /${stringField(command, 'name')} is not an array`);
  return options.map((o) => asObject(o, 'an option'));
}

// ---------------------------------------------------------------- npm start

describe('npm start (tsx src/main.ts)', () => {
  it('connects, logs "ready" as JSON on stderr, answers /when, and exits 0 on SIGTERM without printing the token', async () => {
    const fake = await startFake();
    const proc = runTsx('src/main.ts', botEnv(fake));

    const readyLine = await proc.waitForStderrLine(/"msg":"ready"/);
    expect(parseLogLine(readyLine)).toMatchObject({ level: 'info', msg: 'ready' });
    expect(fake.identifies).toEqual([expect.objectContaining({ accepted: true })]);

    const payload = fake.sendInteraction(chatInputInteraction({ name: 'when' }));
    const callback = await fake.waitForCallback(payload.id, 5000);
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const embed = onlyEmbed(callback.data);
    expect(embed.description).toContain('29 July 2020');
    expect(embed.description).toContain('19 April 2022');

    expect(proc.child.kill('SIGTERM')).toBe(true);
    const exit = await proc.exited();
    expect(exit).toEqual({ code: 0, signal: null });
    await fake.waitFor(() => fake.openConnections === 0, 2000, 'the gateway connection to close');
    expect(proc.output()).not.toContain(fake.token);
    for (const line of proc.stderr().split('\n').filter((l) => l.startsWith('{'))) expect(() => parseLogLine(line)).not.toThrow();
  });

  it('exits 1 within seconds when Discord rejects the token, saying so without printing it', async () => {
    const fake = await startFake();
    const wrongToken = 'some-wrong-token';
    const started = Date.now();
    const proc = runTsx('src/main.ts', botEnv(fake, { DISCORD_TOKEN: wrongToken }));

    const exit = await proc.exited();
    expect(exit.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(EXIT_TIMEOUT_MS);
    expect(proc.stderr()).toMatch(/rejected the token \(DISCORD_TOKEN\)/);
    expect(proc.output()).not.toContain(wrongToken);
    expect(fake.requests.find((r) => r.path === '/gateway/bot')).toMatchObject({ status: 401 });
    expect(fake.readyCount).toBe(0);
  });

  it('exits 1 with "Could not connect" when the API cannot be reached', async () => {
    const closedPort = await freePort();
    const proc = runTsx(
      'src/main.ts',
      cleanEnv({ DISCORD_TOKEN: 'some-unused-token', DISCORD_CLIENT_ID: '1300000000000000001', DISCORD_API_URL: `http://127.0.0.1:${closedPort}/api` }),
    );

    const exit = await proc.exited();
    expect(exit.code, proc.output()).toBe(1);
    expect(proc.stderr()).toContain('Could not connect to Discord');
    expect(proc.output()).not.toContain('some-unused-token');
  });

  it.each([
    // The variants of each variable are unit-tested in config.test.ts; these prove the process reports them.
    ['DISCORD_CLIENT_ID', { DISCORD_CLIENT_ID: undefined }],
    ['DISCORD_API_URL', { DISCORD_API_URL: 'not a url' }],
    ['DISCORD_GUILD_ID', { DISCORD_GUILD_ID: 'my-server' }],
  ])('exits 1 naming %s when it is missing or malformed (%o), before contacting Discord', async (variable, overrides) => {
    const fake = await startFake();
    const proc = runTsx('src/main.ts', botEnv(fake, overrides));

    const exit = await proc.exited(EXIT_TIMEOUT_MS, /"msg":"ready"/);
    expect(exit.code, proc.output()).toBe(1);
    expect(proc.stderr()).toContain(variable);
    expect(proc.output()).not.toContain(fake.token);
    expect(fake.requests).toEqual([]);
    expect(fake.identifies).toEqual([]);
  });

  it('without DISCORD_TOKEN opens the console: banner, an answer, and exit 0 on /quit', async () => {
    const proc = runTsx('src/main.ts', cleanEnv({}), 'when were the talks?\n/quit\n');

    const exit = await proc.exited();
    expect(exit).toEqual({ code: 0, signal: null });
    expect(proc.stdout()).toContain('talks-bot: questions about VNA reports of CPV-CPC talks');
    expect(proc.stdout()).toContain('19 April 2022');
    expect(proc.stderr()).toBe('');
  });
});

// ---------------------------------------------------------------- deploy-commands

describe('deploy-commands (tsx src/discord/deploy.ts)', () => {
  it('with DISCORD_GUILD_ID registers the 8 commands in one PUT to the guild', async () => {
    const fake = await startFake();
    const proc = runTsx('src/discord/deploy.ts', botEnv(fake, { DISCORD_GUILD_ID: fake.ids.guildId }));

    const exit = await proc.exited();
    expect(exit.code, proc.output()).toBe(0);
    expect(proc.stdout()).toContain('Registered 8 commands');
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

    for (const name of ['who', 'when', 'agreements', 'topics', 'source']) {
      const command = commands.find((c) => stringField(c, 'name') === name);
      if (command === undefined) throw new Error(`/${name} not registered`);
      const talk = commandOptions(command).find((o) => stringField(o, 'name') === 'talk');
      if (talk === undefined) throw new Error(`/${name} has no talk option`);
      expect(numberField(talk, 'type')).toBe(ApplicationCommandOptionType.String);
      expect(talk.required ?? false).toBe(false);
      const choices = Array.isArray(talk.choices) ? talk.choices.map((c) => asObject(c, 'a choice')) : [];
      expect(choices.map((c) => stringField(c, 'value')).sort()).toEqual(TALK_IDS);
      for (const choice of choices) expect(stringField(choice, 'name')?.length ?? 0).toBeGreaterThan(0);
    }

    const ask = commands.find((c) => stringField(c, 'name') === 'ask');
    if (ask === undefined) throw new Error('/ask not registered');
    const question = commandOptions(ask).find((o) => stringField(o, 'name') === 'question');
    expect(question).toMatchObject({ type: ApplicationCommandOptionType.String, required: true, autocomplete: true });

    expect(fake.guildCommands.get(fake.ids.guildId)).toHaveLength(8);
    expect(fake.commands).toEqual([]);
  });

  it('without DISCORD_GUILD_ID registers globally', async () => {
    const fake = await startFake();
    const proc = runTsx('src/discord/deploy.ts', botEnv(fake));

    const exit = await proc.exited();
    expect(exit.code, proc.output()).toBe(0);
    expect(proc.stdout()).toContain('Registered 8 commands globally');
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.path)).toEqual([Routes.applicationCommands(fake.ids.applicationId)]);
    expect(fake.commands.map((c) => c.name).sort()).toEqual([...ALL_COMMANDS].sort());
    expect(fake.guildCommands.size).toBe(0);
  });

  it('exits 1 naming DISCORD_CLIENT_ID when it is missing, without registering anything', async () => {
    const fake = await startFake();
    const proc = runTsx('src/discord/deploy.ts', botEnv(fake, { DISCORD_CLIENT_ID: undefined, DISCORD_GUILD_ID: fake.ids.guildId }));

    const exit = await proc.exited();
    expect(exit.code, proc.output()).toBe(1);
    expect(proc.stderr()).toContain('DISCORD_CLIENT_ID');
    expect(proc.stdout()).not.toContain('Registered');
    expect(fake.requests.map((r) => `${r.method} ${r.path} -> ${r.status}`)).toEqual([]);
  });

  it('exits 1 with a hint and without the token when Discord rejects the token', async () => {
    const fake = await startFake();
    const wrongToken = 'some-wrong-token';
    const proc = runTsx('src/discord/deploy.ts', botEnv(fake, { DISCORD_TOKEN: wrongToken, DISCORD_GUILD_ID: fake.ids.guildId }));

    const exit = await proc.exited();
    expect(exit.code).toBe(1);
    expect(proc.stderr()).toMatch(/HTTP 401.*DISCORD_TOKEN/);
    expect(proc.output()).not.toContain(wrongToken);
    expect(fake.guildCommands.size).toBe(0);
    expect(fake.requests.every((r) => isObject(r) && r.status === 401)).toBe(true);
  });
});
