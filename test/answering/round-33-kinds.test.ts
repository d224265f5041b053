// English and Chinese misses of round 33 by kind: the other subjects asked with a verb of bringing up, the side
// acting in Chinese word order, a lone title beside a body asked, an ordinal asked
// as "which number", acts asked of each talk, "is called" naming no call. The questions are worded afresh.
import { describe, expect, it } from 'vitest';
import { citedTalks, twoTalks } from '../support/engine.js';

const talks = twoTalks();
const { ask } = talks;
const phone = talks.phone.id;
const video = talks.video.id;

describe('the other subjects besides one named, asked with a verb of bringing up', () => {
  it.each([
    'Apart from bilateral ties, what else did they talk about in April 2022?',
    '2022年那次除了两国关系，双方还交流了什么？',
  ])('%s: the talk summary, which lists the other topics', (q) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.intent).toBe('summary');
    expect(a.text).toMatch(/international|国际/);
    expect(citedTalks(a)).toEqual([video]);
  });

  it('"the other" and "each other" set nothing aside: a choice between the talks stays a choice', () => {
    const a = ask('Which talks brought up trade, and did the other one mention it?');
    expect(a.answered, a.text).toBe(true);
    expect(a.intent).not.toBe('summary');
  });
});

describe('the side acting, and what it is asked', () => {
  it('对…的议题，中方: the side not spoken to is the one asked about', () => {
    const a = ask('对越方那次提出的问题，中方怎么回应？');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('积极');
  });

  it.each(['2020年中国闹水灾，越南那边说了什么？', '中国发洪水那会儿，越南那边表示了什么？'])('%s: a side named with its side noun is the one asked about', (q) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('慰问');
    expect(a.text).not.toContain('感谢');
  });

  it('a Vietnamese "cho" (let me ask) marks no side spoken to', () => {
    const a = ask('cho mình hỏi tq tặng vn vật tư y tế trị giá bao nhiêu?');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('1,5');
  });
});

describe('a lone title beside a body asked is the person\'s place', () => {
  it.each(['宋涛是哪个部门的领导？', 'Which department was Song Tao the leader of?'])('%s: his role at both talks', (q) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toMatch(/International Liaison|对外联络部/);
    expect(citedTalks(a)).toEqual([phone, video]);
  });
});

describe('an ordinal answers which number', () => {
  it('"第几个" anniversary is the 70th', () => {
    const a = ask('2020年两国外交关系庆祝的是第几个整数周年？');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('70');
  });
});

describe('acts asked of each talk', () => {
  it('one round thanked, the other gave: each talk with its act', () => {
    const a = ask('One time China said thanks and the other time it gave something. Which round was which?');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('flood');
    expect(a.text).toContain('medical');
    expect(citedTalks(a)).toEqual([phone, video]);
  });
});

describe('"is called" names, it is no phone call', () => {
  it('two holders of one body called by different titles: each talk\'s people', () => {
    const a = ask('Trung was called chairman, Quan head: which body did the two of them lead?');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('External Relations');
    expect(citedTalks(a)).toEqual([phone, video]);
  });
});
