// `npx tsx bench/http-cpu.ts [other-root]`: a replica's CPU per signed request, the figure that other work on the
// machine changes least (requests per second swing with it). One replica of this checkout, and with `other-root`
// (a package root holding package.json, dist/, data/ and node_modules/, e.g. a copy of an earlier build) one of
// that too, both started with `npm start`'s node flags and measured in alternating passes, so both see the same
// load from the rest of the machine. Each pass sends its requests 8 in flight; the CPU is
// read from /proc/<pid>/task/*/schedstat (every thread, in nanoseconds: 10 ms clock ticks are too coarse for a
// pass). HTTP_CPU_OTHER_FLAGS adds node flags to the second replica only (`other-root` may be this checkout: a flag
// measured against none). Prints each replica's best and median µs per request, and its RSS after the warm-up and
// at the end. Bounded: HTTP_CPU_PASSES passes (default 12) of
// HTTP_CPU_REQUESTS requests (default 500) each; HTTP_BENCH_KIND=ping or distinct as in bench:http; HTTP_CPU_REDIS=1 gives both
// replicas REDIS_URL (one throwaway redis-server on loopback; its own CPU is not counted). Loopback only.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeDiscord } from '../test/support/fake-discord.js';
import { startRedis, type RedisServer } from '../test/support/scale.js';
import { Connection, signedRequest, startReplicas, withHost, requestKindOf, type RequestKind } from './http.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const startScript = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start ?? '';
const words = startScript.split(/\s+/);
const nodeFlags = words.slice(words.indexOf('node') + 1).filter((a) => a.startsWith('--'));
const kind: RequestKind = requestKindOf(process.env.HTTP_BENCH_KIND);
const passes = Number(process.env.HTTP_CPU_PASSES ?? 12);
const perPass = Number(process.env.HTTP_CPU_REQUESTS ?? 500);
const IN_FLIGHT = 8;

/** CPU time of every thread of `pid` so far, in nanoseconds, and of its main thread (the one running JavaScript). */
function cpuNs(pid: number): { all: number; main: number } {
  let all = 0;
  let main = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const ns = Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    all += ns;
    if (task === String(pid)) main = ns;
  }
  return { all, main };
}

interface Target {
  readonly label: string;
  readonly pid: number;
  readonly endpoint: URL;
  readonly perRequestUs: number[];
  /** The main thread's part: what bounds a replica's requests per second (the rest runs beside it). */
  readonly mainPerRequestUs: number[];
  readonly rssMb: number[];
  readonly stop: () => Promise<void>;
}

/** VmRSS of `pid` in MB (Linux). */
function rssMb(pid: number): number {
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
}

async function start(root: string, label: string, fake: FakeDiscord, redis: RedisServer | undefined, extraFlags: readonly string[] = []): Promise<Target> {
  const replicas = await startReplicas(root, fake, 1, [...nodeFlags, ...extraFlags], redis);
  return { label, pid: replicas.pids[0] ?? 0, endpoint: new URL(replicas.endpoints[0] ?? ''), perRequestUs: [], mainPerRequestUs: [], rssMb: [], stop: replicas.stop };
}

let sent = 0;
/**
 * One pass: `count` requests, made and signed just before the pass (a pass is well under 3 s, so none is logged as
 * late), then sent; the replica's CPU per request in µs, NaN if any went unanswered.
 */
async function pass(fake: FakeDiscord, target: Target, count: number): Promise<{ all: number; main: number }> {
  const requests = Array.from({ length: count }, () => signedRequest(fake, kind, sent++));
  let next = 0;
  let failed = 0;
  // Connections of this pass only: the server closes one left idle for 5 s (while the other replica's pass runs).
  const { host, port } = target.endpoint;
  const connections = await Promise.all(Array.from({ length: IN_FLIGHT }, () => Connection.open(Number(port))));
  const head = withHost(host);
  const before = cpuNs(target.pid);
  await Promise.all(
    connections.map(async (connection) => {
      while (next < requests.length) {
        const res = await connection.send(head, requests[next++] ?? Buffer.alloc(0));
        if (res.status !== 200) failed++;
      }
    }),
  );
  const after = cpuNs(target.pid);
  for (const connection of connections) connection.close();
  if (failed > 0) return { all: NaN, main: NaN };
  return { all: (after.all - before.all) / count / 1000, main: (after.main - before.main) / count / 1000 };
}

const other = process.argv[2];
const fake = await FakeDiscord.start();
const redis = process.env.HTTP_CPU_REDIS === '1' ? await startRedis() : undefined;
const targets: Target[] = [];
try {
  targets.push(await start(ROOT, 'this checkout', fake, redis));
  const otherFlags = (process.env.HTTP_CPU_OTHER_FLAGS ?? '').split(/\s+/).filter(Boolean);
  if (other) targets.push(await start(resolve(other), `${other}${otherFlags.length > 0 ? ` ${otherFlags.join(' ')}` : ''}`, fake, redis, otherFlags));
  for (const target of targets) {
    await pass(fake, target, 300); // warm-up
    target.rssMb.push(rssMb(target.pid));
  }
  for (let i = 0; i < passes; i++) {
    // Alternating order, so neither replica always follows the other.
    for (const target of i % 2 === 0 ? targets : [...targets].reverse()) {
      const used = await pass(fake, target, perPass);
      target.perRequestUs.push(used.all);
      target.mainPerRequestUs.push(used.main);
    }
    if (process.env.HTTP_CPU_VERBOSE) process.stderr.write(`pass ${i + 1}: ${targets.map((t) => `${t.perRequestUs.at(-1)?.toFixed(0)} (main ${t.mainPerRequestUs.at(-1)?.toFixed(0)})`).join(' / ')} µs\n`);
  }
  for (const target of targets) {
    target.rssMb.push(rssMb(target.pid));
    const sorted = [...target.perRequestUs].sort((a, b) => a - b);
    const main = [...target.mainPerRequestUs].sort((a, b) => a - b);
    const median = (values: readonly number[]) => values[Math.floor(values.length / 2)] ?? NaN;
    process.stdout.write(
      `${kind === 'ping' ? 'PING' : '/ask'}${redis ? ' + REDIS_URL' : ''} ${target.label}: best ${sorted[0]?.toFixed(0)} µs, median ${median(sorted).toFixed(0)} µs of replica CPU per request, main thread best ${main[0]?.toFixed(0)} µs, median ${median(main).toFixed(0)} µs (${passes} passes of ${perPass}); RSS ${target.rssMb.map((mb) => mb.toFixed(1)).join(' → ')} MB\n`,
    );
  }
} finally {
  await Promise.all(targets.map((t) => t.stop()));
  await redis?.kill();
  await fake.stop();
}
