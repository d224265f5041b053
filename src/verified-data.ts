// Data files the build has seen pass their zod schema unchanged, by the SHA-256 of their text
// (dist/verified-data.json). A fresh process of the compiled build reads a file, and when its text is byte for
// byte one the build checked, takes JSON.parse's value as zod's would be: zod's parse of the lexicon and the talks
// is about a quarter of a fresh start-up. Any other text (an edited file, a file the build never read, the
// sources run by tsx) goes through zod as before, with the same errors, and the cross-file checks always run.
// Entries hold one by one (a text passed its file's schema and came out equal), so a manifest is only added to.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { COMPILED, DATA_DIR, DIST_DIR } from './paths.js';
import { sha256 } from './sha256.js';

const FORMAT = 1;

export const VERIFIED_DATA_FILE = join(DIST_DIR, 'verified-data.json');

interface Manifest {
  readonly format: number;
  /** Path relative to data/ ("/"-separated) → SHA-256 of a text of it that passed its schema unchanged. */
  readonly files: Record<string, string>;
  /** Start-up work on the loaded data, by name, with the files it was worked out from (see `derivedFor`). */
  readonly derived?: Record<string, Derived>;
}

interface Derived {
  /** For each value it was worked out from, in order: every file its load read, as "path digest" lines. */
  readonly from: readonly string[];
  readonly value: unknown;
}

interface Verified {
  readonly root: string;
  readonly files: Readonly<Record<string, string>>;
  readonly derived: Readonly<Record<string, Derived>>;
  /** Entries checked in this process, to be saved (null: not recording). */
  recorded: Record<string, string> | null;
  recordedDerived: Record<string, Derived>;
}

/** undefined: the compiled build's manifest is read on first use. */
let current: Verified | null | undefined;

let last = { text: '', digest: '' };
/** SHA-256 of a text; the last one is kept, as a file read is looked up and noted with the same text. */
function digest(text: string): string {
  if (last.text !== text) last = { text, digest: sha256(text) };
  return last.digest;
}
const keyOf = (root: string, path: string) => relative(root, path).split(sep).join('/');

const isDerived = (d: unknown): d is Derived =>
  typeof d === 'object' && d !== null && 'from' in d && 'value' in d && Array.isArray(d.from) && d.from.every((f: unknown) => typeof f === 'string');

function readManifest(root: string, file: string | null): Verified {
  const empty: Verified = { root, files: {}, derived: {}, recorded: null, recordedDerived: {} };
  if (file === null) return empty;
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Partial<Manifest> | null;
    if (manifest?.format !== FORMAT || typeof manifest.files !== 'object' || manifest.files === null) return empty;
    const derived = typeof manifest.derived === 'object' && manifest.derived !== null ? manifest.derived : {};
    return {
      ...empty,
      files: Object.fromEntries(Object.entries(manifest.files).filter((e): e is [string, string] => typeof e[1] === 'string')),
      derived: Object.fromEntries(Object.entries(derived).filter((e): e is [string, Derived] => isDerived(e[1]))),
    };
  } catch {
    // Missing or damaged: every file is checked the full way.
    return empty;
  }
}

/** Which manifest applies to which data folder: the compiled build's for data/ unless set here (the build, tests). */
export function useVerifiedData(root: string, manifestFile: string | null): void {
  current = readManifest(root, manifestFile);
}

function verified(): Verified | null {
  if (current === undefined) current = COMPILED ? readManifest(DATA_DIR, VERIFIED_DATA_FILE) : null;
  return current;
}

// ---------------------------------------------------------------- what a load read

/** The files read by the loads under way (innermost last): path → digest. */
const loads: Map<string, string>[] = [];
/** A loaded value → every file its load read, as "path digest" lines in the order read. */
const readBy = new WeakMap<object, string>();

/** Notes a file read under the manifest's data folder, for the loads under way (read-files.ts calls it). */
export function noteRead(root: string, path: string, text: string): void {
  const v = verified();
  if (!v || v.root !== root || loads.length === 0) return;
  const line = digest(text);
  for (const load of loads) load.set(keyOf(root, path), line);
}

