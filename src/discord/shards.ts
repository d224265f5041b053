// SHARD_COUNT: the gateway as that many shards, each its own process, under discord.js's ShardingManager (shards
// use every core; one that dies is respawned alone). This process only supervises: it reads the recommended count
// and the identify concurrency from GET /gateway/bot (through DISCORD_API_URL, which discord.js's own "auto" would
// bypass), spawns the shards, reports their status, merges their metrics, and on SIGTERM stops each shard the way a
// single bot stops (replies in flight finished) before it exits, leaving no process behind.
import type { ChildProcess } from 'node:child_process';
import { REST } from '@discordjs/rest';
import { Routes, ShardingManager, type Shard } from 'discord.js';
import { z } from 'zod';
import type { MetricsJson } from '../observability/metrics.js';
import type { Logger } from './log.js';

const gatewayBot = z.looseObject({
  shards: z.number().int().min(1),
  session_start_limit: z.looseObject({ max_concurrency: z.number().int().min(1) }),
});

/** Discord's rule: one IDENTIFY per 5 s per concurrency bucket; the manager's default gap between shards. */
const IDENTIFY_GAP_MS = 5_500;
/** A shard stopped by SIGTERM needs the bot's shutdown bound (grace + settle + destroy); then it is killed. */
export const SHARD_STOP_MS = 8_000;
const METRICS_TIMEOUT_MS = 1_000;

export type ShardSetting = 'auto' | number;

export interface ShardStatus {
  readonly id: number;
  readonly ready: boolean;
  readonly pid: number | undefined;
}

export interface ShardSet {
  readonly count: number;
  readonly shards: readonly ShardStatus[];
  /** Every shard's metrics (those that answer within 1 s). */
  metrics(): Promise<MetricsJson[]>;
  /** SIGTERM to every shard, waiting for each to exit (then SIGKILL), with no respawn. */
  stop(): Promise<void>;
  /** SIGKILL at once. */
  kill(): void;
}

/** What a shard process answers to the manager's { talksBot: 'metrics' } message. */
export const metricsRequest = z.object({ talksBot: z.literal('metrics'), nonce: z.number() });
const metricsReply = z.object({ talksBot: z.literal('metrics'), nonce: z.number(), data: z.array(z.looseObject({})) });

export async function planShards(setting: ShardSetting, token: string, apiUrl: string | undefined): Promise<{ count: number; gapMs: number }> {
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const info = gatewayBot.parse(await rest.get(Routes.gatewayBot()));
  const count = setting === 'auto' ? info.shards : setting;
  // With max_concurrency ≥ count every shard may identify at once.
  return { count, gapMs: info.session_start_limit.max_concurrency >= count ? 0 : IDENTIFY_GAP_MS };
}

export interface StartShardsOptions {
  /** The script each shard runs (this package's main). */
  readonly file: string;
  readonly token: string;
  readonly count: number;
  readonly gapMs: number;
  readonly log: Logger;
  readonly onStatus?: (shard: number, ready: boolean) => void;
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startShards(options: StartShardsOptions): Promise<ShardSet> {
  const { log } = options;
  const manager = new ShardingManager(options.file, { totalShards: options.count, token: options.token, mode: 'process', respawn: true, execArgv: process.execArgv });
  let stopping = false;
  let nonce = 0;
  const wire = (shard: Shard) => {
    shard.on('spawn', (child) => log.info('shard started', { shard: shard.id, pid: 'pid' in child ? child.pid : undefined }));
    shard.on('ready', () => {
      log.info('shard ready', { shard: shard.id });
      options.onStatus?.(shard.id, true);
    });
    shard.on('disconnect', () => options.onStatus?.(shard.id, false));
    shard.on('reconnecting', () => options.onStatus?.(shard.id, false));
    shard.on('death', (child) => {
      options.onStatus?.(shard.id, false);
      const how = 'signalCode' in child ? { code: child.exitCode, signal: child.signalCode } : {};
      if (!stopping) log.warn('shard process died: respawning it', { shard: shard.id, ...how });
    });
    shard.on('error', (error: Error) => log.error('shard error', { shard: shard.id, error }));
  };
  manager.on('shardCreate', wire);
  await manager.spawn({ amount: options.count, delay: options.gapMs, timeout: 60_000 });

  const children = (): ChildProcess[] => [...manager.shards.values()].flatMap((s) => (s.process ? [s.process] : []));
  const askMetrics = (shard: Shard): Promise<MetricsJson | undefined> =>
    new Promise((resolve) => {
      const id = ++nonce;
      const timer = setTimeout(() => finish(undefined), METRICS_TIMEOUT_MS);
      const onMessage = (message: unknown) => {
        const reply = metricsReply.safeParse(message);
        if (reply.success && reply.data.nonce === id) finish(reply.data.data as unknown as MetricsJson);
      };
      const finish = (value: MetricsJson | undefined) => {
        clearTimeout(timer);
        shard.off('message', onMessage);
        resolve(value);
      };
      shard.on('message', onMessage);
      shard.send({ talksBot: 'metrics', nonce: id }).catch(() => finish(undefined));
    });

  return {
    count: options.count,
    get shards() {
      return [...manager.shards.values()].map((s) => ({ id: s.id, ready: s.ready, pid: s.process?.pid }));
    },
    metrics: async () => (await Promise.all([...manager.shards.values()].map(askMetrics))).filter((m): m is MetricsJson => m !== undefined),
    stop: async () => {
      stopping = true;
      // Read when a shard's process exits: no respawn from now on.
      manager.respawn = false;
      const running = children();
      for (const child of running) child.kill('SIGTERM');
      const done = await Promise.all(running.map((child) => exited(child, SHARD_STOP_MS)));
      running.forEach((child, i) => {
        if (!done[i]) child.kill('SIGKILL');
      });
    },
    kill: () => {
      stopping = true;
      manager.respawn = false;
      for (const child of children()) child.kill('SIGKILL');
    },
  };
}
