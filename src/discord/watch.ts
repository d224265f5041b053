// What the operator needs to see of the connection, logged as it happens: gateway disconnects, reconnects
// and resumes, REST retries and rate limits. Conditions the bot cannot recover from (a revoked token seen
// by the gateway or by REST, disallowed intents) are reported to `onFatal`, which ends the process.
import { Events, GatewayCloseCodes, RESTEvents, WebSocketShardEvents, type Client } from 'discord.js';
import { FATAL_GATEWAY_CLOSE_CODES } from './limits.js';
import type { LogFields, Logger } from './log.js';

export type FatalHandler = (reason: string, fields: LogFields) => void;

const closeName = (code: number): string => GatewayCloseCodes[code] ?? (code === 1000 ? 'Normal' : 'Unknown');

const FATAL_HINTS: Partial<Record<number, string>> = {
  [GatewayCloseCodes.AuthenticationFailed]: 'The token was reset or revoked: put the new one in DISCORD_TOKEN.',
  [GatewayCloseCodes.DisallowedIntents]: 'An intent the bot asks for is not enabled for the application.',
};

export interface WatchOptions {
  /** True once the bot is shutting down on purpose: its own close is not news. */
  readonly stopping: () => boolean;
  readonly onFatal: FatalHandler;
}

export function watchConnection(client: Client, log: Logger, { stopping, onFatal }: WatchOptions): void {
  const lastClose = new Map<number, number>();

  client.on(Events.ShardReady, (shardId) => {
    log.debug('gateway session ready', { shard: shardId });
    // discord.js reports the close code only on the shard itself.
    const shard = client.ws.shards.get(shardId);
    if (shard && shard.listenerCount(WebSocketShardEvents.Close) === 0) {
      shard.on(WebSocketShardEvents.Close, (event) => lastClose.set(shardId, event.code));
    }
  });
  client.on(Events.ShardDisconnect, (event, shardId) => {
    if (stopping()) return;
    const fields = { shard: shardId, code: event.code, name: closeName(event.code) };
    if (FATAL_GATEWAY_CLOSE_CODES.has(event.code)) {
      onFatal('the gateway closed the connection for good', { ...fields, hint: FATAL_HINTS[event.code] });
    } else {
      log.warn('gateway disconnected and will not reconnect', fields);
    }
  });
  client.on(Events.ShardReconnecting, (shardId) => {
    if (stopping()) return;
    const code = lastClose.get(shardId);
    log.warn('gateway disconnected; reconnecting', { shard: shardId, ...(code === undefined ? {} : { code, name: closeName(code) }) });
  });
  client.on(Events.ShardResume, (shardId, replayedEvents) => {
    log.info('gateway resumed', { shard: shardId, replayedEvents });
  });
  client.on(Events.ShardError, (error, shardId) => {
    log.warn('gateway connection error', { shard: shardId, error });
  });
  client.on(Events.Invalidated, () => {
    onFatal('the gateway session was invalidated', {});
  });

  client.rest.on(RESTEvents.Response, (request, response) => {
    const fields = { method: request.method.toUpperCase(), route: request.route, status: response.status, attempt: request.retries + 1 };
    // A 401 on a request signed with the token: the token is no longer valid, and discord.js drops it, so every
    // later bot request would fail while interaction replies (signed by their own token) still work.
    if (response.status === 401 && request.data.auth !== false) {
      onFatal('Discord rejected the token (DISCORD_TOKEN) on a REST request', { ...fields, hint: FATAL_HINTS[GatewayCloseCodes.AuthenticationFailed] });
    } else if (response.status === 429) {
      // discord.js waits and retries; how long Discord asked for is in the header (seconds).
      const retryAfter = Number(response.headers.get('retry-after'));
      log.warn('rate limited by Discord (429); retrying', {
        ...fields,
        ...(Number.isFinite(retryAfter) ? { retryAfterMs: Math.round(retryAfter * 1000) } : {}),
        global: response.headers.get('x-ratelimit-global') === 'true',
        scope: response.headers.get('x-ratelimit-scope') ?? undefined,
      });
    } else if (response.status >= 500) {
      const retrying = request.retries < client.rest.options.retries;
      log.warn(retrying ? 'Discord REST error; retrying' : 'Discord REST error; giving up', fields);
    }
  });
  // A bucket used up: discord.js holds the request back before sending it (no 429 involved).
  client.rest.on(RESTEvents.RateLimited, (info) => {
    log.info('waiting for a rate limit', {
      method: info.method.toUpperCase(),
      route: info.route,
      global: info.global,
      limit: info.limit,
      retryAfterMs: info.retryAfter,
      scope: info.scope,
    });
  });
  client.rest.on(RESTEvents.InvalidRequestWarning, (info) => {
    log.warn('many invalid REST requests: Discord may ban the IP for an hour past 10,000 in 10 minutes', { count: info.count, remainingMs: info.remainingTime });
  });
}
