import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/state/memory-store.js';

describe('memory store', () => {
  it('keeps a value until its time to live runs out', async () => {
    let t = 0;
    const store = createMemoryStore<{ n: number }>(10, () => t);
    await store.set('a', { n: 1 }, 1000);
    t = 999;
    expect(await store.get('a')).toEqual({ n: 1 });
    t = 1000;
    expect(await store.get('a')).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('evicts the least recently used entry past its cap, so memory stays bounded', async () => {
    const store = createMemoryStore<number>(3);
    for (const k of ['a', 'b', 'c']) await store.set(k, 1, 60_000);
    await store.get('a'); // a is now the most recently used
    await store.set('d', 1, 60_000);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toBe(1);
    for (let i = 0; i < 10_000; i++) await store.set(`user-${i}`, i, 60_000);
    expect(store.size).toBe(3);
  });

  it('deletes, and a zero time to live stores nothing', async () => {
    const store = createMemoryStore<string>();
    await store.set('a', 'x', 1000);
    await store.delete('a');
    expect(await store.get('a')).toBeUndefined();
    await store.set('b', 'y', 0);
    expect(await store.get('b')).toBeUndefined();
  });

  it('refuses a cap that is not a positive whole number', () => {
    expect(() => createMemoryStore(0)).toThrow(/positive integer/);
  });
});
