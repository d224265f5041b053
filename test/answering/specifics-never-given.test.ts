// Specifics the articles never give, asked of things they do mention (round 89 near misses, round 87 dialogues):
// which particular incident ("哪一起事件"), a concrete timetable, the figure of a thing beside other figures, what a
// goal only mentioned is "about exactly", and how relations changed after the latest talks. Each is refused, saying
// what the articles do give; fair questions about the same things stay answered.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('which particular incident, asked with "one" after "which"', () => {
  it('"哪一起事件" is refused as "哪起" is, quoting the vague phrase the article uses', () => {
    const a = engine.answer('2020年越方说的海上复杂情况，具体指的是哪一起事件？');
    expect(a.answered).toBe(false);
    expect(a.citations).toHaveLength(0);
    expect(a.text).toContain('complicated developments at sea');
  });
});

describe('a timetable or deadline the articles never set', () => {
  it.each([
    '2022年双方有没有定下疫苗护照互认的具体时间表？',
    'Did they set a concrete timetable for vaccine passports?',
    'Hai bên có đặt hạn chót cho việc công nhận hộ chiếu vắc-xin không?',
  ])('%j is refused, never a Yes', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^(Yes|是的|Có)/u);
  });

  it('the original timetable of the exchanges (as scheduled) is still answered', () => {
    const a = engine.answer("Why couldn't some party-to-party events go ahead on their original timetable in 2020?");
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.date)).toContain('2020-07-29');
  });

  it('what was said on vaccine passports is still answered', () => {
    const a = engine.answer('双方在疫苗护照上谈了什么？');
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.date)).toEqual(['2022-04-19']);
  });
});

describe('the figure of a thing the sentences on it never give', () => {
  it.each(['whats the trade volume between vn and china', 'what was the trade volume?', 'what is the trade balance figure?'])('%j is refused, naming the subject', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toContain('do not give that figure');
    expect(a.text).toContain('trade');
  });

  it.each(['what was the donation amount?', 'what was the total value of the medical supplies?', 'what is the aid figure?'])('%j still gets the value of the supplies', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('1.5 million');
  });

  it('the number of documents signed is still answered', () => {
    const a = engine.answer('what is the number of documents signed?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('two documents');
  });

  it('what the congestion was about is still answered', () => {
    const a = engine.answer('what was the congestion about?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('congestion');
  });
});

describe('what a goal only mentioned is about, "exactly" closing the question', () => {
  it.each(['ok and what is that first centenary goal about exactly?', 'what is that first centenary goal about really?'])('%j is refused, naming the goal', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toContain('first centenary goal');
  });

  it('what the supplies were for is still answered', () => {
    const a = engine.answer('what were the supplies for exactly?');
    expect(a.answered).toBe(true);
  });

  it('the 2021-2025 plan is still answered', () => {
    const a = engine.answer('what is the 2021-2025 plan?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('2021-2025');
  });
});

describe('how relations changed after the latest talks', () => {
  it.each([
    'sau cuộc hội đàm đó quan hệ Việt-Trung thay đổi ra sao?',
    'how did relations change after the talks?',
    '会谈之后中越关系有什么变化？',
  ])('%j is refused: the articles report nothing after the talks', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/19 April 2022|19 tháng 4, 2022|2022年4月19日/u);
  });

  it('how ties changed between the two talks is still answered from both', () => {
    const a = engine.answer('how did ties change between 2020 and 2022?');
    expect(a.answered).toBe(true);
    expect(new Set(a.citations.map((c) => c.date))).toEqual(new Set(['2020-07-29', '2022-04-19']));
  });
});
