// Kinds of miss from round 69's first contact: a false premise refused when the question is fair once corrected.
// A wrong year of a talk its format, act or subject (told in the question's own words) makes clear; a gift taken for
// a thing the articles name only on another subject (vaccines); documents given a wrong area (the sea border) as
// well as a wrong count. Each is put right, then answered; a talk that cannot be one of the two stays refused.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).lines[0]?.text ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a wrong year of a talk its format and act, or its subject in its own words, make clear is put right', () => {
  it.each([
    ['Why did China thank Vietnam during the 2019 phone talks?', /29 July 2020/u, /floods/u, '2020-07-29'],
    ['Năm 2019, trong cuộc điện đàm, ông Tống Đào cảm ơn Việt Nam về điều gì?', /29 tháng 7, 2020/u, /lũ lụt/u, '2020-07-29'],
    ['In the 2021 talks, how much were the medical supplies Song Tao announced worth?', /19 April 2022/u, /1\.5 million/u, '2022-04-19'],
    ['2021年会谈上宋涛宣布赠送的医疗物资价值多少？', /2022年4月19日/u, /150万/u, '2022-04-19'],
    ['Trong hội đàm năm 2021, ông Tống Đào thông báo tặng Việt Nam số vật tư y tế trị giá bao nhiêu?', /19 tháng 4, 2022/u, /1,5 triệu/u, '2022-04-19'],
  ])('%j names the talk, then answers', (q, talk, answer, date) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toMatch(talk);
    expect(a.text).toMatch(answer);
    expect(dates(q)).toEqual([date]);
  });

  it.each([
    // A format alone, with no act or subject of its talk's own: the talk may be one the articles do not report.
    'What did the two officials talk about during their 2019 video call?',
    // A subject asked in words no statement of it uses beside the topic ("say about trade"): talks of 2021 may have said anything.
    'What did Song Tao say about trade during the 2021 talks?',
    // A year far from any talk's dates another event; one after the last talk, talks the articles never saw.
    'Cuộc chiến tranh biên giới năm 1979 đã diễn ra như thế nào?',
    'What did the two sides say about vaccine passports in their 2023 talks?',
    // The format is one talk's, the gift the other's: no talk is both.
    '越中两党2021年那次电话会谈里，中方捐了多少钱的物资？',
  ])('%j is still refused', (q) => {
    expect(engine.answer(q).answered).toBe(false);
  });
});

describe('a gift taken for a thing the articles name only on another subject is put right', () => {
  it.each([
    ['2022年会谈中方向越南捐赠了一批疫苗，一共多少剂？', /^不对，报道没有说赠送的是疫苗/u, /医疗物资/u],
    ['How many doses of vaccine did China donate to Vietnam in 2022?', /^Not quite\. The report does not say vaccines were given/u, /medical supplies worth 1\.5 million CNY/u],
    ['How many vaccines did China donate to Vietnam at the 2022 talks?', /^Not quite/u, /medical supplies/u],
    ['Năm 2022 phía Trung Quốc tặng Việt Nam bao nhiêu liều vắc xin?', /^Không phải vậy\. Bài báo không nói đã trao tặng vắc xin/u, /vật tư y tế/u],
  ])('%j says so, then gives the gift reported', (q, correction, gift) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toMatch(correction);
    expect(a.text).toMatch(gift);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it.each([
    // Asked of no talk, the gift may be any ever made: the articles lack it.
    'how many vaccine doses did China donate?',
    // A thing the articles never name is refused by its name.
    'How many masks did China give Vietnam in 2022?',
    // The talk named reports no gift.
    '2020年中方给越南捐了多少疫苗？',
  ])('%j is still refused', (q) => {
    expect(engine.answer(q).answered).toBe(false);
  });
});

describe('documents given a wrong area are put right with the area reported', () => {
  it.each([
    ['Which five legal documents on sea border management did Trung ask China to follow?', /three, not five/u],
    ['Which legal documents on sea border management did Trung ask China to follow?', /land border, not sea border/u],
  ])('%j puts it right, then quotes the land border documents', (q, right) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toMatch(/^Not quite/u);
    expect(firstLine(q)).toMatch(right);
    expect(a.text).toMatch(/three legal documents on land border management/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});
