// `npm start` with a token: connect and serve until a signal or a fatal error, and make the exit status
// mean something to a supervisor (systemd, Docker): 0 for a clean stop, 1 when the bot cannot serve.
import { constants } from 'node:os';
import type { Engine } from '../answering/engine.js';
import { createBot, type Bot } from './bot.js';
import { ConfigError, parseBotConfig } from './config.js';
import { ExitCode, Timing } from './limits.js';
import { createLogger, logOptionsFrom, type LogFields, type Logger } from './log.js';

type Exit = (code: number) => never;

/** What a signal drains: the bot, or a process made of several parts (serve.ts). */
export type Drainable = Pick<Bot, 'inFlight' | 'shutdown' | 'stop'>;

/**
 * Signals and fatal errors. The first SIGINT/SIGTERM starts a shutdown that finishes the replies in flight
 * (bounded) and exits 0; a second one, later than a repeat of the same keypress, exits at once.
 * A fatal condition, an uncaught exception or an unhandled rejection is logged and exits 1.
 */
export interface Supervisor {
  /** The bot to shut down on a signal; until it is attached, a signal or a fatal error just exits. */
  readonly attach: (bot: Drainable) => void;
  readonly fatal: (reason: string, fields?: LogFields) => void;
}

export function supervise(log: Logger, exit: Exit = (code) => process.exit(code)): Supervisor {
  let bot: Drainable | undefined;
  let firstSignalAt: number | undefined;
  let ending = false;

  const onSignal = (signal: NodeJS.Signals) => {
    const now = Date.now();
    if (firstSignalAt !== undefined) {
      if (now - firstSignalAt < Timing.repeatedSignalMs) return;
      log.warn('second signal: exiting now', { signal, unfinished: bot?.inFlight ?? 0 });
      exit(128 + (constants.signals[signal] ?? 0));
    }
    firstSignalAt = now;
    if (!bot) exit(ExitCode.ok);
    log.info('shutting down: finishing replies in flight', { signal, inFlight: bot.inFlight, graceMs: Timing.shutdownGraceMs });
    void bot.shutdown(now + Timing.shutdownGraceMs).then(
      ({ unfinished, inFlightAtSignal }) => {
        if (unfinished > 0) log.warn('stopped with replies unfinished', { unfinished, inFlightAtSignal, ms: Date.now() - now });
        else log.info('stopped', { inFlightAtSignal, ms: Date.now() - now });
        exit(ExitCode.ok);
      },
      (error: unknown) => {
        log.error('shutdown failed', { error });
        exit(ExitCode.ok);
      },
    );
  };

  const fatal = (reason: string, fields: LogFields = {}) => {
    if (ending) return;
    ending = true;
    log.fatal(reason, fields);
    // Replies in flight are not waited for: the process is broken, and the supervisor restarts it.
    if (!bot) exit(ExitCode.fatal);
    void bot.stop().finally(() => exit(ExitCode.fatal));
  };

  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('uncaughtException', (error) => fatal('uncaught exception', { error }));
  process.on('unhandledRejection', (reason) => fatal('unhandled promise rejection', { error: reason }));
  return {
    attach: (b) => {
      bot = b;
    },
    fatal,
  };
}

export async function startBot(engine: Engine, env: NodeJS.ProcessEnv): Promise<void> {
  let config;
  try {
    config = parseBotConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(ExitCode.fatal);
    }
    throw error;
  }
  const { options, problems } = logOptionsFrom(env, process.stderr.isTTY);
  const log = createLogger([config.token], undefined, options);
  for (const problem of problems) log.warn(problem);

  const supervisor = supervise(log);
  const bot = await createBot(engine, config, log, { onFatal: supervisor.fatal });
  supervisor.attach(bot);

  await connectOrExit(bot, supervisor);
}

/** Logs in; a rejected token or a failed connection is said on stderr and ends the process through the supervisor. */
export async function connectOrExit(bot: { start(): Promise<unknown> }, supervisor: Pick<Supervisor, 'fatal'>): Promise<void> {
  try {
    await bot.start();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message =
      code === 'TokenInvalid'
        ? 'Discord rejected the token (DISCORD_TOKEN). Reset it in the Developer Portal (Bot → Reset Token) and update .env.'
        : `Could not connect to Discord: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`talks-bot: ${message}\n`);
    supervisor.fatal('login failed', { code });
  }
}
