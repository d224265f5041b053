// Chinese paraphrases, chat and long messages (round 72): significance asked with "意义", a wish asked with "说想",
// a long message's "在这方面" pointing back at its context's subject, chat words read in their ordinary sense
// ("疫情底下", "管哪个部门"), one of the two talks chosen by its format, and a closing "文章里有写吗" after a question of
// what.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const T2020 = '2020-07-29-phone-talks';
const T2022 = '2022-04-19-videoconference';

describe('"对…有什么意义" asks what something did for another, which the articles give', () => {
  it.each([
    '2022年双方提到各部委、各地方之间的合作一直没断，这对两国的经济往来有什么意义？',
    '2022年各部委之间的交流对经济合作有什么意义？',
  ])('%j quotes the 2022 sentence on growth of economic ties', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([T2022]);
    expect(a.citations.some((c) => c.quote.includes('continued growth of the bilateral economic'))).toBe(true);
  });

  it('"是什么意思" still asks a meaning the articles never give', () => {
    expect(engine.answer('“第一个百年奋斗目标”是什么意思？').answered).toBe(false);
  });
});

describe('a wish asked with "说想" finds the wish worded in the topic\'s own words', () => {
  it.each(['有人知道2020通话里中方说想跟越南在哪些领域加强交流吗 lol', '2020通话里中方说想跟越南在哪些领域加强交流？'])('%j quotes "all realms"', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([T2020]);
    expect(a.citations[0]?.quote).toContain('all realms');
  });
});

describe('a long message\'s "在这方面" asks of the subject its context named', () => {
  it.each([
    '我在写一篇关于中越干部交流的论文，听说两党之间有专门的干部培训合作安排，不知道真假。2022年那次会谈在这方面有什么具体成果吗？',
    '2022年那次会谈在干部培训合作方面有什么具体成果吗？',
  ])('%j gives the cadre training scheme signed', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([T2022]);
    expect(a.text).toContain('干部培训');
    expect(a.text).toContain('签');
  });

  it('a precise subject of the context leads over the looser ones around it', () => {
    const a = engine.answer('越南边境地方的货物拥堵问题一直很严重。2022年越方在这方面提了什么要求？');
    expect(a.citations[0]?.quote).toContain('reduce goods congestion');
  });

  it('"取得了哪些具体成果" asks what the talk produced: the documents signed', () => {
    const a = engine.answer('2022年会谈取得了哪些具体成果？');
    expect(a.text.split('\n')[0]).toContain('签署');
  });
});

describe('chat words in their ordinary sense', () => {
  it('"疫情底下" is under the pandemic, not after the talks', () => {
    const a = engine.answer('hmm 2020年那次 疫情底下两党关系到底咋样 ？？');
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([T2020]);
    expect(a.text).toContain('积极');
  });

  it.each(['lol 宋涛是管哪个部门的头儿来着', '宋涛管哪个部门'])('%j asks the department he headed, at both talks', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('对外联络部');
    expect(citedTalks(a)).toEqual([T2020, T2022]);
  });

  it('"管" of a plan still asks the years it covers', () => {
    expect(engine.answer('干部培训方案管哪些年份？').text).toContain('2021—2025');
  });
});

describe('one of the two talks chosen by its format', () => {
  it.each([
    ['yo 两次会谈里哪次是开视频的 🤔', '2022年4月19日', '视频'],
    ['两次会谈里哪次是打电话的', '2020年7月29日', '电话'],
  ])('%j opens with the talk held that way, no No', (q, date, format) => {
    const first = engine.answer(q).text.split('\n')[0] ?? '';
    expect(first).toContain(date);
    expect(first).toContain(format);
    expect(first.startsWith('不')).toBe(false);
  });
});

describe('"文章里有写吗" after a question of what leaves that question asked', () => {
  it.each(['lol 所以 DOC 和 COC 到底是啥 文章里有写吗', 'DOC和COC到底是啥？文章里有写吗？'])('%j spells out both documents', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('宣言');
    expect(a.text).toContain('准则');
  });
});
