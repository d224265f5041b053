// @ts-check
// What `npm start`, `npm run ask`, `deploy-commands` and `validate-data` run: builds dist/ first when it is
// missing or older than the sources (a fresh clone, a pull), then runs the compiled entry in this same
// process, so signals reach the bot directly and the one-shot console pays for one Node start only.
'use strict';
// Only what every run needs is loaded up front: each module costs the one-shot console start-up time.
const path = require('node:path');
const { ROOT, buildState } = require('./build-state.cjs');

/** @type {Record<string, string>} */
const ENTRIES = {
  start: 'dist/src/main.js',
  ask: 'dist/ask.cjs',
  'deploy-commands': 'dist/src/discord/deploy.js',
  'validate-data': 'dist/scripts/validate-data.js',
};

/** @param {string} text */
function fail(text) {
  process.stderr.write(`talks-bot: ${text}\n`);
  process.exit(1);
}

function canBuild() {
  try {
    require.resolve('typescript/bin/tsc');
    require.resolve('esbuild');
    return true;
  } catch {
    return false;
  }
}

const [name = '', ...args] = process.argv.slice(2);
const entry = ENTRIES[name];
if (entry === undefined) fail(`unknown entry "${name}"; one of: ${Object.keys(ENTRIES).join(', ')}`);

const state = buildState();
if (state !== 'fresh') {
  if (canBuild()) {
    process.stderr.write(`talks-bot: building dist/ (${state === 'missing' ? 'not built yet' : 'sources changed'})…\n`);
    const { spawnSync } = require('node:child_process');
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--if-stale'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    if (run.status !== 0) fail('the build failed; see the messages above.');
  } else if (state === 'missing') {
    fail('dist/ is missing and the build tools (dev dependencies) are not installed. Run `npm ci && npm run build` first (then `npm ci --omit=dev` for a production install).');
  } else {
    process.stderr.write('talks-bot: warning: dist/ is older than the sources; running it anyway (`npm run build` with dev dependencies updates it).\n');
  }
}

const file = path.join(ROOT, /** @type {string} */ (entry));
process.argv = [process.argv[0] ?? process.execPath, file, ...args];
if (file.endsWith('.cjs')) require(file);
else import(require('node:url').pathToFileURL(file).href).catch((/** @type {unknown} */ error) => fail(error instanceof Error ? error.message : String(error)));
