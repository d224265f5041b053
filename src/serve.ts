// `npm start` when any scaled-out variable is set (README, "Scaling out"). One process may be:
// - an HTTP interactions replica (DISCORD_PUBLIC_KEY + INTERACTIONS_PORT): POST /interactions, /healthz, /readyz,
//   /metrics; with a token and GATEWAY not off it also keeps the gateway for mentions and DMs;
// - a gateway bot (a token), with /healthz, /readyz, /metrics on HEALTH_PORT when set;
// - a shard manager (SHARD_COUNT): one process per shard under discord.js's ShardingManager, each running this
//   file again as a shard (SHARDING_MANAGER=true in its environment), named in its log lines.
// State (cooldown, conversation context) lives in Redis with REDIS_URL, else in process memory.
// With a token and none of these variables, main.ts runs the plain bot (discord/start.ts) exactly as before.
import { Events } from 'discord.js';
import type { Engine } from './answering/engine.js';
import { createBot, type Bot } from './discord/bot.js';
import { conversationStore } from './conversation/store.js';
import { createSharedCooldown } from './discord/cooldown.js';
import { ConfigError, parseScaleConfig, type ScaleConfig } from './discord/config.js';
import { ExitCode } from './discord/limits.js';
import { createLogger, logOptionsFrom, type Logger } from './discord/log.js';
import { metricsRequest, planShards, startShards, type ShardSet } from './discord/shards.js';
import { connectOrExit, supervise, type Drainable } from './discord/start.js';
import type { InteractionAnswerer } from './discord/answer-interaction.js';
import type { HttpServer, Readiness } from './http/server.js';
import type { Metrics } from './observability/metrics.js';
import { createStateBackend, type StateBackend } from './state/backend.js';

type Report = Awaited<ReturnType<Drainable['shutdown']>>;

function readConfig(env: NodeJS.ProcessEnv): ScaleConfig {
  try {
    return parseScaleConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(ExitCode.fatal);
    }
    throw error;
  }
}

