// "Was the party channel useless in 2022?": a yes/no whose predicate is a quality word (an adjective after its subject)
// claims that quality of the thing. A word nothing of the articles covers was dropped unread, so the statements on the
// channel ("plays an important role") made it a confident Yes. Now such a quality is checked like one "called" so
// (quality-said.ts): a Yes only where a statement says it, no lead where none does; fair Yes answers stay Yes.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const ask = (q: string) => sharedEngine().answer(q);

describe('a quality asked yes or no after its subject', () => {
  it('is no Yes when no statement says it, in English', () => {
    for (const q of [
      'was the party channel useless in 2022?',
      'was the party channel fruitless in 2022?',
      'was the party channel fruitless?',
      'was the 2022 meeting worthless?',
      'were the 2020 talks hostile?',
      'was the aid tiny?',
    ]) {
      const a = ask(q);
      expect(a.text, q).not.toMatch(/^Yes/u);
      expect(a.answered, q).toBe(true);
    }
  });

  it('is no Yes in Vietnamese either', () => {
    expect(ask('kênh Đảng năm 2022 có vô ích không?').text).not.toMatch(/^Có/u);
  });

  it('a characterised quality is read after its characterising word, not from a word of place after it', () => {
    expect(ask('Is the Vietnam-China relationship described as neighbourly anywhere?').text).toMatch(/^Yes/u);
  });

  it('an opposite of what the statements say is still No', () => {
    expect(ask('was cooperation through the party channel pointless?').text).toMatch(/^No/u);
  });

  it('a quality the statements say stays Yes', () => {
    for (const q of ['was the party channel important in 2022?', 'was the situation at sea complicated?', 'was the plan for 2021-2025?', '2022年党的渠道重要吗？', 'was the relationship still going well overall, in his view?']) {
      expect(ask(q).text, q).toMatch(/^(Yes|是的)/u);
    }
  });

  it('a verb or a preposition after the subject is no quality', () => {
    for (const q of [
      'Were some exchanges through the Party channel unable to go ahead on schedule in 2020 because of COVID-19?',
      'Is the scheme on training cadres meant to run from 2021 to 2025?',
      'Was a scheme on training cadres signed alongside the cooperation plan in April 2022?',
      'Were activities around the 2020 call linked to the 70th anniversary of diplomatic relations?',
    ]) {
      expect(ask(q).text, q).toMatch(/^Yes/u);
    }
  });
});
