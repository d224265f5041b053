// The embedded default store: process memory, least recently used entries evicted past `maxEntries`, so memory
// stays bounded whatever the number of users; an expired entry is dropped when it is next read or evicted.
import type { KeyValueStore } from './store.js';

export interface MemoryStore<T> extends KeyValueStore<T> {
  /** Entries held now (expired ones not yet dropped included): for tests and the operator. */
  readonly size: number;
}

export function createMemoryStore<T>(maxEntries = 10_000, now: () => number = Date.now): MemoryStore<T> {
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError(`maxEntries must be a positive integer, got ${maxEntries}`);
  // A Map keeps insertion order: re-inserting on use makes its first key the least recently used.
  const entries = new Map<string, { value: T; expires: number }>();
  const read = (key: string): T | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    entries.delete(key);
    if (entry.expires <= now()) return undefined;
    entries.set(key, entry);
    return entry.value;
  };
  return {
    get: (key) => Promise.resolve(read(key)),
    set(key, value, ttlMs) {
      entries.delete(key);
      if (ttlMs > 0) {
        entries.set(key, { value, expires: now() + ttlMs });
        while (entries.size > maxEntries) {
          const oldest = entries.keys().next();
          if (oldest.done === true) break;
          entries.delete(oldest.value);
        }
      }
      return Promise.resolve();
    },
    delete(key) {
      entries.delete(key);
      return Promise.resolve();
    },
    get size() {
      return entries.size;
    },
  };
}
