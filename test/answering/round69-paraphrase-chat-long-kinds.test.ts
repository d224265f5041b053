// Paraphrase, chat and long messages misread at round 69's first contact: a word of a person's life said of a thing
// ("keeping contacts alive"), a preface saying what the asker does not know ("idk what X means, who…?"), a plural word
// of meeting that names no format ("these calls"), a verb "call" that names ("some call it…") in a long message's
// context, a Vietnamese clause of regard fronted before the question ("Trước những vấn đề…, phía Trung Quốc…"), Vietnamese chat
// abbreviations ("bn", "qh"), and a Chinese long message whose asking part names a side and words of its own.
import { describe, expect, it } from 'vitest';
import { withoutChatMarkup } from '../../src/chat-text.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe("a word of a person's life said of a thing asks no personal detail", () => {
  it.each([
    'What results did the 2022 talks credit to keeping ministry-level and local contacts alive?',
    'What did the talks say about keeping exchanges alive?',
  ])('%j is answered with the exchanges kept up', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/maintained/);
  });

  it.each(['Is Song Tao alive?', 'Are the officials alive?', 'How old is the Vietnamese official?'])('%j is still refused as personal', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/nothing personal/);
  });
});

describe('a preface of not knowing before another question is no definition request', () => {
  it.each([
    "tbh idk what 'first centenary goal' means here, who congratulated who on it?",
    "I don't know what the first centenary goal means, but who congratulated whom on it?",
    'not sure what the first centenary goal means, who brought it up?',
  ])('%j is answered from the 2022 congratulations', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/congratulated the Chinese Party/);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('a meaning asked alone is still a definition', () => {
    expect(engine.answer('idk what COC means').text).toMatch(/^COC stands for the Code of Conduct/);
  });
});

describe('a plural word of meeting naming no format is every talk', () => {
  it.each(['<@123456789012345678> yo who was on the china side for these calls??', 'in the calls, who represented Vietnam?'])('%j names both talks', (typed) => {
    // As the Discord handlers pass it: the mention taken out.
    const q = withoutChatMarkup(typed);
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('the singular call is still the phone talks', () => {
    expect(dates('what was said on the call?')).toEqual(['2020-07-29']);
  });
});

describe('"call it" in a long message names, and picks no talk', () => {
  it('the gift is cited from 2022', () => {
    const q = "China sent aid to lots of countries during the pandemic, and some call it mask diplomacy. I'm not here to debate that. What did China's liaison department give Vietnam, and how much was it worth?";
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/1\.5 million CNY/);
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('a Vietnamese clause of regard fronted before the question', () => {
  it.each([
    ['Trước những vấn đề Việt Nam nêu ra năm 2022, phía Trung Quốc phản hồi với thái độ thế nào?', /tích cực/],
    ['Đối với những vấn đề phía Việt Nam nêu ra, phía Trung Quốc phản hồi ra sao?', /tích cực/],
  ])('%j is answered by the side opening the question', (q, words) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(words);
  });
});

describe('a Vietnamese yes/no after a fronted clause keeps its Yes', () => {
  it.each(['Về vấn đề biển, hai bên có bàn không?', 'Về vấn đề biển, năm 2020 hai bên có bàn tới không vậy?'])('%j leads with Có', (q) => {
    expect(engine.answer(q).text.split('\n')[0]).toBe('Có.');
  });
});

describe('Vietnamese chat abbreviations are read in full', () => {
  it.each(['thanks bot nhé 👍 mà hỏi thêm: năm 2020 là kỉ niệm bn năm qh ngoại giao vn-tq', 'năm 2020 kỉ niệm bnhiu năm qh ngoại giao vn tq'])(
    '%j gives the 70th anniversary',
    (q) => {
      const a = engine.answer(q);
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/70/);
      expect(dates(q)).toEqual(['2020-07-29']);
    },
  );
});

describe("a long message's asking part that names a side and words of its own is what is asked", () => {
  it.each([
    '我觉得党际渠道比政府渠道更灵活，不知道大家怎么看。不过我更好奇的是，2022年会谈里越方希望在哪类领域扩大合作？',
    '有人说党际渠道更灵活。我想问的是，2022年会谈里越方希望在哪些领域扩大合作？',
  ])('%j answers with what Le Hoai Trung asked for, not the documents of the party channel', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    // (premise85: "it is necessary to …" counts as his proposal, reported as 表示，应….)
    expect(a.text).toMatch(/黎怀忠(建议|希望|呼吁|敦促|表示，应)/);
    expect(a.text).not.toMatch(/签署/);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('an asking part pointing back to its context still takes the context subject', () => {
    const q = '说实话，我觉得海上问题一直是两国关系里最敏感的一块。2022年那次会谈中越方在这方面具体说了什么？';
    expect(engine.answer(q).text).toMatch(/东盟|DOC|行为宣言/);
  });
});
