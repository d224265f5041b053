// The compiled build as an operator installs it: `npm run build`, then a production install (`npm ci --omit=dev`)
// and `node <main>`. The production install is laid out by hand (no network in tests): package.json, the lock,
// dist/, data/, scripts/, and node_modules with exactly the packages the lock marks as not dev-only. Also: the
// one-shot console's bundle and its data snapshot.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType } from 'discord.js';
import { FakeDiscord } from '../support/fake-discord.js';
import { chatInputInteraction } from '../support/payloads.js';
import { LAUNCHER, ROOT, cleanEnv, killAll, runNode } from '../support/process.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; devOptional?: boolean; optional?: boolean }> };

let app: string;
const fakes: FakeDiscord[] = [];

/**
 * The packages `npm ci --omit=dev` installs: top-level entries of the lock that are not dev-only (optional ones
 * only where installed: npm skips the prebuilt binaries of other platforms).
 */
function productionPackages(): string[] {
  return Object.entries(lock.packages)
    .filter(([path, entry]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path) && !entry.dev && !entry.devOptional)
    .filter(([path, entry]) => !entry.optional || existsSync(join(ROOT, path)))
    .map(([path]) => path);
}

beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), 'talks-bot-production-'));
  const copy = (from: string) => cpSync(join(ROOT, from), join(app, from), { recursive: true, preserveTimestamps: true });
  for (const path of ['package.json', 'package-lock.json', 'dist', 'data', 'scripts', ...productionPackages()]) copy(path);
});

afterEach(async () => {
  killAll();
  await Promise.all(fakes.splice(0).map((fake) => fake.stop()));
});

afterAll(() => rmSync(app, { recursive: true, force: true }));

