// /help's clickable commands: the ids Discord gave the registered commands, read once; plain "/name" until then
// or when reading fails (retried later, never thrown); help's order.
import { describe, expect, it } from 'vitest';
import { createCommandDirectory, helpOrder } from '../../src/discord/command-directory.js';
import { createLogger } from '../../src/discord/log.js';
import { LogCollector } from './helpers.js';

const NAMES = ['ask', 'help', 'who', 'cite'];
const registered = [
  { id: '1300000000000000901', name: 'who', type: 1 },
  { id: '1300000000000000902', name: 'ask', type: 1 },
  { id: '1300000000000000903', name: 'Find sources', type: 3 },
];

describe('createCommandDirectory', () => {
  it('mentions registered commands by id, in help\'s order, and names the others plainly (and logs they are missing)', async () => {
    const logs = new LogCollector();
    let reads = 0;
    const dir = createCommandDirectory(NAMES, () => {
      reads++;
      return Promise.resolve([registered]);
    }, createLogger([], logs.sink));
    expect(dir.names).toEqual(['who', 'ask', 'cite', 'help']);
    expect(dir.mention('who')).toBe('/who');
    await dir.ensure();
    await dir.ensure();
    expect(reads).toBe(1);
    expect(dir.mention('who')).toBe('</who:1300000000000000901>');
    expect(dir.mention('ask')).toBe('</ask:1300000000000000902>');
    expect(dir.mention('cite')).toBe('/cite');
    expect(logs.entries().find((e) => e.msg.startsWith('commands not registered'))).toMatchObject({ missing: ['cite', 'help'] });
  });

  it('a server\'s registration (read after the global one) wins for the same name', async () => {
    const dir = createCommandDirectory(['who'], () => Promise.resolve([registered, [{ id: '1300000000000000999', name: 'who' }]]), createLogger([], () => undefined));
    await dir.ensure();
    expect(dir.mention('who')).toBe('</who:1300000000000000999>');
  });

  it('a failed or malformed read leaves plain names and is not retried at once; a slow one is not waited for', async () => {
    const logs = new LogCollector();
    let reads = 0;
    const failing = createCommandDirectory(['who'], () => {
      reads++;
      return Promise.reject(new Error('503'));
    }, createLogger([], logs.sink));
    await failing.ensure();
    await failing.ensure();
    expect(failing.mention('who')).toBe('/who');
    expect(reads).toBe(1);
    expect(logs.entries().some((e) => e.level === 'warn')).toBe(true);

    const malformed = createCommandDirectory(['who'], () => Promise.resolve([[{ id: 'not-an-id', name: 'who' }]]), createLogger([], () => undefined));
    await malformed.ensure();
    expect(malformed.mention('who')).toBe('/who');

    const slow = createCommandDirectory(['who'], () => new Promise(() => undefined), createLogger([], () => undefined));
    const t0 = Date.now();
    await slow.ensure(50);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(slow.mention('who')).toBe('/who');
  });

  it('helpOrder: the answer commands first, then ask, cite and help, unknown ones after', () => {
    expect(helpOrder(['zzz', 'help', 'cite', 'ask', 'source', 'talks', 'topics', 'agreements', 'when', 'who'])).toEqual([
      'who', 'when', 'agreements', 'topics', 'talks', 'source', 'ask', 'cite', 'help', 'zzz',
    ]);
  });
});
