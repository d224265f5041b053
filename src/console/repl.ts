// The interactive console `npm start` opens when no Discord token is set.
import { createInterface } from 'node:readline';
import type { Engine } from '../answering/engine.js';
import { longDate } from '../answering/wording.js';
import { plainOptionsFor, renderPlain, type PlainOptions } from '../rendering/plain.js';
import { runConsoleCommand } from './commands.js';

export function banner(engine: Engine): string {
  const talks = engine.kb.talks.map((t) => `${longDate(t.date)} (${t.format.label})`).join(' and ');
  return [
    'talks-bot: questions about VNA reports of CPV-CPC talks, answered with the article sentence they rest on.',
    `Talks covered: ${talks}.`,
    'Type a question, or /help, /who, /when, /agreements, /topics, /talks, /source [talk]; /sources <claim> checks a claim; /quit to leave.',
    'To serve Discord instead, put DISCORD_TOKEN in .env (see README) and run npm start.',
  ].join('\n');
}

/** One console line in, the text to print out (null to quit); `render` says how (width, colour). */
export function respondToLine(engine: Engine, line: string, render: PlainOptions = {}): string | null {
  const trimmed = line.trim();
  if (trimmed === '/quit' || trimmed === '/exit') return null;
  if (!trimmed) return '';
  const answer = trimmed.startsWith('/') ? (runConsoleCommand(engine, trimmed) ?? unknownCommand(trimmed)) : engine.answer(trimmed);
  return renderPlain(answer, render);
}

function unknownCommand(line: string) {
  const name = line.split(/\s/)[0] ?? line;
  return { answered: false, intent: 'help' as const, text: `Unknown command ${name}. Try /help.`, citations: [], lang: 'en' as const };
}

/** Runs the console until /quit or the end of input; `lines` counts the lines that were not blank. */
export function runRepl(engine: Engine, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<{ lines: number }> {
  return new Promise((resolve) => {
    let lines = 0;
    output.write(`${banner(engine)}\n\n`);
    const rl = createInterface({ input, output, prompt: 'talks-bot> ', terminal: (input as { isTTY?: boolean }).isTTY === true });
    const terminal = output as { isTTY?: boolean; columns?: number };
    // A reader that went away (`| head`) ends the console quietly rather than with an EPIPE crash.
    output.on('error', () => rl.close());
    rl.prompt();
    rl.on('line', (line) => {
      if (line.trim()) lines++;
      // Read each time: the terminal may have been resized.
      const reply = respondToLine(engine, line, plainOptionsFor(terminal, process.env));
      if (reply === null) {
        rl.close();
        return;
      }
      if (reply) output.write(`${reply}\n\n`);
      rl.prompt();
    });
    rl.on('close', () => {
      if (output.writable) output.write('\n');
      resolve({ lines });
    });
  });
}
