// Real entry points as child processes. The environment is built from scratch: no DISCORD_* variable of the machine
// running the tests leaks in, and dotenv is pointed at an empty file so a developer's .env cannot either (which
// would also send traffic to the real Discord). Every child runs in its own process group and is killed if a test
// leaves it behind; every wait is bounded.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** package.json "main": what `node <main>`, the container and the service unit run. */
export const MAIN = join(ROOT, 'dist', 'src', 'main.js');
export const DEPLOY = join(ROOT, 'dist', 'src', 'discord', 'deploy.js');
export const LAUNCHER = join(ROOT, 'scripts', 'launch.cjs');
export const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

const START_TIMEOUT_MS = 15_000;
const EXIT_TIMEOUT_MS = 10_000;

const children = new Set<ChildProcess>();
const emptyDotenv = join(mkdtempSync(join(tmpdir(), 'talks-bot-env-')), 'empty.env');
writeFileSync(emptyDotenv, '');

/** Kills every child still running (call from afterEach). */
export function killAll(): void {
  for (const child of children) killGroup(child);
  children.clear();
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // Negative pid: the group this test started, nothing else.
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** A clean environment: only what node needs, plus `vars` (an undefined value leaves the variable out). */
export function cleanEnv(vars: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = { DOTENV_CONFIG_PATH: emptyDotenv, NO_COLOR: '1' };
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  for (const [key, value] of Object.entries(vars)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  output: () => string;
  /** Resolves with the first stderr line matching `pattern`. */
  waitForStderrLine: (pattern: RegExp, timeoutMs?: number) => Promise<string>;
  /**
   * Resolves when the process has exited; rejects (and kills it) after `timeoutMs`, or as soon as stderr shows a line
   * matching `failOn` (e.g. a bot that should have refused to start logging "ready").
   */
  exited: (timeoutMs?: number, failOn?: RegExp) => Promise<Exit>;
}

export function run(command: string, args: readonly string[], env: Record<string, string>, stdin?: string, cwd: string = ROOT): Running {
  const child = spawn(command, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  children.add(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const exit = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.stdin?.on('error', () => undefined);
  if (stdin === undefined) child.stdin?.end();
  else child.stdin?.end(stdin);

  const describeState = (): string => `\n--- stdout ---\n${out}\n--- stderr ---\n${err}`;
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    output: () => out + err,
    waitForStderrLine: (pattern, timeoutMs = START_TIMEOUT_MS) =>
      new Promise<string>((resolve, reject) => {
        const find = (): string | undefined => err.split('\n').find((line) => pattern.test(line));
        const timer = setTimeout(() => {
          clearInterval(poll);
          reject(new Error(`no stderr line matching ${pattern} within ${timeoutMs}ms${describeState()}`));
        }, timeoutMs);
        const poll = setInterval(() => {
          const line = find();
          if (line !== undefined) {
            clearTimeout(timer);
            clearInterval(poll);
            resolve(line);
          } else if (child.exitCode !== null) {
            clearTimeout(timer);
            clearInterval(poll);
            reject(new Error(`process exited (${child.exitCode}) before printing ${pattern}${describeState()}`));
          }
        }, 20);
      }),
    exited: (timeoutMs = EXIT_TIMEOUT_MS, failOn?: RegExp) =>
      new Promise<Exit>((resolve, reject) => {
        const stop = (why: string): void => {
          clearTimeout(timer);
          clearInterval(poll);
          killGroup(child);
          reject(new Error(`${why}${describeState()}`));
        };
        const timer = setTimeout(() => stop(`process still running after ${timeoutMs}ms`), timeoutMs);
        const poll = setInterval(() => {
          if (failOn !== undefined && err.split('\n').some((line) => failOn.test(line))) stop(`process printed ${failOn} instead of exiting`);
        }, 20);
        void exit.then((result) => {
          clearTimeout(timer);
          clearInterval(poll);
          resolve(result);
        });
      }),
  };
}

/** `node <script> ...args` with this test run's Node. */
export function runNode(args: readonly string[], env: Record<string, string>, stdin?: string, cwd?: string): Running {
  return run(process.execPath, args, env, stdin, cwd);
}

/** A 127.0.0.1 port nothing listens on (bound, then released). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
