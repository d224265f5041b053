// @ts-check
// Whether dist/ is up to date with the sources: shared by the build, the launcher and the test setup.
// Plain JavaScript, because it must run before anything is compiled.
'use strict';
const { readdirSync, readFileSync, statSync } = require('node:fs');
const path = require('node:path');

const join = path.join.bind(path);

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const INFO_FILE = join(DIST, 'build-info.json');
/** What the build reads. data/ is not among them: the console's snapshot checks data/ itself. */
const INPUTS = ['src', 'commands', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs', 'scripts/code-cache.cjs', 'scripts/validate-data.ts'];

/**
 * The newest modification time (ms) of a file or folder and everything under it; 0 if it does not exist.
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  let time = stats.mtimeMs;
  if (stats.isDirectory()) {
    // A folder's own time covers files deleted or renamed in it.
    for (const name of readdirSync(path)) time = Math.max(time, newest(join(path, name)));
  }
  return time;
}

/**
 * @param {string} file
 * @returns {unknown}
 */
function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** @returns {{ startedAt: number, node: string } | null} */
function buildInfo() {
  try {
    const info = readJson(INFO_FILE);
    if (typeof info !== 'object' || info === null || !('startedAt' in info) || !('node' in info)) return null;
    return typeof info.startedAt === 'number' && typeof info.node === 'string' ? { startedAt: info.startedAt, node: info.node } : null;
  } catch {
    return null;
  }
}

/** 'missing', 'stale' or 'fresh'. Inputs changed after a build started make it stale. */
function buildState() {
  const info = buildInfo();
  if (!info) return 'missing';
  const changed = Math.max(...INPUTS.map((p) => newest(join(ROOT, p))));
  return changed > info.startedAt ? 'stale' : 'fresh';
}

module.exports = { ROOT, DIST, INFO_FILE, buildState };
