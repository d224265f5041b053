// Kinds of miss from round 46's first contact (English and Vietnamese): a later-event word bounded by a talk's year,
// chat shorthand, "which months" asked of both talks, the opposite of importance claimed, and what the pair who held
// a talk signed when they signed nothing there.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a word of later events bounded by a talk of the articles', () => {
  it('who took a person\'s place by a talk\'s year is who held it at each talk', () => {
    const q = 'Who succeeded Hoang Binh Quan as head of the Vietnamese commission by the 2022 talks?';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Le Hoai Trung/u);
    expect(a.text).not.toMatch(/^Not quite/u);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('stays a later event when no talk bounds it, or a later year does', () => {
    expect(engine.answer('Who succeeded Hoang Binh Quan?').answered).toBe(false);
    expect(engine.answer('Who had replaced Le Hoai Trung by 2025?').answered).toBe(false);
  });

  it('"from 2020 to the next year 2022" names the talks\' years, not a time after them', () => {
    const q = 'Cách thức liên lạc giữa hai Đảng thay đổi ra sao từ năm 2020 sang năm 2022?';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/điện đàm/u);
    expect(a.text).toMatch(/trực tuyến/u);
  });
});

describe('chat shorthand read as the words it stands for', () => {
  it.each([
    ['so the 2020 call, was that irl or nah', /not held in person|phone/u],
    ['hội đàm 2020 có ký vb nào ko', /Không|không/u],
  ])('%j is answered, the shorthand not named as missing', (q, text) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(text);
    expect(a.text).not.toMatch(/do not mention "|không nhắc đến "/u);
  });
});

describe('"which months" asked of both talks', () => {
  it('gives each talk its month', () => {
    const q = 'What months were the two rounds of talks in?';
    expect(engine.answer(q).text).toMatch(/July[\s\S]*April|April[\s\S]*July/u);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });
});

describe('the opposite of importance claimed', () => {
  it('is No, citing what was said', () => {
    const a = engine.answer('Did Song Tao say China gave little importance to its friendship with Vietnam?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No/u);
    expect(a.text).toMatch(/great importance/u);
  });
});

describe('what the pair who held a talk signed, when they signed nothing there', () => {
  it('puts the premise right, then gives what was signed at the other talk', () => {
    const q = 'What agreements did Song Tao and Hoang Binh Quan sign at their 2020 call?';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/no document signed/u);
    expect(a.text).toMatch(/cooperation plan/u);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('a person asked alone still asks of that person', () => {
    expect(engine.answer('What did Hoang Binh Quan sign in 2020?').text).not.toMatch(/cooperation plan/u);
  });
});
