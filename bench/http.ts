// HTTP interactions mode under load, on 127.0.0.1 only: one or two replicas (`node dist/src/main.js` with
// DISCORD_PUBLIC_KEY and INTERACTIONS_PORT, as npm start runs it), with and without REDIS_URL (a throwaway
// redis-server on a free loopback port). A bounded number of signed /ask requests, a fixed number in flight per
// replica; answered per second and client-side p50/p99. Everything shares the machine: replicas, Redis, and this
// process (which sends). The client is not what is measured: requests are made and signed ahead, in batches of at
// most SIGNED_AHEAD, outside the timed span (its CPU is reported apart), so the replicas get the cores it used.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { FakeDiscord } from '../test/support/fake-discord.js';
import { chatInputInteraction, DEFAULT_IDS, snowflake } from '../test/support/payloads.js';
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
  /** CPU (user + system) the replicas spent per request, from their process_cpu_seconds_total: what load elsewhere on the machine does not change. */
  readonly replicaCpuMs: number;
  /** The kernel's part of it (process_cpu_system_seconds_total): socket reads and writes, epoll, page faults. */
  readonly replicaSystemMs: number;
  /** CPU this process (the load generator) spent per request while timed: sending and reading, not signing. */
  readonly loadCpuMs: number;
  /** CPU spent per request making and signing requests ahead, outside the timed span. */
  readonly signCpuMs: number;
}

/** Sums of the replicas' process_cpu_seconds_total and its system part (prom-client's default metrics on /metrics). */
async function replicaCpuSeconds(endpoints: readonly string[]): Promise<{ total: number; system: number }> {
  let total = 0;
  let system = 0;
  for (const endpoint of endpoints) {
    const text = await fetch(endpoint.replace(/\/interactions$/, '/metrics')).then((r) => r.text());
    total += Number(/^process_cpu_seconds_total (\S+)$/m.exec(text)?.[1] ?? NaN);
    system += Number(/^process_cpu_system_seconds_total (\S+)$/m.exec(text)?.[1] ?? NaN);
  }
  return { total, system };
}

const QUESTIONS = ['who took part in the 2022 talks?', 'when were the phone talks?', 'what was signed in 2022?', 'did they discuss the sea?', 'what did they say about covid?'];

/**
 * Every question of the committed fresh sets (English, Vietnamese, Chinese; about 25,000), each once, in a fixed
 * shuffled order: what `distinct` sends, so no answer is ever asked twice in a run (the replicas' answer memo,
 * src/conversation/memo.ts, never helps) and the languages mix.
 */
const distinctQuestions = (() => {
  let questions: string[] | undefined;
  return (): readonly string[] => {
    if (questions) return questions;
    const dir = join(import.meta.dirname, '..', 'test', 'questions', 'fresh');
    const seen = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => /^(en|vi|zh)-r\d+\.json$/.test(f)).sort()) {
      for (const item of JSON.parse(readFileSync(join(dir, file), 'utf8')) as { q: string }[]) seen.add(item.q);
    }
    questions = [...seen];
    // A fixed shuffle (a linear congruential generator): the same order on every run, languages and rounds mixed.
    let state = 12345;
    for (let i = questions.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const j = state % (i + 1);
      [questions[i], questions[j]] = [questions[j] as string, questions[i] as string];
    }
    return questions;
  };
})();
let nextDistinct = 0;
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

