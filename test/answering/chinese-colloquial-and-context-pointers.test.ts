// Round 79's Chinese misses, by kind: colloquial words for an amount, a disaster and something concrete are read
// (never named as what the articles lack); a pointer standing after a subject of the asking sentence ("贸易和边境这块")
// asks that subject, while one after "在" points back at the context; a context of opinion naming no subject does not
// override the asking sentence (no false "said nothing").
import { describe, expect, it } from 'vitest';
import { pointsBackAt } from '../../src/matching/subject-back.js';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const PHONE = '2020-07-29-phone-talks';
const VIDEO = '2022-04-19-videoconference';

describe('colloquial words are read, not refused', () => {
  it('"钱数" asks the amount: the 2022 gift', () => {
    const a = engine.answer('两次会谈中哪一次提到了具体的钱数？多少？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/150万/u);
    expect(a.text).not.toMatch(/钱数/u);
  });
  it('"遭灾" asks of the floods: the sympathy of 2020', () => {
    const a = engine.answer('2020年那次通话里，越方对中国遭灾表达了什么态度？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/慰问/u);
    expect(citedTalks(a)).toEqual([PHONE]);
  });
  it('a chat tail "有没有大佬说下" asks nothing of its own', () => {
    const a = engine.answer('嗯嗯 所以22年签的那俩文件是啥 有没有大佬说下');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/合作计划/u);
    expect(a.text).not.toMatch(/“下”/u);
  });
  it('an earthquake is still put right by the floods, named 洪灾', () => {
    const a = engine.answer('2020年越方慰问中国，是因为中国发生了地震吗？');
    expect(a.text).toMatch(/^不是/u);
    expect(a.text).toMatch(/洪灾/u);
  });
});

describe('context sentences of a long message', () => {
  it('a pointer after the asking sentence\'s own subject asks that subject, not the context\'s', () => {
    const a = engine.answer('个人觉得边境贸易一直是中越关系的痛点，之前常听说口岸卡车排长队。2022年会谈里越方在贸易和边境这块具体提了哪些要求？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/平衡/u);
    expect(a.text).not.toMatch(/没有提到任何一方/u);
    expect(citedTalks(a)).toEqual([VIDEO]);
  });
  it('an opinion naming no subject leaves the asking sentence: the 2022 gift, not "said nothing"', () => {
    const a = engine.answer('说实话我觉得这类外交新闻大多是客套话。不过我挺好奇的：2022年那次会谈里，中方除了表态之外，有没有拿出什么实打实的东西？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/150万/u);
    expect(a.text).not.toMatch(/没有提到任何一方/u);
  });
  it('where a pointer points back', () => {
    const after = ['在', '提'];
    expect(pointsBackAt('越方在这方面提了什么', ['这方面'], after)).toBe(true);
    expect(pointsBackAt('这方面有什么成果', ['这方面'], after)).toBe(true);
    expect(pointsBackAt('越方在贸易和边境这块提了什么', ['这块'], after)).toBe(false);
    expect(pointsBackAt('越方在贸易和边境这块提了什么', ['这块'], undefined)).toBe(true);
  });
});
