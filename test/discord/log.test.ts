// The operator's log (pino): what an operator reads, in JSON or readable form, at the level they chose, and
// what must never appear in it.
import { describe, expect, it } from 'vitest';
import { DiscordAPIError, HTTPError, RESTJSONErrorCodes } from 'discord.js';
import { createLogger, logOptionsFrom, redactInteractionTokens, type LogOptions } from '../../src/discord/log.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.secret-secret-secret';

function capture(secrets: readonly string[] = [], options: LogOptions = {}) {
  const lines: string[] = [];
  return { log: createLogger(secrets, (l) => lines.push(l), options), lines };
}

describe('createLogger', () => {
  it('writes one JSON object per line with level (as a word), ISO time, message and fields', () => {
    const { log, lines } = capture();
    log.info('command answered', { command: 'who', ms: 1.5 });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith('\n')).toBe(true);
    const entry = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(entry).toMatchObject({ level: 'info', msg: 'command answered', command: 'who', ms: 1.5 });
    expect(entry.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // No pid or hostname noise.
    expect(Object.keys(entry).sort()).toEqual(['command', 'level', 'ms', 'msg', 'time']);
  });

  it('replaces every occurrence of a secret, also inside error messages and stacks', () => {
    const { log, lines } = capture([TOKEN]);
    log.error('login failed', { error: new Error(`bad token ${TOKEN}`), echo: TOKEN });
    expect(lines.join('')).not.toContain(TOKEN);
    expect(lines.join('')).toContain('[redacted]');
    const entry = JSON.parse(lines[0] ?? '') as { error: { message: string; stack: string; type: string } };
    expect(entry.error).toMatchObject({ type: 'Error', message: 'bad token [redacted]' });
    expect(entry.error.stack).toContain('log.test.ts');
  });

  it('redacts in the readable form too', () => {
    const { log, lines } = capture([TOKEN], { pretty: true });
    log.warn('oops', { echo: TOKEN, error: new Error(TOKEN) });
    expect(lines.join('')).not.toContain(TOKEN);
    expect(lines.join('')).toContain('[redacted]');
  });

  it('never throws on fields JSON cannot encode (BigInt, circular objects)', () => {
    const { log, lines } = capture();
    const circular: Record<string, unknown> = { name: 'loop' };
    circular.self = circular;
    expect(() => log.warn('odd fields', { big: 10n ** 20n, circular })).not.toThrow();
    const entry = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(entry.big).toBe(1e20);
    expect(entry.circular).toEqual({ name: 'loop', self: '[Circular]' });
  });

  it('drops lines below the level', () => {
    const { log, lines } = capture([], { level: 'warn' });
    log.debug('d');
    log.info('i');
    log.warn('w');
    log.fatal('f');
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['w', 'f']);
    expect(log.isLevelEnabled('info')).toBe(false);
  });

  it('the readable form is one human line per entry, fields below it, no JSON braces around the line', () => {
    const { log, lines } = capture([], { pretty: true });
    log.info('ready', { tag: 'talks-bot#0', guilds: 3 });
    const text = lines.join('');
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] .*INFO.*: .*ready/);
    expect(text).toMatch(/tag.*"talks-bot#0"/);
    expect(text.trimStart().startsWith('{')).toBe(false);
  });
});