export async function startReplicas(root: string, fake: FakeDiscord, count: number, nodeFlags: readonly string[], redis: RedisServer | undefined): Promise<{ endpoints: string[]; pids: number[]; stop: () => Promise<void> }> {
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
    pids: children.map((c) => c.pid ?? 0),
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

/**
 * What is sent: signed `/ask` commands of five questions asked over and over (`ask`: a server where people ask the
 * same things), signed `/ask` commands of a question never asked before in the run (`distinct`: every one read
 * and answered afresh), or signed PINGs (`ping`), which a replica answers after the signature check and the JSON,
 * without the handler or the engine: the transport's own cost.
 */
export type RequestKind = 'ask' | 'distinct' | 'ping';

/** HTTP_BENCH_KIND's request kind: `ask` unless it names another. */
export const requestKindOf = (value: string | undefined): RequestKind => (value === 'ping' || value === 'distinct' ? value : 'ask');

/** A request's signed part (headers after the host, then the body), ready to send to any replica. */
export type SignedRequest = Buffer;

/**
 * The signed request Discord would send, as raw HTTP/1.1 bytes after the request line and host (see `withHost`).
 * An interaction's id says when it was created, and a replica logs one older than 3 s as late: made shortly before
 * it is sent (`SIGNED_AHEAD` at most ahead).
 */
export function signedRequest(fake: FakeDiscord, kind: RequestKind, i: number): SignedRequest {
  const payload =
    kind === 'ping'
      ? { id: snowflake(), application_id: DEFAULT_IDS.applicationId, type: 1, token: `ping-${i}`, version: 1 }
      : chatInputInteraction({ name: 'ask', options: { question: kind === 'distinct' ? nextQuestion() : (QUESTIONS[i % QUESTIONS.length] ?? 'when?') }, userId: `17${String(i % 5000).padStart(17, '0')}` });
  return signedAt(fake, payload, Date.now());
}

/** The next question never sent before in this process (bounded: the run's requests are far fewer than the questions). */
function nextQuestion(): string {
  const all = distinctQuestions();
  const question = all[nextDistinct % all.length] ?? 'when?';
  nextDistinct += 1;
  return question;
}

/** Requests made and signed ahead at a time, per replica: about half a second of traffic, so no id comes near 3 s. */
export const SIGNED_AHEAD = 500;

/** The request line and host header for a replica at `host`, sent before each signed request. */
export const withHost = (host: string): Buffer => Buffer.from(`POST /interactions HTTP/1.1\r\nhost: ${host}\r\n`, 'latin1');

/**
 * One kept-alive HTTP/1.1 connection sending one request at a time and reading each whole response (status line,
 * content-length, body). Lighter on CPU than node:http's client, which on this 2-core machine competed with the
 * replicas for the same cores.
 */
export class Connection {
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: ((response: { status: number; body: string }) => void) | undefined;
  private failed: ((error: Error) => void) | undefined;

  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.parse();
    });
    socket.on('error', (error) => this.failed?.(error));
    socket.on('close', () => this.failed?.(new Error('connection closed')));
  }

  static open(port: number): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => resolve(new Connection(socket)));
      socket.once('error', reject);
    });
  }

  private parse(): void {
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const head = this.buffer.subarray(0, end).toString('latin1');
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
    if (this.buffer.length < end + 4 + length) return;
    const status = Number(head.slice(9, 12));
    const body = this.buffer.subarray(end + 4, end + 4 + length).toString('utf8');
    this.buffer = this.buffer.subarray(end + 4 + length);
    const done = this.waiting;
    this.waiting = undefined;
    done?.({ status, body });
  }

  /** Sends `head` then `request` in one system call, and resolves with the response. */
  send(head: Buffer, request: Buffer): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      // Closed by the replica (its keep-alive timeout after an idle spell): a write would vanish without a word.
      if (this.socket.destroyed || this.socket.readyState !== 'open') {
        reject(new Error('connection closed'));
        return;
      }
      this.waiting = resolve;
      this.failed = reject;
      this.socket.cork();
      this.socket.write(head);
      this.socket.write(request);
      this.socket.uncork();
    });
  }

  close(): void {
    this.failed = undefined;
    this.socket.destroy();
  }
}

/** A response that answers the request as sent: a PONG, or a public answer with an embed. */
function answeredAsAsked(kind: RequestKind, res: { status: number; body: string }): boolean {
  if (res.status !== 200) return false;
  const json = JSON.parse(res.body) as { type?: number; data?: { flags?: number; embeds?: unknown[] } };
  return kind === 'ping' ? json.type === 1 : json.type === 4 && ((json.data?.flags ?? 0) & 64) === 0 && (json.data?.embeds?.length ?? 0) > 0;
}

