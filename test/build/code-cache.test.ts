// The one-shot console's V8 code cache (scripts/code-cache.cjs): used only when it was made from the very bundle
// it is read beside, by this Node; a stale, damaged or foreign cache is ignored and the bundle runs as it would
// without one, with the same output.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cleanEnv } from '../support/process.js';
import codeCacheModule from '../../scripts/code-cache.cjs';

const require = createRequire(import.meta.url);
const RUNNER = join(ROOT, 'scripts', 'code-cache.cjs');
const { cacheFileOf, readCodeCache } = codeCacheModule;

let dir: string;
let bundle: string;
/** A small CommonJS program shaped like the bundle: it requires relative to itself and reads its arguments. */
const SOURCE = [
  "'use strict';",
  "const { join } = require('node:path');",
  "const words = require(join(__dirname, 'words.json'));",
  'function shout(list) { return list.map((w) => w.toUpperCase()).join(" "); }',
  "process.stdout.write(`${shout([...words, ...process.argv.slice(2)])}\\n`);",
].join('\n');

/** Runs the bundle through the runner as dist/ask.cjs does. */
function runThroughStub(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const stub = join(dir, 'stub.cjs');
  writeFileSync(stub, `require(${JSON.stringify(RUNNER)}).runBundle(${JSON.stringify(bundle)});\n`);
  const run = spawnSync(process.execPath, [stub, ...args], { env: cleanEnv(), encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function makeCache(): void {
  rmSync(cacheFileOf(bundle), { force: true });
  const run = spawnSync(process.execPath, [RUNNER, bundle, 'made'], { env: cleanEnv(), encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toBe('ALPHA BETA MADE\n');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'talks-bot-code-cache-'));
  bundle = join(dir, 'bundle.cjs');
  writeFileSync(bundle, SOURCE);
  writeFileSync(join(dir, 'words.json'), '["alpha", "beta"]');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the code cache', () => {
  it('is made by running the bundle, and fits the bundle it was made from', () => {
    makeCache();
    expect(readCodeCache(bundle, SOURCE)).toBeInstanceOf(Buffer);
    const run = runThroughStub(['again']);
    expect(run).toEqual({ status: 0, stdout: 'ALPHA BETA AGAIN\n', stderr: '' });
  });

  it('is ignored for a bundle changed since, even one of the same length (V8 would only compare lengths)', () => {
    makeCache();
    const changed = SOURCE.replace('toUpperCase', 'toLowerCase');
    expect(changed.length).toBe(SOURCE.length);
    expect(readCodeCache(bundle, changed)).toBeNull();
    writeFileSync(bundle, changed);
    try {
      expect(runThroughStub(['Again'])).toEqual({ status: 0, stdout: 'alpha beta again\n', stderr: '' });
    } finally {
      writeFileSync(bundle, SOURCE);
    }
  });

  it('is ignored when damaged: a flipped byte, cut short, empty, not ours, or missing', () => {
    makeCache();
    const good = readFileSync(cacheFileOf(bundle));
    const flipped = Buffer.from(good);
    const at = flipped.length - 100;
    flipped[at] = (flipped[at] ?? 0) ^ 0xff;
    const header = good.subarray(0, good.indexOf(0x0a) + 1);
    const otherNode = Buffer.from(header.toString('utf8').replace(/"node":"[^"]+"/, '"node":"v0.0.0"'));
    const damaged = [flipped, good.subarray(0, good.length - 7), good.subarray(0, 20), Buffer.alloc(0), Buffer.from('not a cache at all'), Buffer.concat([otherNode, good.subarray(header.length)])];
    for (const bytes of damaged) {
      writeFileSync(cacheFileOf(bundle), bytes);
      expect(readCodeCache(bundle, SOURCE)).toBeNull();
      expect(runThroughStub(['x'])).toEqual({ status: 0, stdout: 'ALPHA BETA X\n', stderr: '' });
    }
    rmSync(cacheFileOf(bundle));
    expect(readCodeCache(bundle, SOURCE)).toBeNull();
    expect(runThroughStub(['y'])).toEqual({ status: 0, stdout: 'ALPHA BETA Y\n', stderr: '' });
  });
});

describe('the console with its code cache (dist/)', () => {
  const question = 'who signed what in 2022?';
  const askIn = (root: string) => spawnSync(process.execPath, [join(root, 'dist', 'ask.cjs'), '--json', question], { cwd: root, env: cleanEnv(), encoding: 'utf8' });

  it('the build made a cache that fits dist/console.cjs', () => {
    const console = join(ROOT, 'dist', 'console.cjs');
    expect(existsSync(cacheFileOf(console))).toBe(true);
    expect(readCodeCache(console, readFileSync(console, 'utf8'))).toBeInstanceOf(Buffer);
  });

  it('answers the same with the cache, with a damaged one, and with none, as the source layout does', () => {
    const copy = mkdtempSync(join(tmpdir(), 'talks-bot-console-'));
    try {
      for (const path of ['package.json', 'dist', 'data']) cpSync(join(ROOT, path), join(copy, path), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
      const source = spawnSync(process.execPath, ['--import', 'tsx', 'src/console/ask.ts', '--json', question], { cwd: ROOT, env: cleanEnv(), encoding: 'utf8' });
      expect(source.status, source.stderr).toBe(0);
      const cache = cacheFileOf(join(copy, 'dist', 'console.cjs'));
      const good = readFileSync(cache);
      const damaged = Buffer.from(good);
      damaged[good.length >> 1] = (damaged[good.length >> 1] ?? 0) ^ 0x5a;
      for (const bytes of [good, damaged, null]) {
        if (bytes === null) rmSync(cache);
        else writeFileSync(cache, bytes);
        const run = askIn(copy);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe(source.stdout);
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

// The runner must stay loadable by plain require (dist/ask.cjs requires it so).
it('is a CommonJS module', () => {
  expect(typeof (require(RUNNER) as { runBundle: unknown }).runBundle).toBe('function');
});
