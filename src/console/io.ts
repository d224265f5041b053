// Writing to the terminal without losing output when the process exits right after.
import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';

export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', () => resolve());
  });
}

/** A pause for a full non-blocking pipe to drain; Atomics.wait is the synchronous sleep Node has. */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Writes all of `text` to standard output at once, without creating process.stdout: setting up that stream
 * for a pipe costs the one-shot console ~3 ms. A reader that went away (`| head`) ends the output quietly.
 */
export function writeStdoutSync(text: string): void {
  let rest = Buffer.from(text, 'utf8');
  for (let retries = 0; rest.length > 0; ) {
    try {
      rest = rest.subarray(writeSync(1, rest));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN' || ++retries > 10_000) throw error;
      pause(1);
    }
  }
}

/**
 * Whether standard output is a terminal, and its width: process.stdout is made only then (a terminal's reader
 * is a person, who does not notice the ~3 ms; a pipe, the one-shot's usual reader, never pays for it).
 */
export function stdoutTerminal(): { readonly isTTY: boolean; readonly columns?: number } {
  if (!isatty(1)) return { isTTY: false };
  const columns = process.stdout.columns;
  return typeof columns === 'number' && columns > 0 ? { isTTY: true, columns } : { isTTY: true };
}
