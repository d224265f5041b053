// Chinese and Vietnamese readings that refused or cited the wrong speaker: a word of the present inside a view the
// question attributes to a side or person of the talks ("在越方看来…目前", "theo phía Việt Nam, hiện nay"); nouns for
// those who attended ("出席者", "参加者"); a summary asked in chat words ("tl;dr") beside an aside on the asker's own
// reading ("lười đọc quá", "懒得看"); and, in Chinese, a side just before a noun of a view ("越南啥态度"), which is whose
// view is asked even after another side that underwent the event ("中国那边20年发大水").
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe("a present word inside a cited side's or person's view is that talk's present", () => {
  it.each([
    '在越方看来，两国关系目前最大的难题在哪里？',
    '在黄平君看来，双边关系目前有哪些障碍？',
    'Theo phía Việt Nam, hiện nay quan hệ hai nước vướng trở ngại gì?',
    'Theo ông Hoàng Bình Quân, hiện nay quan hệ song phương có những trở ngại nào?',
    'According to Vietnam, what currently stands in the way of relations?',
  ])('%j answers from the 2020 talk', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(dates(q)).toEqual(['2020-07-29']);
  });

  it.each(['两国关系目前最大的障碍是什么？', 'Hiện nay quan hệ hai nước có trở ngại gì?', 'What is currently the biggest obstacle in relations?', 'According to Quan, is he still in office today?'])(
    '%j, with no view cited (or a yes/no of today), stays refused',
    (q) => {
      expect(engine.answer(q).answered).toBe(false);
    },
  );
});

describe('Chinese nouns for those who attended are the participants', () => {
  it.each(['两次会谈的出席者分别是谁？', '参加者都来自哪个部门？', '2022年会谈的参与者有谁？'])('%j names the participants', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/宋涛/u);
  });
});

describe('a summary asked in chat words, beside an aside on reading', () => {
  it.each([
    ['tl;dr bài 2022 giúp mình với, lười đọc ghê', '2022-04-19'],
    ['tldr bài 2020 đi, không có thời gian đọc', '2020-07-29'],
    ['2022年那篇 tl;dr 一下', '2022-04-19'],
  ])('%j summarises the talk', (q, date) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(dates(q)).toEqual([date]);
  });

  it('an aside alone, with nothing asked of the articles, is not answered as a summary', () => {
    expect(engine.answer('lười đọc quá').answered).toBe(false);
  });
});

describe('in Chinese, a side just before a noun of a view is whose view is asked', () => {
  it.each(['中国那边2020年发洪水 越南啥态度', '中国20年闹水灾，越方什么态度？', '洪灾的事 越南是啥看法'])('%j gives the sympathy of the Vietnamese side', (q) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(/慰问/u);
    expect(a.text).not.toMatch(/宋涛感谢/u);
  });

  it("the Chinese side's attitude is still Song Tao's thanks", () => {
    expect(engine.answer('洪灾 中方啥态度').text).toMatch(/宋涛感谢/u);
  });
});

describe("an abbreviation's full name in English is what it stands for, not the talks' language", () => {
  it.each([
    ['COC的英文全称是什么？', /Code of Conduct/u],
    ['ASEAN的英文全名是什么', /Association of Southeast Asian Nations/u],
    ['文中提到的DOC英文全称是什么？', /Declaration on the Conduct of Parties/u],
    ['COC tên đầy đủ bằng tiếng Anh là gì?', /Code of Conduct/u],
    ['DOC tên đầy đủ tiếng Anh là gì?', /Declaration on the Conduct of Parties/u],
  ])('%j gives the full name', (q, name) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(name);
  });

  it.each(['会谈用的是英文吗？', 'Hội đàm có diễn ra bằng tiếng Anh không?', 'Were the talks held in English?'])('%j, the talks\' language, stays refused', (q) => {
    expect(engine.answer(q).answered).toBe(false);
  });
});
