// What every entry point (the bot, the console, deploy-commands) prints when it cannot start.

/**
 * A start-up failure as one clear line on stderr (bad data names the file and the fact). DataError is
 * recognised by name: the one-shot bundle and the loader it falls back to each have their own copy of the class.
 */
export function describeStartupError(error: unknown): string {
  if (error instanceof Error && error.name === 'DataError') return `talks-bot: the data under data/ is invalid: ${error.message}`;
  return `talks-bot: ${error instanceof Error ? error.message : String(error)}`;
}
