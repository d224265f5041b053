// What the articles do not report is refused, not answered with a nearby fact: a quantity asked as it stands now; who
// started a talk, asked by "which side"; other attendees, asked in Vietnamese; a meeting in person that no date or
// participant pins to a reported talk; a meeting with someone under an office no participant held. Where a date pins
// one talk, the question is still answered with the premise put right.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('a detail the articles do not give, of a topic they mention', () => {
  it.each([
    'What is the current annual trade volume between Vietnam and China?',
    "What's the current value of bilateral trade?",
  ])('%j: a quantity now is refused as after the talks', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.citations).toHaveLength(0);
  });

  it.each([
    ['2020年那通电话是哪一方先提出要打的？', '报道没有说是谁'],
    ['2022年那次视频会谈是哪一方先提出的？', '报道没有说是谁'],
    ['Which side in the 2020 phone call first proposed it?', 'The articles do not say who'],
  ])('%j: who started the talk is refused, naming the act', (q, said) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(first(q)).toContain(said);
  });

  it.each([
    'Những quan chức nào khác cùng tham dự hội đàm với ông Lê Hoài Trung?',
    'Những quan chức nào khác tham gia cuộc điện đàm cùng ông Hoàng Bình Quân?',
    'Người nào khác đã dự hội đàm với ông Tống Đào năm 2022?',
  ])('%j: other attendees are refused: the articles name no one else', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
  });

  it.each([
    ['2020年通话里说的两党领导人共识，是在哪次会晤上达成的？', '报道没有给出所问事件的时间'],
    ['两党领导人的共识是什么时候达成的？', '报道没有给出所问事件的时间'],
    ['At which meeting did the party leaders reach the common perceptions mentioned in 2020?', 'The articles give no date for that'],
  ])('%j: where an act done by others before the talks was done is refused', (q, said) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(first(q)).toContain(said);
  });

  it('which talk spoke of that act is still answered', () => {
    const a = engine.answer('Which talk mentioned the common perceptions reached by the party leaders?');
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.date)).toContain('2020-07-29');
  });

  it.each(['lol did song tao look tired on the video call 😂', 'Was Quan nervous during the phone call?'])(
    '%j: how someone looked or felt is not answered Yes by the format',
    (q) => {
      const a = engine.answer(q);
      expect(a.answered).toBe(false);
      expect(first(q)).not.toMatch(/^Yes/u);
    },
  );

  it('who took part is still answered when asked by "which side"', () => {
    const a = engine.answer('Which side attended the 2022 talks?');
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.date)).toEqual(['2022-04-19']);
  });
});

describe('a meeting the articles do not report', () => {
  it.each([
    ['上回宋涛在北京跟越方当面会谈的时候，说了些什么？', '报道中没有这样的会晤'],
    ['宋涛上次到河内和越方当面会谈都谈了啥？', '报道中没有这样的会晤'],
    ['What did Song Tao say when he met the Vietnamese side face to face?', 'The articles report no such meeting'],
    ['Khi ông Tống Đào gặp trực tiếp phía Việt Nam, hai bên đã nói gì?', 'Các bài báo không đưa tin về cuộc gặp nào như vậy'],
  ])('%j: in person, pinned to no talk, is refused naming the talks reported', (q, said) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(first(q)).toContain(said);
    expect(a.text).toContain(q.match(/\p{Script=Han}/u) ? '2020年7月29日' : q.match(/[ăâđêôơư]/u) ? '29 tháng 7, 2020' : '29 July 2020');
    expect(a.citations).toHaveLength(0);
  });

  it.each([
    ['Khi ông Hoàng Bình Quân gặp Bộ trưởng Ngoại giao Vương Nghị năm 2020, hai bên đã thống nhất những gì?', 'Các bài báo không đưa tin về cuộc gặp nào như vậy'],
    ['When Quan met Foreign Minister Wang Yi in 2020, what did they agree on?', 'The articles report no such meeting'],
  ])('%j: a meeting with someone under an office no participant held is refused', (q, said) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(first(q)).toContain(said);
  });

  it.each([
    ['Bộ trưởng Ngoại giao Vương Nghị đã nói gì trong cuộc điện đàm ngày 29/7/2020 với Việt Nam?', '2020-07-29'],
    ['What did Wang Yi tell Quan in 2020?', '2020-07-29'],
    ['What did Song Tao say at the April 2022 talks in Beijing?', '2022-04-19'],
    ['What did they say about the floods when they met face to face?', '2020-07-29'],
  ])('%j: a talk pinned by its date, format, people or subject is still answered, put right', (q, date) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.date)).toContain(date);
  });
});
