// @ts-check
// `npm run build`: tsc compiles src/, commands/ and scripts/validate-data.ts to dist/ (source maps on);
// esbuild bundles the one-shot console into dist/console.cjs (one file starts faster than ~40 modules), run by
// the stub dist/ask.cjs with a V8 code cache made here (scripts/code-cache.cjs); the console's knowledge-base
// snapshot is saved, and the digests of the data files that pass their schemas unchanged (src/verified-data.ts).
// Built in a scratch folder and swapped in whole, under a lock, so a concurrent run never sees half a build. `--if-stale` builds only when dist/ is missing or out of date.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

import buildStateModule from './build-state.cjs';

const require = createRequire(import.meta.url);
const { ROOT, DIST, buildState } = buildStateModule;

const LOCK = join(ROOT, '.build.lock');
const LOCK_WAIT_MS = 5 * 60_000;
/** A lock older than this was left by a build that died; builds take seconds. */
const LOCK_STALE_MS = 10 * 60_000;

async function acquireLock() {
  const until = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
    const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
    else if (Date.now() > until) throw new Error(`another build has held ${LOCK} for too long; remove it if no build is running`);
    else await sleep(100);
  }
}

/** @param {string} outDir */
function compile(outDir) {
  const tsc = require.resolve('typescript/bin/tsc');
  // tsc reports on stdout; stderr keeps the one-shot console's stdout pure JSON when it builds first.
  const run = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', outDir], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (run.status !== 0) throw new Error('tsc failed (see above)');
}

/** @param {string} outDir */
async function bundleConsole(outDir) {
  const esbuild = await import('esbuild');
  /** The full loader (and zod with it) stays out of the bundle: it is imported from the tsc output only when needed. */
  const fullLoaderOutside = {
    name: 'full-loader-outside',
    /** @param {import('esbuild').PluginBuild} build */
    setup(build) {
      build.onResolve({ filter: /^\.\.\/(facts\/loader|lexicon\/lexicon|conversation\/lexicon)\.js$/ }, (args) => ({ path: `./src/${args.path.slice(3)}`, external: true }));
    },
  };
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'src', 'console', 'ask.ts')],
    outfile: join(outDir, 'console.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // import() of the tsc output becomes require() (Node 20.19+ requires ES modules): the code cache runs the bundle
    // through vm.Script, where import() would need an experimental loader that warns.
    supported: { 'dynamic-import': false },
    minify: true,
    sourcemap: true,
    metafile: true,
    banner: { js: "const __bundle_url = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__bundle_url' },
    plugins: [fullLoaderOutside],
    logLevel: 'warning',
  });
  writeFileSync(join(outDir, 'ask.meta.json'), JSON.stringify(result.metafile));
  // dist/ has no scripts/ in an image: the runner goes beside the bundle.
  copyFileSync(join(ROOT, 'scripts', 'code-cache.cjs'), join(outDir, 'code-cache.cjs'));
  writeFileSync(
    join(outDir, 'ask.cjs'),
    "'use strict';\n// The one-shot console: the bundle console.cjs, with its V8 code cache when the cache fits it (code-cache.cjs).\nrequire('./code-cache.cjs').runBundle(require('node:path').join(__dirname, 'console.cjs'));\n",
  );
}

/**
 * The bundle's code cache, made by answering one question with it in dist/ (where it reads the snapshot, as it will
 * at run time). Not fatal: without a cache the console only starts slower.
 */
