// One-shot console: `npm run ask -- "question"`, `--json "question"`, or `--jsonl` (a question per
// stdin line). Loads only the engine (from the snapshot when it can), never discord.js, so it starts fast.
import { plainOptionsFor, renderPlain } from '../rendering/plain.js';
import { loadConsoleEngine } from './engine.js';
import { describeStartupError, stdoutTerminal, write, writeStdoutSync } from './io.js';
import { toJson } from './json.js';

const USAGE = `Usage:
  npm run ask -- "who took part in the 2022 talks?"
  npm run --silent ask -- --json "question"      one JSON object
  npm run --silent ask -- --jsonl < questions.txt  one JSON line per input line`;

async function main(argv: readonly string[]): Promise<number> {
  const flags = new Set<string>(argv.filter((a) => ['--json', '--jsonl', '--help', '-h'].includes(a)));
  const question = argv.filter((a) => !flags.has(a)).join(' ');
  if (flags.has('--help') || flags.has('-h')) {
    writeStdoutSync(`${USAGE}\n`);
    return 0;
  }
  if (!question.trim() && !flags.has('--json') && !flags.has('--jsonl')) {
    await write(process.stderr, `${USAGE}\n`);
    return 2;
  }
  const engine = await loadConsoleEngine();

  if (flags.has('--jsonl')) {
    // Imported here: the other forms never read stdin and need not pay for readline.
    const { createInterface } = await import('node:readline');
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      writeStdoutSync(`${JSON.stringify(toJson(line, engine.answer(line)))}\n`);
    }
    return 0;
  }
  const answer = engine.answer(question);
  const out = flags.has('--json') ? JSON.stringify(toJson(question, answer)) : renderPlain(answer, plainOptionsFor(stdoutTerminal(), process.env));
  writeStdoutSync(`${out}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    await write(process.stderr, `${describeStartupError(error)}\n`);
    process.exitCode = 1;
  },
);
