// A talk word typed in Chinese ("视频会谈", "视频会议") has whose talks they were before it ("两党总书记通话"); a subject
// right after it ("视频会谈[里]称赞…", the locative dropped) is what was said there. Read so, the talk word still names
// the talks, and a format they did not have is put right before the answer.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a Chinese talk word just before a subject still names the talks', () => {
  it.each([
    ['宋涛在2020年视频会谈里称赞了越南什么？', '2020-07-29'],
    ['2020年那次视频会谈里疫情防控谈了什么？', '2020-07-29'],
    ['2020年视频会议里黄平君慰问了什么？', '2020-07-29'],
    ['2020年视频会谈上宋涛感谢了越南什么？', '2020-07-29'],
  ])('%s', (q, date) => {
    const a = engine.answer(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.text.split('\n')[0], a.text).toMatch(/^不对，.*电话会谈/u);
    expect(a.citations.every((c) => c.date === date)).toBe(true);
  });
});

describe('near cases that do not change', () => {
  it.each([
    // Whose talks: the topic before the talk word.
    ['两党总书记视频会谈起了什么作用？', '2022-04-19'],
    ['总书记之间的通话起到了什么作用？', '2022-04-19'],
    // The format given rightly.
    ['2022年视频会谈里宋涛称赞了越南什么？', '2022-04-19'],
  ])('%s', (q, date) => {
    const a = engine.answer(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.text).not.toMatch(/^不对/u);
    expect(a.citations.map((c) => c.date)).toContain(date);
  });
});
