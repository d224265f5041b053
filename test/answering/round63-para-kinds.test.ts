// Fair questions of round 63 refused or half answered: a chat abbreviation of thanks said to someone ("say thx to
// Vietnam") dropped as filler, so "why" found nothing; "khác nhau sao" (how do they differ) read as "why"; a frame
// noun ("khía cạnh", "phương diện": aspects) taken for a thing the articles lack; "后来" within the story refused as
// after the talks when "原定" (originally planned) told it in the past; "the Party-to-Party phone call" read as a
// subject, so who was on it got what was said of the Party channel.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answering/types.js';
import { withoutChatMarkup } from '../../src/chat-text.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (a: Answer) => [...new Set(a.citations.map((c) => c.date))].sort();

describe('thanks said in chat is the thanking asked about', () => {
  it.each([
    'lmao why did the chinese dude say thx to vietnam in 2020',
    'why did song tao say thx to vietnam back in 2020?',
    'what did the chinese guy say thx for in 2020',
  ])('%j: the floods, from the 2020 call', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/floods/u);
    expect(dates(a)).toEqual(['2020-07-29']);
  });

  it('"thx" closing a question is still only thanks to the bot', () => {
    const a = engine.answer('who signed the documents in 2022? thx');
    expect(a.text.split('\n')[0]).toMatch(/signed two documents/u);
    expect(dates(a)).toEqual(['2022-04-19']);
  });
});

describe('"khác nhau sao" asks how two things differ, not why', () => {
  it.each(['**COC** với **DOC** khác nhau sao theo bài báo á??', 'DOC và COC khác nhau ra sao?'])('%j: what the article says of each', (q) => {
    const a = engine.answer(withoutChatMarkup(q));
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Tuyên bố/u);
    expect(a.text).toMatch(/Bộ Quy tắc/iu);
    expect(dates(a)).toEqual(['2022-04-19']);
  });
});

describe('a generic frame noun does not decide scope', () => {
  it.each([
    'Năm 2020, ông Song Tao nói Trung Quốc đặc biệt coi trọng những khía cạnh nào trong quan hệ với Việt Nam?',
    'Năm 2020 ông Tống Đào nói Trung Quốc coi trọng những phương diện nào trong quan hệ với Việt Nam?',
  ])('%j: what China attaches great importance to', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/láng giềng hữu nghị/u);
    expect(dates(a)).toEqual(['2020-07-29']);
  });
});

describe('"后来" after what was originally planned is within the story', () => {
  it.each(['受新冠影响，两党原定通过党的渠道开展的部分交往后来是什么情况？', '两党原定开展的部分交往后来是什么情况？'])('%j: the exchanges could not be held as scheduled', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/未能如期举行/u);
    expect(dates(a)).toContain('2020-07-29');
  });

  it('doubted whether it came true afterwards, it is still after the talks', () => {
    expect(engine.answer('原定的交往后来真的恢复了吗？').answered).toBe(false);
  });
});

describe('the channel of the talks before a talk word names the talks', () => {
  it.each([
    'Who were the two people on the line for the Party-to-Party phone call in summer 2020?',
    'Who were the people in the Party-to-Party phone call?',
  ])('%j: both participants of the 2020 call', (q) => {
    const a = engine.answer(q);
    expect(a.text.split('\n')[0]).toMatch(/Hoang Binh Quan .*Song Tao/u);
    expect(dates(a)).toEqual(['2020-07-29']);
  });

  it('the channel asked about is still the subject', () => {
    const a = engine.answer('What did they say about party-to-party cooperation in 2020?');
    expect(a.intent).toBe('topic');
    expect(a.text).toMatch(/Party channel/u);
  });
});
