// A yes/no whether something was carried out asks what came of it after the talks: the articles report the signing
// of the plans and the hopes voiced, never their carrying out, so a Yes from the signing would be confidently wrong.
// Round 110 at first contact: "has it actually been implemented yet?" (of the 2021-2025 plan) was answered Yes.
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/answering/load.js';

const engine = loadEngine();

describe('a yes/no whether a thing was carried out', () => {
  it.each([
    'Has the 2021-2025 cooperation plan been put into practice?',
    'did the two parties ever carry out the cadre training scheme?',
    'were the three land border documents implemented in the end?',
    'Kế hoạch hợp tác 2021-2025 đã được triển khai chưa?',
    'đề án đào tạo cán bộ có được thực hiện không?',
    '干部培训方案落实了吗？',
    '2021—2025年合作计划执行了没有？',
  ])('%j is refused as after the talks, with no Yes', (q) => {
    const a = engine.answer(q);
    expect(a.answered, a.text.split('\n')[0]).toBe(false);
    expect(a.text).not.toMatch(/^(Yes|Có|是)/u);
  });

  it.each([
    ['was the cooperation plan signed?', /^Yes/u],
    ['did Quan urge the two sides to implement the common perceptions of their leaders?', /^Yes/u],
    ['what did they say about implementing the plan?', /implement/u],
  ])('%j, what was said or signed at the talks, is still answered', (q, first) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(first);
  });
});
