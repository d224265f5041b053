// The Discord client wired to the engine: intents, default allowed mentions, handlers, login, stop.
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Engine } from '../answering/engine.js';
import type { CommandContext } from './command.js';
import type { BotConfig } from './config.js';
import { handleInteraction } from './interaction-handler.js';
import { loadCommands, type LoadedCommand } from './load-commands.js';
import type { Logger } from './log.js';
import { handleMessage } from './mention-handler.js';
import { NO_MENTIONS } from './respond.js';

export interface Bot {
  readonly client: Client;
  readonly commands: ReadonlyMap<string, LoadedCommand>;
  /** Logs in and resolves once the client is ready. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function createBot(engine: Engine, config: BotConfig, log: Logger): Promise<Bot> {
  const ctx: CommandContext = { engine, log };
  const commands = await loadCommands(ctx);
  const client = new Client({
    // No privileged intents: slash commands need none, and mentions carry their content.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    allowedMentions: NO_MENTIONS,
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });

  client.on(Events.InteractionCreate, (interaction) => {
    handleInteraction(interaction, commands, ctx).catch((error: unknown) => log.error('interaction handler crashed', { error }));
  });
  client.on(Events.MessageCreate, (message) => {
    if (!client.isReady()) return;
    handleMessage(message, client, ctx).catch((error: unknown) => log.error('message handler crashed', { error }));
  });
  client.on(Events.Error, (error) => log.error('client error', { error }));
  client.on(Events.Warn, (message) => log.warn('client warning', { message }));

  return {
    client,
    commands,
    start: () =>
      new Promise<void>((resolve, reject) => {
        client.once(Events.ClientReady, (ready) => {
          log.info('ready', { user: ready.user.tag, guilds: ready.guilds.cache.size, commands: [...commands.keys()] });
          resolve();
        });
        client.login(config.token).catch(reject);
      }),
    stop: () => client.destroy(),
  };
}
