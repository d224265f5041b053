// The console as a user runs it: real processes through tsx, with no Discord settings in the environment.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { importGraph, runtimeImports } from '../support/import-graph.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const TRACER = join(ROOT, 'test', 'support', 'trace-imports.ts');
// Each test spawns tsx, which compiles the sources on start: on a busy 2-core machine that alone can take
// over 15 s. These tests assert what the console does, not how fast it starts (npm run bench measures that).
const TIMEOUT_MS = 45_000;
vi.setConfig({ testTimeout: 60_000 });

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment of a user who has not set up Discord: every DISCORD_* variable removed. */
function consoleEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('DISCORD_')) env[key] = value;
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** Runs tsx with `args`; `stdin` is written then closed (undefined closes it at once). */
function run(args: readonly string[], stdin?: string, env: NodeJS.ProcessEnv = consoleEnv()): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(TSX, args, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out: tsx ${args.join(' ')}\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin ?? '');
  });
}

/** The documented keys, in their documented (stable) order. */
const JSON_KEYS = ['question', 'answered', 'intent', 'text', 'lang', 'citations', 'context', 'lines'];
const CONTEXT_KEYS = ['note', 'intent', 'talks', 'people', 'organisations', 'topics', 'documents'];
const CITATION_KEYS = ['talk', 'date', 'source', 'quote', 'n', 'sentence'];

/** Parses one line of --json/--jsonl output and checks it has exactly the documented keys. */
interface JsonContext {
  note: string;
  intent: string | null;
  talks: string[];
  people: string[];
  organisations: string[];
  topics: string[];
  documents: string[];
}

function parseJsonAnswer(line: string): {
  question: string;
  answered: boolean;
  intent: string;
  text: string;
  lang: string;
  citations: Record<string, unknown>[];
  context: JsonContext | null;
} {
  const value: unknown = JSON.parse(line);
  expect(typeof value).toBe('object');
  const obj = value as Record<string, unknown>;
  expect(Object.keys(obj)).toEqual(JSON_KEYS);
  expect(typeof obj.question).toBe('string');
  expect(typeof obj.answered).toBe('boolean');
  expect(typeof obj.intent).toBe('string');
  expect(typeof obj.text).toBe('string');
  expect(['en', 'vi', 'zh']).toContain(obj.lang);
  expect(Array.isArray(obj.citations)).toBe(true);
  const citations = obj.citations as Record<string, unknown>[];
  for (const c of citations) {
    expect(Object.keys(c)).toEqual(CITATION_KEYS);
    expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const k of CITATION_KEYS) expect(typeof c[k]).toBe(k === 'n' ? 'number' : 'string');
  }
  // The citations in the order of their numbers: the text's [n] is citations[n - 1].
  citations.forEach((c, i) => expect(c.n).toBe(i + 1));
  for (const [, n] of (obj.text as string).matchAll(/\[(\d+)\]/g)) expect(Number(n)).toBeLessThanOrEqual(citations.length);
  // What a follow-up took over from the conversation, or null.
  const context = obj.context as JsonContext | null;
  if (context !== null) {
    expect(Object.keys(context)).toEqual(CONTEXT_KEYS);
    expect(typeof context.note).toBe('string');
    for (const k of ['talks', 'people', 'organisations', 'topics', 'documents'] as const) expect(Array.isArray(context[k])).toBe(true);
  }
  return { question: obj.question as string, answered: obj.answered as boolean, intent: obj.intent as string, text: obj.text as string, lang: obj.lang as string, citations, context };
}

