// Kinds of Vietnamese miss of round 96 (branch vi96): a format named beside the generic word picks its talk when its
// date or people are asked; a misaccented name in full is that person, in a yes/no question too; chat particles and
// interjections are grammar; "ghi nhận việc …" records an act (no praise); "như nào" asks how; the side after a verb of
// helping is the one helped; a clause no rule reads is still answered at its own talk.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();
const opening = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';
const BOTH = ['2020-07-29', '2022-04-19'];

describe('a format named beside the generic word picks its talk', () => {
  it.each([
    ['Hội đàm theo hình thức trực tuyến được tổ chức vào ngày nào?', /19 tháng 4, 2022/u, ['2022-04-19']],
    ['On what date were the talks in the online format held?', /19 April 2022/u, ['2022-04-19']],
    ['Cuộc trao đổi qua hình thức điện thoại diễn ra ngày nào?', /29 tháng 7, 2020/u, ['2020-07-29']],
  ])('%j gives that talk its date', (q, date, talks) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(date);
    expect(dates(q)).toEqual(talks);
  });

  it('who took part in the online-format talks is that talk\'s people', () => {
    const q = 'Ai đã tham gia cuộc hội đàm theo hình thức trực tuyến?';
    expect(engine.answer(q).text).toMatch(/Lê Hoài Trung/u);
    expect(engine.answer(q).text).not.toMatch(/Hoàng Bình Quân/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('the format still answers when it is what is asked', () => {
    expect(engine.answer('Hội đàm năm 2022 diễn ra theo hình thức nào?').text).toMatch(/trực tuyến/u);
  });
});

describe('a misaccented name in full is that person', () => {
  it('"Song Tào" in a yes/no question is Song Tao, and the date is confirmed', () => {
    const q = 'Ông Hoàng Bình Quân điện đàm với Song Tào ngày 29/7/2020 đúng không?';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(opening(q)).toMatch(/^Có/u);
    expect(a.text).not.toMatch(/Tào/u);
    expect(dates(q)).toEqual(['2020-07-29']);
  });

  it('"Hoàng Bình Quán" asked of his post is Hoàng Bình Quân', () => {
    const a = engine.answer('Ông Hoàng Bình Quán giữ chức gì?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Hoàng Bình Quân/u);
  });

  it('a lone misaccented syllable ("quán") is still no name', () => {
    expect(engine.answer('Hai bên có nhắc tới quán cà phê nào không?').text).not.toMatch(/Hoàng Bình Quân/u);
  });
});

describe('chat particles and interjections are grammar', () => {
  it.each([
    ['hmm bài 2022 nhắc tới ASEAN làm chi dợ', /DOC|COC|Biển Đông/u],
    ['ừm ông Lê Hoài Trung với ông Hoàng Bình Quân ai làm trưởng ban đối ngoại trước zị', /Hoàng Bình Quân/u],
  ])('%j is answered', (q, words) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(words);
  });
});

describe('what a talk recorded, which talk did it, and how it was put', () => {
  it('"lần nào ghi nhận việc ký …" asks which talk signed, not of praise', () => {
    const q = 'Lần nào các bài báo ghi nhận việc hai bên ký văn kiện?';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(opening(q)).toMatch(/2022/u);
    expect(a.text).not.toMatch(/chúc mừng/u);
  });

  it('"như nào" asks how: the border localities Trung spoke of', () => {
    const q = 'ông Trung nói về mấy tỉnh biên giới như nào vậy';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/cơ chế hợp tác/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('"chi tiết" is a detail asked for, never a thing the articles lack', () => {
    const q = 'Có chi tiết nào về việc Trung Quốc hỗ trợ y tế cho Việt Nam không?';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/vật tư y tế/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('help between the sides, asked by its verb', () => {
  it('how China supported Vietnam is the medical supplies', () => {
    const q = 'Phía Trung Quốc đã hỗ trợ Việt Nam như thế nào?';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/vật tư y tế/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('a second clause with its own year is answered at its talk, the first at its own', () => {
    const q = 'Năm 2020 phía Trung Quốc cảm ơn Việt Nam về chuyện lũ lụt; còn năm 2022 phía Trung Quốc làm gì để hỗ trợ Việt Nam?';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/lũ lụt/u);
    expect(a.text).toMatch(/vật tư y tế/u);
    expect(dates(q)).toEqual(BOTH);
  });

  it('a long message whose asking part names the side helped still takes its year from the context', () => {
    const q = 'Báo chí hay viết Trung Quốc giúp Việt Nam lúc dịch. Nhưng hình như năm 2020 chiều ngược lại cũng có. Vậy phía Trung Quốc đã cảm ơn Việt Nam điều gì, và năm 2022 họ hỗ trợ Việt Nam thứ gì?';
    expect(engine.answer(q).text).toMatch(/lũ lụt/u);
    expect(dates(q)).toEqual(BOTH);
  });
});