/** A shard process: answers the manager's metrics requests, and stops when the manager is gone. */
function serveAsShard(metrics: Metrics): void {
  process.on('message', (message: unknown) => {
    const request = metricsRequest.safeParse(message);
    if (!request.success) return;
    void metrics.registry.getMetricsAsJSON().then((data) => process.send?.({ talksBot: 'metrics', nonce: request.data.nonce, data }));
  });
  // The manager died without stopping this shard (SIGKILL, crash): stop as on SIGTERM rather than linger.
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

function watchGateway(bot: Bot, metrics: Metrics): void {
  const { client } = bot;
  client.on(Events.ShardReady, (id) => metrics.gateway(id, true));
  client.on(Events.ShardResume, (id) => metrics.gateway(id, true));
  client.on(Events.ShardDisconnect, (_event, id) => metrics.gateway(id, false));
  client.on(Events.ShardReconnecting, (id) => metrics.gateway(id, false));
}

export async function serve(loadEngine: () => Engine, env: NodeJS.ProcessEnv): Promise<void> {
  const config = readConfig(env);
  let loaded: Engine | undefined;
  const engine = (): Engine => (loaded ??= loadEngine());
  const shardChild = env.SHARDING_MANAGER === 'true';
  const shardId = shardChild ? Number(env.SHARDS) : undefined;
  const { options, problems } = logOptionsFrom(env, process.stderr.isTTY);
  const log: Logger = createLogger(config.token ? [config.token] : [], undefined, {
    ...options,
    ...(shardChild ? { bindings: { shard: shardId } } : config.shards !== undefined ? { bindings: { role: 'shard-manager' } } : {}),
  });
  for (const problem of problems) log.warn(problem);
  const supervisor = supervise(log);

  const state: StateBackend = createStateBackend(config.redisUrl, log);
  const servesHttp = !shardChild && (config.interactions !== undefined || config.healthPort !== undefined);
  const metrics = servesHttp || shardChild ? (await import('./observability/metrics.js')).createMetrics() : undefined;
  if (metrics && config.redisUrl) {
    metrics.redis(state.redisStatus === 'up');
    state.onRedisChange((status) => metrics.redis(status === 'up'));
  }

  // One cooldown for both transports of this process (HTTP commands and gateway mentions count together).
  const cooldown = createSharedCooldown(config.cooldown, state);
  // And one conversation store: a mention's context continues in an /ask, and the reverse.
  const conversations = { conversationTtlMs: config.conversationTtlMs, conversationStore: conversationStore(state, config.conversationMax) };
  let draining = false;
  const parts: Drainable[] = [];
  let bot: Bot | undefined;
  let shards: ShardSet | undefined;
  let answerer: InteractionAnswerer | undefined;
  let http: HttpServer | undefined;

  const readiness = (): Readiness => {
    const gateway = shards
      ? { shards: shards.shards.map((s) => ({ id: s.id, ready: s.ready })) }
      : bot
        ? { gateway: bot.client.isReady() ? 'ready' : 'connecting' }
        : {};
    // With a gateway to connect, not ready until it is (and its shards are: all of them).
    const gatewayReady = shards ? shards.shards.every((s) => s.ready) : bot ? bot.client.isReady() : !config.gateway;
    // An interactions replica serves whatever the gateway does; a gateway-only process is ready with its gateway.
    const ready = !draining && (config.interactions !== undefined || gatewayReady);
    return { ready, status: draining ? 'draining' : ready ? 'ready' : 'starting', redis: state.redisStatus, ...gateway };
  };

  // Interactions first, then the HTTP server (health says "starting" while the gateway connects), then the gateway.
  if (config.interactions) {
    const { createHttpInteractions } = await import('./http/interactions-mode.js');
    const ready = await createHttpInteractions({ engine: engine(), log, token: config.token, apiUrl: config.apiUrl, guildId: config.guildId, cooldown, state, ...conversations, ...(metrics ? { metrics } : {}) });
    answerer = ready;
    parts.push({
      get inFlight() {
        return ready.inFlight.size;
      },
      shutdown: async (deadline): Promise<Report> => {
        const inFlightAtSignal = ready.inFlight.size;
        return { ...(await ready.inFlight.idle(deadline)), inFlightAtSignal };
      },
      stop: () => Promise.resolve(),
    });
  }

  if (servesHttp && metrics) {
    const { startHttpServer } = await import('./http/server.js');
    const { publicKeyFromHex } = await import('./http/verify.js');
    const { CONTENT_TYPE, mergedExposition } = await import('./observability/metrics.js');
    const host = config.interactions?.host ?? '0.0.0.0';
    const port = config.interactions?.port ?? config.healthPort ?? 0;
    try {
      http = await startHttpServer({
        host,
        port,
        log,
        readiness,
        ...(config.interactions && answerer ? { interactions: { publicKey: publicKeyFromHex(config.interactions.publicKey), answerer } } : {}),
        metrics: {
          contentType: CONTENT_TYPE,
          text: async () => (shards ? mergedExposition([await metrics.registry.getMetricsAsJSON(), ...(await shards.metrics())]) : metrics.registry.metrics()),
        },
      });
    } catch (error) {
      process.stderr.write(`talks-bot: cannot listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}\n`);
      supervisor.fatal('http server failed to start', { port });
      return;
    }
    log.info('listening', { host, port: http.port, interactions: config.interactions !== undefined });
  }

  if (config.gateway && config.token && config.shards !== undefined && !shardChild) {
    const { token } = config;
    let plan;
    try {
      plan = await planShards(config.shards, token, config.apiUrl);
    } catch (error) {
      process.stderr.write(`talks-bot: could not read the shard count from Discord (GET /gateway/bot): ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(ExitCode.fatal);
    }
    log.info('starting shards', { count: plan.count });
    const file = process.argv[1] ?? '';
    const set = await startShards({ file, token, count: plan.count, gapMs: plan.gapMs, log, ...(metrics ? { onStatus: (id, up) => metrics.gateway(id, up) } : {}) });
    shards = set;
    parts.push({
      inFlight: 0,
      shutdown: async (): Promise<Report> => {
        await set.stop();
        return { unfinished: 0, inFlightAtSignal: 0 };
      },
      stop: () => {
        set.kill();
        return Promise.resolve();
      },
    });
  } else if (config.gateway && config.token) {
    bot = await createBot(
      engine(),
      { token: config.token, guildId: config.guildId, apiUrl: config.apiUrl, cooldown: config.cooldown, conversationTtlMs: config.conversationTtlMs, conversationMax: config.conversationMax },
      log,
      { onFatal: supervisor.fatal, state, cooldown, conversationStore: conversations.conversationStore, ...(metrics ? { metrics } : {}) },
    );
    parts.push(bot);
    if (metrics && shardChild) serveAsShard(metrics);
    else if (metrics) watchGateway(bot, metrics);
  }

  const server = http;
  supervisor.attach({
    get inFlight() {
      return parts.reduce((n, p) => n + p.inFlight, 0);
    },
    shutdown: async (deadline) => {
      draining = true;
      // New connections are refused at once; requests already received are answered.
      const closing = server?.close(deadline);
      const reports = await Promise.all(parts.map((p) => p.shutdown(deadline)));
      await closing;
      await state.close();
      return reports.reduce((a, r) => ({ unfinished: a.unfinished + r.unfinished, inFlightAtSignal: a.inFlightAtSignal + r.inFlightAtSignal }), { unfinished: 0, inFlightAtSignal: 0 });
    },
    stop: async () => {
      draining = true;
      await Promise.all(parts.map((p) => p.stop()));
      await server?.close(Date.now());
      await state.close();
    },
  });

  if (!bot) {
    if (!shards) log.info('ready', { mode: 'interactions', gateway: false, redis: state.redisStatus });
    else log.info('ready', { mode: 'shards', shards: shards.count, redis: state.redisStatus });
    return;
  }
  await connectOrExit(bot, supervisor);
}
