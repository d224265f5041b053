// Near misses and out-of-scope turns (round 99): a future document asked in Chinese ("下一个计划"), whether a side
// agreed "in the end" (after the talks), guesses offered after a question ("masks? vaccines?"), what a named person
// wanted (his statements, not his post), and which things a person singled out ("especially those along the border").
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';
import { cited, lastOf } from '../support/conversation.js';

const engine = sharedEngine();

describe('the next document, a future event', () => {
  it.each(['下一个合作计划打算什么时候签？', '下个干部培训方案啥时候签署？', 'the next cooperation plan, when will it be signed?'])('%j is refused as after the talks', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
  });

  it('after what was signed, "下一个计划什么时候签？" is refused', () => {
    const a = lastOf('2022年双方签署了什么？', '下一个计划什么时候签？');
    expect(a.answered).toBe(false);
  });

  it('when the plan was signed stays answered', () => {
    const a = engine.answer('这个合作计划是什么时候签的？');
    expect(a.answered).toBe(true);
    expect(cited(a)).toEqual(['2022-04-19']);
  });
});

describe('whether a side agreed in the end', () => {
  it.each([
    'did china eventually agree to recognise vietnam vaccine passports?',
    'so in the end did beijing agree to accept the vaccine passports?',
    '中方最终同意互认疫苗护照了吗？',
  ])('%j is refused: what came after the talks', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^(Yes|Có|是)/u);
  });

  it('in a conversation too', () => {
    const a = lastOf('what did trung hope for on vaccine passports?', 'did china end up agreeing to that in the end?');
    expect(a.answered).toBe(false);
  });
});

describe('guesses offered after a question', () => {
  it.each(['so what did the medical aid consist of... gloves? ventilators?', 'what exactly was inside the donation? masks? vaccines?'])('%j is refused, not "put right"', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Not quite|not “/u);
  });

  it('a question before a guess still reads', () => {
    const a = engine.answer("who led vietnam's side in 2022? quan?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Le Hoai Trung/u);
  });
});

describe('what a named person wanted', () => {
  it.each([
    ['what did Trung want China to do?', '2022-04-19', /urged China|called on China/u],
    ['so what did quan want?', '2020-07-29', /Hoang Binh Quan/u],
    ['what did Trung want from China in 2022?', '2022-04-19', /COC|Code of Conduct/u],
    ['Trung talked about the East Sea. What did he want from China?', '2022-04-19', /COC|Code of Conduct/u],
  ])('%j is answered with his statements', (q, date, text) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.intent).toBe('topic');
    expect(a.text).toMatch(text);
    expect(cited(a)).toEqual([date]);
  });

  it('"I want to know who Trung is" still asks who he is', () => {
    expect(engine.answer('I want to know who Le Hoai Trung is').text).toMatch(/Commission for External Relations/u);
  });
});

describe('things a person singled out', () => {
  it('"which localities did Trung highlight" is answered by the border localities', () => {
    const a = engine.answer('which localities did Trung highlight?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/shared border/u);
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('which localities the floods hit stays refused', () => {
    expect(engine.answer('which localities did quan say were hit by the floods?').answered).toBe(false);
  });
});
