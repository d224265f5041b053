// Round 93's premise kinds: a No that says where the subject came up cites that talk too when asked among the
// talks; a talk placed by its year alone, with a wrong month and a person who was not there, is talks the articles do
// not report (refused, never put right); a name after a Chinese title ("中方代表王毅") is a name the articles lack in
// that side's place, put right first.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a No that says where the subject came up instead', () => {
  it.each([
    ['Was ASEAN mentioned in the 2020 call, the 2022 talks, or both?', 'No.'],
    ['中方向越方送医疗物资是在哪一次会谈时宣布的，2020年那次有没有？', '不是。'],
  ])('%j, asked among the talks, cites the talk named and the talk it came up at', (q, no) => {
    const a = engine.answer(q);
    expect(a.text.startsWith(no)).toBe(true);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('a plain question of one talk cites that talk alone', () => {
    const q = 'Was ASEAN mentioned in the 2020 phone talks?';
    expect(engine.answer(q).text.startsWith('No.')).toBe(true);
    expect(dates(q)).toEqual(['2020-07-29']);
  });
});

describe('two slips of different kinds against a year alone', () => {
  it.each(['黎怀忠在2020年11月那次电话里跟宋涛谈了什么？', 'What did Le Hoai Trung tell Song Tao in their November 2020 phone call?'])('%j is refused, not put right', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^(不对|Not quite)/u);
  });

  it.each([
    ['What did Le Hoai Trung tell Song Tao during the July 2020 phone call?', /^Not quite\. Le Hoai Trung did not take part/u],
    ['What did Quan and Song Tao sign during their March 2020 phone call?', /^Not quite\. There were no talks in March/u],
  ])('%j, one slip with the talk otherwise clear, stays put right', (q, opening) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(opening);
  });
});

describe('a name after a Chinese title', () => {
  it('"中方代表王毅" at the April 2022 talks is put right by Song Tao, then his gift answered', () => {
    const a = engine.answer('2022年4月视频会谈中，中方代表王毅宣布了什么援助？');
    expect(a.answered).toBe(true);
    const [first] = a.text.split('\n');
    expect(first).toMatch(/^不对，报道没有提到王毅；/u);
    expect(first).toContain('宋涛');
    expect(a.text).toContain('医疗物资');
    expect(dates('2022年4月视频会谈中，中方代表王毅宣布了什么援助？')).toEqual(['2022-04-19']);
  });
});
