// "Were the medical supplies vaccines?": two subjects joined by a copula alone ask whether one is the other. A talk
// that raised each of them apart (the gift; vaccine passports) says nothing of that: no Yes, only a statement on both
// would vouch for it. Subjects joined by "and", or asked as discussed, keep their Yes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { sharedEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

describe('one subject asked as another', () => {
  it('is no Yes from two statements of the same talk', () => {
    for (const q of ['were the supplies vaccines?', 'was the covid aid from china vaccines?', 'so were the medical supplies actually vaccines?', 'was the donation vaccines?']) {
      expect(engine.answer(q).text, q).not.toMatch(/^Yes/u);
    }
  });
});

describe('what must not change', () => {
  it('two subjects joined by "and" raised at one talk: Yes', () => {
    for (const q of ['were vaccine passports and trade discussed in 2022?', 'were covid and the floods raised in 2020?']) {
      expect(engine.answer(q).text, q).toMatch(/^Yes/u);
    }
  });

  it('a compound subject asked as discussed: Yes', () => {
    expect(engine.answer('was the covid aid discussed in 2022?').text).toMatch(/^Yes/u);
  });

  it('a subject asked by its format is still answered', () => {
    expect(engine.answer('were the 2022 talks online?').text).toMatch(/^Yes/u);
  });
});
