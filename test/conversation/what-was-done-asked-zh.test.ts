// "那他们怎么办的" (so what did they do about it): Chinese "怎么办" / "咋办" asks how a subject of the conversation was
// handled, as "怎么做" does (data/lexicon/zh.json); it names no thing the articles lack ("办").
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

const EXCHANGES = '2020年为什么有些党际交流没按计划举行';

describe('what was done about the subject, asked with 怎么办', () => {
  it('after exchanges put off by COVID: the flexible forms of exchange, by phone', () => {
    for (const q of ['那他们怎么办的', '咋办的', '那双方怎么办', '他们是怎么办的？']) {
      const a = lastOf(EXCHANGES, q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/电话/u);
      expect(cited(a), q).toEqual(['2020-07-29']);
    }
  });

  it('after the floods: what the Vietnamese side did (its sympathy)', () => {
    const a = lastOf('2020年中国发生了什么灾害', '越方怎么办的');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/慰问|同情|哀悼/u);
  });
});

describe('what must not change', () => {
  it('alone, with nothing to be about, it is refused', () => {
    for (const q of ['怎么办?', '越南怎么办?']) expect(lastOf(q).answered, q).toBe(false);
  });

  it('怎么做 still reads as before', () => {
    expect(lastOf(EXCHANGES, '那他们怎么做的').answered).toBe(true);
  });
});
