// Prometheus metrics (prom-client), loaded only when something serves /metrics: interactions by type, command and
// outcome, the answer-latency histogram, gateway status per shard, Redis status, and Node's default process metrics.
// Each process has its own registry; the shard manager merges its shards' (AggregatorRegistry.aggregate).
import { AggregatorRegistry, Counter, Gauge, Histogram, Registry, collectDefaultMetrics, type MetricObjectWithValues, type MetricValue } from 'prom-client';
import type { InteractionMetrics, Outcome } from '../discord/command.js';

export interface Metrics extends InteractionMetrics {
  readonly registry: Registry;
  /** 1 while shard `shard`'s gateway connection is ready. */
  gateway(shard: number, up: boolean): void;
  /** 1 up, 0 down; not reported without REDIS_URL. */
  redis(up: boolean): void;
}

/** Up to Discord's 3 s, finer where answers are (a few ms). */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];

export function createMetrics(options: { defaults?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaults !== false) collectDefaultMetrics({ register: registry });
  const interactions = new Counter({
    name: 'talks_bot_interactions_total',
    help: 'Interactions and mentions handled, by type (command, button, autocomplete, mention), command and outcome (answered, refused, throttled, failed).',
    labelNames: ['type', 'command', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'talks_bot_answer_seconds',
    help: 'Time from receipt to the answer sent, by type.',
    labelNames: ['type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const gateway = new Gauge({ name: 'talks_bot_gateway_up', help: '1 while the shard is connected and ready.', labelNames: ['shard'] as const, registers: [registry] });
  let redisGauge: Gauge | undefined;
  // Each label set's child is looked up once, not hashed from a new label object on every interaction.
  const counters = new Map<string, { inc(): void }>();
  const histograms = new Map<string, { observe(value: number): void }>();
  return {
    registry,
    interaction(type, command, outcome: Outcome, seconds) {
      const key = `${type}\u0000${command}\u0000${outcome}`;
      let counter = counters.get(key);
      if (!counter) {
        counter = interactions.labels(type, command, outcome);
        counters.set(key, counter);
      }
      counter.inc();
      if (seconds === undefined) return;
      let histogram = histograms.get(type);
      if (!histogram) {
        histogram = latency.labels(type);
        histograms.set(type, histogram);
      }
      histogram.observe(seconds);
    },
    gateway: (shard, up) => gateway.set({ shard: String(shard) }, up ? 1 : 0),
    redis(up) {
      redisGauge ??= new Gauge({ name: 'talks_bot_redis_up', help: '1 while Redis (REDIS_URL) is reachable; 0 while state falls back to process memory.', registers: [registry] });
      redisGauge.set(up ? 1 : 0);
    },
  };
}

/** The exposition text of several registries' JSON (shard processes), summed as one. */
export type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];

export async function mergedExposition(parts: MetricsJson[], extra?: Registry): Promise<string> {
  const merged = AggregatorRegistry.aggregate(parts);
  return (await merged.metrics()) + (extra ? await extra.metrics() : '');
}

export const CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;
