// The knowledge base saved after a full load, so the one-shot console can answer without loading zod
// (~25 ms) and re-running the cross-checks. It is used only while data/ is byte for byte what it was
// made from (each file's SHA-256 is kept, not its text: the data's 3 MB parsed out of JSON and compared would be
// much of a one-shot start); any difference, and the console loads data/ the full way (and saves a new
// snapshot). Its first line is the SHA-256 of the rest: a damaged file, even one that still parses, is never used.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { KnowledgeBase } from '../facts/types.js';
import { isWarm, type Warm } from './warm.js';
import { sha256 } from '../sha256.js';

const FORMAT = 3;

/** JSON for a graph of plain objects, arrays and Maps: a node seen twice is written once and referred to. */
type Encoded =
  | null
  | boolean
  | number
  | string
  | { readonly r: number }
  | { readonly u: 1 }
  | { readonly i: number; readonly a: Encoded[] }
  | { readonly i: number; readonly m: [Encoded, Encoded][] }
  | { readonly i: number; readonly o: Record<string, Encoded> };

interface SnapshotFile {
  readonly format: number;
  /** Every file under data/, by path relative to it, with the SHA-256 of its bytes. */
  readonly files: Record<string, string>;
  readonly kb: Encoded;
  /** Start-up work on this data (warm.ts); absent in a snapshot saved without it. */
  readonly warm?: Warm;
}

export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
}

function encode(value: unknown, ids: Map<object, number>): Encoded {
  if (value === undefined) return { u: 1 };
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new SnapshotError(`cannot save the number ${value}`);
    return value;
  }
  if (typeof value !== 'object') throw new SnapshotError(`cannot save a ${typeof value}`);
  const seen = ids.get(value);
  if (seen !== undefined) return { r: seen };
  const i = ids.size;
  ids.set(value, i);
  if (Array.isArray(value)) return { i, a: value.map((v: unknown) => encode(v, ids)) };
  if (value instanceof Map) return { i, m: [...(value as Map<unknown, unknown>)].map(([k, v]) => [encode(k, ids), encode(v, ids)]) };
  const proto: unknown = Object.getPrototypeOf(value);
  // Only data: a class instance (a Date, a Set, an index object) would not come back as itself.
  if (proto !== Object.prototype && proto !== null) throw new SnapshotError('cannot save an object that is not plain data');
  const o: Record<string, Encoded> = {};
  for (const [k, v] of Object.entries(value)) o[k] = encode(v, ids);
  return { i, o };
}

function decode(value: Encoded, nodes: unknown[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  if ('u' in value) return undefined;
  if ('r' in value) return nodes[value.r];
  if ('a' in value) {
    const out: unknown[] = [];
    nodes[value.i] = out;
    for (const v of value.a) out.push(decode(v, nodes));
    return Object.freeze(out);
  }
  if ('m' in value) {
    const out = new Map<unknown, unknown>();
    nodes[value.i] = out;
    for (const [k, v] of value.m) out.set(decode(k, nodes), decode(v, nodes));
    return out;
  }
  const out: Record<string, unknown> = {};
  nodes[value.i] = out;
  for (const [k, v] of Object.entries(value.o)) out[k] = decode(v, nodes);
  return Object.freeze(out);
}

/** Every file under `dir`, as path (relative, "/"-separated) → bytes, in name order. */
function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const path of entries) files.set(relative(dir, path).split('\\').join('/'), readFileSync(path));
  return files;
}

const digestOf = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function digests(files: ReadonlyMap<string, Buffer>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, bytes] of files) out[path] = digestOf(bytes);
  return out;
}

/** Whether the files on disk are those the digests were taken of, no more and no fewer. */
function sameFiles(saved: Readonly<Record<string, string>>, files: ReadonlyMap<string, Buffer>): boolean {
  const keys = Object.keys(saved);
  return keys.length === files.size && keys.every((k) => {
    const bytes = files.get(k);
    return bytes !== undefined && digestOf(bytes) === saved[k];
  });
}

/** Writes the snapshot of `kb`, loaded from `dataDir`, to `file` (atomically: a reader never sees half a file). */
export function writeSnapshot(file: string, dataDir: string, kb: KnowledgeBase, warm: Warm | null = null): void {
  const snapshot: SnapshotFile = { format: FORMAT, files: digests(readTree(dataDir)), kb: encode(kb, new Map()), ...(warm ? { warm } : {}) };
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const json = JSON.stringify(snapshot);
  writeFileSync(temp, `${sha256(json)}\n${json}`);
  renameSync(temp, file);
}

export interface Snapshot {
  readonly kb: KnowledgeBase;
  /** A file of data/ (path relative to it) as text, the same as validated when the snapshot was made; undefined: none. */
  readonly text: (path: string) => string | undefined;
  /** The start-up work saved with it, when it was and is intact. */
  readonly warm: Warm | null;
}

/**
 * The saved knowledge base, or null when there is none, it is unreadable or damaged, or data/ has changed since.
 * The file is only ever written by writeSnapshot and its digest matches, hence the unchecked cast.
 */
export function readSnapshot(file: string, dataDir: string): Snapshot | null {
  try {
    const text = readFileSync(file, 'utf8');
    const end = text.indexOf('\n');
    const json = text.slice(end + 1);
    if (end < 0 || text.slice(0, end) !== sha256(json)) return null;
    const snapshot = JSON.parse(json) as SnapshotFile;
    const files = readTree(dataDir);
    if (snapshot.format !== FORMAT || !sameFiles(snapshot.files, files)) return null;
    const warm: unknown = snapshot.warm;
    // Decoded on use only: most of data/ is the Chinese dictionaries, read on the first Chinese question.
    return { kb: decode(snapshot.kb, []) as KnowledgeBase, text: (path) => files.get(path)?.toString('utf8'), warm: isWarm(warm) ? warm : null };
  } catch {
    return null;
  }
}
