// Kinds from round 86: whether someone said, brought up or mentioned a subject is a Yes when a statement of theirs is on
// it, whatever its mood (a hope is still something said): "say anything on X" asks that as "about X" does; two subjects
// one statement carries ("the party channel … the ties") are linked by it; a qualifier inside the phrase a subject was
// read by ("covid travel documents") names no thing of its own to find. And a figure of what a side announced, asked
// of a talk that never reported it, is put right with where it was announced.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a subject someone spoke of, asked whether they said it, is a Yes', () => {
  it.each([
    'did trung say anything on vaccine passports',
    'Did Le Hoai Trung say something regarding vaccine passports?',
    'did trung bring up anything about covid travel docs?',
    'in the 2022 talks, did they say cooperation via the party channel matters for the ties?',
  ])('%j opens with Yes, citing the 2022 talks', (q) => {
    expect(engine.answer(q).answered).toBe(true);
    expect(firstLine(q)).toMatch(/^Yes\./u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('whether it was done stays unconfirmed: only hoped for', () => {
    const q = 'Did they recognise each other\'s vaccine passports?';
    expect(firstLine(q)).not.toMatch(/^Yes/u);
    expect(engine.answer(q).text).toMatch(/hoped/u);
  });
});

describe('a figure of what a side announced, asked of the wrong talk, is put right', () => {
  it('the 2022 gift, 1.5 million yuan, not the 2020 call', () => {
    const q = '2020年通话中中方宣布捐赠的医疗物资价值多少？';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/150万|1\.5/u);
    expect(dates(q)).toContain('2022-04-19');
  });

  it('a deed alone ("how much aid did China give in 2020?") still gives no figure', () => {
    expect(engine.answer('how much aid did china give in 2020?').text).not.toMatch(/1\.5 million/u);
  });
});
