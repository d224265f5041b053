// Writing to the terminal without losing output when the process exits right after.
import { DataError } from '../facts/errors.js';

export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', () => resolve());
  });
}

/** A start-up failure as one clear line on stderr (bad data names the file and the fact). */
export function describeStartupError(error: unknown): string {
  if (error instanceof DataError) return `talks-bot: the data under data/ is invalid: ${error.message}`;
  return `talks-bot: ${error instanceof Error ? error.message : String(error)}`;
}
