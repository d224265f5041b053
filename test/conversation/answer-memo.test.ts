// Answers remembered (src/conversation/memo.ts): the same question, context and language give the very answer
// asked before, without reading again; anything else differing is read afresh; the memory stays bounded.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answering/types.js';
import { contextOf, type Context } from '../../src/conversation/context.js';
import type { FollowUp } from '../../src/conversation/follow-up.js';
import { loadConversationFile } from '../../src/conversation/lexicon.js';
import { followUpFor } from '../../src/conversation/load.js';
import { memoized } from '../../src/conversation/memo.js';
import { DEFAULT_DATA_DIR } from '../../src/facts/loader.js';
import { sharedEngine } from '../support/engine.js';

/** The real follow-up reader, not remembering, and how many times it read. */
function counted(): { followUp: FollowUp; reads: () => number } {
  const inner = followUpFor(sharedEngine(), loadConversationFile(DEFAULT_DATA_DIR));
  let reads = 0;
  return {
    followUp: (question, context, options) => {
      reads += 1;
      return inner(question, context, options);
    },
    reads: () => reads,
  };
}

const contextAfter = (followUp: FollowUp, question: string): Context => {
  const context = contextOf(followUp(question, null));
  if (!context) throw new Error(`no context after ${question}`);
  return context;
};

describe('answers remembered', () => {
  it('give the same answer as reading afresh, once read, for questions alone and in conversations', () => {
    const fresh = counted();
    const { followUp, reads } = counted();
    const remembered = memoized(followUp, 100);
    const after2020 = contextAfter(fresh.followUp, 'who took part in the 2020 talks?');
    const cases: [string, Context | null][] = [
      ['when were the phone talks?', null],
      ['what did he say about the sea?', after2020],
      ['and in 2022?', after2020],
      ['Tống Đào là ai?', null],
      ['2022年签署了什么？', null],
      ['what is the capital of France?', null],
    ];
    for (const [question, context] of cases) {
      const first = remembered(question, context);
      expect(first).toEqual(fresh.followUp(question, context));
      expect(remembered(question, context)).toBe(first);
    }
    expect(reads()).toBe(cases.length);
  });

  it('read afresh when the context or the language asked for differs', () => {
    const { followUp, reads } = counted();
    const remembered = memoized(followUp, 100);
    const after2020 = contextAfter(followUp, 'who took part in the 2020 talks?');
    const after2022 = contextAfter(followUp, 'who took part in the 2022 talks?');
    const start = reads();
    const a2020 = remembered('what did he say about the sea?', after2020);
    const a2022 = remembered('what did he say about the sea?', after2022);
    const alone = remembered('what did he say about the sea?', null);
    const inVietnamese = remembered('what did he say about the sea?', after2020, { lang: 'vi' });
    expect(reads() - start).toBe(4);
    expect(a2020.citations.map((c) => c.date)).toContain('2020-07-29');
    expect(a2022.citations.map((c) => c.date)).toContain('2022-04-19');
    expect(a2020.text).not.toBe(a2022.text);
    expect(alone.text).not.toBe(a2020.text);
    expect(inVietnamese.lang).toBe('vi');
  });

  it('keep at most their bound, forgetting the least recently used first', () => {
    const { followUp, reads } = counted();
    const remembered = memoized(followUp, 2);
    const ask = (q: string): Answer => remembered(q, null);
    ask('when were the phone talks?');
    ask('who is Song Tao?');
    ask('when were the phone talks?'); // remembered, and now the most recently used
    ask('what was signed in 2022?'); // forgets "who is Song Tao?"
    expect(reads()).toBe(3);
    ask('when were the phone talks?');
    expect(reads()).toBe(3);
    ask('who is Song Tao?');
    expect(reads()).toBe(4);
  });

  it('are not kept with a bound of 0, and a bound that is no whole number is refused', () => {
    const { followUp, reads } = counted();
    const never = memoized(followUp, 0);
    never('when were the phone talks?', null);
    never('when were the phone talks?', null);
    expect(reads()).toBe(2);
    expect(() => memoized(followUp, 1.5)).toThrow(RangeError);
    expect(() => memoized(followUp, -1)).toThrow(RangeError);
  });
});
