// Kinds of miss across both talks (round 72), in all three languages: whom a participant met at each talk, asked Yes or
// No, is those across the table, never his own post; a choice among the talks that every talk answers says "both"; the
// order of the talks with a question of the earlier one gives every talk's date; who helped whom is what each talk
// reports one side did for the other; which bodies held each talk is each talk's people with their departments.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();
const BOTH = ['2020-07-29', '2022-04-19'];
const opening = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('whether a participant met different people at the two talks', () => {
  it.each([
    ['Did Song Tao talk with two different people?', /^Yes\b/u],
    ['ủa ông song tao 2 lần nc với 2 ng khác nhau hả??', /^Có[.,:]/u],
    ['宋涛两次是跟不同的人会谈的吗？', /^是/u],
    ['Did Song Tao speak to the same person both times?', /^No\b/u],
    ['Was Song Tao\'s counterpart the same both times?', /^No\b/u],
    ['Song Tao nói chuyện với cùng một người ở cả hai lần à?', /^Không\b/u],
  ])('%j is answered of those he met: Quan and Trung, two people', (q, lead) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(opening(q)).toMatch(lead);
    expect(a.text).toMatch(/Hoang Binh Quan|Hoàng Bình Quân|黄平君/u);
    expect(a.text).toMatch(/Le Hoai Trung|Lê Hoài Trung|黎怀忠/u);
    expect(dates(q)).toEqual(BOTH);
  });

  it('his own post, asked of him, is still his', () => {
    expect(opening("Did Song Tao's title change?")).toMatch(/^No\b/u);
    expect(engine.answer("Did Song Tao's title change?").text).not.toMatch(/Hoang Binh Quan/u);
  });
});

describe('a choice among the talks that both talks answer', () => {
  it.each([
    ['Vấn đề trên biển được phía Việt Nam nêu ra ở lần nào, hay cả hai lần?', /^Cả hai lần: /u],
    ['Which talk brought up the sea?', /^Both: /u],
    ['哪次会谈提到了海上问题？', /^两次会谈都有：/u],
  ])('%j says both first, citing each', (q, lead) => {
    expect(opening(q)).toMatch(lead);
    expect(dates(q)).toEqual(BOTH);
  });

  it('a choice one talk answers names that talk alone', () => {
    expect(opening('Which talk brought up the floods?')).toBe('The phone talks of 29 July 2020.');
  });
});

describe('which talk came first, and a question of the earlier one', () => {
  it('gives every talk its date and its people', () => {
    const q = 'Which of the two sessions came first, and which Vietnamese official led that earlier one?';
    expect(engine.answer(q).text).toMatch(/Hoang Binh Quan[^\n]*29 July 2020/u);
    expect(dates(q)).toEqual(BOTH);
  });

  it('the earlier one asked alone is still the earlier one', () => {
    expect(dates('When was the earlier one?')).toEqual(['2020-07-29']);
  });
});

describe('who helped whom at each talk', () => {
  it.each([
    ['Năm 2020 và năm 2022, bên nào hỗ trợ bên nào và hỗ trợ về chuyện gì?', /lũ/u, /y tế/u],
    ['两次会谈中，两国之间分别是谁在帮谁？', /洪/u, /医疗/u],
    ['两次会谈里各是谁帮了谁？帮的是什么？', /洪/u, /医疗/u],
    ['两次会谈中，一方帮另一方的事各有什么？', /洪/u, /医疗/u],
    ['Who helped whom in each of the two talks?', /floods/u, /medical/u],
  ])('%j gives the floods support of 2020 and the medical supplies of 2022', (q, floods, medical) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(floods);
    expect(a.text).toMatch(medical);
    expect(dates(q)).toEqual(BOTH);
  });

  it('a subject named keeps the help on it, at the talk that reports it', () => {
    const q = 'who thanked who for help with the floods';
    expect(engine.answer(q).text).toMatch(/floods/u);
    expect(dates(q)).toEqual(['2020-07-29']);
  });

  it('asked of one talk, it is that talk', () => {
    expect(dates('Who helped whom in 2020?')).toEqual(['2020-07-29']);
  });

  it('asking the bot for help is still help', () => {
    expect(engine.answer('can you help me?').intent).toBe('help');
  });
});

describe('which party bodies held each talk', () => {
  it('两次会谈分别是越中两党哪两个部门之间进行的？ names both departments at each talk', () => {
    const q = '两次会谈分别是越中两党哪两个部门之间进行的？';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/对外部/u);
    expect(a.text).toMatch(/对外联络部/u);
    expect(dates(q)).toEqual(BOTH);
  });
});
