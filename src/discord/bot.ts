// The Discord client wired to the engine: intents, caches kept small, default allowed mentions, the
// handlers (each reply tracked until it lands), the operator's log, login, and a shutdown that loses no reply.
import { ChannelType, Client, Events, GatewayDispatchEvents, GatewayIntentBits, InteractionType, Options, Partials, Routes, type CacheFactory } from 'discord.js';
import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import type { Engine } from '../answering/engine.js';
import { sentenceIndex } from '../answering/sentences.js';
import type { Context } from '../conversation/context.js';
import { createConversations, DEFAULT_CONVERSATION_TTL_MS } from '../conversation/conversations.js';
import { loadFollowUp } from '../conversation/lexicon.js';
import { conversationStore } from '../conversation/store.js';
import { DATA_DIR } from '../paths.js';
import type { KeyValueStore } from '../state/store.js';
import type { RuntimeContext } from './command.js';
import type { BotConfig } from './config.js';
import type { StateBackend } from '../state/backend.js';
import type { InteractionMetrics } from './command.js';
import { createSharedCooldown, DEFAULT_COOLDOWN, type SharedCooldown } from './cooldown.js';
import { guardGateway } from './gateway-guard.js';
import { createInFlight } from './in-flight.js';
import { createInteractionAnswerer, noticeResponse } from './answer-interaction.js';
import { inviteUrl, userInstallUrl } from './invite.js';
import { Timing } from './limits.js';
import { directoryFor, loadCommands, type LoadedCommand } from './load-commands.js';
import type { Logger } from './log.js';
import { handleMessage } from './mention-handler.js';
import { isExpiredInteraction, NO_MENTIONS } from './respond.js';
import { watchConnection, type FatalHandler } from './watch.js';

export const RESTARTING = 'talks-bot is restarting; please ask again in a few seconds.';

export interface ShutdownReport {
  /** Replies still running at the deadline (cut off by the exit). */
  readonly unfinished: number;
  /** Replies that were running when the shutdown began. */
  readonly inFlightAtSignal: number;
}

export interface Bot {
  readonly client: Client;
  readonly commands: ReadonlyMap<string, LoadedCommand>;
  /** Replies being worked on now. */
  readonly inFlight: number;
  /** Logs in and resolves once the client is ready. */
  start(): Promise<void>;
  /**
   * Stops taking work: events keep being handled until they pause (Timing.shutdownSettleQuietMs; a burst
   * delivered before the signal may still be in the socket), later ones are turned away; waits for replies in flight until `deadline` (a Date.now() value), then
   * closes the gateway with 1000.
   */
  shutdown(deadline: number): Promise<ShutdownReport>;
  /** Closes at once (fatal errors, tests). */
  stop(): Promise<void>;
}

export interface BotHooks {
  /** Called when the bot can no longer serve (revoked token, disallowed intents); default: logged only. */
  readonly onFatal?: FatalHandler;
  /** Where the cooldown and conversations live (Redis with REDIS_URL); default process memory. */
  readonly state?: StateBackend;
  /** One cooldown shared with the process's other transport (HTTP interactions); made from `state` otherwise. */
  readonly cooldown?: SharedCooldown;
  /** Counts for /metrics, when something serves it. */
  readonly metrics?: InteractionMetrics;
  /**
   * One conversation store shared with the process's other transport (HTTP interactions); made from `state`
   * otherwise: process memory by default, at most config.conversationMax (least recently used dropped).
   */
  readonly conversationStore?: KeyValueStore<Context>;
}

/**
 * The bot reads each interaction and mention once and never looks anything up later, so caches that grow
 * with traffic are off: messages, users and members (except itself), presences, reactions. Guilds and
 * channels stay (replies need the channel).
 */
