// `npm start` with a token: connect, serve, and shut down cleanly on SIGINT/SIGTERM.
import type { Engine } from '../answering/engine.js';
import { createBot } from './bot.js';
import { ConfigError, parseConfig } from './config.js';
import { createLogger } from './log.js';

export async function startBot(engine: Engine, env: NodeJS.ProcessEnv): Promise<void> {
  let config;
  try {
    config = parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger([config.token]);
  const bot = await createBot(engine, config, log);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    bot.stop().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));

  try {
    await bot.start();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message =
      code === 'TokenInvalid'
        ? 'Discord rejected the token (DISCORD_TOKEN). Reset it in the Developer Portal (Bot → Reset Token) and update .env.'
        : `Could not connect to Discord: ${error instanceof Error ? error.message : String(error)}`;
    log.error('login failed', { code });
    process.stderr.write(`talks-bot: ${message}\n`);
    await bot.stop().catch(() => undefined);
    process.exit(1);
  }
}
