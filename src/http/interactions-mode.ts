// HTTP interactions mode: the commands and the runtime they run with, an @discordjs/rest client for edits and
// follow-ups (to DISCORD_API_URL when set), and the transport-independent answerer whose first answer the HTTP
// endpoint returns as its response. No discord.js Client: nothing is cached between requests.
import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { z } from 'zod';
import type { Engine } from '../answering/engine.js';
import { sentenceIndex } from '../answering/sentences.js';
import type { Context } from '../conversation/context.js';
import { createConversations, DEFAULT_CONVERSATION_TTL_MS } from '../conversation/conversations.js';
import { loadFollowUp } from '../conversation/lexicon.js';
import { conversationStore } from '../conversation/store.js';
import type { InteractionMetrics, RuntimeContext } from '../discord/command.js';
import { createSharedCooldown, type CooldownConfig, type SharedCooldown } from '../discord/cooldown.js';
import { directoryFor, loadCommands, type LoadedCommand } from '../discord/load-commands.js';
import type { Logger } from '../discord/log.js';
import { DATA_DIR } from '../paths.js';
import type { StateBackend } from '../state/backend.js';
import type { KeyValueStore } from '../state/store.js';
import { createInteractionAnswerer, type InteractionAnswerer } from '../discord/answer-interaction.js';

export interface HttpInteractionsOptions {
  readonly engine: Engine;
  readonly log: Logger;
  readonly token: string | undefined;
  readonly apiUrl: string | undefined;
  readonly guildId: string | undefined;
  readonly cooldown: CooldownConfig | SharedCooldown;
  readonly state: StateBackend;
  /** How long a conversation's context lasts (CONVERSATION_TTL; null: off); default 10 minutes. */
  readonly conversationTtlMs?: number | null;
  /** Shared with the gateway of the same process; made from `state` otherwise (Redis with REDIS_URL). */
  readonly conversationStore?: KeyValueStore<Context>;
  readonly metrics?: InteractionMetrics;
  /** Past this the HTTP response is a deferral (default Timing.httpAnswerMs); tests shorten it. */
  readonly answerWithinMs?: number;
  /** The handler registry (default: the modules of commands/); a test adds a throwaway command to it. */
  readonly commands?: ReadonlyMap<string, LoadedCommand>;
}

const application = z.looseObject({ id: z.string() });

export async function createHttpInteractions(options: HttpInteractionsOptions): Promise<InteractionAnswerer> {
  const { engine, log, token, apiUrl } = options;
  const commands = options.commands ?? (await loadCommands({ engine, log }));
  sentenceIndex(engine.kb);
  const rest = new REST(apiUrl ? { api: apiUrl } : {});
  if (token) rest.setToken(token);
  // /help links the registered commands: that read needs the bot token; without one /help names them plainly.
  const readRegistered = async (): Promise<unknown[]> => {
    if (!token) throw new Error('no bot token (DISCORD_TOKEN): command ids cannot be read');
    const appId = application.parse(await rest.get(Routes.currentApplication())).id;
    const lists: unknown[] = [await rest.get(Routes.applicationCommands(appId))];
    if (options.guildId) lists.push(await rest.get(Routes.applicationGuildCommands(appId, options.guildId)).catch(() => []));
    return lists;
  };
  const ctx: RuntimeContext = {
    engine,
    log,
    directory: directoryFor(commands, readRegistered, log),
    // A ready cooldown is shared with the gateway of the same process; a config makes this transport's own.
    cooldown: 'take' in options.cooldown ? options.cooldown : createSharedCooldown(options.cooldown, options.state),
    ...(options.metrics ? { metrics: options.metrics } : {}),
    // With REDIS_URL every replica (and the gateway) reads and writes the same conversations: a follow-up may land
    // on any of them. Without it, each replica keeps its own (README, "Scaling out").
    conversations:
      options.conversationTtlMs === null
        ? null
        : createConversations(
            loadFollowUp(engine, DATA_DIR),
            options.conversationStore ?? conversationStore(options.state),
            options.conversationTtlMs ?? DEFAULT_CONVERSATION_TTL_MS,
          ),
  };
  return createInteractionAnswerer({ rest, commands, ctx, ...(options.answerWithinMs === undefined ? {} : { answerWithinMs: options.answerWithinMs }) });
}
