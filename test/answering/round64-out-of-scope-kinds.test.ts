// Out-of-scope questions of round 64 that were answered: a talk between named people counted past the talks they
// shared ("their second call"), particular things asked in Chinese and Vietnamese where no cited sentence names any
// ("具体指的是哪个口岸", "cụ thể là cửa khẩu nào"), a thing weighed against others the articles never report ("is that
// a lot compared to what other countries gave?") and a verdict of who won.
import { describe, expect, it } from 'vitest';
import { lastOf } from '../support/conversation.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a talk between named people counted past the talks they shared', () => {
  it.each([
    '宋涛第二次给黄平君打电话的时候聊了什么？',
    '宋涛和黄平君第三次通电话谈了什么？',
    'what did song tao and quan talk about on their second call',
    'what did Song Tao and Hoang Binh Quan discuss in their next call?',
    'Tống Đào và Hoàng Bình Quân nói gì trong lần điện đàm thứ hai?',
  ])('%j is refused, citing nothing', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.citations).toHaveLength(0);
  });

  it.each([
    ['what did song tao and quan discuss on their call', '2020-07-29'],
    ['what did Le Hoai Trung and Song Tao discuss in the second talks?', '2022-04-19'],
    ['宋涛给黄平君打电话的时候聊了什么？', '2020-07-29'],
  ])('%j, of a talk they shared, is still answered', (q, date) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.citations.some((c) => c.date === date)).toBe(true);
  });
});

describe('a talk counted past those the articles report stays refused in a conversation', () => {
  it.each([
    ['who did Song Tao talk to in 2020?', '宋涛第二次给黄平君打电话的时候聊了什么？'],
    ['what did they say about covid in 2020?', 'what did Song Tao and Hoang Binh Quan discuss in their next call?'],
    ['Tống Đào nói chuyện với ai năm 2020?', 'Tống Đào và Hoàng Bình Quân nói gì trong lần điện đàm thứ hai?'],
  ])('after %j, %j is refused, citing nothing', (first, q) => {
    const a = lastOf(first, q);
    expect(a.answered, a.text).toBe(false);
    expect(a.citations).toHaveLength(0);
  });
});

describe('particular things asked in Chinese and Vietnamese where no cited sentence names any', () => {
  it.each([
    '2022年越方说要减少货物拥堵，具体指的是哪个口岸？',
    'Năm 2022 phía Việt Nam nói giảm ùn tắc hàng hóa, cụ thể là cửa khẩu nào?',
    'Phía Việt Nam muốn giảm ùn tắc ở cụ thể những cửa khẩu nào năm 2022?',
  ])('%j is refused, citing nothing', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.citations).toHaveLength(0);
  });

  it.each(['越方在2022年会谈里就边境和贸易具体提了哪些要求？', '2022年越方具体希望在哪些方面加强合作？'])('%j, asking what was said, is still answered', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.citations.some((c) => c.date === '2022-04-19')).toBe(true);
  });
});

describe('a thing weighed against others the articles never report, and who won', () => {
  it.each(['is that a lot compared to what other countries gave?', 'was the 2022 aid big compared with other donors?', 'lol so who won that argument', 'who won the debate in 2022?'])(
    '%j is refused with no Yes, citing nothing',
    (q) => {
      const a = engine.answer(q);
      expect(a.answered).toBe(false);
      expect(a.text).not.toMatch(/^Yes/u);
      expect(a.citations).toHaveLength(0);
    },
  );

  it('asked after the donation in a conversation, the comparison is refused too', () => {
    const a = lastOf('song tao handed over some medical supplies in the 2022 talks, right? worth how much', 'what for?', 'is that a lot compared to what other countries gave?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Yes/u);
  });

  it('a comparison between the talks is still answered', () => {
    const a = engine.answer('what did the two sides say about covid in 2022 compared to 2020?');
    expect(a.answered).toBe(true);
  });
});
