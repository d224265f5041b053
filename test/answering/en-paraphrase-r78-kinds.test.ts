// Round 78's English paraphrase kinds: a summing verb whose object is a clause of its own, "beyond their own
// borders" for the world outside, "was there anything about X?" asking whether X came up, a subject set aside by
// "apart from" before the agreements asked, and a side just before an event it underwent ("the Chinese floods").
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const talksOf = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.talk.slice(0, 10)))].sort();

describe('a summing verb with a clause of its own as its object', () => {
  it('answers what was said on the clause\'s subject, not the talk\'s summary', () => {
    for (const q of [
      'In 2022, how did the two officials sum up what party-level cooperation does for Vietnam-China ties?',
      'Can you summarise what party cooperation does for the relationship, according to the 2022 talks?',
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toContain('orienting');
      expect(a.text, q).not.toContain('Topics:');
    }
  });

  it('still summarises when the clause asks what was discussed or what happened', () => {
    for (const q of ['sum up what Quan and Song Tao discussed', 'can you sum up what happened in 2022']) {
      const a = engine.answer(q);
      expect(a.intent, q).toBe('summary');
    }
  });
});

describe('"beyond their own borders"', () => {
  it('is the international community, not the land border', () => {
    const q = 'What did both sides pledge in 2020 about tackling the coronavirus beyond their own borders?';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('international community');
    expect(a.text).not.toContain('land border');
    expect(talksOf(q)).toEqual(['2020-07-29']);
  });
});

describe('"was there anything about X?"', () => {
  it('asks whether X came up: Yes, with what was said, not "only hoped for"', () => {
    for (const q of ['hii 👋 was there anything abt the east sea / south china sea in the 2022 one?', 'was there anything on vaccine passports in 2022?']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text.startsWith('Yes'), q).toBe(true);
      expect(a.text, q).not.toContain('only as hoped for');
    }
  });

  it('"have they recognised vaccine passports?" still says it was only hoped for', () => {
    expect(engine.answer('Have they recognised each other\'s vaccine passports?').text).toContain('only as hoped for');
  });
});

describe('a subject set aside before the agreements asked', () => {
  it('lists the agreements and their period, not the thing set aside', () => {
    const q = "I'm writing a short paper on party-to-party diplomacy between Hanoi and Beijing. Apart from the medical donation, which formal agreements came out of the 2022 meeting, and what period do they cover?";
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('cooperation plan');
    expect(a.text).toContain('2021-2025');
    expect(a.text.split('\n')[0]).not.toContain('medical supplies');
  });
});

describe('a side just before an event it underwent', () => {
  it('names where the event was, not who spoke: the losses are cited from the sympathy', () => {
    const q = 'What kinds of losses did the Chinese floods cause, according to the 2020 report?';
    const a = engine.answer(q);
    expect(a.text).toContain('human and property losses');
    expect(talksOf(q)).toEqual(['2020-07-29']);
  });

  it('a side that speaks about the floods still speaks', () => {
    expect(engine.answer('What did the Chinese side say about the floods?').text).toContain('Song Tao thanked');
  });
});
