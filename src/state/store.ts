// State that outlives one message (conversation context, per-user cooldowns) behind one narrow interface,
// so the in-process default and a shared store (Redis, for several processes) are interchangeable.
// Values are plain JSON data: a shared store serialises them.

export interface KeyValueStore<T> {
  get(key: string): Promise<T | undefined>;
  /** Stores `value` under `key` for `ttlMs` milliseconds (replacing any earlier value and its expiry). */
  set(key: string, value: T, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}
