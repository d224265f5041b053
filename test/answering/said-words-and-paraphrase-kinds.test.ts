// Kinds of miss from rounds 58-59's first contact: what a person said asked with a verb of telling (to a side, to
// a person, "bảo" in Vietnamese) answered with who he is; chat of urgency ("急急急") read as a word of the question;
// words the lexicon lacked for what the articles say ("sát biên giới", the direction of relations); a qualifier after
// an indefinite ("anything concrete") refused as a thing lacked; a meeting in a "when" clause asked of statements.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a verb of telling after a named person asks for his statements', () => {
  it.each([
    ['What did Song Tao tell the Vietnamese side during the 2020 call?', /neighbourliness|floods/u],
    ['What did Song Tao tell Vietnam in the July 2020 phone talks?', /neighbourliness|floods/u],
    ['What did Song Tao tell Hoang Binh Quan during the 2020 call?', /neighbourliness|floods/u],
  ])('%j cites what he said, not his post', (q, said) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(said);
    expect(a.lines[0]?.text ?? '').not.toMatch(/^Song Tao, CPC/u);
    expect(dates(q)).toEqual(['2020-07-29']);
  });

  it('"tell me about" someone still asks who he is', () => {
    expect(engine.answer('Tell me about Song Tao').lines[0]?.text ?? '').toMatch(/^Song Tao, CPC/u);
  });

  it.each([
    ['năm 2020 ông tống đào bảo tq muốn làm j tiếp vs vn vậy', /giao lưu và hợp tác/u],
    ['hồi 2020 ông Tống Đào bảo gì với phía Việt Nam', /Tống Đào/u],
  ])('Vietnamese "bảo" is a verb of saying: %j', (q, said) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(said);
    expect(a.lines[0]?.text ?? '').not.toMatch(/^Tống Đào, CPC/u);
  });
});

describe('chat of urgency asks nothing', () => {
  it.each(['`DOC` 全称是啥 急急急', 'DOC的全称是什么？在线等'])('%j is answered by the full name', (q) => {
    expect(engine.answer(q).text).toMatch(/Declaration on the Conduct of Parties/u);
  });
});

describe('words the lexicon lacked for what the articles say', () => {
  it('"sát biên giới" (close to the border) names no thing lacked', () => {
    const a = engine.answer('mình thắc mắc tí: ông Trung có nhắc gì tới mấy tỉnh sát biên giới ko');
    expect(a.text).not.toContain('"sát"');
    expect(a.text).toMatch(/biên giới/u);
  });

  it.each([
    'Đại diện Việt Nam nhìn nhận ra sao về chiều hướng quan hệ giữa hai Đảng trong cuộc trao đổi qua điện thoại năm 2020?',
    'How did Quan see the direction of relations between the two Parties in 2020?',
  ])('the direction of relations is their momentum: %j', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/tích cực|positive/u);
    expect(dates(q)).toEqual(['2020-07-29']);
  });
});

describe('a qualifier after an indefinite names no thing lacked', () => {
  it.each([
    ['did china put anything concrete on the table in the 2022 meeting?', /medical supplies/u],
    ['Was anything tangible signed in 2022?', /cooperation plan/u],
  ])('%j is answered, not refused on the qualifier', (q, answer) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(answer);
  });

  it('a thing the articles lack after "about" is still refused', () => {
    expect(engine.answer('did they say anything about climate?').text).toContain('"climate"');
  });
});

describe('a meeting in a "when" clause is the occasion, not a subject', () => {
  it('what a person told his counterpart "when they met" is his statements, put right as not in person', () => {
    const a = engine.answer('What did Song Tao tell Hoang Binh Quan when they met in person in Beijing?');
    expect(a.answered).toBe(true);
    expect(a.lines[0]?.text ?? '').toMatch(/not held in person/u);
    expect(a.text).toMatch(/neighbourliness|floods/u);
  });
});
