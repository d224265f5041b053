// Kinds of round 65's Yes/No misses, each with wordings of its own: a verb of opposing (refute, oppose, 反驳, phản bác)
// asked of a side whose reported reply was positive is No, never Yes; people named and a word of holding talks, nothing
// else, lead Yes or No on whether they took part; a span of years in a yes/no about a document is that document's
// period, not the years of talks; a verb of counting as ("列为", "视为", "coi là") is no unknown word withholding the
// verdict; a contraction typed without its apostrophe ("theres") is no content word a claim's sentence must cover.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';
import { expectContradicted as contradicted } from '../support/claim-verdicts.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('a verb of opposing asked of a side whose reply was positive', () => {
  it.each([
    ['Did Song Tao refute the issues raised by the Vietnamese side?', /^No\b/u],
    ['Did Song Tao oppose the issues Vietnam raised in 2022?', /^No\b/u],
    ['Did Song Tao object to the issues raised by Vietnam?', /^No\b/u],
    ['Ông Tống Đào có phản bác những vấn đề phía Việt Nam đưa ra không?', /^Không\b/u],
    ['Ông Tống Đào có phản đối các vấn đề phía Việt Nam nêu ra không?', /^Không\b/u],
    ['宋涛有没有反驳越方提出的问题？', /^不是/u],
    ['宋涛是否驳斥了越方提出的问题？', /^不是/u],
  ])('%j is not confirmed', (q, lead) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(first(q)).toMatch(lead);
  });

  it('the positive reply asked is still Yes', () => {
    expect(first('Did Song Tao respond positively to the issues raised by the Vietnamese side?')).toMatch(/^Yes\b/u);
  });
});

describe('people named and a word of holding talks lead with whether they took part', () => {
  it.each([
    ['Did Quan and Song Tao talk on 29 July 2020?', '2020-07-29-phone-talks'],
    ['Did Quan and Song Tao speak in July 2020?', '2020-07-29-phone-talks'],
    ['Did Trung and Song Tao hold talks in 2022?', '2022-04-19-videoconference'],
  ])('%j is Yes, citing that talk', (q, talk) => {
    const a = engine.answer(q);
    expect(first(q)).toMatch(/^Yes\b/u);
    expect(citedTalks(a)).toEqual([talk]);
  });

  it('someone who was not there is No', () => {
    expect(first('Did Trung and Song Tao talk on 29 July 2020?')).toMatch(/^No\b/u);
  });
});

describe('a span of years in a yes/no about a document is its period', () => {
  it.each([
    'Does the cadre-training scheme cover the years 2016 to 2020?',
    'Is the cadre training plan for 2016-2020?',
    'Does the cadre training scheme run through 2011 to 2015?',
    'Kế hoạch đào tạo cán bộ có áp dụng cho giai đoạn 2016-2020 không?',
    '干部培训计划涵盖2016至2020年吗？',
  ])('%j is No by the period 2021-2025', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(first(q)).toMatch(/^(No|Không|不是)/u);
    expect(first(q)).toMatch(/2021/u);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });

  it('the right period is Yes', () => {
    expect(first('Does the cadre training plan run from 2021 to 2025?')).toMatch(/^Yes\b/u);
  });
});

describe('a verb of counting as leaves the verdict to the facts', () => {
  it.each([
    ['2020年越方有没有把海上的复杂情况列为两国关系的障碍之一？', /^是/u],
    ['2020年越方是否把海上复杂局势视为两国关系的障碍？', /^是/u],
    ['Năm 2020 tình hình phức tạp trên biển có được phía Việt Nam coi là một trong những trở ngại không?', /^Có[.:]/u],
  ])('%j', (q, lead) => {
    const a = engine.answer(q);
    expect(first(q)).toMatch(lead);
    expect(citedTalks(a)).toEqual(['2020-07-29-phone-talks']);
  });
});

describe('a contraction typed without its apostrophe', () => {
  it('leaves negated necessity contradicting the necessity stated', () => {
    contradicted('trung said theres no real need to push more high-level exchanges with china', 'polarity', '2022-04-19');
    contradicted('according to trung theres really no need to promote high-level exchanges', 'polarity', '2022-04-19');
  });
});
