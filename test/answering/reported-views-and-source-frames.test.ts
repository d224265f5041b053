// Kinds of miss from round 76's first contact (fair questions refused or cited wrongly): a view reported of someone
// named ("did Trung think") taken for the bot's opinion; a yes/no asked after its source ("According to the 2020
// article, did…") read as no yes/no; Chinese "do" (做/做点) taken for a thing the articles lack; a document's end year
// asked beside the talk it was signed at taken for the talk's duration; which talk had a thing named by the articles'
// own phrase answered "both" from another talk's statement on the wider topic.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a view reported of someone named is the article\'s, answered', () => {
  it.each([
    ['Which places did Trung think deserved better conditions to make use of existing cooperation arrangements?', /border/u],
    ['What did Trung believe China should do about goods congestion at the border?', /congestion/u],
  ])('%j is answered from the article', (q, words) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(words);
  });

  it.each([
    'What do you think of the 2022 talks?',
    'Which side do you think did better?',
    'Does Vietnam think China is more trustworthy?',
  ])('%j, a view asked of the bot or a judgement in a yes/no, stays refused', (q) => {
    expect(engine.answer(q).answered).toBe(false);
  });
});

describe('a yes/no asked after its source is answered Yes or No', () => {
  it.each([
    ['According to the 2020 article, did every Party-channel exchange go ahead on schedule despite the pandemic?', /^No/u],
    ['According to the 2022 talks, were cooperative mechanisms between localities kept up?', /^Yes/u],
    ['According to VNA, was the 2022 meeting held by video?', /^Yes/u],
  ])('%j', (q, lead) => {
    expect(engine.answer(q).text).toMatch(lead);
  });

  it('a question word after the source still asks it', () => {
    const a = engine.answer('According to the reports, who took part?');
    expect(a.text).not.toMatch(/^(Yes|No)/u);
    expect(a.text).toMatch(/Song Tao/u);
  });
});

describe('Chinese "do" asks what was done', () => {
  it('做点啥 after a request is answered with what was asked of China', () => {
    const a = engine.answer('大佬们 越南这边说边境货物堵了 有没有让中国做点啥');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/拥堵/u);
    expect(dates('大佬们 越南这边说边境货物堵了 有没有让中国做点啥')).toContain('2022-04-19');
  });
});

describe('a document\'s end year asked beside the talk it was signed at is its period', () => {
  it.each([
    ['Đề án đào tạo cán bộ được ký trong cuộc điện đàm năm 2020 kéo dài đến năm nào?', /^Không/u],
    ['Until what year does the cadre training scheme signed in the 2020 phone call last?', /^Not quite/u],
  ])('%j is put right, with the period', (q, lead) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(lead);
    expect(a.text).toMatch(/2025/u);
  });

  it('how long the talk lasted stays refused', () => {
    expect(engine.answer('Cuộc điện đàm năm 2020 kéo dài bao nhiêu phút?').answered).toBe(false);
  });
});

describe('which talk had a thing named by the articles\' own phrase', () => {
  it('the first centenary goal is the 2022 talks\', not both', () => {
    const a = engine.answer("wait which talk had the 'first centenary goal' congrats lol");
    expect(a.text).toMatch(/^The talks via videoconference of 19 April 2022/u);
  });

  it('the East Sea still finds the 2020 talk\'s developments at sea too', () => {
    expect(engine.answer('Which talk mentioned the East Sea?').text).toMatch(/^Both/u);
  });
});
