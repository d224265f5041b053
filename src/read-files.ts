// Reads the JSON and text files under data/ and checks each against its zod schema.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { isDeepStrictEqual } from 'node:util';
import { DataError } from './data-error.js';
import { isVerified, noteRead, noteVerified } from './verified-data.js';

export interface ParsedFile<T> {
  /** Path shown in errors, relative to the folder above data/. */
  readonly file: string;
  readonly value: T;
}

export function displayPath(root: string, path: string): string {
  return relative(join(root, '..'), path) || path;
}

/** The .json files of one folder of data/, in name order; a missing folder is an error. */
export function listJson(root: string, folder: string): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) throw new DataError(displayPath(root, dir), null, 'folder is missing');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

export function readText(root: string, path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DataError(displayPath(root, path), null, `cannot read file: ${(error as Error).message}`);
  }
  noteRead(root, path, text);
  return text;
}

function parseJson(root: string, path: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataError(displayPath(root, path), null, `malformed JSON: ${(error as Error).message}`);
  }
}

/** Names the fact a zod issue is about: the nearest object on its path that has an id. */
export function describeFact(raw: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = raw;
  let label = '';
  const walked: string[] = [];
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    walked.push(typeof key === 'number' ? `[${key}]` : `.${String(key)}`);
    const maybeId = node !== null && typeof node === 'object' ? (node as Record<string, unknown>).id : undefined;
    if (typeof maybeId === 'string') label = `"${maybeId}"`;
  }
  const topId = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>).id : undefined;
  if (!label && typeof topId === 'string') label = `"${topId}"`;
  const where = walked.join('').replace(/^\./, '');
  return [label, where].filter(Boolean).join(' at ');
}

export function readJson<S extends z.ZodType>(root: string, path: string, schema: S): ParsedFile<z.infer<S>> {
  const text = readText(root, path);
  const raw = parseJson(root, path, text);
  const file = displayPath(root, path);
  // A text the build saw pass this schema unchanged (src/verified-data.ts): zod would give back the same value.
  if (isVerified(root, path, text)) return { file, value: raw as z.infer<S> };
  // Each data file is parsed once per process: zod's eval-compiled fast path costs more to generate (~20 ms of a
  // fresh start over the lexicon and the talks) than it saves on one parse. The same checks run either way.
  const result = schema.safeParse(raw, { jitless: true });
  if (!result.success) {
    const issue = result.error.issues[0];
    const fact = issue ? describeFact(raw, issue.path) : null;
    throw new DataError(file, fact || null, issue?.message ?? 'does not match the schema');
  }
  noteVerified(root, path, text, () => isDeepStrictEqual(result.data, raw));
  return { file, value: result.data };
}