describe.concurrent('one-shot console (src/console/ask.ts)', () => {
  it('answers a question in plain text with the dated article line, exit 0', async () => {
    const r = await run(['src/console/ask.ts', 'who took part in the 2022 talks?']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Le Hoai Trung');
    expect(r.stdout).toMatch(/^\[\d+\] VNA, 19 April 2022: ".+"$/m);
    expect(r.stdout).not.toContain('29 July 2020');
  });

  it('piped (not a terminal): lines are not wrapped and carry no colour codes', async () => {
    const r = await run(['src/console/ask.ts', 'what did Song Tao say?'], undefined);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stdout.split('\n').some((line) => line.length > 120)).toBe(true);
  });

  it('--json prints exactly one JSON object with the documented keys', async () => {
    const r = await run(['src/console/ask.ts', '--json', 'what was signed in 2022?']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.length > 0);
    expect(lines).toHaveLength(1);
    const a = parseJsonAnswer(lines[0] ?? '');
    expect(a.question).toBe('what was signed in 2022?');
    expect(a.answered).toBe(true);
    expect(a.intent).toBe('agreements');
    expect(a.text).toContain('cooperation plan');
    expect(a.citations.length).toBeGreaterThan(0);
    expect(a.citations.every((c) => c.date === '2022-04-19' && c.source === 'VNA')).toBe(true);
  });

  it('--json with a question the articles cannot answer still prints one object, answered false, exit 0', async () => {
    const r = await run(['src/console/ask.ts', '--json', 'how old is Song Tao?']);
    expect(r.code).toBe(0);
    const a = parseJsonAnswer(r.stdout.trim());
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });

  it('--jsonl answers one JSON line per input line, in order; an empty line is answered false', async () => {
    const input = ['who took part in the 2020 talks?', '', 'when were the talks held?', 'what about taiwan?'].join('\n');
    const r = await run(['src/console/ask.ts', '--jsonl'], `${input}\n`);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.length > 0);
    expect(lines).toHaveLength(4);
    const answers = lines.map(parseJsonAnswer);
    expect(answers.map((a) => a.question)).toEqual(input.split('\n'));
    expect(answers.map((a) => a.answered)).toEqual([true, false, true, false]);
    expect(answers[0]?.text).toContain('Hoang Binh Quan');
    expect(answers[2]?.intent).toBe('when');
  });

  it('--jsonl reads a last line without a trailing newline', async () => {
    const r = await run(['src/console/ask.ts', '--jsonl'], 'who took part?\nwhen were the talks held?');
    const lines = r.stdout.split('\n').filter((l) => l.length > 0);
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => parseJsonAnswer(l).answered)).toEqual([true, true]);
  });

  it('answers a Vietnamese or Chinese question in its language, with the English quote and its date; --json says "lang"', async () => {
    const vi = parseJsonAnswer((await run(['src/console/ask.ts', '--json', 'Lê Hoài Trung là ai?'])).stdout.trim());
    expect(vi).toMatchObject({ answered: true, lang: 'vi' });
    expect(vi.text).toContain('Trưởng Ban Đối ngoại');
    expect(vi.citations[0]).toMatchObject({ date: '2022-04-19', source: 'VNA' });
    expect(String(vi.citations[0]?.quote)).toContain('Commission for External Relations');
    const zh = await run(['src/console/ask.ts', '宋涛是谁']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('中共中央对外联络部');
    expect(zh.stdout).toContain('International Liaison Department');
  });

  it('--lang answers in the language asked for; an unknown language is a usage error (exit 2)', async () => {
    const a = parseJsonAnswer((await run(['src/console/ask.ts', '--lang', 'zh', '--json', 'who is Song Tao?'])).stdout.trim());
    expect(a).toMatchObject({ lang: 'zh', answered: true });
    expect(a.text).toContain('宋涛');
    const bad = await run(['src/console/ask.ts', '--lang', 'fr', 'who is Song Tao?']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/--lang must be one of en, vi, zh/);
  });

  it('--sources --jsonl checks one claim per input line: exactly { claim, verdict, differs, matches }, the right value named', async () => {
    const input = ['Quan and Song Tao spoke by phone on July 19, 2020', 'The cooperation plan covers 2021-2025', 'The 2022 videoconference lasted three hours', 'bitcoin hit 100,000 dollars', ''];
    const r = await run(['src/console/ask.ts', '--sources', '--jsonl'], `${input.join('\n')}\n`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.length > 0);
    expect(lines).toHaveLength(input.length);
    const claims = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const c of claims) {
      expect(Object.keys(c)).toEqual(['claim', 'verdict', 'differs', 'matches']);
      for (const m of c.matches as Record<string, unknown>[]) {
        expect(Object.keys(m)).toEqual(['talk', 'date', 'quote', 'sentence', 'verdict']);
        expect(m.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // The same id an answer's citation of that sentence carries.
        expect(m.sentence).toMatch(/^[\w-]+:\d+$/);
        expect(['supports', 'contradicts', 'related']).toContain(m.verdict);
      }
    }
    expect(claims.map((c) => c.claim)).toEqual(input);
    expect(claims.map((c) => c.verdict)).toEqual(['contradicts', 'supports', 'related', 'none', 'none']);
    expect(claims[0]?.differs).toEqual([{ kind: 'date', article: '29 July 2020', claimed: '19 July 2020' }]);
    const wrongDate = claims[0]?.matches as { quote: string; verdict: string; date: string }[];
    expect(wrongDate[0]).toMatchObject({ verdict: 'contradicts', date: '2020-07-29' });
    expect(wrongDate[0]?.quote).toContain('held phone talks on July 29');
    expect((claims[1]?.matches as { quote: string }[])[0]?.quote).toContain('2021-2025 period');
    expect(claims[3]?.matches).toEqual([]);
  });

  it('--sources with a claim prints the verdict and each labelled match with its quote', async () => {
    const r = await run(['src/console/ask.ts', '--sources', 'Three documents were signed in April 2022']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The articles say otherwise: number two, not three.');
    expect(r.stdout).toMatch(/^• contradicts it \(number\) \[1\]$/m);
    expect(r.stdout).toMatch(/^\[1\] VNA, 19 April 2022: "On this occasion, the two officials signed/m);
  });

  it('without a question prints the usage on stderr and exits 2', async () => {
    const r = await run(['src/console/ask.ts']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Usage/);
  });
});

describe.concurrent('interactive console (npm start = src/main.ts without DISCORD_TOKEN)', () => {
  it('shows the banner, answers questions and slash commands, checks a claim with /sources, reports an unknown command, quits with 0', async () => {
    const r = await run(['src/main.ts'], 'who signed the cooperation plan?\n/who 2020\n/sources the floods hit many localities in Vietnam\n/sources\n/bogus\n/quit\n');
    expect(r.code).toBe(0);
    // Not a terminal: it says why this is the console, and only that.
    expect(r.stderr).toBe('talks-bot: DISCORD_TOKEN is not set, so this is the local console, reading questions from standard input.\n');
    expect(r.stdout).toMatch(/^talks-bot: /);
    expect(r.stdout).toContain('29 July 2020 (phone talks)');
    expect(r.stdout).toContain('19 April 2022 (talks via videoconference)');
    // The signing question: the 2022 officials and the quoted sentence.
    expect(r.stdout).toMatch(/Le Hoai Trung and Song Tao signed/);
    expect(r.stdout).toMatch(/^\[\d+\] VNA, 19 April 2022: "On this occasion, the two officials signed/m);
    // /who 2020: the 2020 participants with the 2020 article line.
    expect(r.stdout).toContain('Hoang Binh Quan (Head of');
    expect(r.stdout).toMatch(/^\[\d+\] VNA, 29 July 2020: "/m);
    // /sources <claim>: the verdict, each quote labelled under its number; /sources alone: how to use it.
    expect(r.stdout).toContain('/sources <claim>');
    expect(r.stdout).toContain('The articles say otherwise: place China, not Vietnam.');
    expect(r.stdout).toMatch(/• contradicts it \(place\) \[\d+\]$/m);
    expect(r.stdout).toMatch(/^\[\d+\] VNA, 29 July 2020: "The Vietnamese official expressed his sympathies/m);
    expect(r.stdout).toContain('Usage: /sources <a claim about the talks>');
    expect(r.stdout).toContain('Unknown command /bogus');
    // Nothing typed after /quit is read: the process ends by itself.
    expect(r.signal).toBeNull();
  });

  it('exits 1 when stdin is closed at once (no input), saying so: a service without a token is not a silent success', async () => {
    const r = await run(['src/main.ts']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no input, nothing to answer\. To serve Discord, set DISCORD_TOKEN/);
    expect(r.stdout).toMatch(/^talks-bot: /);
  });

  it('exits 0 at end of input without /quit, after answering the last line', async () => {
    const r = await run(['src/main.ts'], 'when were the talks held?');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('29 July 2020');
    expect(r.stdout).toMatch(/^\[\d+\] VNA, 19 April 2022: "/m);
  });
});

// One after another rather than beside the concurrent blocks above: fewer processes at once on a busy machine.
describe('conversations at the console', () => {
  it('--jsonl without --conversation: every line stands alone, "context" is null', async () => {
    const r = await run(['src/console/ask.ts', '--jsonl'], 'who took part in the 2022 talks?\nwhat did they sign?\nand in 2020?\n');
    const answers = r.stdout.split('\n').filter((l) => l.length > 0).map(parseJsonAnswer);
    expect(answers.map((a) => a.context)).toEqual([null, null, null]);
    // "and in 2020?" alone: a summary of the 2020 talks, not what was signed.
    expect(answers[2]?.intent).toBe('summary');
  });

  it('--jsonl --conversation: consecutive lines are one conversation; an empty line starts the next and prints nothing', async () => {
    const input = ['who took part in the 2022 talks?', 'what did they sign?', 'and in 2020?', '', 'and in 2020?', 'ông ấy nói gì?'].join('\n');
    const r = await run(['src/console/ask.ts', '--jsonl', '--conversation'], `${input}\n`);
    expect(r.code).toBe(0);
    const answers = r.stdout.split('\n').filter((l) => l.length > 0).map(parseJsonAnswer);
    expect(answers.map((a) => a.question)).toEqual(input.split('\n').filter((q) => q !== ''));
    const [who, signed, again, fresh] = answers;
    expect(who?.context).toBeNull();
    // "they" are the 2022 participants, and the answer says so.
    expect(signed).toMatchObject({ answered: true, intent: 'agreements' });
    expect(signed?.context).toMatchObject({ talks: ['2022-04-19-videoconference'], people: ['le-hoai-trung', 'song-tao'] });
    expect(signed?.context?.note).toBe('(about Le Hoai Trung, Song Tao and the talks of 19 April 2022)');
    expect(signed?.citations.every((c) => c.date === '2022-04-19')).toBe(true);
    // "and in 2020?" asks the last question again, of the 2020 talks.
    expect(again).toMatchObject({ intent: 'agreements', context: { intent: 'agreements', talks: ['2020-07-29-phone-talks'] } });
    // After the empty line the same words stand alone.
    expect(fresh).toMatchObject({ intent: 'summary', context: null });
  });

  it('--conversation without --jsonl is a usage error (exit 2)', async () => {
    const r = await run(['src/console/ask.ts', '--conversation', 'who took part?']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--conversation .* use it with --jsonl/);
  });

  it('the prompt is one conversation: a follow-up continues from the last answer and says so; /new starts another', async () => {
    const r = await run(['src/main.ts'], 'who took part in the 2020 talks?\nwhat did he say about the sea?\n/new\nwhat did he say about the sea?\n/quit\n');
    expect(r.code).toBe(0);
    const replies = r.stdout.split('talks-bot> ').slice(1);
    // "He" is the Vietnamese official of 2020, named by the last answer.
    // The sea came up in both talks: the conversation's talk frames it too, and the note says so.
    expect(replies[1]).toMatch(/^\(about Hoang Binh Quan and the talks of 29 July 2020\)\n29 July 2020, phone talks:/);
    expect(replies[1]).toContain('Hoang Binh Quan said there were obstacles');
    expect(replies[1]).not.toContain('19 April 2022');
    expect(replies[2]).toMatch(/^New conversation/);
    // After /new nobody is "he": no note, and what both sides said about the sea in both talks.
    expect(replies[3]).not.toMatch(/^\(about/);
    expect(replies[3]).toContain('19 April 2022');
  });

  it('CONVERSATION_TTL=off: every question at the prompt stands alone', async () => {
    const r = await run(['src/main.ts'], 'who took part in the 2020 talks?\nwhat did he say about the sea?\n', consoleEnv({ CONVERSATION_TTL: 'off' }));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('(about');
  });

});

describe('the console does not load discord.js', () => {
  it('the import parser sees runtime imports and skips type-only ones', () => {
    const source = [
      "import type { A } from 'type-only';",
      "import { b, type C } from './mixed.js';",
      "export type { D } from 'type-export';",
      "export { e } from 'value-export';",
      "const f = await import('dynamic');",
    ].join('\n');
    expect(runtimeImports(source)).toEqual(['./mixed.js', 'value-export', 'dynamic']);
    expect(runtimeImports(source, 'x.ts', false)).toEqual(['./mixed.js', 'value-export']);
  });

  it('statically: nothing reachable from src/console/ask.ts imports discord.js, even dynamically', () => {
    const graph = importGraph(join(ROOT, 'src', 'console', 'ask.ts'));
    expect(graph.files.size).toBeGreaterThan(5);
    expect(graph.packages.has('fuse.js')).toBe(true);
    expect([...graph.packages.keys()]).not.toContain('discord.js');
    expect([...graph.files].filter((f) => f.includes(`${join('src', 'discord')}`))).toEqual([]);
  });

  it('statically: src/main.ts reaches discord.js only through its dynamic import (the console path does not)', () => {
    expect([...importGraph(join(ROOT, 'src', 'main.ts'), { dynamic: false }).packages.keys()]).not.toContain('discord.js');
    // The walker does find discord.js when it is reachable: the bot path.
    expect(importGraph(join(ROOT, 'src', 'main.ts')).packages.has('discord.js')).toBe(true);
  });

  describe.concurrent('at run time (a loader hook records every resolved module)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'talks-bot-trace-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    async function traced(name: string, args: readonly string[], stdin?: string): Promise<{ run: Run; urls: string[] }> {
      const file = join(dir, `${name}.txt`);
      const r = await run(['--import', TRACER, ...args], stdin, consoleEnv({ TRACE_IMPORTS_FILE: file }));
      const urls = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t')[1] ?? '');
      return { run: r, urls };
    }

    it('the hook sees discord.js when a module does load it (the check can fail)', async () => {
      const { run: r, urls } = await traced('bot', ['src/discord/bot.ts']);
      expect(r.code).toBe(0);
      expect(urls.some((u) => u.includes('/node_modules/discord.js/'))).toBe(true);
    });

    it('the one-shot console answers without resolving discord.js', async () => {
      const { run: r, urls } = await traced('ask', ['src/console/ask.ts', 'who took part?']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Song Tao');
      expect(urls.some((u) => u.includes('/src/answering/engine.ts'))).toBe(true);
      expect(urls.filter((u) => u.includes('discord'))).toEqual([]);
    });

    it('npm start without a token opens the console without resolving discord.js', async () => {
      const { run: r, urls } = await traced('main', ['src/main.ts'], 'who took part?\n/quit\n');
      expect(r.code).toBe(0);
      expect(urls.some((u) => u.includes('/src/console/repl.ts'))).toBe(true);
      expect(urls.filter((u) => u.includes('discord'))).toEqual([]);
    });
  });
});