describe('a production install (no dev dependencies)', () => {
  it('has no dev dependency at all', () => {
    for (const dev of ['typescript', 'tsx', 'esbuild', 'vitest', 'eslint', 'typescript-eslint']) expect(existsSync(join(app, 'node_modules', dev)), dev).toBe(false);
    for (const prod of ['discord.js', 'zod', 'fuse.js', 'pino', 'dotenv']) expect(existsSync(join(app, 'node_modules', prod)), prod).toBe(true);
  });

  it('node <main> without a token answers questions piped to the console', async () => {
    const proc = runNode([pkg.main], cleanEnv(), 'who took part in the 2022 talks?\n', app);
    expect(await proc.exited()).toEqual({ code: 0, signal: null });
    expect(proc.stdout()).toContain('Le Hoai Trung');
    expect(proc.stdout()).toMatch(/^\[1\] VNA, 19 April 2022: ".+"$/m);
  });

  it('node <main> with a token serves Discord (data and commands found from the package root) and stops on SIGTERM', async () => {
    const fake = await FakeDiscord.start();
    fakes.push(fake);
    const proc = runNode([pkg.main], cleanEnv({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl }), undefined, app);
    await proc.waitForStderrLine(/"msg":"ready"/);
    const payload = fake.sendInteraction(chatInputInteraction({ name: 'agreements' }));
    expect((await fake.waitForCallback(payload.id)).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    proc.child.kill('SIGTERM');
    expect(await proc.exited()).toEqual({ code: 0, signal: null });
  });

  it('deploy-commands runs from the production install too', async () => {
    const fake = await FakeDiscord.start();
    fakes.push(fake);
    const env = cleanEnv({ DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.ids.applicationId, DISCORD_GUILD_ID: fake.ids.guildId, DISCORD_API_URL: fake.apiUrl });
    const proc = runNode(['dist/src/discord/deploy.js'], env, undefined, app);
    expect((await proc.exited()).code, proc.output()).toBe(0);
    expect(fake.guildCommands.get(fake.ids.guildId)).toHaveLength(10);
  });

  it('reads Chinese with the segmenter and dictionary of the production install', async () => {
    const proc = runNode([pkg.main], cleanEnv(), '宋涛对越方的关切怎么回应？\n', app);
    expect(await proc.exited()).toEqual({ code: 0, signal: null });
    expect(proc.stdout()).toContain('2022年4月19日');
  });

  it('npm start / npm run ask (the launcher) run the build as it is, with no tools to rebuild it', async () => {
    const ask = runNode(['scripts/launch.cjs', 'ask', '--json', 'when were the talks?'], cleanEnv(), undefined, app);
    expect((await ask.exited()).code).toBe(0);
    expect((JSON.parse(ask.stdout()) as { intent: string }).intent).toBe('when');
    expect(ask.stderr()).toBe('');
  });

  it('npm run validate-data (the launcher, compiled from scripts/) checks data/ there, and names a broken file', async () => {
    const valid = runNode(['scripts/launch.cjs', 'validate-data'], cleanEnv(), undefined, app);
    expect((await valid.exited()).code, valid.output()).toBe(0);
    expect(valid.stdout()).toMatch(/^data is valid: 2 articles, 2 talks, .*lexicon: /);
    const broken = join(app, 'broken-data');
    cpSync(join(app, 'data'), broken, { recursive: true });
    writeFileSync(join(broken, 'people', 'broken.json'), '{ not json');
    const invalid = runNode(['scripts/launch.cjs', 'validate-data', broken], cleanEnv(), undefined, app);
    expect((await invalid.exited()).code).toBe(1);
    expect(invalid.stderr()).toMatch(/^invalid data: broken-data\/people\/broken\.json: malformed JSON/);
  });

  it('the launcher says what to do when dist/ is missing and cannot be built', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'talks-bot-unbuilt-'));
    try {
      for (const path of ['package.json', 'scripts']) cpSync(join(app, path), join(bare, path), { recursive: true });
      const proc = runNode(['scripts/launch.cjs', 'start'], cleanEnv(), '', bare);
      expect((await proc.exited()).code).toBe(1);
      expect(proc.stderr()).toMatch(/dist\/ is missing and the build tools \(dev dependencies\) are not installed\. Run `npm ci && npm run build`/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});

describe('the one-shot console (dist/ask.cjs)', () => {
  it('is one file holding the engine and fuse.js; zod and discord.js are not in it', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'ask.meta.json'), 'utf8')) as { inputs: Record<string, unknown> };
    const inputs = Object.keys(meta.inputs);
    expect(inputs.some((f) => f.includes('node_modules/fuse.js/'))).toBe(true);
    expect(inputs.some((f) => f.startsWith('src/answering/engine.ts'))).toBe(true);
    expect(inputs.filter((f) => /node_modules\/(zod|discord\.js|@discordjs)\//.test(f))).toEqual([]);
    expect(inputs.filter((f) => f.startsWith('src/facts/loader') || f.startsWith('src/facts/schema'))).toEqual([]);
  });

  it('gives the same JSON as the source layout', async () => {
    const question = 'what was signed in 2022?';
    const compiled = runNode([LAUNCHER, 'ask', '--json', question], cleanEnv());
    const source = runNode(['--import', 'tsx', 'src/console/ask.ts', '--json', question], cleanEnv());
    expect((await compiled.exited()).code).toBe(0);
    expect((await source.exited()).code).toBe(0);
    expect(compiled.stdout()).toBe(source.stdout());
  });

  it('after data/ changes it still answers, by the full load (which validates), and saves a new snapshot', async () => {
    const snapshot = join(app, 'dist', 'knowledge-base.snapshot.json');
    const before = statSync(snapshot).mtimeMs;
    const topics = join(app, 'data', 'topics', 'topics.json');
    writeFileSync(topics, `${readFileSync(topics, 'utf8')}\n`);
    const first = runNode(['dist/ask.cjs', '--json', 'who took part?'], cleanEnv(), undefined, app);
    expect((await first.exited()).code).toBe(0);
    expect((JSON.parse(first.stdout()) as { answered: boolean }).answered).toBe(true);
    // After its digest line (src/console/snapshot.ts).
    const text = readFileSync(snapshot, 'utf8');
    const saved = JSON.parse(text.slice(text.indexOf('\n') + 1)) as { files: Record<string, string>; warm?: unknown };
    expect(statSync(snapshot).mtimeMs).toBeGreaterThan(before);
    // Each file by the SHA-256 of its bytes (src/console/snapshot.ts).
    expect(saved.files['topics/topics.json']).toBe(createHash('sha256').update(readFileSync(topics)).digest('hex'));
    // With the start-up work of the new data (src/console/warm.ts), and the next start answers the same from it.
    expect(saved.warm).toBeDefined();
    const second = runNode(['dist/ask.cjs', '--json', 'who took part?'], cleanEnv(), undefined, app);
    expect((await second.exited()).code).toBe(0);
    expect(second.stdout()).toBe(first.stdout());
  });

  it('with data/ broken it reports the problem like the bot does (the snapshot is not used)', async () => {
    const people = join(app, 'data', 'people', 'people.json');
    const good = readFileSync(people, 'utf8');
    writeFileSync(people, '[{ "id": ');
    try {
      const proc = runNode(['dist/ask.cjs', '--json', 'who took part?'], cleanEnv(), undefined, app);
      expect((await proc.exited()).code).toBe(1);
      expect(proc.stderr()).toMatch(/the data under data\/ is invalid: data\/people\/people\.json: malformed JSON/);
      expect(proc.stdout()).toBe('');
    } finally {
      writeFileSync(people, good);
    }
  });
});
