// Data files the build has seen pass their zod schema unchanged, by the SHA-256 of their text
// (dist/verified-data.json). A fresh process of the compiled build reads a file, and when its text is byte for
// byte one the build checked, takes JSON.parse's value as zod's would be: zod's parse of the lexicon and the talks
// is about a quarter of a fresh start-up. Any other text (an edited file, a file the build never read, the
// sources run by tsx) goes through zod as before, with the same errors, and the cross-file checks always run.
// Entries hold one by one (a text passed its file's schema and came out equal), so a manifest is only added to.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { COMPILED, DATA_DIR, DIST_DIR } from './paths.js';

const FORMAT = 1;

export const VERIFIED_DATA_FILE = join(DIST_DIR, 'verified-data.json');

interface Manifest {
  readonly format: number;
  /** Path relative to data/ ("/"-separated) → SHA-256 of a text of it that passed its schema unchanged. */
  readonly files: Record<string, string>;
}

interface Verified {
  readonly root: string;
  readonly files: Readonly<Record<string, string>>;
  /** Entries checked in this process, to be saved (null: not recording). */
  recorded: Record<string, string> | null;
}

/** undefined: the compiled build's manifest is read on first use. */
let current: Verified | null | undefined;

const digest = (text: string) => createHash('sha256').update(text).digest('hex');
const keyOf = (root: string, path: string) => relative(root, path).split(sep).join('/');

function readManifest(file: string): Record<string, string> {
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Partial<Manifest> | null;
    if (manifest?.format !== FORMAT || typeof manifest.files !== 'object' || manifest.files === null) return {};
    return Object.fromEntries(Object.entries(manifest.files).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    // Missing or damaged: every file is checked the full way.
    return {};
  }
}

/** Which manifest applies to which data folder: the compiled build's for data/ unless set here (the build, tests). */
export function useVerifiedData(root: string, manifestFile: string | null): void {
  current = { root, files: manifestFile ? readManifest(manifestFile) : {}, recorded: null };
}

function verified(): Verified | null {
  if (current === undefined) current = COMPILED ? { root: DATA_DIR, files: readManifest(VERIFIED_DATA_FILE), recorded: null } : null;
  return current;
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
  const manifest: Manifest = { format: FORMAT, files: { ...v.files, ...v.recorded } };
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(manifest)}\n`);
  renameSync(temp, file);
}
