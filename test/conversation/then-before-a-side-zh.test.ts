// "当时越方说…" (then, the Vietnamese side said…): a Chinese follow-up's talk reference before a side keeps that side the
// speaker, not the person the last answer was about (matching/entities.ts, round 93).
import { describe, expect, it } from 'vitest';
import { lastOf } from '../support/conversation.js';

describe('a side after a talk reference in Chinese', () => {
  it('"当时越方说两党关系发展势头怎么样？" after Song Tao\'s words: Quan\'s positive momentum', () => {
    const a = lastOf('2020年中方怎么形容中越关系？', '那年是建交多少周年？', '当时越方说两党关系发展势头怎么样？');
    expect(a.text).toMatch(/积极/u);
    expect(a.text).toMatch(/黄平君/u);
    expect([...new Set(a.citations.map((c) => c.date))]).toEqual(['2020-07-29']);
  });
});
