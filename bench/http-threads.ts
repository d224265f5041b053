// `npx tsx bench/http-threads.ts [other-root]`: where a replica's CPU per signed request goes, thread by thread, pass by
// pass: its JavaScript thread (the engine, the handler, HTTP parsing, the garbage collector's pauses), V8's worker
// thread (`--v8-pool-size=1`: the optimising compiler, concurrent marking and sweeping) and libuv's thread pool (the
// Ed25519 signature checks). bench:http's "replica CPU per request" is their sum over its 2,000 timed requests, which
// come right after a 300-request warm-up, while V8 is still compiling the engine's code: this shows how much of that
// figure is compiling, and how it falls as the process warms (and rises again when new paths get hot, such as
// follow-ups once users come back after 5,000 requests). One replica of this checkout (or of `other-root`, a built
// checkout), started with `npm start`'s node flags; HTTP_THREADS_PASSES passes (default 12) of HTTP_THREADS_REQUESTS
// (default 500) requests, 8 in flight; HTTP_BENCH_KIND=ping or distinct as in bench:http. CPU from /proc/<pid>/task/*/schedstat.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeDiscord } from '../test/support/fake-discord.js';
import { Connection, signedRequest, startReplicas, withHost, requestKindOf, type RequestKind } from './http.js';

/** CPU so far in nanoseconds per thread id of one process. */
export type ThreadTimes = ReadonlyMap<number, number>;

export interface ThreadSplit {
  /** The process's first thread: JavaScript. */
  readonly main: number;
  /** libuv's pool: the last `poolSize` threads made (libuv makes them on first use, after V8's own). */
  readonly pool: number;
  /** Every other thread: V8's workers (compiler, GC helpers) and Node's own. */
  readonly v8: number;
}

/**
 * What each kind of thread used between `before` and `after`. Thread ids grow with creation on Linux, and libuv
 * starts its pool lazily, after V8's platform workers: the highest `poolSize` ids are the pool. A thread that
 * ended between the two readings is left out; one started after `before` counts from zero.
 */
export function splitThreads(pid: number, before: ThreadTimes, after: ThreadTimes, poolSize: number): ThreadSplit {
  const others = [...after.keys()].filter((tid) => tid !== pid).sort((a, b) => a - b);
  const pool = new Set(others.slice(Math.max(0, others.length - poolSize)));
  const used = (tid: number) => (after.get(tid) ?? 0) - (before.get(tid) ?? 0);
  let v8 = 0;
  let inPool = 0;
  for (const tid of others) {
    if (pool.has(tid)) inPool += used(tid);
    else v8 += used(tid);
  }
  return { main: used(pid), pool: inPool, v8 };
}

function threadTimes(pid: number): Map<number, number> {
  const times = new Map<number, number>();
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      times.set(Number(task), Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]));
    } catch {
      // The thread ended meanwhile.
    }
  }
  return times;
}

async function main(): Promise<void> {
  const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
  const startScript = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start ?? '';
  const words = startScript.split(/\s+/);
  const nodeFlags = words.slice(words.indexOf('node') + 1).filter((a) => a.startsWith('--'));
  const kind: RequestKind = requestKindOf(process.env.HTTP_BENCH_KIND);
  const passes = Number(process.env.HTTP_THREADS_PASSES ?? 12);
  const perPass = Number(process.env.HTTP_THREADS_REQUESTS ?? 500);
  const poolSize = Number(process.env.UV_THREADPOOL_SIZE ?? 4);
  const root = process.argv[2] ? resolve(process.argv[2]) : ROOT;
  const fake = await FakeDiscord.start();
  const replica = await startReplicas(root, fake, 1, nodeFlags, undefined);
  const pid = replica.pids[0] ?? 0;
  const { host, port } = new URL(replica.endpoints[0] ?? '');
  let sent = 0;
  const pass = async (count: number): Promise<number> => {
    // Signed just before the pass: a pass is well under 3 s, so no interaction is logged as late.
    const requests = Array.from({ length: count }, () => signedRequest(fake, kind, sent++));
    let next = 0;
    let failed = 0;
    const connections = await Promise.all(Array.from({ length: 8 }, () => Connection.open(Number(port))));
    const head = withHost(host);
    await Promise.all(
      connections.map(async (connection) => {
        while (next < requests.length) if ((await connection.send(head, requests[next++] ?? Buffer.alloc(0))).status !== 200) failed++;
      }),
    );
    for (const connection of connections) connection.close();
    return failed;
  };
  try {
    await pass(300); // bench:http's warm-up
    process.stdout.write(`${kind === 'ping' ? 'PING' : '/ask'}, µs of replica CPU per request: JavaScript thread / V8's worker / libuv pool = all\n`);
    for (let i = 0; i < passes; i++) {
      const before = threadTimes(pid);
      const failed = await pass(perPass);
      const split = splitThreads(pid, before, threadTimes(pid), poolSize);
      const us = (ns: number) => (ns / perPass / 1000).toFixed(0);
      process.stdout.write(
        `requests ${300 + i * perPass + 1}-${300 + (i + 1) * perPass}: ${us(split.main)} / ${us(split.v8)} / ${us(split.pool)} = ${us(split.main + split.v8 + split.pool)}${failed > 0 ? ` (${failed} not answered)` : ''}\n`,
      );
    }
  } finally {
    await replica.stop();
    await fake.stop();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
