// Time asked: a month that names no talk is refused as no talks that month, and a word of the present closing a
// question in the present tense asks how things stand today, which the articles do not say.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a word of the present closing a question in the present tense', () => {
  it('asks how things stand today, which the articles do not say', () => {
    for (const q of ['is covid over in china now?', 'how are vietnam-china relations today?', 'năm nay 2 bên có hội đàm nữa không nhỉ']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/say nothing of what came after them|không nói gì về những gì diễn ra sau đó/);
    }
  });

  it('is no such question when it only turns to the question or hurries the bot', () => {
    expect(engine.answer('now, who took part in the 2022 talks?').answered).toBe(true);
    expect(engine.answer('who attended the 2020 talks, answer now').answered).toBe(true);
  });
});

describe('a month that names no talk', () => {
  it.each([
    'Trong cuộc trao đổi hồi tháng 3 giữa hai Đảng, hai bên đã thống nhất những điểm nào?',
    'what did the two parties agree on in the March talks?',
    '3月两党会谈达成了哪些共识？',
  ])('is refused as no talks that month, not answered from another talk: %s', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.citations).toHaveLength(0);
    expect(a.text).toMatch(/March|tháng 3|3月/u);
  });
});
