// Configuration: a valid environment becomes a config; every missing or malformed variable is a ConfigError that
// names it, and no error ever carries the token (it would end up in a terminal, a CI log or a bug report). The bot
// needs only the token; deploy-commands also needs DISCORD_CLIENT_ID. Blank counts as unset, also against .env.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, parseBotConfig, parseDeployConfig } from '../../src/discord/config.js';
import { loadEnvironment, tokenFrom } from '../../src/env.js';

// Shaped like a real bot token (three base64url parts), assembled here so no scanner mistakes the file for a leak.
const TOKEN = ['MTMwMDAwMDAwMDAwMDAwMDAwMQ', 'GxYzAb', 'q'.repeat(20) + 'Z9_-'.repeat(5)].join('.');
const CLIENT_ID = '1300000000000000001';
const GUILD_ID = '1300000000000000002';

const VALID = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID } as const;

function configError(env: Record<string, string | undefined>, parse: (env: Record<string, string | undefined>) => unknown = parseDeployConfig): ConfigError {
  try {
    parse(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(Object.keys(env))}`);
}

/** The error must name `variable` and must not contain the token, whole or in part. */
function expectNamesWithoutToken(error: ConfigError, variable: string): void {
  expect(error.name).toBe('ConfigError');
  expect(error.message).toContain(variable);
  for (const part of [TOKEN, ...TOKEN.split('.')]) expect(error.message).not.toContain(part);
  expect(String(error.stack)).not.toContain(TOKEN);
}

describe('parseDeployConfig (deploy-commands)', () => {
  it('accepts a minimal valid environment', () => {
    expect(parseDeployConfig({ ...VALID })).toEqual({ token: TOKEN, clientId: CLIENT_ID, guildId: undefined, apiUrl: undefined });
  });

  it('accepts a guild id and an API URL, and trims values', () => {
    const config = parseDeployConfig({
      DISCORD_TOKEN: `  ${TOKEN}\n`,
      DISCORD_CLIENT_ID: ` ${CLIENT_ID} `,
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_API_URL: 'http://127.0.0.1:8080/api',
    });
    expect(config).toEqual({ token: TOKEN, clientId: CLIENT_ID, guildId: GUILD_ID, apiUrl: 'http://127.0.0.1:8080/api' });
  });

  it('treats empty optional variables as unset (as an .env with "DISCORD_GUILD_ID=" gives)', () => {
    const config = parseDeployConfig({ ...VALID, DISCORD_GUILD_ID: '', DISCORD_API_URL: '  ' });
    expect(config.guildId).toBeUndefined();
    expect(config.apiUrl).toBeUndefined();
  });

  it('ignores unrelated variables', () => {
    expect(parseDeployConfig({ ...VALID, PATH: '/usr/bin', DISCORD_SOMETHING_ELSE: 'x' }).token).toBe(TOKEN);
  });

  it.each<[string, string, Record<string, string | undefined>]>([
    ['DISCORD_TOKEN', 'absent', { DISCORD_CLIENT_ID: CLIENT_ID }],
    ['DISCORD_TOKEN', 'empty', { DISCORD_TOKEN: '', DISCORD_CLIENT_ID: CLIENT_ID }],
    ['DISCORD_TOKEN', 'blank', { DISCORD_TOKEN: '   ', DISCORD_CLIENT_ID: CLIENT_ID }],
    ['DISCORD_TOKEN', 'with a "Bot " prefix', { DISCORD_TOKEN: `Bot ${TOKEN}`, DISCORD_CLIENT_ID: CLIENT_ID }],
    ['DISCORD_TOKEN', 'pasted twice', { DISCORD_TOKEN: `${TOKEN} ${TOKEN}`, DISCORD_CLIENT_ID: CLIENT_ID }],
    ['DISCORD_CLIENT_ID', 'absent, as in process.env', { DISCORD_TOKEN: TOKEN }],
    ['DISCORD_CLIENT_ID', 'undefined', { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: undefined }],
    ['DISCORD_CLIENT_ID', 'empty', { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '' }],
    ['DISCORD_CLIENT_ID', 'blank', { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: ' \t ' }],
    ['DISCORD_CLIENT_ID', 'a name', { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: 'my-bot' }],
    ['DISCORD_CLIENT_ID', 'too short', { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '1234' }],
    // The token pasted into the wrong variable must not be echoed either.
    ['DISCORD_CLIENT_ID', 'holding the token', { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: TOKEN }],
    ['DISCORD_GUILD_ID', 'a name', { ...VALID, DISCORD_GUILD_ID: 'my-server' }],
    ['DISCORD_GUILD_ID', 'holding the token', { ...VALID, DISCORD_GUILD_ID: TOKEN }],
    ['DISCORD_API_URL', 'not a URL', { ...VALID, DISCORD_API_URL: 'not a url' }],
    ['DISCORD_API_URL', 'without a scheme', { ...VALID, DISCORD_API_URL: 'localhost:8080/api' }],
    ['DISCORD_API_URL', 'ftp://', { ...VALID, DISCORD_API_URL: 'ftp://127.0.0.1/api' }],
    ['DISCORD_API_URL', 'holding the token', { ...VALID, DISCORD_API_URL: `http://${TOKEN} /api` }],
  ])('rejects %s (%s), naming it and not the token', (variable, _case, env) => {
    expectNamesWithoutToken(configError(env), variable);
  });

  it('reports every problem at once, one line per variable', () => {
    const error = configError({ DISCORD_CLIENT_ID: 'x', DISCORD_GUILD_ID: 'y', DISCORD_API_URL: 'z' });
    for (const variable of ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL']) {
      expect(error.message).toContain(variable);
    }
    expect(error.message.split('\n').length).toBeGreaterThanOrEqual(5);
  });
});

