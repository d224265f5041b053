// Round 72's kinds of confidently wrong answers and near misses: particular institutions or places asked by "which"
// where the evidence uses only the bare plural ("exchanges between ministries"); a claim about a side's own thing the
// articles never speak of ("Vietnam's coffee exports"); a purpose asked by an umbrella kind ("disaster relief" of
// COVID-19 supplies); the state of relations asked by an adjective ("tense"); and an act asked the other way round
// ("did Vietnam praise China's fight against COVID-19?": Song Tao praised Vietnam's).
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answering/types.js';
import { PHONE_2020, sharedEngine, VIDEO_2022 } from '../support/engine.js';

const engine = sharedEngine();
/** The dates of the talks an answer cites. */
const citedDates = (a: Answer) => [...new Set(a.citations.map((c) => c.date))].sort();

describe('particular institutions or places asked where the evidence gives only the bare plural', () => {
  it.each([
    'Which Vietnamese and Chinese ministries took part in the exchanges the 2022 article says were kept up?',
    'which ministries kept up exchanges with China in 2022?',
    'What Chinese ministries were involved in the exchanges in 2022?',
  ])('%j is refused, naming what the articles say instead', (q) => {
    const a = engine.answer(q);
    expect(a.answered, a.text).toBe(false);
    expect(a.citations).toHaveLength(0);
    expect(a.text).toMatch(/ministries/u);
  });

  it('the refusal quotes the phrase the evidence gives', () => {
    expect(engine.answer('Which Vietnamese and Chinese ministries took part in the exchanges the 2022 article says were kept up?').text).toMatch(/^The articles do not name them: they speak only of "exchanges between ministries"/u);
  });

  it.each([
    ['Which exchanges does the 2022 article say were kept up?', 'ministries'],
    ['Which localities did Trung say should get better chances to use existing cooperation mechanisms?', 'border'],
    ['Which Vietnamese localities did Trung single out as needing better use of existing cooperation mechanisms?', 'border'],
  ])('%j, answered by what the evidence singles out, is still answered', (q, word) => {
    const a = engine.answer(q);
    expect(a.answered, a.text).toBe(true);
    expect(citedDates(a)).toEqual([VIDEO_2022]);
    expect(a.text).toContain(word);
  });
});

describe("a claim about a side's own thing that the articles never speak of", () => {
  it.each([
    "Vietnam's coffee exports hit a record value last year, driven by high robusta prices.",
    "Vietnam's rice exports rose sharply in 2022.",
    "China's steel output fell last year.",
  ])('%j has no verdict', (claim) => {
    expect(engine.check(claim).verdict).toBe('none');
  });

  it.each([
    ["China's summer 2020 floods killed more than 100 people", 'related'],
    ["Vietnam's trade deficit with China widened in the first quarter of 2022", 'related'],
    ["Vietnam's party congratulated China on achieving its first centenary goal", 'supports'],
  ])('%j, of a thing the articles report, keeps its verdict', (claim, verdict) => {
    expect(engine.check(claim).verdict).toBe(verdict);
  });
});

describe('a purpose asked by an umbrella kind of the thing the evidence names', () => {
  it.each(['were the medical supplies for disaster relief?', 'Were the 2022 medical supplies meant for natural disaster relief?'])('%j is No: they were for COVID-19', (q) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(/^No\b/u);
    expect(a.text).toContain('COVID-19');
  });

  it.each(['did Quan express sympathy over a natural disaster in China?', 'were the medical supplies for covid?'])('%j is still Yes', (q) => {
    expect(engine.answer(q).text).toMatch(/^Yes\b/u);
  });
});

describe('the state of relations asked by an adjective', () => {
  it.each(['Were relations tense in 2020?', 'Were things tense between them in 2020?', 'Was the relationship strained in 2020?'])('%j is Yes, with the obstacles at sea', (q) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(/^Yes\b/u);
    expect(citedDates(a)).toContain(PHONE_2020);
    expect(a.text).toMatch(/obstacles|complicated developments/u);
  });

  it('a feeling of people is still not answered yes or no', () => {
    const a = engine.answer('did the officials feel tense?');
    expect(a.answered).toBe(false);
  });
});

describe('an act asked the other way round', () => {
  it.each([
    "did Vietnam praise China's achievements against COVID-19?",
    'did Vietnam praise China for fighting COVID-19?',
    "Did Quan praise China's fight against COVID-19?",
  ])('%j is No, with who did it', (q) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(/^No\b/u);
    expect(a.text).toContain('Song Tao did');
    expect(citedDates(a)).toContain(PHONE_2020);
  });

  it.each([
    ['越方有没有赞扬中国抗击新冠疫情的成就？', /^不是/u, '宋涛'],
    ['Phía Việt Nam có khen ngợi thành tích chống COVID-19 của Trung Quốc không?', /^Không/u, 'Tống Đào'],
  ])('%j is No in its language, with who did it', (q, no, who) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(no);
    expect(a.text).toContain(who);
    expect(citedDates(a)).toContain(PHONE_2020);
  });

  it.each(["did China praise Vietnam's fight against COVID-19?", 'did Trung praise China?'])('%j, the right way round, is Yes', (q) => {
    expect(engine.answer(q).text).toMatch(/^Yes\b/u);
  });
});