function cacheSettings(): CacheFactory {
  return Options.cacheWithLimits({
    ...Options.DefaultMakeCacheSettings,
    MessageManager: 0,
    DMMessageManager: 0,
    GuildMessageManager: 0,
    ReactionManager: 0,
    ReactionUserManager: 0,
    PresenceManager: 0,
    VoiceStateManager: 0,
    ThreadMemberManager: 0,
    GuildEmojiManager: 0,
    GuildStickerManager: 0,
    GuildScheduledEventManager: 0,
    StageInstanceManager: 0,
    ApplicationCommandManager: 0,
    UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
    GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
  });
}

/**
 * Resolves once no gateway event has come for Timing.shutdownSettleQuietMs and two event-loop turns in a row
 * read nothing (or at `until`). Wall-clock quiet alone is not enough: a process the OS did not schedule for a
 * while sees a long gap although the socket is full, so each check follows a turn that polled the socket.
 */
async function untilEventsPause(events: { readonly count: number; readonly lastAt: number }, until: number): Promise<void> {
  const since = Date.now();
  let emptyTurns = 0;
  while (Date.now() < until && emptyTurns < 2) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    const before = events.count;
    // setImmediate runs right after the poll phase, so `count` now includes whatever that poll read.
    await new Promise((resolve) => setImmediate(resolve));
    const quiet = events.count === before && Date.now() - Math.max(since, events.lastAt) >= Timing.shutdownSettleQuietMs;
    emptyTurns = quiet ? emptyTurns + 1 : 0;
  }
}

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T | undefined> =>
  Promise.race([work, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref())]);

