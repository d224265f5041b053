// One-shot console: `npm run ask -- "question"`, `--json "question"`, or `--jsonl` (a question per
// stdin line). Loads only the engine (from the snapshot when it can), never discord.js, so it starts fast.
import { parseArgs } from 'node:util';
import { isLang, LANGS, type Lang } from '../i18n/languages.js';
import { plainOptionsFor, renderPlain } from '../rendering/plain.js';
import { loadConsoleEngine } from './engine.js';
import { describeStartupError, stdoutTerminal, write, writeStdoutSync } from './io.js';
import { toClaimJson, toJson } from './json.js';
import { claimAnswer } from '../answering/claims/answer.js';
import { messagesFor } from '../i18n/index.js';

const USAGE = `Usage:
  npm run ask -- "who took part in the 2022 talks?"
  npm run ask -- "Tống Đào là ai?"                 answered in the question's language
  npm run ask -- --lang vi "who is Song Tao?"      answered in Vietnamese (en, vi or zh)
  npm run --silent ask -- --json "question"      one JSON object
  npm run --silent ask -- --jsonl < questions.txt  one JSON line per input line
  npm run ask -- --sources "Three documents were signed in April 2022"
                                                 check a claim: supports, contradicts, related or none
  npm run --silent ask -- --sources --jsonl < claims.txt
                                                 one JSON line per claim: { claim, verdict, differs, matches }`;

interface Options {
  /** Check claims (Find sources) instead of answering questions. */
  readonly sources: boolean;
  readonly json: boolean;
  readonly jsonl: boolean;
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
      options: { sources: { type: 'boolean' }, json: { type: 'boolean' }, jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !isLang(values.lang)) return `--lang must be one of ${LANGS.join(', ')} (got "${values.lang}")`;
  return {
    sources: values.sources === true,
    json: values.json === true,
    jsonl: values.jsonl === true,
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
  const ask = (q: string) => engine.answer(q, options.lang ? { lang: options.lang } : {});
  // A claim's verdict in the language asked for (--lang), else the claim's own.
  const langOf = (claim: string): Lang => options.lang ?? engine.reader.language(claim);
  const json = (line: string): unknown =>
    options.sources ? toClaimJson(engine.kb, messagesFor(langOf(line)), line, engine.check(line)) : toJson(line, ask(line));
  const question = options.question;

  if (options.jsonl) {
    // Imported here: the other forms never read stdin and need not pay for readline.
    const { createInterface } = await import('node:readline');
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      writeStdoutSync(`${JSON.stringify(json(line))}\n`);
    }
    return 0;
  }
  const answer = options.sources ? claimAnswer(engine.kb, engine.check(question), langOf(question)) : ask(question);
  const out = options.json ? JSON.stringify(json(question)) : renderPlain(answer, plainOptionsFor(stdoutTerminal(), process.env));
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
