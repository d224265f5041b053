// Kinds of miss from round 70's first contact: a Vietnamese tag question ("…, đúng không?") whose statement says "no …
// at all" ("không vướng mắc gì", "không có trở ngại nào") read the question word after the negation as asking, so the
// question lost its yes/no and its No. A question word shortly after a negation is an indefinite; one with no negation
// before it still asks its own question, the tag checking what it takes for granted.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).lines[0]?.text ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a Vietnamese tag question saying "none at all" is asked yes or no', () => {
  it.each([
    'Ông Quân nói quan hệ hai bên hoàn toàn suôn sẻ, không vướng mắc gì, đúng không?',
    'Ông Quân cho rằng quan hệ song phương không còn trở ngại nào, phải không?',
    'Theo ông Quân, quan hệ hai nước vẫn suôn sẻ, đúng không?',
  ])('%j opens with Không and cites the 2020 talks', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toMatch(/^Không[:,.]/u);
    expect(dates(q)).toEqual(['2020-07-29']);
  });

  it('a question word with no negation before it still asks its own question', () => {
    expect(firstLine('Hai bên đã ký văn kiện nào trong năm 2022, đúng không?')).not.toMatch(/^(Không|Có)[:,.]/u);
  });
});
