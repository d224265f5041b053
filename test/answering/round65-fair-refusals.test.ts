// Fair questions of round 65 that were refused or misread: a superlative the articles do not rank, asked of things a
// talk names ("the biggest sticking point"), an attitude asked ("attitude toward", "thái độ", "态度"), the participants
// as the subject of what a "what" asks ("what benefit did the participants attribute to…"), and a wish asked in the
// words a statement filed under another subject uses ("mở rộng giao lưu … trên những mặt nào").
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('a superlative the articles do not rank, of things the cited talk names', () => {
  it.each([
    ['What did Quan point to as the biggest sticking point between the two countries back then?', 'at sea'],
    ['Which was the largest sticking point Quan flagged in the 2020 call?', 'at sea'],
    ['What was the biggest gift China gave?', 'medical supplies'],
  ])('%j is answered with the things named', (q, said) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.citations.some((c) => c.quote.includes(said))).toBe(true);
  });

  it('says that they are not ranked before them', () => {
    expect(firstLine('What was the biggest gift China gave?')).toMatch(/^The articles do not rank them/);
  });

  it.each(['Which border gates had the worst goods congestion?', 'Where can I get the best pho in Hanoi?'])('%j, naming nothing the talks name, stays refused', (q) => {
    expect(engine.answer(q).answered).toBe(false);
  });
});

describe('an attitude asked is what was said in response', () => {
  it.each([
    "What was Song Tao's attitude towards the issues Vietnam raised in 2022?",
    "What was the Chinese official's attitude towards Hanoi's points at the 2022 talks?",
    'Ông Tống Đào có thái độ ra sao với những vấn đề phía Việt Nam nêu ra năm 2022?',
    '宋涛对越方提出的问题是什么态度？',
  ])('%j cites his positive response', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.citations.some((c) => c.quote.includes('responded positively'))).toBe(true);
  });
});

describe('the participants as the subject of what a "what" asks', () => {
  it.each([
    'What benefit did the 2022 participants attribute to the calls between the two party chiefs and other top-level contacts?',
    'What good did the attendees of the 2022 talks see in high-level contacts?',
  ])('%j is answered by what they said, not by who took part', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).not.toMatch(/^Not quite/);
    expect(a.citations.some((c) => c.quote.includes('enhancing trust'))).toBe(true);
  });
});

describe('a wish asked in the words of a statement filed under another subject', () => {
  it.each([
    'Trong cuộc điện đàm 2020, phía Trung Quốc mong mở rộng giao lưu với Việt Nam trên những mặt nào?',
    'Năm 2020, phía Trung Quốc mong thúc đẩy giao lưu với Việt Nam ở những mặt nào?',
    'In the 2020 call, in which areas did the Chinese side hope to expand exchanges?',
  ])('%j cites the hope for exchanges in all realms', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.citations.some((c) => c.quote.includes('in all realms'))).toBe(true);
  });
});
