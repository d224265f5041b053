// Fair questions refused on a word of chat, framing or paraphrase (rounds 66-67): a refusal names what the question
// is about and the articles lack, never a frame adjective ("what concrete things"), a chat abbreviation typed in
// another language ("tks mn"), a colloquial word for strained relations ("闹得挺僵"), a verb of falling on a date
// ("rơi vào", "落在"), a name half remembered ("黎什么忠", "Lê gì Trung") or "help" said of what one side did for the
// other ("一方帮另一方").
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a frame adjective before the thing asked names nothing', () => {
  it.each([
    'What concrete things came out of the April 2022 videoconference?',
    'Which concrete outcomes did the 2022 talks produce?',
    'What tangible results did the 2022 videoconference bring?',
  ])('%j is answered from the 2022 talks', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/concrete|tangible/);
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('chat typed in another language is chat', () => {
  it.each([
    ['tks mn, cho e hỏi năm 2020 bên tq có vụ lũ lụt j hả', '2020-07-29'],
    ['thnx ae, hội đàm 2022 có ký văn kiện không', '2022-04-19'],
    ['b ơi cho mình hỏi năm 2020 bên tq có lũ lụt không', '2020-07-29'],
    ['谢啦，2022年会谈签了什么？', '2022-04-19'],
  ])('%j is answered, naming no chat word', (q, date) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/tks|thnx|“谢/);
    expect(dates(q)).toContain(date);
  });
});

describe('strained relations said colloquially ask about the problems', () => {
  it.each(['越南跟中国2020那会儿在海上是不是闹得挺僵的', '2020年两国关系闹僵了吗'])('%j cites the obstacles at sea', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.citations.some((c) => c.quote.includes('at sea'))).toBe(true);
  });
});

describe('a verb of falling on a date asks the date', () => {
  it.each(['Hai cuộc trao đổi có rơi vào cùng một tháng trong năm không?', 'Hai cuộc hội đàm có diễn ra trong cùng một tháng không?', '两次会谈落在同一个月吗？'])(
    '%j gives both dates',
    (q) => {
      const a = engine.answer(q);
      expect(a.answered).toBe(true);
      expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
    },
  );

  it.each([
    ['Hội đàm 2022 rơi vào ngày nào?', /19 tháng 4, 2022/],
    ['2022年的会谈落在哪天？', /2022年4月19日/],
  ])('%j gives the day', (q, day) => {
    expect(firstLine(q)).toMatch(day);
  });
});

describe('a name half remembered is the one person it fits', () => {
  it.each([
    ['22年会谈越方那位主任叫啥来着，黎什么忠？', /黎怀忠/],
    ['黄什么君是谁？', /黄平君/],
    ['Ông Lê gì Trung là ai?', /Lê Hoài Trung/],
    ['Who is Le something Trung?', /Le Hoai Trung/],
    ["What did Hoang what's-his-name Quan say about the sea?", /Hoang Binh Quan/],
  ])('%j answers of that person', (q, name) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(name);
  });

  it('a part no name has stays refused', () => {
    expect(engine.answer('习什么平是谁？').answered).toBe(false);
  });
});

describe('"help" after a word for a side is that side\'s act, not a request for the bot\'s', () => {
  it.each(['两次会谈中，一方帮另一方的事各有什么？', 'In the two talks, how did one side help the other?'])('%j does not get the introduction', (q) => {
    expect(engine.answer(q).intent).not.toBe('help');
  });

  it.each(['help', 'can you help me?'])('%j still gets it', (q) => {
    expect(engine.answer(q).intent).toBe('help');
  });
});
