// Kinds of round 91-93's Chinese misses: a Yes or a common point across both talks cites, at each talk, the statement
// of the thing asked (the flexible forms), not sentences that share only a polarity word ("maintain") or wording said
// of different things ("healthy, stable"); "near the end of the call", "表态要" (stated they would), "which levels of
// mechanisms" and "两回都有份" (took part both times) are read.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const BOTH = ['2020-07-29-phone-talks', '2022-04-19-videoconference'];

describe('both talks asked of a thing: each talk cites its statement of that thing', () => {
  it.each(['两次会谈有没有都强调要用灵活的方式保持联系？', 'did both talks emphasize flexible forms to maintain contact?'])('%j: the flexible forms at each talk, not "maintaining momentum"', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/灵活|flexible/u);
    expect(a.text).not.toMatch(/积极发展势头|positive development momentum/u);
    expect(citedTalks(a)).toEqual(BOTH);
    // Never a No: both talks do say it.
    expect(a.text.split('\n')[0]).not.toMatch(/^(不|No\b)/u);
  });

  it.each(['在高层交往方式上，两次会谈都强调了什么共同点？', 'What did both talks have in common on the forms of high-level exchanges?', '两篇报道在谈到疫情下怎么交流时，有什么共同的说法？'])('%j: the common point is the flexible forms, at each talk', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/灵活方式|flexible forms/u);
    expect(a.text).not.toMatch(/健康、稳定、长期|healthy, stable and long-term/u);
    expect(citedTalks(a)).toEqual(BOTH);
  });
});

describe('Chinese paraphrases of what was said', () => {
  it('"快结束时…表态要和谁一起对付什么" is the affirmation with the international community against COVID-19', () => {
    const a = engine.answer('2020年通话快结束时，两人表态要和谁一起对付什么？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/国际社会/u);
    expect(a.text).toMatch(/新冠/u);
    expect(citedTalks(a)).toEqual(['2020-07-29-phone-talks']);
  });

  it('"快结束时" is no subject the articles lack', () => {
    const a = engine.answer('2020年通话快结束时，两人表态要和谁一起抗击什么？');
    expect(a.text).not.toMatch(/快结束/u);
  });

  it('"哪些层级的往来机制" asks the levels the 2022 report names, not what is inside the mechanisms', () => {
    const a = engine.answer('2022年会谈提到，哪些层级的往来机制一直在运转？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/部门/u);
    expect(a.text).toMatch(/地方/u);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });

  it('"which mechanisms" is still refused: the report names none', () => {
    expect(engine.answer('2022年会谈提到的合作机制具体是哪些机制？').answered).toBe(false);
  });
});

describe('a person at both talks', () => {
  it.each(['`宋涛` 这人2020跟2022两回都有份吗', '宋涛2020跟2022两回都有份吗'])('%j: Yes, citing both talks', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toMatch(/^是的/u);
    expect(citedTalks(a)).toEqual(BOTH);
  });

  it('"was Quan at both talks?": No, with both talks', () => {
    const a = engine.answer('Was Hoang Binh Quan at both talks?');
    expect(a.text.split('\n')[0]).toMatch(/^No\b/u);
    expect(citedTalks(a)).toEqual(BOTH);
  });

  it('one talk asked of someone not there is answered by that talk only ("was Trung on the 2020 call?")', () => {
    const a = engine.answer('2020年的时候越方负责人也是黎怀忠吗？');
    expect(a.text.split('\n')[0]).toMatch(/^不是/u);
    expect(citedTalks(a)).toEqual(['2020-07-29-phone-talks']);
  });
});