/** For each configuration, replicas (and Redis) started against one fake Discord, `measure`d, then stopped. */
async function eachConfig<T>(root: string, nodeFlags: readonly string[], configs: readonly { replicas: number; redis: boolean }[], measure: (fake: FakeDiscord, endpoints: readonly string[], config: { replicas: number; redis: boolean }) => Promise<T>): Promise<T[]> {
  const fake = await FakeDiscord.start();
  const haveRedis = redisServerPath() !== undefined;
  const figures: T[] = [];
  try {
    for (const config of configs) {
      if (config.redis && !haveRedis) continue;
      const redis = config.redis ? await startRedis() : undefined;
      const replicas = await startReplicas(root, fake, config.replicas, nodeFlags, redis);
      try {
        figures.push(await measure(fake, replicas.endpoints, config));
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

/**
 * Sends `total` signed requests, `inFlight` at a time per endpoint; bounded by count and by `maxMs` of timed
 * sending. Made and signed ahead in batches of SIGNED_AHEAD per endpoint: only sending them is timed.
 */
async function load(fake: FakeDiscord, kind: RequestKind, endpoints: readonly string[], total: number, inFlight: number, maxMs: number): Promise<{ times: number[]; answered: number; ms: number; cpuMs: number; signCpuMs: number }> {
  const times: number[] = [];
  let answered = 0;
  let ms = 0;
  let cpuMs = 0;
  let signCpuMs = 0;
  const connections = await Promise.all(endpoints.flatMap((e) => Array.from({ length: inFlight }, async () => ({ head: withHost(new URL(e).host), connection: await Connection.open(Number(new URL(e).port)) }))));
  const cpuOf = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
  for (let sent = 0; sent < total && ms < maxMs; ) {
    const signStart = process.cpuUsage();
    const batch = Array.from({ length: Math.min(SIGNED_AHEAD * endpoints.length, total - sent) }, (_, k) => signedRequest(fake, kind, sent + k));
    signCpuMs += cpuOf(process.cpuUsage(signStart));
    sent += batch.length;
    let next = 0;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const worker = async ({ head, connection }: { head: Buffer; connection: Connection }) => {
      while (next < batch.length && ms + performance.now() - started < maxMs) {
        const request = batch[next++] ?? Buffer.alloc(0);
        const t = performance.now();
        const res = await connection.send(head, request);
        times.push(performance.now() - t);
        if (answeredAsAsked(kind, res)) answered++;
      }
    };
    await Promise.all(connections.map(worker));
    ms += performance.now() - started;
    cpuMs += cpuOf(process.cpuUsage(cpuBefore));
  }
  for (const { connection } of connections) connection.close();
  return { times: times.sort((a, b) => a - b), answered, ms, cpuMs, signCpuMs };
}

export async function measureHttp(root: string, nodeFlags: readonly string[], configs: readonly { replicas: number; redis: boolean }[], perReplica = 3000, kind: RequestKind = 'ask'): Promise<HttpFigures[]> {
  return eachConfig(root, nodeFlags, configs, async (fake, endpoints, config) => {
    await load(fake, kind, endpoints, 300 * config.replicas, 4, 10_000); // warm-up
    const total = perReplica * config.replicas;
    const cpuBefore = await replicaCpuSeconds(endpoints);
    const run = await load(fake, kind, endpoints, total, 8, 30_000);
    const cpuAfter = await replicaCpuSeconds(endpoints);
    const n = run.times.length;
    return {
      ...config,
      requests: n,
      answered: run.answered,
      perSecond: (run.answered / run.ms) * 1000,
      p50: percentile(run.times, 50),
      p99: percentile(run.times, 99),
      replicaCpuMs: ((cpuAfter.total - cpuBefore.total) * 1000) / n,
      replicaSystemMs: ((cpuAfter.system - cpuBefore.system) * 1000) / n,
      loadCpuMs: run.cpuMs / n,
      signCpuMs: run.signCpuMs / n,
    };
  });
}

export interface LoopFigures {
  /** The arrival rate offered, per second, all replicas together. */
  readonly offeredPerSecond: number;
  readonly requests: number;
  readonly answered: number;
  /** Answered per second over the span from the first arrival to the last answer. */
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** Requests that found every connection to their replica busy and waited for one (their wait is in their latency). */
  readonly queued: number;
  /** The first few responses that were not a public answer (status and the start of the body), to say what went wrong. */
  readonly failures: readonly string[];
}

export interface RateFigures extends LoopFigures {
  readonly replicas: number;
  readonly redis: boolean;
  /** The same open loop over the replicas' first WARM_SECONDS, before the measured span: what a fresh replica gives. */
  readonly warming: LoopFigures;
}

/** Seconds of open-loop traffic before the measured span (see measureHttpAtRate). */
export const WARM_SECONDS = 5;

/** Connections per replica in the open loop: more than are ever busy at once at the rates measured, so a slow answer does not hold the next arrival back. */
const OPEN_LOOP_CONNECTIONS = 32;

/** A snowflake for the moment `at` (a Date.now() value): a request made ahead still says it was created when it arrives. */
const snowflakeAt = (at: number, n: number): string => (((BigInt(Math.round(at)) - 1_420_070_400_000n) << 22n) | BigInt(n & 0xfff)).toString();

/**
 * Open loop, as Discord sends interactions: requests arrive at `ratePerReplica` per second per replica (Poisson
 * arrivals from a fixed seed, dealt round-robin as a load balancer would) for `seconds`, whether or not earlier ones
 * have been answered. Each latency counts from the request's arrival time, so a wait for a free connection or behind
 * a late timer counts against the replicas (no coordinated omission). This is what "N per second at p99 ≤ X ms"
 * means; `measureHttp`'s closed loop (a fixed number in flight) measures the most a replica can answer instead, where
 * latency is whatever queueing that number makes. Every request is made and signed before the first arrival, with
 * the id and timestamp of its arrival time, so the sender spends its CPU on sending only.
 */
export async function measureHttpAtRate(root: string, nodeFlags: readonly string[], configs: readonly { replicas: number; redis: boolean }[], ratePerReplica: number, seconds: number, kind: RequestKind = 'ask'): Promise<RateFigures[]> {
  return eachConfig(root, nodeFlags, configs, async (fake, endpoints, config) => {
    // Warm-up: the same open loop for WARM_SECONDS, whose figures are reported apart (`warming`). A replica behind a
    // load balancer spends nearly all its life warm; its first seconds compile the paths the traffic takes
    // (follow-ups once users come back, answers first asked), and are what a restart costs, once.
    const warming = await openLoop(fake, kind, endpoints, ratePerReplica * config.replicas, WARM_SECONDS, 0);
    const steady = await openLoop(fake, kind, endpoints, ratePerReplica * config.replicas, seconds, warming.requests);
    return { ...config, ...steady, warming };
  });
}

/** One open loop of `seconds`; request numbers (users, questions, ids) start at `first`, so a second loop's users come back. */
async function openLoop(fake: FakeDiscord, kind: RequestKind, endpoints: readonly string[], rate: number, seconds: number, first: number): Promise<LoopFigures> {
  // Arrival offsets in ms: exponential gaps from a fixed linear congruential generator.
  const arrivals: number[] = [];
  let state = 42 + first;
  for (let t = 0; ; ) {
    state = (state * 1103515245 + 12345) % 2147483648;
    t += (-Math.log(1 - state / 2147483648) * 1000) / rate;
    if (t >= seconds * 1000) break;
    arrivals.push(t);
  }
  // Signing all of them takes a second or two: ids are stamped for arrivals after that.
  const startAt = Date.now() + 3000;
  const requests = arrivals.map((offset, k) => {
    const i = first + k;
    const at = startAt + offset;
    if (kind === 'ping') return signedAt(fake, { id: snowflakeAt(at, i), application_id: DEFAULT_IDS.applicationId, type: 1, token: `ping-${i}`, version: 1 }, at);
    const id = snowflakeAt(at, i);
    const question = kind === 'distinct' ? nextQuestion() : (QUESTIONS[i % QUESTIONS.length] ?? 'when?');
    return signedAt(fake, { ...chatInputInteraction({ name: 'ask', options: { question }, userId: `17${String(i % 5000).padStart(17, '0')}` }), id, token: `fake-interaction-token-${id}` }, at);
  });
  const pools = await Promise.all(
    endpoints.map(async (e) => ({
      head: withHost(new URL(e).host),
      free: await Promise.all(Array.from({ length: OPEN_LOOP_CONNECTIONS }, () => Connection.open(Number(new URL(e).port)))),
      waiting: [] as number[],
    })),
  );
  const all = pools.flatMap((p) => [...p.free]);
  await new Promise((r) => setTimeout(r, Math.max(0, startAt - Date.now())));
  const start = performance.now();
  const times: number[] = [];
  let answered = 0;
  let queued = 0;
  let lastDone = start;
  const failures: string[] = [];
  const inFlight = new Set<number>();
  let next = 0;
  let settled = 0;
  return await new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(bound);
      if (settled < next) failures.push(`${next - settled} sent without a response within 10 s of the last arrival, e.g. ${requests[[...inFlight][0] ?? 0]?.toString('utf8').split('\r\n\r\n')[1]?.slice(0, 400) ?? ''}`);
      if (next < arrivals.length) failures.push(`${arrivals.length - next} never sent`);
      for (const c of all) c.close();
      const sorted = times.sort((a, b) => a - b);
      resolve({
        offeredPerSecond: rate,
        requests: arrivals.length,
        answered,
        perSecond: (answered / (lastDone - start)) * 1000,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        max: sorted[sorted.length - 1] ?? NaN,
        queued,
        failures,
      });
    };
    const send = (pool: (typeof pools)[number], connection: Connection, i: number) => {
      inFlight.add(i);
      connection.send(pool.head, requests[i] ?? Buffer.alloc(0)).then(
        (res) => {
          inFlight.delete(i);
          const now = performance.now();
          times.push(now - (start + (arrivals[i] ?? 0)));
          lastDone = now;
          if (answeredAsAsked(kind, res)) answered++;
          else if (failures.length < 3) failures.push(`${res.status} ${res.body.slice(0, 300)}`);
          settled++;
          const waiting = pool.waiting.shift();
          if (waiting === undefined) pool.free.push(connection);
          else send(pool, connection, waiting);
          if (settled === arrivals.length) finish();
        },
        (error: unknown) => {
          if (failures.length < 3) failures.push(`no response: ${String(error)}`);
          settled++;
          if (settled === arrivals.length) finish();
        },
      );
    };
    const pump = () => {
      const now = performance.now() - start;
      for (; next < arrivals.length && (arrivals[next] ?? Infinity) <= now; next++) {
        const pool = pools[next % pools.length];
        if (!pool) continue;
        // The connection idle longest: each is used every few milliseconds, none idles into the replica's keep-alive timeout.
        const connection = pool.free.shift();
        if (connection) send(pool, connection, next);
        else {
          queued++;
          pool.waiting.push(next);
        }
      }
      if (next < arrivals.length) timer = setTimeout(pump, Math.max(0, (arrivals[next] ?? 0) - (performance.now() - start)));
    };
    // Bounded: whatever has not been answered 10 s after the last arrival is counted as not answered.
    const bound = setTimeout(finish, seconds * 1000 + 10_000);
    pump();
  });
}

/** `signedRequest` for a body made by the caller, stamped `at` (a Date.now() value). */
function signedAt(fake: FakeDiscord, payload: object, at: number): SignedRequest {
  const body = JSON.stringify(payload);
  const timestamp = String(Math.floor(at / 1000));
  const head =
    `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
    `x-signature-ed25519: ${fake.sign(timestamp, body)}\r\nx-signature-timestamp: ${timestamp}\r\n\r\n`;
  return Buffer.from(head + body, 'utf8');
}
