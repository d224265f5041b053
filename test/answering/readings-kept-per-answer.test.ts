// Speed work: within one answer, a text read alone (the whole message, then again whole to check what its context
// sentences state; an asking part, then again as a clause or contrast) is read once, and a detail put right on the
// reading's own words is worked out once. No answer may change: a message whose context states a detail wrongly is
// still put right first, each clause or contrast still answered at its own talk, and nothing read for one answer is
// used for another (the same questions asked in any order answer alike).
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/answering/load.js';
import { keptReadings } from '../../src/matching/readings-kept.js';
import type { ReadResult } from '../../src/matching/reading.js';
import { citedTalks, talkOn } from '../support/engine.js';

const QUESTIONS = [
  'Trung mentioned two legal documents on land border management. Which two were they?',
  'In 2020 Vietnam consoled China over its floods. Did any material help go the other way by 2022?',
  'My professor says the pandemic basically froze party diplomacy between Hanoi and Beijing. I\'m not sure that\'s right. What did the 2020 talks say about how exchanges continued?',
  'DID TRUNG SUGGEST SCALING BACK COOPERATION WITH THE BORDER LOCALITIES?',
  'did Song Tao thnak Vietnam for anything',
  'Trong điện đàm năm 2020, ông Hoàng Bình Quân nói gì về lũ lụt ở Trung Quốc?',
  '关于南海问题，越方对中方提出了什么要求？',
];

describe('readings kept within one answer', () => {
  const forwards = loadEngine();
  const backwards = loadEngine();

  it('answers the same whichever question came first, and asked again', () => {
    const there = new Map(QUESTIONS.map((q) => [q, JSON.stringify(forwards.answer(q))]));
    for (const q of [...QUESTIONS].reverse()) expect(JSON.stringify(backwards.answer(q)), q).toBe(there.get(q));
    for (const q of QUESTIONS) expect(JSON.stringify(forwards.answer(q)), q).toBe(there.get(q));
    // Two engines build their Vietnamese and Chinese tables on first use: slow on a loaded machine.
  }, 120_000);

  it('a count stated in a sentence before the question is still put right first', () => {
    const a = forwards.answer('Trung mentioned two legal documents on land border management. Which two were they?');
    expect(a.text.split('\n')[0]).toBe('Not quite. The articles report it otherwise: three, not two. [1]');
    expect(citedTalks(a)).toEqual([talkOn(forwards, '2022-04-19').id]);
  });

  it('a question set against a fact of the other talk still cites both talks', () => {
    const a = forwards.answer('In 2020 Vietnam consoled China over its floods. Did any material help go the other way by 2022?');
    expect(a.answered).toBe(true);
    expect([...citedTalks(a)].sort()).toEqual([talkOn(forwards, '2020-07-29').id, talkOn(forwards, '2022-04-19').id].sort());
  });

  it('a reading is made once while an answer runs, and never kept after it', () => {
    const kept = keptReadings();
    let made = 0;
    const make = (): ReadResult => {
      made++;
      return { kind: 'refusal' } as unknown as ReadResult;
    };
    const inside = kept.during(() => {
      const first = kept.reading('q', 'en', 'en', make);
      // Another language to answer in is another reading; an answer within the answer shares the outer one's.
      kept.reading('q', 'en', 'vi', make);
      const nested = kept.during(() => kept.reading('q', 'en', 'en', make));
      return first === nested;
    });
    expect(inside).toBe(true);
    expect(made).toBe(2);
    kept.reading('q', 'en', 'en', make);
    kept.during(() => kept.reading('q', 'en', 'en', make));
    expect(made).toBe(4);
  });
});