/** Runs a loader, remembering which files (and which texts of them) the value it returns was made from. */
export function trackReads<T extends object>(load: () => T): T {
  const files = new Map<string, string>();
  loads.push(files);
  try {
    const value = load();
    if (files.size > 0) readBy.set(value, [...files].map(([path, d]) => `${path} ${d}`).join('\n'));
    return value;
  } finally {
    loads.pop();
  }
}

/** The start-up work recorded in this process on exactly these loaded values, by name (saved with a snapshot of them). */
export function recordedFor(from: readonly object[]): Record<string, unknown> {
  const keys = from.map((f) => readBy.get(f));
  const out: Record<string, unknown> = {};
  for (const [name, d] of Object.entries(current?.recordedDerived ?? {})) {
    if (d.from.length === keys.length && d.from.every((k, i) => k === keys[i])) out[name] = d.value;
  }
  return out;
}

/**
 * Start-up work saved with a snapshot of these very values (recordedFor when it was made): derivedFor gives it for
 * them, and nothing else of the build's manifest is read (no file is read through it).
 */
export function useDerived(from: readonly object[], derived: Readonly<Record<string, unknown>>): void {
  const keys = from.map((value, i) => {
    const key = `saved value ${i}`;
    readBy.set(value, key);
    return key;
  });
  const entries = Object.entries(derived).map(([name, value]): [string, Derived] => [name, { from: keys, value }]);
  current = { root: '', files: {}, derived: Object.fromEntries(entries), recorded: null, recordedDerived: {} };
}

/** Notes that `value` was made from exactly what `from` was loaded from (a value built from a load's result). */
export function madeFrom<T extends object>(value: T, from: object): T {
  const reads = readBy.get(from);
  if (reads !== undefined) readBy.set(value, reads);
  return value;
}

/**
 * What the build worked out under `name` from these loaded values, when each was loaded from exactly the files,
 * with exactly the texts, it was loaded from at the build (an added, removed or edited file: undefined).
 */
export function derivedFor(name: string, from: readonly object[]): unknown {
  const saved = verified()?.derived[name];
  if (!saved || saved.from.length !== from.length) return undefined;
  return from.every((value, i) => readBy.get(value) === saved.from[i]) ? saved.value : undefined;
}

/** Notes start-up work on these loaded values for the manifest being recorded (the build). */
export function noteDerived(name: string, from: readonly object[], value: unknown): void {
  const v = current;
  if (!v?.recorded) return;
  const keys = from.map((f) => readBy.get(f));
  if (keys.every((k): k is string => k !== undefined)) v.recordedDerived[name] = { from: keys, value };
}

/** Whether `text`, read from `path` under `root`, is a text of that file the build saw pass its schema unchanged. */
export function isVerified(root: string, path: string, text: string): boolean {
  const v = verified();
  if (!v || v.root !== root) return false;
  const known = v.files[keyOf(root, path)];
  return known !== undefined && known === digest(text);
}

/** Starts noting the files that pass their schema unchanged in this process (for saveVerifiedData). */
export function recordVerifiedData(): void {
  const v = verified();
  if (v) v.recorded ??= {};
}

/** Notes that `text` passed its schema, when zod gave back JSON.parse's value (only then may zod be skipped). */
export function noteVerified(root: string, path: string, text: string, unchanged: () => boolean): void {
  const v = current;
  if (v?.recorded && v.root === root && unchanged()) v.recorded[keyOf(root, path)] = digest(text);
}

/** Saves the manifest, with what was noted in this process added (atomically: a reader never sees half a file). */
export function saveVerifiedData(file: string): void {
  const v = current;
  if (!v?.recorded) return;
  // Derived work is kept only as recorded in this process: it holds for the whole of its loads, not file by file.
  const manifest: Manifest = { format: FORMAT, files: { ...v.files, ...v.recorded }, derived: v.recordedDerived };
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(manifest)}\n`);
  renameSync(temp, file);
}
