// Kinds of refusal a user finds silly, from round 73's first contact: a refusal naming a chat interjection ("ơ") as a
// thing the articles lack; a word clipped in chat ("videoconf") not read as the article word it begins; "where does the
// obstacle lie" ("… nằm ở đâu") taken for a place; a count word in a long message's scene-setting ("mấy năm dịch…")
// taken for a figure asked; "có điểm nào chưa ổn không" (anything not right?) refused naming "ổn".
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const text = (q: string) => engine.answer(q).lines.map((l) => l.text).join('\n');
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a Vietnamese chat interjection is never named as what the articles lack', () => {
  it.each([
    'ơ vn có đề nghị tq công nhận hộ chiếu vaccine ko nhỉ',
    'ơ hai bên có nói về biển không',
    'ơ kìa năm 2022 có ký văn kiện nào không',
  ])('%j is answered Có', (q) => {
    expect(engine.answer(q).answered).toBe(true);
    expect(text(q)).toMatch(/^Có\./u);
    expect(text(q)).not.toMatch(/"ơ/u);
  });
});

describe('a word clipped in chat is read as the article word it begins', () => {
  it('"which date was the videoconf on?" gives 19 April 2022', () => {
    const q = 'ngl i forgot, which date was the videoconf on?';
    expect(engine.answer(q).answered).toBe(true);
    expect(text(q)).toContain('19 April 2022');
    expect(dates(q)).toEqual(['2022-04-19']);
  });
  it('a beginning several different words share is not guessed', () => {
    expect(text('what did they say about cooperat?')).not.toContain('cooperation');
  });
});

describe('"where does the obstacle lie" asks what it is, not a place', () => {
  it('the 2020 obstacles are given, not a place refused', () => {
    const q = 'Theo ông Quân, trở ngại đáng chú ý nhất trong quan hệ hai nước thời điểm đó nằm ở đâu?';
    expect(engine.answer(q).answered).toBe(true);
    expect(text(q)).toMatch(/biển/u);
    expect(text(q)).not.toContain('địa điểm');
    expect(dates(q)).toEqual(['2020-07-29']);
  });
});

describe('a long message: what the scene-setting sentences count or say is not asked', () => {
  it('"mấy năm dịch hàng bị kẹt …" asks no figure: the 2022 report on the border is given', () => {
    const q = 'Công ty mình làm xuất nhập khẩu qua các cửa khẩu phía Bắc, mấy năm dịch hàng bị kẹt ở biên giới suốt. Mình muốn biết phía Việt Nam có nêu chuyện này với Trung Quốc ở cấp Đảng không. Bài 2022 ghi gì?';
    expect(engine.answer(q).answered).toBe(true);
    expect(text(q)).not.toContain('con số');
    expect(dates(q)).toEqual(['2022-04-19']);
  });
  it('"có điểm nào chưa ổn không" is answered from the 2020 talks, not refused naming "ổn"', () => {
    const q = 'Nghe nói quan hệ hai nước có lúc thăng lúc trầm. Năm 2020 vừa có dịch bệnh, bên Trung Quốc lại còn thiên tai. Trong bối cảnh đó ông Hoàng Bình Quân đánh giá quan hệ hai Đảng ra sao, có điểm nào chưa ổn không?';
    expect(engine.answer(q).answered).toBe(true);
    expect(dates(q)).toEqual(['2020-07-29']);
    expect(text(q)).not.toContain('"ổn"');
  });
});