describe('parseBotConfig (npm start)', () => {
  it('needs only the token: DISCORD_CLIENT_ID absent, blank or even malformed does not matter to the bot', () => {
    for (const clientId of [undefined, '', '  ', 'my-bot']) {
      expect(parseBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: clientId })).toEqual({
        token: TOKEN,
        guildId: undefined,
        apiUrl: undefined,
        cooldown: { limit: 5, windowMs: 30_000 },
        conversationTtlMs: 600_000,
        conversationMax: 10_000,
      });
    }
  });

  it.each<[string | undefined, number]>([
    [undefined, 10_000],
    ['', 10_000],
    [' 500 ', 500],
    ['1', 1],
  ])('CONVERSATION_MAX=%j: how many conversations process memory holds at most', (value, max) => {
    expect(parseBotConfig({ DISCORD_TOKEN: TOKEN, CONVERSATION_MAX: value }).conversationMax).toBe(max);
  });

  it.each(['0', '-5', '10,000', '1e4', 'lots', '1234567890'])('CONVERSATION_MAX=%j is rejected at start, naming it and what to write', (value) => {
    const error = configError({ DISCORD_TOKEN: TOKEN, CONVERSATION_MAX: value }, parseBotConfig);
    expectNamesWithoutToken(error, 'CONVERSATION_MAX');
    expect(error.message).toMatch(/CONVERSATION_MAX must be .*For example 10000/);
  });

  it.each<[string | undefined, number | null]>([
    [undefined, 600_000],
    ['', 600_000],
    ['300', 300_000],
    ['off', null],
  ])('CONVERSATION_TTL=%j: how long a conversation\'s context lasts (null: off)', (value, ttl) => {
    expect(parseBotConfig({ DISCORD_TOKEN: TOKEN, CONVERSATION_TTL: value }).conversationTtlMs).toBe(ttl);
  });

  it.each(['ten minutes', '-1', '999999999'])('CONVERSATION_TTL=%j is rejected, naming it and what to write', (value) => {
    const error = configError({ DISCORD_TOKEN: TOKEN, CONVERSATION_TTL: value }, parseBotConfig);
    expectNamesWithoutToken(error, 'CONVERSATION_TTL');
    expect(error.message).toMatch(/600/);
  });

  it.each<[string | undefined, { limit: number; windowMs: number }]>([
    [undefined, { limit: 5, windowMs: 30_000 }],
    ['', { limit: 5, windowMs: 30_000 }],
    ['5/30', { limit: 5, windowMs: 30_000 }],
    [' 3 / 10s ', { limit: 3, windowMs: 10_000 }],
    ['off', { limit: 0, windowMs: 0 }],
    ['0', { limit: 0, windowMs: 0 }],
  ])('PUBLIC_REPLY_LIMIT=%j sets the per-user cooldown on public replies', (value, cooldown) => {
    expect(parseBotConfig({ DISCORD_TOKEN: TOKEN, PUBLIC_REPLY_LIMIT: value }).cooldown).toEqual(cooldown);
  });

  it.each(['five', '5', '5/0', '-1/30', '5/30/2'])('PUBLIC_REPLY_LIMIT=%j is rejected, naming it and what to write', (value) => {
    const error = configError({ DISCORD_TOKEN: TOKEN, PUBLIC_REPLY_LIMIT: value }, parseBotConfig);
    expectNamesWithoutToken(error, 'PUBLIC_REPLY_LIMIT');
    expect(error.message).toMatch(/5\/30/);
  });

  it.each<[string, Record<string, string | undefined>]>([
    ['DISCORD_TOKEN', { DISCORD_TOKEN: ' ' }],
    ['DISCORD_GUILD_ID', { DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: 'my-server' }],
    ['DISCORD_API_URL', { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: 'not a url' }],
  ])('still rejects a bad %s, naming it and not the token', (variable, env) => {
    expectNamesWithoutToken(configError(env, parseBotConfig), variable);
  });
});

describe('loadEnvironment: .env under the environment, blank meaning unset', () => {
  const dir = mkdtempSync(join(tmpdir(), 'talks-bot-env-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const dotenv = (text: string): string => {
    const file = join(dir, `${Math.random().toString(36).slice(2)}.env`);
    writeFileSync(file, text);
    return file;
  };

  it('a blank DISCORD_TOKEN in the environment does not hide the token in .env', () => {
    const env = loadEnvironment({ DOTENV_CONFIG_PATH: dotenv(`DISCORD_TOKEN=${TOKEN}\n`), DISCORD_TOKEN: '', DISCORD_GUILD_ID: '  ' });
    expect(tokenFrom(env)).toBe(TOKEN);
    expect(env.DISCORD_GUILD_ID).toBeUndefined();
  });

  it('a value set in the environment wins over .env', () => {
    const env = loadEnvironment({ DOTENV_CONFIG_PATH: dotenv('LOG_LEVEL=debug\n'), LOG_LEVEL: 'warn' });
    expect(env.LOG_LEVEL).toBe('warn');
  });

  it('blank in both places is no token at all', () => {
    const env = loadEnvironment({ DOTENV_CONFIG_PATH: dotenv('DISCORD_TOKEN=\n'), DISCORD_TOKEN: ' ' });
    expect(tokenFrom(env)).toBeUndefined();
  });

  it('leaves blank variables that are not its own alone', () => {
    const env = loadEnvironment({ DOTENV_CONFIG_PATH: dotenv(''), HTTP_PROXY: '' });
    expect(env.HTTP_PROXY).toBe('');
  });
});
