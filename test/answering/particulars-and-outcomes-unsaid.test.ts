// Near misses of round 75 that were answered with the related sentence: which particular ones of a thing the articles
// only speak of in general (a listing sentence of other things, "such as phone talks", lists what was done instead),
// the most of something they rank nowhere (asked in Chinese with "最"), what a thing only mentioned is about, and
// whether something was carried out after the talks. And a fair question refused: the report's own source, asked
// beside a verb ("supplied") that shares a stem with a subject's word ("supplies").
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('particulars asked of things the evidence lists only other ones of', () => {
  it.each(['2020年因为疫情没能如期举行的党际交流，具体是哪几场活动？'])('%j is refused as unnamed, citing nothing', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.citations).toHaveLength(0);
  });

  it.each([
    ['Which flexible forms of exchange did they use instead in 2020?', 'phone talks'],
    ['Which exchanges exactly could not be held as scheduled in 2020?', 'a number of bilateral exchanges'],
    ['What name did the 2020 article give to the Vietnam–China partnership?', 'comprehensive strategic cooperative partnership'],
    ['2020年双方具体采取了哪些灵活的交流方式？', '通电话'],
  ])('%j still gets what the articles give', (q, words) => {
    const a = engine.answer(q);
    expect(a.text).toContain(words);
  });
});

describe('the most of something, asked in Chinese', () => {
  it.each(['洪水哪个省最严重啊', '哪个省的洪水最严重'])('%j is refused: nothing is ranked', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.citations).toHaveLength(0);
  });

  it('"最" in a long message\'s statement asks no ranking: the question after it is answered', () => {
    const a = engine.answer('我觉得海上问题是中越之间最敏感的话题，每次会谈都绕不开。2020年打电话时越方是怎么描述这个问题的？他希望怎么处理？');
    expect(a.answered).toBe(true);
    expect(a.citations.some((c) => c.date === '2020-07-29')).toBe(true);
  });

  it('the biggest obstacle, which "especially" singles out, is still answered', () => {
    const a = engine.answer('2020年越方认为双边关系里最突出的障碍出在哪个领域？');
    expect(a.answered).toBe(true);
    expect(a.citations.some((c) => c.date === '2020-07-29')).toBe(true);
  });
});

describe('what a thing only mentioned is about', () => {
  it.each(['whats that centenary goal actually about', "what's the centenary goal about?"])('%j is refused, naming the thing', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toContain('centenary goal');
  });

  it('"what were the supplies for?" asks a purpose the articles give', () => {
    const a = engine.answer('what were the supplies for?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('COVID-19');
  });
});

describe('whether a plan was carried out after the talks', () => {
  it('"did they actually carry out that plan afterwards?" is refused, not answered Yes', () => {
    const a = engine.answer('did they actually carry out that plan afterwards?');
    expect(a.answered).toBe(false);
    expect(a.text.startsWith('Yes')).toBe(false);
  });
});

describe("the report's own source", () => {
  it('"Which agency reported on the 2022 videoconference and supplied its photos?" names VNA', () => {
    const a = engine.answer('Which agency reported on the 2022 videoconference and supplied its photos?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Vietnam News Agency');
    expect(a.citations.every((c) => c.date === '2022-04-19')).toBe(true);
  });

  it('"which agency supplied the medical supplies?" still asks about the supplies', () => {
    const a = engine.answer('which agency supplied the medical supplies?');
    expect(a.text).not.toContain('Vietnam News Agency');
  });
});
