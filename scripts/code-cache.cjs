// @ts-check
// A V8 code cache for the one-shot console's bundle: most of a one-shot start is V8 compiling the bundle's
// functions for the first time, and Node 20 has no compile cache of its own (22's module.enableCompileCache).
// The build runs one question through the bundle and saves what V8 compiled (writeCodeCache); dist/ask.cjs
// (a stub the build writes) runs the bundle with it (runBundle). The cache is used only when it was made by this
// Node and V8, for this arch, from this very bundle, and its bytes are intact (V8's own check is by source length,
// without a checksum in release builds): otherwise the bundle is simply required as before. A cache V8 still
// rejects (other flags) only costs the normal compile.
'use strict';
const { Buffer } = require('node:buffer');
const { createHash } = require('node:crypto');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const FORMAT = 1;

/** @param {string} bundle */
const cacheFileOf = (bundle) => `${bundle}.codecache`;

/** @param {string | Buffer} bytes */
const digest = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * What the cache must have been made for.
 * @param {string} source the bundle's text
 */
function stamp(source) {
  return { format: FORMAT, node: process.version, v8: process.versions.v8, arch: process.arch, bundle: digest(source) };
}

/**
 * The cache file: one line of JSON (the stamp and the data's digest), then V8's data.
 * @param {string} source
 * @param {Buffer} data
 */
function encode(source, data) {
  return Buffer.concat([Buffer.from(`${JSON.stringify({ ...stamp(source), data: digest(data) })}\n`), data]);
}

/**
 * V8's data from the cache file, or null when there is none, or it is damaged or made for anything else.
 * @param {string} bundle
 * @param {string} source
 * @returns {Buffer | null}
 */
function readCodeCache(bundle, source) {
  try {
    const file = readFileSync(cacheFileOf(bundle));
    const end = file.indexOf(0x0a);
    if (end < 0) return null;
    /** @type {unknown} */
    const header = JSON.parse(file.subarray(0, end).toString('utf8'));
    if (typeof header !== 'object' || header === null) return null;
    const data = file.subarray(end + 1);
    const want = { ...stamp(source), data: digest(data) };
    const got = /** @type {Record<string, unknown>} */ (header);
    const keys = Object.keys(want);
    if (Object.keys(got).length !== keys.length) return null;
    return keys.every((k) => got[k] === want[/** @type {keyof typeof want} */ (k)]) ? data : null;
  } catch {
    return null;
  }
}

/**
 * The bundle compiled as Node compiles a CommonJS module (the same wrapper and arguments), with `cachedData`.
 * @param {string} bundle
 * @param {string} source
 * @param {Buffer | undefined} cachedData
 */
function compile(bundle, source, cachedData) {
  const script = new vm.Script(Module.wrap(source), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  /** Runs the module; the bundle's own require resolves from its folder, as require() would. */
  const run = () => {
    const module = new Module(bundle);
    module.filename = bundle;
    /** @type {unknown} */
    const wrapper = script.runInThisContext();
    const fn = /** @type {(exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void} */ (wrapper);
    fn.call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, path.dirname(bundle));
  };
  return { script, run };
}

/**
 * Runs the bundle (a CommonJS file) with its code cache when the cache fits it; otherwise requires it as usual.
 * @param {string} bundle absolute path
 */
function runBundle(bundle) {
  let source;
  let data;
  try {
    source = readFileSync(bundle, 'utf8');
    data = readCodeCache(bundle, source);
  } catch {
    data = null;
  }
  if (source === undefined || data === null) {
    require(bundle);
    return;
  }
  compile(bundle, source, data).run();
}

/**
 * Runs the bundle with `args` in this process and, when it exits, saves the code V8 compiled meanwhile (the
 * functions a question needs, not only the top level). Only the build calls this, in a process of its own.
 * @param {string} bundle absolute path
 * @param {readonly string[]} args the bundle's command-line arguments
 */
function writeCodeCache(bundle, args) {
  const source = readFileSync(bundle, 'utf8');
  const { script, run } = compile(bundle, source, undefined);
  process.on('exit', () => {
    const file = cacheFileOf(bundle);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, encode(source, script.createCachedData()));
    renameSync(temp, file);
  });
  process.argv = [process.argv[0] ?? process.execPath, bundle, ...args];
  run();
}

module.exports = { cacheFileOf, readCodeCache, runBundle, writeCodeCache };

// `node scripts/code-cache.cjs <bundle> [args…]`: what the build runs to make the cache.
if (require.main === module) {
  const [bundle, ...args] = process.argv.slice(2);
  if (bundle === undefined) throw new Error('usage: code-cache.cjs <bundle> [args…]');
  writeCodeCache(path.resolve(bundle), args);
}
