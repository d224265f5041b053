// Paraphrases of round 61 that missed the fact or cited the wrong talk: an idiom whose verb takes its object between
// its words ("gave Vietnam credit", "receive the points"); how much a subject matters asked in Vietnamese by another
// phrase for it than the statement's; the head of a body said to speak ("người đứng đầu Ban Liên lạc Đối ngoại đáp
// lại…"), which is its holder, not the body; how someone judged a subject (the statement judging it, not another on
// the subject); a Vietnamese classifier of respect ("hai vị Tổng Bí thư") that hid the General Secretaries' phone
// talks behind the 2020 phone talks; a Chinese translation that merged "economic, trade" into one word (经贸).
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answering/types.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (a: Answer) => [...new Set(a.citations.map((c) => c.date))].sort();

describe('an idiom whose object stands between its words', () => {
  it.each([
    'For what did Song Tao give Vietnam credit during the 2022 session?',
    'What did the Chinese official give Vietnam credit for in 2022?',
    'What did Song Tao credit Vietnam with in 2022?',
  ])('%j: the congratulations on the 13th Congress', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(dates(a)).toEqual(['2022-04-19']);
    expect(a.text).toContain('13th');
  });

  it('"credit" alone is no praise: "Did China extend credit to Vietnam?" gets no Yes', () => {
    expect(engine.answer('Did China extend credit to Vietnam?').text.startsWith('Yes')).toBe(false);
  });

  it.each([
    'How did the Chinese official receive the points raised by Hanoi in April 2022?',
    'How did Song Tao receive the proposals of the Vietnamese side?',
  ])('%j: he responded positively', (q) => {
    const a = engine.answer(q);
    expect(dates(a)).toEqual(['2022-04-19']);
    expect(a.text).toContain('positively');
  });
});

describe('the role of a subject asked by another phrase for it than the statement uses', () => {
  it.each([
    'Theo các quan chức phụ trách đối ngoại hồi 2022, hợp tác giữa hai Đảng có vai trò gì đối với quan hệ Việt – Trung?',
    'Năm 2022, hợp tác giữa hai Đảng có vai trò gì với quan hệ hai nước?',
  ])('%j: the statement that it orients the ties', (q) => {
    const a = engine.answer(q);
    expect(dates(a)).toEqual(['2022-04-19']);
    expect(a.text).toContain('định hướng');
  });
});

describe('the head of a body, said to speak, is its holder', () => {
  it.each([
    'Trước các vấn đề Hà Nội đưa ra, người đứng đầu Ban Liên lạc Đối ngoại Trung Quốc đáp lại với thái độ ra sao?',
    'Trưởng Ban Liên lạc Đối ngoại đã phản hồi thế nào trước các vấn đề phía Việt Nam nêu ra?',
    '中联部部长对越方提出的问题作何回应？',
  ])('%j: Song Tao responded positively, in 2022 alone', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(dates(a)).toEqual(['2022-04-19']);
    expect(a.lines[0]?.text).not.toMatch(/^(Ban Liên lạc|中共中央对外联络部)/u);
  });

  it('who heads it is still the person asked: "Who is the head of the International Liaison Department?"', () => {
    expect(engine.answer('Who is the head of the International Liaison Department?').text).toMatch(/^Song Tao/u);
  });
});

describe('how someone judged a subject: the statement judging it', () => {
  it.each([
    'Quan chức Trung Quốc nhìn nhận thế nào về kết quả chống dịch của Việt Nam?',
    '宋涛对越南应对那场大流行的表现持什么看法？',
    "What did Song Tao think of Vietnam's performance against the pandemic?",
  ])('%j: he spoke highly of its fight against COVID-19 (2020 alone)', (q) => {
    expect(dates(engine.answer(q))).toEqual(['2020-07-29']);
  });

  it('a subject named more precisely still answers: "宋涛是怎么评价越南自越共十二大以来的成就的？" is the 2022 congratulations', () => {
    expect(dates(engine.answer('宋涛是怎么评价越南自越共十二大以来的成就的？'))).toEqual(['2022-04-19']);
  });
});

describe('a Vietnamese classifier of respect does not hide whose phone talks are meant', () => {
  it.each([
    'Những cuộc nói chuyện qua điện thoại giữa hai vị Tổng Bí thư được cho là đã góp phần mang lại điều gì?',
    'Những cuộc điện đàm giữa hai vị Tổng Bí thư đã góp phần vào điều gì?',
  ])('%j: answered from 2022, with no correction', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text.startsWith('Không')).toBe(false);
    expect(dates(a)).toEqual(['2022-04-19']);
  });
});

describe('a Chinese translation keeps each of the partnerships the article names', () => {
  it('"部委、行业和地方之间的合作机制一直没断，按2022年的说法这对哪些方面有好处？": the economic, trade and investment partnerships', () => {
    expect(engine.answer('部委、行业和地方之间的合作机制一直没断，按2022年的说法这对哪些方面有好处？').text).toContain('经济');
  });
});
