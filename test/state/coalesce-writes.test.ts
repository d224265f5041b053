import { connect, createServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { coalesceWrites } from '../../src/state/redis.js';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const done of cleanup.splice(0)) done();
});

/** A loopback pair: the client socket (coalesced) and every chunk the server side receives. */
async function pair(): Promise<{ client: Socket; received: Buffer[] }> {
  const received: Buffer[] = [];
  const server = createServer((socket) => socket.on('data', (chunk: Buffer) => received.push(chunk)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const client = await new Promise<Socket>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
  });
  cleanup.push(() => {
    client.destroy();
    server.close();
  });
  return { client, received };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Counts the writes the socket hands to the operating system (one buffer or a gathered list each). */
function countSystemWrites(socket: Socket): { count: number } {
  const counter = { count: 0 };
  const internals = socket as unknown as Record<'_write' | '_writev', (...args: unknown[]) => unknown>;
  for (const name of ['_write', '_writev'] as const) {
    const original = internals[name].bind(socket);
    internals[name] = (...args: unknown[]) => {
      counter.count++;
      return original(...args);
    };
  }
  return counter;
}

describe('Redis writes coalesced per tick', () => {
  it('sends the commands written in one tick, and in their promise continuations, as one write, in order', async () => {
    const { client, received } = await pair();
    const writes = countSystemWrites(client);
    coalesceWrites(client);
    client.write('GET a\r\n');
    await Promise.resolve();
    client.write('GET b\r\n');
    await settle();
    expect(Buffer.concat(received).toString()).toBe('GET a\r\nGET b\r\n');
    expect(writes.count).toBe(1);
  });

  it('does not hold a lone write: it leaves in the same turn of the event loop, and later ticks write again', async () => {
    const { client, received } = await pair();
    const writes = countSystemWrites(client);
    coalesceWrites(client);
    client.write('PING\r\n');
    await settle();
    client.write('PING\r\n');
    await settle();
    expect(received.map(String)).toEqual(['PING\r\n', 'PING\r\n']);
    expect(writes.count).toBe(2);
  });
});
