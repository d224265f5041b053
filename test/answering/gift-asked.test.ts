// A verb of giving whose object is asked ("what", "anything", "gì", "什么") asks for the thing given: the gift's
// statement, cited, not a summary of the talk or how it was held.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a verb of giving asked with "what" asks for the thing given', () => {
  it.each([
    'What did the Chinese side present to Vietnam in 2022?',
    'What did Beijing hand to Hanoi at the 2022 talks?',
    'did china hand vietnam anything during the 2022 videoconference?',
    'Hội đàm trực tuyến năm 2022, phía Trung Quốc tặng Việt Nam cái gì?',
    'Năm 2022 phía Trung Quốc trao cho Việt Nam cái gì?',
    '2022年中方送了越南什么？',
  ])('%j cites the medical supplies', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).not.toMatch(/^Yes: it was/);
    expect(a.citations.map((c) => c.date)).toEqual(['2022-04-19']);
    expect(a.citations.some((c) => /medical supplies|vật tư y tế|医疗物资/u.test(c.quote))).toBe(true);
  });

  it.each(['What reason did Quan give?', 'What is the present state of ties?'])('%j, asking no thing given, cites no gift', (q) => {
    expect(engine.answer(q).citations.some((c) => c.quote.includes('medical supplies'))).toBe(false);
  });
});
