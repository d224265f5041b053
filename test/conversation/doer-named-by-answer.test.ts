// The one who did an act, as the conversation's answers name him: a correction in the last answer ("Song Tao did")
// makes him "he"; an act asked of "him" whose object is his own side is the other side's act, said to be theirs.
// And the 2020 affirmation on COVID-19 with the international community carries what it contributes to.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

describe('a person named by a correction is then "he"', () => {
  it('"and in the 2022 talk what did he praise?" after "Not quite… Song Tao did": Song Tao\'s congratulations of 2022', () => {
    const a = lastOf("quan praised china's covid response in 2020 right?", 'what else did he praise', 'and in the 2022 talk what did he praise?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Song Tao congratulated Vietnam');
    expect(a.text).toContain('13th');
    expect(a.text).not.toContain('Le Hoai Trung congratulated');
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('an answer that puts no doer right leaves "he" as he was', () => {
    const a = lastOf('what did quan say about the sea in 2020?', 'and what did he say about the floods?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Hoang Binh Quan|sympath/u);
    expect(a.text).not.toMatch(/Song Tao thanked/u);
  });
});

describe('an act asked of "him" whose object is his own side', () => {
  it('"what did he congratulate vietnam on?" of Le Hoai Trung: Song Tao\'s congratulations, saying he did it', () => {
    const a = lastOf("yo whats song tao's job in the 2022 talks", 'who was he talking to', 'what did he congratulate vietnam on?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Song Tao did/u);
    expect(a.text).toContain('13th National Congress');
    expect(a.text).not.toContain('first centenary');
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('"what did he congratulate china on?" of Le Hoai Trung stays his own act', () => {
    const a = lastOf("yo whats song tao's job in the 2022 talks", 'who was he talking to', 'what did he congratulate china on?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('first centenary');
    expect(a.text).not.toMatch(/Song Tao did/u);
  });
});

describe('what the 2020 pledge against COVID-19 contributes to', () => {
  it('"and for the region?" after what the sides agreed on the pandemic: peace, stability and development', () => {
    const a = lastOf('in the 2020 call what did both sides agree to do about the pandemic?', 'and for the region?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/peace, stability and development in the region/u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });
});