export async function createBot(engine: Engine, config: BotConfig, log: Logger, hooks: BotHooks = {}): Promise<Bot> {
  const commands = await loadCommands({ engine, log });
  // Built now rather than on the first /cite keystroke or More sources click (~10 ms for the real articles).
  sentenceIndex(engine.kb);
  const client = new Client({
    // No privileged intents: slash commands need none, and mentions and DMs carry their content. DM channels
    // are never cached before their first message, so they arrive as partial channels.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    makeCache: cacheSettings(),
    // Nothing is cached that would need sweeping; the defaults sweep threads.
    sweepers: Options.DefaultSweeperSettings,
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  const readRegistered = async (): Promise<unknown[]> => {
    const appId = client.application?.id ?? client.user?.id;
    if (!appId) throw new Error('not logged in');
    const lists: unknown[] = [await client.rest.get(Routes.applicationCommands(appId))];
    // Commands deployed to DISCORD_GUILD_ID (development); the global ones still link when that read fails.
    if (config.guildId) lists.push(await client.rest.get(Routes.applicationGuildCommands(appId, config.guildId)).catch(() => []));
    return lists;
  };
  const ctx: RuntimeContext = {
    engine,
    log,
    // A Post button replies in the channel itself where the bot is in the server.
    botInGuild: (guildId) => client.guilds.cache.has(guildId),
    directory: directoryFor(commands, readRegistered, log),
    cooldown: hooks.cooldown ?? createSharedCooldown(config.cooldown ?? DEFAULT_COOLDOWN, hooks.state),
    ...(hooks.metrics ? { metrics: hooks.metrics } : {}),
    conversations:
      config.conversationTtlMs === null
        ? null
        : createConversations(
            loadFollowUp(engine, DATA_DIR),
            hooks.conversationStore ?? conversationStore(hooks.state, config.conversationMax),
            config.conversationTtlMs ?? DEFAULT_CONVERSATION_TTL_MS,
          ),
  };
  const inFlight = createInFlight();
  /**
   * A DM channel is kept only while something in it is being answered (a reply reads its channel from the
   * cache): one per user would otherwise pile up. `busy` counts the work in flight per channel.
   */
  const busy = new Map<string, number>();
  const inChannel = <T>(channelId: string | null, work: () => Promise<T>): Promise<T> => {
    if (!channelId) return work();
    busy.set(channelId, (busy.get(channelId) ?? 0) + 1);
    return work().finally(() => {
      const left = (busy.get(channelId) ?? 1) - 1;
      if (left > 0) {
        busy.set(channelId, left);
        return;
      }
      busy.delete(channelId);
      if (client.channels.cache.get(channelId)?.type === ChannelType.DM) client.channels.cache.delete(channelId);
    });
  };
  /** serving → settling (signal received; events already received are handled) → draining (new ones turned away). */
  let phase: 'serving' | 'settling' | 'draining' = 'serving';
  const events = { count: 0, lastAt: 0 };
  client.on(Events.Raw, () => {
    events.count++;
    events.lastAt = Date.now();
  });

  guardGateway(client, log);
  watchConnection(client, log, {
    stopping: () => phase !== 'serving',
    onFatal: hooks.onFatal ?? ((reason, fields) => log.fatal(reason, fields)),
  });

  // Interactions are answered from Discord's raw payload by the same handler as over HTTP; the first answer goes to
  // the interaction callback route, edits and follow-ups through the webhook, all with the client's REST.
  const answerer = createInteractionAnswerer({
    rest: client.rest,
    commands,
    ctx,
    inFlight,
    firstResponseName: 'gateway callback',
    around: (payload, work) => inChannel(payload.channel?.id ?? payload.channel_id ?? null, work),
  });
  const callback = (payload: APIInteraction) => async (response: APIInteractionResponse): Promise<void> => {
    await client.rest.post(Routes.interactionCallback(payload.id, payload.token), { body: response, auth: false, query: new URLSearchParams({ with_response: 'false' }) });
  };
  const turnAway = async (payload: APIInteraction): Promise<void> => {
    // Autocomplete has nowhere to show a notice; a ping never comes over the gateway.
    if (payload.type === InteractionType.ApplicationCommandAutocomplete || payload.type === InteractionType.Ping) return;
    const command = payload.type === InteractionType.ApplicationCommand ? payload.data.name : undefined;
    log.info('turned away: shutting down', { command, interactionId: payload.id });
    await callback(payload)(noticeResponse(RESTARTING));
  };
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (payload: APIInteraction) => {
    const receivedAt = performance.now();
    if (phase !== 'draining') {
      // A first answer Discord refused is the handler's to report (it logs it and tells the user when it can).
      answerer.answer(payload, callback(payload), receivedAt).catch(() => undefined);
      return;
    }
    inFlight.track(turnAway(payload)).catch((error: unknown) => {
      if (isExpiredInteraction(error)) log.warn('interaction expired or already acknowledged', { interactionId: payload.id, code: (error as { code?: unknown }).code });
      else log.error('could not turn an interaction away', { interactionId: payload.id, error });
    });
  });
  client.on(Events.MessageCreate, (message) => {
    if (!client.isReady()) return;
    if (phase === 'draining') {
      log.debug('mention ignored: shutting down', { messageId: message.id });
      return;
    }
    inFlight.track(inChannel(message.channelId, () => handleMessage(message, client, ctx))).catch((error: unknown) => log.error('message handler crashed', { error }));
  });
  client.on(Events.Error, (error) => log.error('client error', { error }));
  client.on(Events.Warn, (message) => log.warn('client warning', { message }));

  return {
    client,
    commands,
    get inFlight() {
      return inFlight.size;
    },
    start: () =>
      new Promise<void>((resolve, reject) => {
        client.once(Events.ClientReady, (ready) => {
          log.info('ready', {
            tag: ready.user.tag,
            guilds: ready.guilds.cache.size,
            invite: inviteUrl(ready.application.id),
            userInstall: userInstallUrl(ready.application.id),
            commands: [...commands.keys()],
          });
          resolve();
        });
        client.login(config.token).catch(reject);
      }),
    shutdown: async (deadline) => {
      const inFlightAtSignal = inFlight.size;
      phase = 'settling';
      // Events Discord delivered before the signal may still be in the socket; they are answered.
      await untilEventsPause(events, Math.min(deadline, Date.now() + Timing.shutdownSettleMaxMs));
      phase = 'draining';
      const { unfinished } = await inFlight.idle(deadline);
      await withTimeout(client.destroy(), Timing.destroyMs);
      return { unfinished, inFlightAtSignal };
    },
    stop: async () => {
      phase = 'draining';
      await withTimeout(client.destroy(), Timing.destroyMs);
    },
  };
}
