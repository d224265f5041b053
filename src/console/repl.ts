// The interactive console `npm start` opens when no Discord token is set. The prompt is one conversation
// (a follow-up such as "and in 2020?" continues from the last answer); /new starts another.
import { createInterface } from 'node:readline';
import { withoutChatMarkup } from '../chat-text.js';
import type { Engine } from '../answering/engine.js';
import { notAnswered } from '../answering/result.js';
import type { Answer } from '../answering/types.js';
import { longDate } from '../answering/wording.js';
import type { Conversations } from '../conversation/conversations.js';
import { plainOptionsFor, renderPlain, type PlainOptions } from './plain.js';
import { runConsoleCommand, withConsoleCommands } from './commands.js';

/** The prompt's conversation: null when CONVERSATION_TTL=off (every question stands alone). */
export interface ConsoleSession {
  readonly engine: Engine;
  readonly conversations: Conversations | null;
}

/** The one conversation of the prompt, in its store. */
const KEY = 'console';

export const NEW_CONVERSATION = 'New conversation: the next question starts afresh.';

export function banner(engine: Engine): string {
  const talks = engine.kb.talks.map((t) => `${longDate(t.date)} (${t.format.label})`).join(' and ');
  return [
    'talks-bot: questions about VNA reports of CPV-CPC talks, answered with the article sentence they rest on.',
    `Talks covered: ${talks}.`,
    'Type a question (follow-ups such as "and in 2020?" continue from the last answer; /new starts afresh),',
    'or /help, /who, /when, /agreements, /topics, /talks, /source [talk]; /sources <claim> checks a claim; /quit to leave.',
    'To serve Discord instead, put DISCORD_TOKEN in .env (see README) and run npm start.',
  ].join('\n');
}

/** One console line in, the text to print out (null to quit); `render` says how (width, colour). */
export async function respondToLine(session: ConsoleSession, line: string, render: PlainOptions = {}): Promise<string | null> {
  const { engine, conversations } = session;
  const trimmed = line.trim();
  if (trimmed === '/quit' || trimmed === '/exit') return null;
  if (!trimmed) return '';
  if (trimmed === '/new') {
    await conversations?.forget(KEY);
    return NEW_CONVERSATION;
  }
  const asked = /^\/ask(?:\s+(.*))?$/s.exec(trimmed);
  const question = asked ? (asked[1] ?? '') : trimmed.startsWith('/') ? null : trimmed;
  let answer: Answer;
  if (question !== null) {
    const plain = withoutChatMarkup(question);
    answer = conversations ? await conversations.ask(KEY, plain) : engine.answer(plain);
  } else {
    answer = runConsoleCommand(engine, trimmed) ?? unknownCommand(trimmed);
    // "/who 2020", then "what did they say?": a command's answer is the conversation's last answer too.
    await conversations?.record(KEY, answer);
  }
  return renderPlain(withConsoleCommands(answer), render);
}

function unknownCommand(line: string): Answer {
  const name = line.split(/\s/)[0] ?? line;
  return notAnswered('help', 'en', `Unknown command ${name}. Try /help.`);
}

/** Runs the console until /quit or the end of input; `lines` counts the lines that were not blank. */
export function runRepl(session: ConsoleSession, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<{ lines: number }> {
  return new Promise((resolve) => {
    let lines = 0;
    let quitting = false;
    output.write(`${banner(session.engine)}\n\n`);
    const rl = createInterface({ input, output, prompt: 'talks-bot> ', terminal: (input as { isTTY?: boolean }).isTTY === true });
    const terminal = output as { isTTY?: boolean; columns?: number };
    // A reader that went away (`| head`) ends the console quietly rather than with an EPIPE crash.
    output.on('error', () => rl.close());
    // Lines are answered one after another, in order: the conversation's store is asynchronous.
    let queue: Promise<void> = Promise.resolve();
    rl.prompt();
    rl.on('line', (line) => {
      queue = queue.then(async () => {
        if (quitting) return;
        if (line.trim()) lines++;
        // Read each time: the terminal may have been resized.
        const reply = await respondToLine(session, line, plainOptionsFor(terminal, process.env));
        if (reply === null) {
          quitting = true;
          rl.close();
          return;
        }
        if (reply) output.write(`${reply}\n\n`);
        rl.prompt();
      }).catch((error: unknown) => {
        output.write(`talks-bot: ${error instanceof Error ? error.message : String(error)}\n\n`);
        rl.prompt();
      });
    });
    rl.on('close', () => {
      void queue.then(() => {
        if (output.writable) output.write('\n');
        resolve({ lines });
      });
    });
  });
}
