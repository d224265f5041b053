// `npm run deploy-commands [-- --clear]`: registers every command in one bulk overwrite, in the guild named
// by DISCORD_GUILD_ID (instant, for development) or globally; `--clear` overwrites with nothing, removing
// what an earlier deploy registered there. Never run at start-up.
import { REST, Routes } from 'discord.js';
import { loadEngine } from '../answering/load.js';
import { describeStartupError } from '../startup-error.js';
import { loadEnvironment } from '../env.js';
import { ConfigError, parseDeployConfig, type DeployConfig } from './config.js';
import { commandLabel, deployBody, loadCommands } from './load-commands.js';
import { createLogger } from './log.js';

const USAGE = 'Usage: npm run deploy-commands [-- --clear]';

function readConfig(): DeployConfig | null {
  try {
    return parseDeployConfig(loadEnvironment());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return null;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--clear');
  if (unknown.length > 0) {
    process.stderr.write(`talks-bot: unknown argument ${unknown[0] ?? ''}\n${USAGE}\n`);
    return 2;
  }
  const clear = argv.includes('--clear');
  const config = readConfig();
  if (!config) return 1;
  const body = clear ? [] : deployBody(await loadCommands({ engine: loadEngine(), log: createLogger([config.token]) }));
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = config.guildId ? Routes.applicationGuildCommands(config.clientId, config.guildId) : Routes.applicationCommands(config.clientId);
  try {
    await rest.put(route, { body });
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const hint = status === 401 ? ' Discord rejected DISCORD_TOKEN.' : status === 403 || status === 404 ? ' Check DISCORD_CLIENT_ID and DISCORD_GUILD_ID, and that the bot was invited with the applications.commands scope.' : '';
    const shown = typeof status === 'number' ? `HTTP ${status}` : error instanceof Error ? error.message : 'no response';
    process.stderr.write(`talks-bot: ${clear ? 'removing' : 'registering'} commands failed (${shown}).${hint}\n`);
    return 1;
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
  const where = config.guildId ? `in guild ${config.guildId}` : 'globally (may take up to an hour to show)';
  process.stdout.write(
    clear ? `Removed every command registered ${where}.\n` : `Registered ${body.length} commands ${where}: ${body.map(commandLabel).join(' ')}\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${describeStartupError(error)}\n`);
    process.exitCode = 1;
  },
);
