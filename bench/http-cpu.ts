// `npx tsx bench/http-cpu.ts [other-root]`: a replica's CPU per signed request, the figure that other work on the
// machine changes least (requests per second swing with it). One replica of this checkout, and with `other-root`
// (a package root holding package.json, dist/, data/ and node_modules/, e.g. a copy of an earlier build) one of
// that too, both started with `npm start`'s node flags and measured in alternating passes, so both see the same
// load from the rest of the machine. Each pass sends its requests 8 in flight; the CPU is
// read from /proc/<pid>/task/*/schedstat (every thread, in nanoseconds: 10 ms clock ticks are too coarse for a
// pass). HTTP_CPU_OTHER_FLAGS adds node flags to the second replica only (`other-root` may be this checkout: a flag
// measured against none). Prints each replica's best and median µs per request, and its RSS after the warm-up and
// at the end. Bounded: HTTP_CPU_PASSES passes (default 12) of
// HTTP_CPU_REQUESTS requests (default 500) each; HTTP_BENCH_KIND=ping as in bench:http; HTTP_CPU_REDIS=1 gives both
// replicas REDIS_URL (one throwaway redis-server on loopback; its own CPU is not counted). Loopback only.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeDiscord } from '../test/support/fake-discord.js';
import { startRedis, type RedisServer } from '../test/support/scale.js';
import { Connection, signedRequest, startReplicas, type RequestKind } from './http.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const startScript = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start ?? '';
const words = startScript.split(/\s+/);
const nodeFlags = words.slice(words.indexOf('node') + 1).filter((a) => a.startsWith('--'));
const kind: RequestKind = process.env.HTTP_BENCH_KIND === 'ping' ? 'ping' : 'ask';
const passes = Number(process.env.HTTP_CPU_PASSES ?? 12);
const perPass = Number(process.env.HTTP_CPU_REQUESTS ?? 500);
const IN_FLIGHT = 8;

/** CPU time of every thread of `pid` so far, in nanoseconds. */
function cpuNs(pid: number): number {
  let total = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const fields = readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ');
    total += Number(fields[0]);
  }
  return total;
}

interface Target {
  readonly label: string;
  readonly pid: number;
  readonly endpoint: URL;
  readonly perRequestUs: number[];
  readonly rssMb: number[];
  readonly stop: () => Promise<void>;
}

/** VmRSS of `pid` in MB (Linux). */
function rssMb(pid: number): number {
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
}

async function start(root: string, label: string, fake: FakeDiscord, redis: RedisServer | undefined, extraFlags: readonly string[] = []): Promise<Target> {
  const replicas = await startReplicas(root, fake, 1, [...nodeFlags, ...extraFlags], redis);
  return { label, pid: replicas.pids[0] ?? 0, endpoint: new URL(replicas.endpoints[0] ?? ''), perRequestUs: [], rssMb: [], stop: replicas.stop };
}

let sent = 0;
/**
 * One pass: `count` requests, each signed as it is sent (an interaction's id carries its creation time: signed ahead,
 * the later ones would be logged as late); the replica's CPU per request in µs, NaN if any went unanswered.
 */
async function pass(fake: FakeDiscord, target: Target, count: number): Promise<number> {
  let left = count;
  let failed = 0;
  // Connections of this pass only: the server closes one left idle for 5 s (while the other replica's pass runs).
  const { host, port } = target.endpoint;
  const connections = await Promise.all(Array.from({ length: IN_FLIGHT }, () => Connection.open(Number(port))));
  const before = cpuNs(target.pid);
  await Promise.all(
    connections.map(async (connection) => {
      while (left > 0) {
        left--;
        const res = await connection.send(signedRequest(fake, kind, host, sent++));
        if (res.status !== 200) failed++;
      }
    }),
  );
  const used = cpuNs(target.pid) - before;
  for (const connection of connections) connection.close();
  return failed > 0 ? NaN : used / count / 1000;
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
    for (const target of i % 2 === 0 ? targets : [...targets].reverse()) target.perRequestUs.push(await pass(fake, target, perPass));
    if (process.env.HTTP_CPU_VERBOSE) process.stderr.write(`pass ${i + 1}: ${targets.map((t) => t.perRequestUs.at(-1)?.toFixed(0)).join(" / ")} µs\n`);
  }
  for (const target of targets) {
    target.rssMb.push(rssMb(target.pid));
    const sorted = [...target.perRequestUs].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
    process.stdout.write(`${kind === 'ping' ? 'PING' : '/ask'}${redis ? ' + REDIS_URL' : ''} ${target.label}: best ${sorted[0]?.toFixed(0)} µs, median ${median.toFixed(0)} µs of replica CPU per request (${passes} passes of ${perPass}); RSS ${target.rssMb.map((mb) => mb.toFixed(1)).join(' → ')} MB\n`);
  }
} finally {
  await Promise.all(targets.map((t) => t.stop()));
  await redis?.kill();
  await fake.stop();
}
