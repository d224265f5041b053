// Scaled-out processes for tests: an HTTP interactions replica, a gateway with a health port, a shard manager, each
// as `node dist/src/main.js` against the fake Discord, and a real redis-server on a free 127.0.0.1 port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeDiscord } from './fake-discord.js';
import { MAIN, cleanEnv, freePort, runNode, type Running } from './process.js';

export interface Replica {
  readonly proc: Running;
  readonly port: number;
  readonly url: string;
  readonly endpoint: string;
}

/** An HTTP interactions replica (no gateway unless `vars` give a token), ready to take requests. */
export async function startReplica(fake: FakeDiscord, vars: Record<string, string | undefined> = {}): Promise<Replica> {
  const port = await freePort();
  const proc = runNode(
    [MAIN],
    cleanEnv({
      DISCORD_PUBLIC_KEY: fake.publicKey,
      INTERACTIONS_PORT: String(port),
      INTERACTIONS_HOST: '127.0.0.1',
      DISCORD_API_URL: fake.apiUrl,
      LOG_FORMAT: 'json',
      ...vars,
    }),
  );
  await proc.waitForStderrLine(/"msg":"listening"/);
  const url = `http://127.0.0.1:${port}`;
  return { proc, port, url, endpoint: `${url}/interactions` };
}

/** Where redis-server is, or undefined. */
export function redisServerPath(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : undefined;
}

/**
 * Tests that need Redis: on CI (CI=true, where .ci/run installs it) a missing redis-server fails the test loudly;
 * elsewhere the test is skipped with the reason printed.
 */
export function requireRedis(): boolean {
  if (redisServerPath()) return true;
  if (process.env.CI === 'true') throw new Error('redis-server is not installed: .ci/run installs it (apt-get install -y redis-server)');
  process.stderr.write('redis-server not found: Redis tests skipped (apt-get install -y redis-server)\n');
  return false;
}

export interface RedisServer {
  readonly port: number;
  readonly url: string;
  /** Kills it (SIGKILL): clients see the connection drop. */
  kill(): Promise<void>;
  /** Starts it again on the same port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

async function waitForPort(port: number, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  const { connect } = await import('node:net');
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`redis-server did not listen on ${port} within ${ms}ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A throwaway redis-server on 127.0.0.1: no persistence, its own directory, killed with the test. */
export async function startRedis(): Promise<RedisServer> {
  const bin = redisServerPath();
  if (!bin) throw new Error('redis-server is not installed');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'talks-bot-redis-'));
  let child: ChildProcess | undefined;
  const launch = async () => {
    child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'yes'], {
      stdio: 'ignore',
    });
    await waitForPort(port);
  };
  const kill = async () => {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const gone = new Promise((resolve) => c.once('exit', resolve));
    c.kill('SIGKILL');
    await gone;
  };
  await launch();
  return { port, url: `redis://127.0.0.1:${port}`, kill, restart: launch, stop: kill };
}

/** GET a JSON or text endpoint of a replica. */
export async function get(url: string): Promise<{ status: number; text: string; json: unknown }> {
  const res = await fetch(url);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json };
}
