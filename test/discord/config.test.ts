// parseConfig: a valid environment becomes a BotConfig; every missing or malformed variable is a ConfigError that
// names it, and no error ever carries the token (it would end up in a terminal, a CI log or a bug report).
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/discord/config.js';

// Shaped like a real bot token (three base64url parts), assembled here so no scanner mistakes the file for a leak.
const TOKEN = ['MTMwMDAwMDAwMDAwMDAwMDAwMQ', 'GxYzAb', 'q'.repeat(20) + 'Z9_-'.repeat(5)].join('.');
const CLIENT_ID = '1300000000000000001';
const GUILD_ID = '1300000000000000002';

const VALID = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID } as const;

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`parseConfig accepted ${JSON.stringify(Object.keys(env))}`);
}

/** The error must name `variable` and must not contain the token, whole or in part. */
function expectNamesWithoutToken(error: ConfigError, variable: string): void {
  expect(error.name).toBe('ConfigError');
  expect(error.message).toContain(variable);
  for (const part of [TOKEN, ...TOKEN.split('.')]) expect(error.message).not.toContain(part);
  expect(String(error.stack)).not.toContain(TOKEN);
}

describe('parseConfig', () => {
  it('accepts a minimal valid environment', () => {
    expect(parseConfig({ ...VALID })).toEqual({ token: TOKEN, clientId: CLIENT_ID, guildId: undefined, apiUrl: undefined });
  });

  it('accepts a guild id and an API URL, and trims values', () => {
    const config = parseConfig({
      DISCORD_TOKEN: `  ${TOKEN}\n`,
      DISCORD_CLIENT_ID: ` ${CLIENT_ID} `,
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_API_URL: 'http://127.0.0.1:8080/api',
    });
    expect(config).toEqual({ token: TOKEN, clientId: CLIENT_ID, guildId: GUILD_ID, apiUrl: 'http://127.0.0.1:8080/api' });
  });

  it('treats empty optional variables as unset (as an .env with "DISCORD_GUILD_ID=" gives)', () => {
    const config = parseConfig({ ...VALID, DISCORD_GUILD_ID: '', DISCORD_API_URL: '  ' });
    expect(config.guildId).toBeUndefined();
    expect(config.apiUrl).toBeUndefined();
  });

  it('ignores unrelated variables', () => {
    expect(parseConfig({ ...VALID, PATH: '/usr/bin', DISCORD_SOMETHING_ELSE: 'x' }).token).toBe(TOKEN);
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
