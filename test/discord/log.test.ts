// The structured logger: what an operator reads, and what must never appear in it.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/discord/log.js';

function capture(secrets: readonly string[] = []) {
  const lines: string[] = [];
  return { log: createLogger(secrets, (l) => lines.push(l)), lines };
}

describe('createLogger', () => {
  it('writes one JSON object per line with level, message and fields', () => {
    const { log, lines } = capture();
    log.info('command answered', { command: 'who', ms: 1.5 });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(entry).toMatchObject({ level: 'info', msg: 'command answered', command: 'who', ms: 1.5 });
    expect(typeof entry.time).toBe('string');
  });

  it('replaces every occurrence of a secret, also inside error messages and stacks', () => {
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.secret-secret-secret';
    const { log, lines } = capture([token]);
    log.error('login failed', { error: new Error(`bad token ${token}`), echo: token });
    expect(lines.join('')).not.toContain(token);
    expect(lines.join('')).toContain('[redacted]');
  });

  it('never throws on fields JSON cannot encode (BigInt, circular objects)', () => {
    const { log, lines } = capture();
    const circular: Record<string, unknown> = { name: 'loop' };
    circular.self = circular;
    expect(() => log.warn('odd fields', { big: 10n ** 20n, circular })).not.toThrow();
    const entry = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(entry.big).toBe('100000000000000000000');
    expect(entry.circular).toEqual({ name: 'loop', self: '[circular]' });
  });
});