describe('interaction tokens', () => {
  const ID = '1300000000000000123';
  const TOKEN_LIKE_DISCORD = `aW50ZXJhY3Rpb246${Buffer.from(`${ID}:${'s3cr3t'.repeat(30)}`).toString('base64url')}`;
  const FAKE_SHAPED = 'fake-interaction-token-9';
  const callbackUrl = (token: string) => `https://discord.com/api/v10/interactions/${ID}/${token}/callback?with_response=false`;

  it('a REST error about a reply (DiscordAPIError): url kept with the token redacted, status and code kept, request body dropped', () => {
    const { log, lines } = capture();
    const body = { files: [], body: { type: 4, data: { content: 'what the user asked, and the answer' } } };
    const error = new DiscordAPIError({ code: RESTJSONErrorCodes.InvalidFormBodyOrContentType, message: 'Invalid Form Body' }, RESTJSONErrorCodes.InvalidFormBodyOrContentType, 400, 'POST', callbackUrl(TOKEN_LIKE_DISCORD), body);
    log.error('command failed', { error });
    const raw = lines.join('');
    expect(raw).not.toContain(TOKEN_LIKE_DISCORD);
    expect(raw).not.toContain('what the user asked');
    const entry = JSON.parse(lines[0] ?? '') as { error: Record<string, unknown> };
    expect(entry.error).toMatchObject({ type: 'DiscordAPIError', status: 400, code: 50035, method: 'POST', url: `https://discord.com/api/v10/interactions/${ID}/[redacted]/callback?with_response=false` });
    expect(entry.error.requestBody).toBeUndefined();
    // The original error is not changed: whoever else holds it still has its request body.
    expect(error.requestBody.json).toEqual(body.body);
  });

  it('an HTTP error on a follow-up or an edit (/webhooks/<app>/<token>), nested as a cause too', () => {
    const { log, lines } = capture();
    const url = `https://discord.com/api/v10/webhooks/${ID}/${FAKE_SHAPED}/messages/@original`;
    const inner = new HTTPError(502, 'Bad Gateway', 'PATCH', url, { files: [], body: { content: 'secret answer' } });
    log.error('could not report the failure to the user', { error: new Error('edit failed', { cause: inner }) });
    const raw = lines.join('');
    expect(raw).not.toContain(FAKE_SHAPED);
    expect(raw).not.toContain('secret answer');
    expect(raw).toContain(`/webhooks/${ID}/[redacted]/messages/@original`);
  });

  it('anywhere in a line: messages, fields, stacks, the readable form', () => {
    for (const pretty of [false, true]) {
      const { log, lines } = capture([], { pretty });
      const error = new Error(`request to /interactions/${ID}/${FAKE_SHAPED}/callback failed`);
      log.warn('odd', { note: `token ${TOKEN_LIKE_DISCORD} seen`, path: `/webhooks/${ID}/${FAKE_SHAPED}`, error });
      const raw = lines.join('');
      expect(raw).not.toContain(FAKE_SHAPED);
      expect(raw).not.toContain(TOKEN_LIKE_DISCORD.slice(16));
    }
  });

  it('leaves discord.js route templates and ordinary text alone', () => {
    expect(redactInteractionTokens('/interactions/:id/:token/callback and /webhooks/:id/:token')).toBe('/interactions/:id/:token/callback and /webhooks/:id/:token');
    expect(redactInteractionTokens('/channels/123/messages, 19 April 2022')).toBe('/channels/123/messages, 19 April 2022');
  });
});

describe('logOptionsFrom (LOG_LEVEL, LOG_FORMAT, terminal)', () => {
  it('defaults: info; readable on a terminal, JSON otherwise', () => {
    expect(logOptionsFrom({}, true)).toEqual({ options: { level: 'info', pretty: true }, problems: [] });
    expect(logOptionsFrom({}, false)).toEqual({ options: { level: 'info', pretty: false }, problems: [] });
  });

  it('LOG_LEVEL in any case, with spaces', () => {
    expect(logOptionsFrom({ LOG_LEVEL: ' DEBUG ' }, false).options.level).toBe('debug');
    expect(logOptionsFrom({ LOG_LEVEL: 'silent' }, false).options.level).toBe('silent');
  });

  it('a bad LOG_LEVEL falls back to info and says so (without echoing a long value)', () => {
    const { options, problems } = logOptionsFrom({ LOG_LEVEL: `loud${'x'.repeat(100)}` }, false);
    expect(options.level).toBe('info');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('LOG_LEVEL');
    expect(problems[0]?.length).toBeLessThan(150);
  });

  it('LOG_FORMAT overrides the terminal check', () => {
    expect(logOptionsFrom({ LOG_FORMAT: 'json' }, true).options.pretty).toBe(false);
    expect(logOptionsFrom({ LOG_FORMAT: 'pretty' }, false).options.pretty).toBe(true);
    expect(logOptionsFrom({ LOG_FORMAT: 'xml' }, false).problems).toHaveLength(1);
  });
});
