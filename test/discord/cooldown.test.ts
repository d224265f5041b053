// The per-user cooldown on public replies: a sliding window, off at 0, memory bounded however many users.
import { describe, expect, it } from 'vitest';
import { createCooldown, DEFAULT_COOLDOWN } from '../../src/discord/cooldown.js';

describe('createCooldown', () => {
  it('allows `limit` public replies in any window, then says how long until the next one', () => {
    const c = createCooldown({ limit: 3, windowMs: 30_000 });
    expect([0, 1_000, 2_000].map((t) => c.take('u', t).ok)).toEqual([true, true, true]);
    expect(c.take('u', 3_000)).toEqual({ ok: false, retryAfterMs: 27_000, first: true });
    // A refusal counts nothing: the window still ends 30 s after the first reply.
    expect(c.take('u', 29_999)).toEqual({ ok: false, retryAfterMs: 1, first: false });
    expect(c.take('u', 30_000).ok).toBe(true);
    expect(c.take('u', 30_001).ok).toBe(false);
    expect(c.take('u', 31_000).ok).toBe(true);
  });

  it('says which refusal is the first since the user was last let through (the one a mention gets a sign for)', () => {
    const c = createCooldown({ limit: 1, windowMs: 10_000 });
    expect(c.take('u', 0).ok).toBe(true);
    expect(c.take('u', 1)).toMatchObject({ ok: false, first: true });
    expect(c.take('u', 2)).toMatchObject({ ok: false, first: false });
    expect(c.take('u', 10_000).ok).toBe(true);
    expect(c.take('u', 10_001)).toMatchObject({ ok: false, first: true });
  });

  it('counts each user on their own', () => {
    const c = createCooldown({ limit: 1, windowMs: 10_000 });
    expect(c.take('a', 0).ok).toBe(true);
    expect(c.take('a', 1).ok).toBe(false);
    expect(c.take('b', 1).ok).toBe(true);
  });

  it('a limit of 0 is off', () => {
    const c = createCooldown({ limit: 0, windowMs: 0 });
    for (let i = 0; i < 100; i++) expect(c.take('u', i).ok).toBe(true);
    expect(c.tracked).toBe(0);
  });

  it('defaults to 5 replies per 30 seconds', () => {
    expect(DEFAULT_COOLDOWN).toEqual({ limit: 5, windowMs: 30_000 });
    const c = createCooldown();
    for (let i = 0; i < 5; i++) expect(c.take('u', i).ok).toBe(true);
    expect(c.take('u', 5).ok).toBe(false);
  });

  it('forgets users idle for a window, so 100,000 users one after another do not pile up', () => {
    const c = createCooldown({ limit: 5, windowMs: 1_000 });
    for (let i = 0; i < 100_000; i++) c.take(`user-${i}`, i);
    expect(c.tracked).toBeLessThan(3_000);
  });
});
