// `npm run deploy-commands`: registers every command in one bulk overwrite, in the guild named by
// DISCORD_GUILD_ID (instant, for development) or globally. Never run at start-up.
import { REST, Routes } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { loadEngine } from '../answering/load.js';
import { describeStartupError } from '../console/io.js';
import { ConfigError, parseConfig } from './config.js';
import { loadCommands } from './load-commands.js';
import { createLogger } from './log.js';

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const log = createLogger([config.token]);
  const commands = await loadCommands({ engine: loadEngine(), log });
  const body = [...commands.values()].map((c) => c.definition);
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = config.guildId ? Routes.applicationGuildCommands(config.clientId, config.guildId) : Routes.applicationCommands(config.clientId);
  try {
    await rest.put(route, { body });
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const hint = status === 401 ? ' Discord rejected DISCORD_TOKEN.' : status === 403 || status === 404 ? ' Check DISCORD_CLIENT_ID and DISCORD_GUILD_ID, and that the bot was invited with the applications.commands scope.' : '';
    const shown = typeof status === 'number' ? `HTTP ${status}` : error instanceof Error ? error.message : 'no response';
    process.stderr.write(`talks-bot: registering commands failed (${shown}).${hint}\n`);
    return 1;
  }
  const where = config.guildId ? `in guild ${config.guildId}` : 'globally (may take up to an hour to show)';
  process.stdout.write(`Registered ${body.length} commands ${where}: ${body.map((c) => `/${c.name}`).join(' ')}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${describeStartupError(error)}\n`);
    process.exitCode = 1;
  },
);
