// `npm run bench:http`: only the HTTP interactions section of `npm run bench` (bench/http.ts), with the node flags
// of `npm start`, for measuring that path on its own. HTTP_BENCH_CONFIGS=1,2,1r,2r picks the runs (r: with Redis);
// HTTP_BENCH_EXTRA_FLAGS adds node flags to the replicas (e.g. --cpu-prof --cpu-prof-dir=/tmp/prof);
// HTTP_BENCH_KIND=ping sends signed PINGs instead of /ask: what the transport costs without handler and engine;
// HTTP_BENCH_KIND=distinct sends a question never sent before each time (bench/http.ts): no answer remembered helps.
// HTTP_BENCH_RATE=1000 sends an open loop instead: that many requests per second per replica arriving for 10 s
// (bench/http.ts measureHttpAtRate), latency from each arrival.
// HTTP_BENCH_ROOT runs the replicas of another built checkout (same bench, another server: before and after).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureHttp, measureHttpAtRate, requestKindOf, WARM_SECONDS, type RequestKind } from './http.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const startScript = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start ?? '';
const words = startScript.split(/\s+/);
const nodeFlags = [...words.slice(words.indexOf('node') + 1).filter((a) => a.startsWith('--')), ...(process.env.HTTP_BENCH_EXTRA_FLAGS ?? '').split(/\s+/).filter(Boolean)];
const configs = (process.env.HTTP_BENCH_CONFIGS ?? '1,2,1r,2r').split(',').map((c) => ({ replicas: Number.parseInt(c, 10), redis: c.endsWith('r') }));
const kind: RequestKind = requestKindOf(process.env.HTTP_BENCH_KIND);
const replicaRoot = process.env.HTTP_BENCH_ROOT ? resolve(process.env.HTTP_BENCH_ROOT) : ROOT;
const rate = Number(process.env.HTTP_BENCH_RATE ?? 0);
if (rate > 0) {
  for (const f of await measureHttpAtRate(replicaRoot, nodeFlags, configs, rate, 10, kind)) {
    process.stdout.write(
      `HTTP ${kind}, ${f.replicas} replica(s)${f.redis ? ' + REDIS_URL' : ''}, arriving at ${f.offeredPerSecond}/s for 10 s: p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, max ${f.max.toFixed(1)} ms; ${Math.round(f.perSecond)}/s answered (${f.answered}/${f.requests}); ${f.queued} waited for a connection; the ${WARM_SECONDS} s before, from start-up: p50 ${f.warming.p50.toFixed(1)} ms, p99 ${f.warming.p99.toFixed(1)} ms, max ${f.warming.max.toFixed(1)} ms${[...f.warming.failures, ...f.failures].map((x) => `\n  not answered: ${x}`).join('')}\n`,
    );
  }
}
for (const f of rate > 0 ? [] : await measureHttp(replicaRoot, nodeFlags, configs, 2000, kind)) {
  process.stdout.write(
    `HTTP ${kind === 'ping' ? 'PING' : kind === 'distinct' ? '/ask (distinct questions)' : '/ask'}, ${f.replicas} replica(s)${f.redis ? ' + REDIS_URL' : ''}: ${Math.round(f.perSecond)}/s, p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms (${f.answered}/${f.requests} answered); CPU per request: replicas ${f.replicaCpuMs.toFixed(3)} ms (system ${f.replicaSystemMs.toFixed(3)}), load generator ${f.loadCpuMs.toFixed(3)} ms (and ${f.signCpuMs.toFixed(3)} ms signing ahead, not timed)\n`,
  );
}
