// HTTP interactions mode under load, on 127.0.0.1 only: one or two replicas (`node dist/src/main.js` with
// DISCORD_PUBLIC_KEY and INTERACTIONS_PORT, as npm start runs it), with and without REDIS_URL (a throwaway
// redis-server on a free loopback port). A bounded number of signed /ask requests, a fixed number in flight per
// replica; answered per second and client-side p50/p99. Everything shares the machine: replicas, Redis, and this
// process (which signs and sends).
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { FakeDiscord } from '../test/support/fake-discord.js';
import { chatInputInteraction } from '../test/support/payloads.js';
import { freePort } from '../test/support/process.js';
import { redisServerPath, startRedis, type RedisServer } from '../test/support/scale.js';

export interface HttpFigures {
  readonly replicas: number;
  readonly redis: boolean;
  readonly requests: number;
  readonly answered: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
}

const QUESTIONS = ['who took part in the 2022 talks?', 'when were the phone talks?', 'what was signed in 2022?', 'did they discuss the sea?', 'what did they say about covid?'];
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function startReplicas(root: string, fake: FakeDiscord, count: number, nodeFlags: readonly string[], redis: RedisServer | undefined): Promise<{ endpoints: string[]; stop: () => Promise<void> }> {
  const children: ChildProcess[] = [];
  const endpoints: string[] = [];
  for (let i = 0; i < count; i++) {
    const port = await freePort();
    const child = spawn(process.execPath, [...nodeFlags, join(root, 'dist', 'src', 'main.js')], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        MALLOC_ARENA_MAX: '2',
        DOTENV_CONFIG_PATH: '/dev/null',
        DISCORD_PUBLIC_KEY: fake.publicKey,
        INTERACTIONS_PORT: String(port),
        INTERACTIONS_HOST: '127.0.0.1',
        DISCORD_API_URL: fake.apiUrl,
        // Every request consults the cooldown (in Redis when set) without being refused.
        PUBLIC_REPLY_LIMIT: '9999/1',
        LOG_LEVEL: 'warn',
        ...(redis ? { REDIS_URL: redis.url } : {}),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr?.on('data', (c: Buffer) => {
      err += c.toString('utf8');
    });
    // "listening" is logged at info, which LOG_LEVEL=warn hides: wait for /readyz instead.
    children.push(child);
    endpoints.push(`http://127.0.0.1:${port}/interactions`);
    const until = Date.now() + 30_000;
    for (;;) {
      const up = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
      if (up) break;
      if (child.exitCode !== null || Date.now() > until) throw new Error(`replica did not start:\n${err}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    if (redis) {
      for (;;) {
        const body = (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.json())) as { redis?: string };
        if (body.redis === 'up') break;
        if (Date.now() > until) throw new Error('replica never reached Redis');
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }
  return {
    endpoints,
    stop: async () => {
      await Promise.all(
        children.map(
          (c) =>
            new Promise<void>((resolve) => {
              if (c.exitCode !== null) return resolve();
              const timer = setTimeout(() => c.kill('SIGKILL'), 8000);
              c.once('exit', () => {
                clearTimeout(timer);
                resolve();
              });
              c.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

/** One POST over a kept-alive connection (node:http costs the sender less than fetch). */
function post(agent: Agent, url: URL, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Sends `total` signed /ask requests, `inFlight` at a time per endpoint; bounded by count and by `maxMs`. */
async function load(fake: FakeDiscord, endpoints: readonly string[], total: number, inFlight: number, maxMs: number): Promise<{ times: number[]; answered: number; ms: number }> {
  const times: number[] = [];
  let answered = 0;
  let next = 0;
  const started = performance.now();
  const agent = new Agent({ keepAlive: true, maxSockets: inFlight * endpoints.length });
  const worker = async (endpoint: string) => {
    const url = new URL(endpoint);
    while (next < total && performance.now() - started < maxMs) {
      const i = next++;
      const body = JSON.stringify(chatInputInteraction({ name: 'ask', options: { question: QUESTIONS[i % QUESTIONS.length] ?? 'when?' }, userId: `17${String(i % 5000).padStart(17, '0')}` }));
      const timestamp = String(Math.floor(Date.now() / 1000));
      const t = performance.now();
      const res = await post(agent, url, body, { 'content-type': 'application/json', 'x-signature-ed25519': fake.sign(timestamp, body), 'x-signature-timestamp': timestamp });
      const json = JSON.parse(res.text) as { type?: number; data?: { flags?: number } };
      times.push(performance.now() - t);
      if (res.status === 200 && json.type === 4 && ((json.data?.flags ?? 0) & 64) === 0) answered++;
    }
  };
  await Promise.all(endpoints.flatMap((e) => Array.from({ length: inFlight }, () => worker(e))));
  agent.destroy();
  return { times: times.sort((a, b) => a - b), answered, ms: performance.now() - started };
}

export async function measureHttp(root: string, nodeFlags: readonly string[], configs: readonly { replicas: number; redis: boolean }[], perReplica = 3000): Promise<HttpFigures[]> {
  const fake = await FakeDiscord.start();
  const haveRedis = redisServerPath() !== undefined;
  const figures: HttpFigures[] = [];
  try {
    for (const config of configs) {
      if (config.redis && !haveRedis) continue;
      const redis = config.redis ? await startRedis() : undefined;
      const replicas = await startReplicas(root, fake, config.replicas, nodeFlags, redis);
      try {
        await load(fake, replicas.endpoints, 300 * config.replicas, 4, 10_000); // warm-up
        const total = perReplica * config.replicas;
        const run = await load(fake, replicas.endpoints, total, 8, 30_000);
        figures.push({ ...config, requests: run.times.length, answered: run.answered, perSecond: (run.answered / run.ms) * 1000, p50: percentile(run.times, 50), p99: percentile(run.times, 99) });
      } finally {
        await replicas.stop();
        await redis?.stop();
      }
    }
  } finally {
    await fake.stop();
  }
  return figures;
}
