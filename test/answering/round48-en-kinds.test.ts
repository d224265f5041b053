// Kinds of miss from round 48's first contact (English, with the same kinds in Vietnamese and Chinese): why something
// matters, localities asked by name, two clauses each naming its own talk, and a wrong ordinal.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('why something matters', () => {
  it.each([
    ['Why does party-to-party cooperation matter so much for Vietnam and China, according to the 2022 talks?', /orienting/u],
    ['Why do the officials consider the party-to-party link so significant, per the 2022 talks?', /orienting/u],
    ['Tại sao hợp tác qua kênh Đảng lại quan trọng đối với quan hệ Việt - Trung theo cuộc hội đàm 2022?', /định hướng/u],
    ['为什么2022年会谈说党际合作很重要？', /引领/u],
  ])('%j is answered by the statement that it plays a role', (q, text) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(text);
  });

  it('a plain why of the same subject still asks a cause', () => {
    const a = engine.answer('Why could exchanges through the Party channel not be held as scheduled in 2020?');
    expect(a.text).toMatch(/COVID-19/u);
    expect(a.text).not.toMatch(/orienting/u);
  });
});

describe('a wrong ordinal of a numbered event', () => {
  it.each([
    ["What did Song Tao say about Vietnam's achievements since the 12th National Congress?", /^Not quite\. .*13th, not 12th/u],
    ["What did Trung say about Vietnam's achievements since the 12th National Congress?", /^Not quite\. .*13th, not 12th; Song Tao, not Le Hoai Trung/u],
    ['Ông Tống Đào nói gì về thành tựu của Việt Nam kể từ Đại hội XII?', /^Không phải vậy\. .*thứ 13, không phải thứ 12/u],
    ['宋涛如何评价越南十二大以来的成就？', /^不对，.*第13，而不是第12/u],
  ])('%j opens by putting it right', (q, text) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(text);
  });

  it('no person is put right by himself', () => {
    expect(engine.answer("What did Song Tao say about Vietnam's achievements since the 12th National Congress?").text).not.toMatch(/Song Tao, not Song Tao/u);
  });
});

describe('two clauses each naming its own talk', () => {
  it.each([
    ['In 2020 Vietnam offered China sympathy; what did Vietnam congratulate China on in 2022?', /centenary/u],
    ['Bài 2020 nói Trung Quốc gặp thiên tai gì, còn bài 2022 nói Việt Nam nhận được hỗ trợ gì từ phía Trung Quốc?', /vật tư y tế/u],
  ])('%j answers each clause at its talk', (q, later) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(later);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('an act of each talk asked by which side did it is what each reports, not who took part', () => {
    const q = 'Which side gave support to the other in each of the two talks?';
    const a = engine.answer(q);
    expect(a.text).toMatch(/floods/u);
    expect(a.text).toMatch(/medical supplies/u);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });
});

describe('things only mentioned, asked by name, in what a person said of them', () => {
  it.each([
    ['Which provinces or localities did Trung want to make better use of existing cooperation arrangements?', /^The articles name no particular provinces[\s\S]*existing cooperative mechanisms/u],
    ['黎怀忠希望哪些省份更好地利用现有合作机制？', /^报道没有具体点出哪些“省份”[\s\S]*现有合作机制/u],
  ])('%j says none is named, then what was said', (q, text) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(text);
  });

  it('with no one named who said it, stays a refusal', () => {
    expect(engine.answer('Which provinces were hit by the floods?').answered).toBe(false);
  });
});
