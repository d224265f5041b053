// Chat words that carry no question: a newcomer introducing themselves before asking ("新人报道", "người mới",
// "newbie here") is chat, not a thing to look up; and a phrasal verb of complying ("stick to" the documents) is read as
// the verb, not as a topic keyword sharing its lemma (goods "stuck" at the border).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a self-introduction before the question is chat', () => {
  it.each([
    ['各位好 新人报到 想问下视频会谈是哪天举行的', '2022年4月19日'],
    ['萌新一枚，请问视频会谈是哪天？', '2022年4月19日'],
    ['chào cả nhà, em là thành viên mới, hội đàm trực tuyến diễn ra ngày nào ạ?', '19 tháng 4, 2022'],
    ['hey all, newbie here: when was the videoconference?', '19 April 2022'],
  ])('%j is answered with the date', (q, date) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toContain(date);
  });
});

describe('"stick to" the documents is complying with them', () => {
  it.each([
    'how many border docs did trung ask china to stick to',
    'Which documents did Le Hoai Trung want China to stick to?',
  ])('%j cites the three legal documents of 2022', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.citations.some((c) => c.quote.includes('three legal documents'))).toBe(true);
  });
});