function saveCodeCache() {
  const bundle = join(DIST, 'console.cjs');
  const run = spawnSync(process.execPath, [join(DIST, 'code-cache.cjs'), bundle, '--json', 'when were the talks?'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) {
    rmSync(`${bundle}.codecache`, { force: true });
    process.stderr.write(`build: no code cache for the console (${run.stderr.trim() || `exit ${String(run.status)}`})\n`);
  }
}

/** @param {string} outDir */
async function saveSnapshot(outDir) {
  try {
    /**
     * A module just compiled; its type is that of its source.
     * @param {string} file
     * @returns {Promise<unknown>}
     */
    const compiled = (file) => import(pathToFileURL(join(outDir, 'src', ...file.split('/'))).href);
    const { loadKnowledgeBase } = /** @type {typeof import('../src/facts/loader.js')} */ (await compiled('facts/loader.js'));
    const { writeSnapshot } = /** @type {typeof import('../src/console/snapshot.js')} */ (await compiled('console/snapshot.js'));
    const { DATA_DIR } = /** @type {typeof import('../src/paths.js')} */ (await compiled('paths.js'));
    const { loadLexicon, saveLemmas } = /** @type {typeof import('../src/lexicon/lexicon.js')} */ (await compiled('lexicon/lexicon.js'));
    const { saveDataNormalizations } = /** @type {typeof import('../src/matching/normalize.js')} */ (await compiled('matching/normalize.js'));
    const { loadConversationFile } = /** @type {typeof import('../src/conversation/lexicon.js')} */ (await compiled('conversation/lexicon.js'));
    const { createEngine } = /** @type {typeof import('../src/answering/engine.js')} */ (await compiled('answering/engine.js'));
    const { warmOf } = /** @type {typeof import('../src/console/warm.js')} */ (await compiled('console/warm.js'));
    const { loadQuestionWords } = /** @type {typeof import('../src/lexicon/questions.js')} */ (await compiled('lexicon/questions.js'));
    const verified = /** @type {typeof import('../src/verified-data.js')} */ (await compiled('verified-data.js'));
    // Every file read below through its schema, noting those zod gives back unchanged (src/verified-data.ts).
    verified.useVerifiedData(DATA_DIR, null);
    verified.recordVerifiedData();
    const kb = loadKnowledgeBase(DATA_DIR);
    // The console builds the lexicon and the conversation's cues from the snapshot's copies of data/lexicon/ unchecked: check them now.
    const lexicon = loadLexicon(DATA_DIR);
    loadConversationFile(DATA_DIR);
    loadQuestionWords(DATA_DIR);
    // An engine built once, for the start-up work the console can then skip (src/console/warm.ts) and the word sets,
    // lemmas and normalized texts a fresh process takes from verified-data.json. One question answered builds the
    // indexes made on first use (the claim index), whose lemmas the first answer of a fresh process then finds.
    createEngine(kb, lexicon).answer('when were the talks?');
    saveLemmas(lexicon);
    saveDataNormalizations(kb);
    verified.saveVerifiedData(join(outDir, 'verified-data.json'));
    writeSnapshot(join(outDir, 'knowledge-base.snapshot.json'), DATA_DIR, kb, warmOf(lexicon, verified.recordedFor([kb, lexicon])));
  } catch (error) {
    // Not fatal: with invalid data the bot refuses to start anyway, and validate-data explains why.
    process.stderr.write(`build: no console snapshot (${error instanceof Error ? error.message : String(error)})\n`);
  }
}

async function build() {
  const startedAt = Date.now();
  const outDir = join(ROOT, `.dist-${process.pid}`);
  rmSync(outDir, { recursive: true, force: true });
  try {
    compile(outDir);
    await bundleConsole(outDir);
    await saveSnapshot(outDir);
    writeFileSync(join(outDir, 'build-info.json'), `${JSON.stringify({ startedAt, node: process.version }, null, 2)}\n`);
    const old = join(ROOT, `.dist-old-${process.pid}`);
    if (existsSync(DIST)) renameSync(DIST, old);
    renameSync(outDir, DIST);
    rmSync(old, { recursive: true, force: true });
    saveCodeCache();
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  process.stderr.write(`build: dist/ ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n`);
}

const ifStale = process.argv.includes('--if-stale');
await acquireLock();
try {
  if (!ifStale || buildState() !== 'fresh') await build();
} catch (error) {
  process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  rmSync(LOCK, { recursive: true, force: true });
}
