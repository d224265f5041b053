// Round 45's Vietnamese misses, by kind, with their English and Chinese kin: a year a period lasts to, verbs of
// admitting read as saying, a means contrary to the one reported, format words in other wordings, the leaders' own
// phone calls, a wrong month naming a talk of one person, and what the pandemic did to the exchanges.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('a year after a word of lasting ends a period, not a later event', () => {
  it.each([
    ['Cả hai văn kiện ký năm 2022 đều kéo dài tới năm 2025 phải không?', /^Có/u],
    ['2022年签署的两份文件都持续到2025年吗？', /^是/u],
    ['Do both documents signed in 2022 last until 2025?', /^Yes/u],
  ])('%j is answered Yes with the 2021-2025 period', (q, yes) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(first(q)).toMatch(yes);
    expect(a.text).toMatch(/2021[-—–]2025/u);
  });

  it('a wrong end year is No, with the period', () => {
    expect(first('Cả hai văn kiện ký năm 2022 đều kéo dài tới năm 2030 phải không?')).toMatch(/^Không.*2021-2025/u);
  });
});

describe('what was said, asked by a verb of admitting', () => {
  it.each([
    ['Năm 2020 ông Quân có thừa nhận quan hệ hai nước vẫn còn trở ngại không?', /^Có/u],
    ['Did Quan acknowledge in 2020 that there were still obstacles in relations?', /^Yes/u],
    ['Did Quan admit in 2020 that there were still obstacles in relations?', /^Yes/u],
  ])('%j leads with Yes', (q, yes) => {
    expect(first(q)).toMatch(yes);
  });
});

describe('a means contrary to the peaceful one reported', () => {
  it.each([
    ['Năm 2020 ông Quân có kêu gọi giải quyết tranh chấp bằng sức mạnh quân sự không?', /^Không/u, /hòa bình/u],
    ['Did Quan call for settling disputes with military power in 2020?', /^No/u, /peaceful/u],
  ])('%j is No, citing the peaceful means', (q, no, peaceful) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(first(q)).toMatch(no);
    expect(a.text).toMatch(peaceful);
  });
});

describe('format words in other wordings', () => {
  it.each([
    'Ngoài chuyện song phương, buổi hội đàm qua màn hình còn đề cập tới những vấn đề rộng hơn nào?',
    'Besides bilateral matters, what broader issues did the on-screen talks cover?',
  ])('%j names the videoconference', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(new Set(a.citations.map((c) => c.date))).toEqual(new Set(['2022-04-19']));
  });
});

describe("the leaders' own phone calls are no talk of the articles", () => {
  it.each([
    'Việc lãnh đạo cao nhất của hai đảng gọi điện cho nhau được cho là đã mang lại hiệu quả gì?',
    'What effect was the top leaders of the two parties phoning each other said to have had?',
    '两党最高领导人互通电话被认为带来了什么效果？',
  ])('%j answers with the trust the 2022 report says they built', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.date)).toContain('2022-04-19');
    expect(a.citations.some((c) => /enhancing trust/u.test(c.quote))).toBe(true);
  });
});

describe('a wrong month naming the talk of a person who was at one talk', () => {
  it.each([
    ['Buổi hội đàm tháng 3 giữa ông Trung và ông Song Tao có ký văn bản nào không?', /^Có/u, '19 tháng 4, 2022'],
    ['Did the March talks between Trung and Song Tao sign any documents?', /^Yes/u, '19 April 2022'],
  ])('%j is answered as asked, with the date put right', (q, yes, date) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(first(q)).toMatch(yes);
    expect(a.text).toContain(date);
  });

  it('a month said of the act, away from any talk word, stays another event', () => {
    expect(engine.answer('What did Song Tao and Trung sign in Beijing last November?').answered).toBe(false);
  });
});

describe('what the pandemic did to the exchanges', () => {
  it.each([
    'lol covid làm mấy vụ giao lưu đảng năm 2020 bị sao hả bot',
    'how did covid affect party exchanges in 2020?',
  ])('%j gives the exchanges that could not be held as scheduled', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.citations.some((c) => /held as scheduled/u.test(c.quote))).toBe(true);
  });
});
