// One-shot console: `npm run ask -- "question"`, `--json "question"`, or `--jsonl` (a question per
// stdin line). Loads only the engine (from the snapshot when it can), never discord.js, so it starts fast.
import { withoutChatMarkup } from '../chat-text.js';
import { parseArgs } from 'node:util';
import { isLang, LANGS, type Lang } from '../languages.js';
import { plainOptionsFor, renderPlain } from './plain.js';
import type { Answer } from '../answering/types.js';
import { contextOf, type Context } from '../conversation/context.js';
import { loadConsoleEngine, loadConsoleFollowUp } from './engine.js';
import { describeStartupError } from '../startup-error.js';
import { stdoutTerminal, write, writeStdoutSync } from './io.js';
import { toClaimJson, toJson } from './json.js';
import { withConsoleCommands } from './commands.js';
import { messagesFor } from '../i18n/index.js';
import { claimAnswer } from '../answering/claims/answer.js';

const USAGE = `Usage:
  npm run ask -- "who took part in the 2022 talks?"
  npm run ask -- "Tống Đào là ai?"                 answered in the question's language
  npm run ask -- --lang vi "who is Song Tao?"      answered in Vietnamese (en, vi or zh)
  npm run --silent ask -- --json "question"      one JSON object
  npm run --silent ask -- --jsonl < questions.txt  one JSON line per input line
  npm run --silent ask -- --jsonl --conversation < dialogues.txt
                                                 consecutive lines are one conversation
                                                 (follow-ups continue); an empty line starts the next
  npm run ask -- --sources "Three documents were signed in April 2022"
                                                 check a claim: supports, contradicts, related or none
  npm run --silent ask -- --sources --jsonl < claims.txt
                                                 one JSON line per claim: { claim, verdict, differs, matches }`;

interface Options {
  /** Check claims (Find sources) instead of answering questions. */
  readonly sources: boolean;
  readonly json: boolean;
  readonly jsonl: boolean;
  readonly conversation: boolean;
  readonly help: boolean;
  readonly lang: Lang | undefined;
  readonly question: string;
}

/** The command line (node:util's parseArgs), or a message saying what is wrong with it. */
function parse(argv: readonly string[]): Options | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        sources: { type: 'boolean' },
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        conversation: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        lang: { type: 'string' },
      },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !isLang(values.lang)) return `--lang must be one of ${LANGS.join(', ')} (got "${values.lang}")`;
  if (values.conversation === true && values.jsonl !== true) return '--conversation reads a conversation from standard input: use it with --jsonl';
  return {
    sources: values.sources === true,
    json: values.json === true,
    jsonl: values.jsonl === true,
    conversation: values.conversation === true,
    help: values.help === true,
    lang: isLang(values.lang) ? values.lang : undefined,
    question: positionals.join(' '),
  };
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parse(argv);
  if (typeof options === 'string') {
    await write(process.stderr, `${options}\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    writeStdoutSync(`${USAGE}\n`);
    return 0;
  }
  if (!options.question.trim() && !options.json && !options.jsonl) {
    await write(process.stderr, `${USAGE}\n`);
    return 2;
  }
  const engine = await loadConsoleEngine();
  const lang = options.lang ? { lang: options.lang } : {};
  // A question pasted from chat reads as it would on Discord: its markup taken out first (src/chat-text.ts).
  const ask = (q: string) => withConsoleCommands(engine.answer(withoutChatMarkup(q), lang));
  // A claim's verdict in the language asked for (--lang), else the claim's own.
  const langOf = (claim: string): Lang => options.lang ?? engine.reader.language(claim);
  const claimJson = (line: string): unknown => toClaimJson(engine.kb, messagesFor(langOf(line)), line, engine.check(withoutChatMarkup(line)));
  const question = options.question;

  if (options.jsonl) {
    // Imported here: the other forms never read stdin and need not pay for readline.
    const { createInterface } = await import('node:readline');
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    // --conversation: each line continues from the last answer's context, until an empty line (which prints
    // nothing). Without it every line stands alone, so a batch evaluation's questions stay independent.
    const followUp = options.conversation ? await loadConsoleFollowUp(engine) : null;
    let context: Context | null = null;
    for await (const line of lines) {
      if (options.sources) {
        writeStdoutSync(`${JSON.stringify(claimJson(line))}\n`);
        continue;
      }
      if (followUp && !line.trim()) {
        context = null;
        continue;
      }
      const answer: Answer = followUp ? followUp(withoutChatMarkup(line), context, lang) : ask(line);
      if (followUp) context = contextOf(answer) ?? context;
      writeStdoutSync(`${JSON.stringify(toJson(line, answer))}\n`);
    }
    return 0;
  }
  // A claim is checked once, for the plain rendering or the JSON alike.
  const check = options.sources ? engine.check(withoutChatMarkup(question)) : null;
  const answer = check ? claimAnswer(engine.kb, check, langOf(question)) : ask(question);
  const json = () => (check ? toClaimJson(engine.kb, messagesFor(langOf(question)), question, check) : toJson(question, answer));
  const out = options.json ? JSON.stringify(json()) : renderPlain(answer, plainOptionsFor(stdoutTerminal(), process.env));
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
