// bench/http-threads.ts splits a replica's CPU by thread: the JavaScript thread (the process id), libuv's pool (the
// threads made last) and V8's workers (the rest). A wrong split would blame the signature checks for the compiler.
import { describe, expect, it } from 'vitest';
import { splitThreads } from '../../bench/http-threads.js';

describe('splitThreads', () => {
  const pid = 100;

  it('counts the process id as JavaScript, the last-made threads as the pool, the others as V8', () => {
    const before = new Map([
      [100, 1_000],
      [101, 500],
      [105, 10],
      [106, 10],
    ]);
    const after = new Map([
      [100, 3_000],
      [101, 1_500],
      [105, 60],
      [106, 70],
    ]);
    expect(splitThreads(pid, before, after, 2)).toEqual({ main: 2_000, v8: 1_000, pool: 110 });
  });

  it('counts a thread started between the readings from zero, and leaves out one that ended', () => {
    const before = new Map([
      [100, 0],
      [101, 0],
      [102, 400],
    ]);
    const after = new Map([
      [100, 10],
      [101, 20],
      [103, 30],
    ]);
    expect(splitThreads(pid, before, after, 1)).toEqual({ main: 10, v8: 20, pool: 30 });
  });

  it('has no pool when there are fewer threads than its size', () => {
    expect(splitThreads(pid, new Map([[100, 0]]), new Map([[100, 5]]), 4)).toEqual({ main: 5, v8: 0, pool: 0 });
  });
});
