// The deploy payload is what Discord registers: moving a command's words into one definition must not change
// a byte of what is registered. test/fixtures/deploy/commands.json was generated from the tree before that move.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/discord/load-commands.js';
import { createLogger } from '../../src/discord/log.js';
import { sharedEngine } from '../support/engine.js';

const before: unknown = JSON.parse(readFileSync(new URL('../fixtures/deploy/commands.json', import.meta.url), 'utf8'));

describe('the deploy payload', () => {
  it('is the one registered before commands became single definitions', async () => {
    const commands = await loadCommands({ engine: sharedEngine(), log: createLogger([], () => undefined) });
    const body: unknown = JSON.parse(JSON.stringify([...commands.values()].map((c) => c.definition)));
    expect(body).toEqual(before);
  });
});
