// Kinds of miss across both talks from round 65, in all three languages: a theme asked of both talks that one talk's
// facts answer in full and the other words its own way ("adaptable" contact: "flexible forms of exchanges"); a meeting
// in person denied as the setting of what is asked ("khi không tiện gặp nhau trực tiếp"), not the format asked; a word
// both talks stressed, asked Yes or No ("有没有一个共同强调的词"); help given in other words ("material help") named as
// the aid it was; a remedy asked "with what means" ("拿什么办法"), not how the talks were held.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();
const BOTH = ['2020-07-29', '2022-04-19'];

describe('a theme asked of both talks, worded by each report its own way', () => {
  it.each([
    'How did the idea of keeping in touch in adaptable ways show up in both talks?',
    'How did the notion of staying in touch in versatile ways come up in both talks?',
    'In both talks, where does adaptability in keeping in touch appear?',
  ])('%j cites each talk with its own sentence on flexible forms', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(dates(q)).toEqual(BOTH);
    expect(a.text).toMatch(/flexible forms of exchange/u);
    expect(a.text).toMatch(/regular contact[^\n]*flexible forms/u);
  });

  it('a theme the other talk never words gives that talk nothing', () => {
    const q = 'How did the floods show up in both talks?';
    expect(engine.answer(q).text).not.toMatch(/flexible/u);
  });
});

describe('a meeting in person denied is the setting of what is asked, not the format', () => {
  it.each([
    ['Ở cả hai bài, hai bên đều đề cao kiểu liên lạc nào khi không tiện gặp nhau trực tiếp?', /linh hoạt/u],
    ['Cả hai bài đều nhấn mạnh kiểu liên lạc nào khi không gặp nhau trực tiếp được?', /linh hoạt/u],
    ['In both articles, which kind of contact did both sides stress when they could not meet in person?', /flexible/u],
  ])('%j answers with the flexible forms at each talk', (q, flexible) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.intent).not.toBe('format');
    expect(a.text).toMatch(flexible);
    expect(dates(q)).toEqual(BOTH);
  });

  it.each(['How were the talks held when they could not meet in person?', 'So they did not meet in person, what format was it?'])(
    '%j still asks the format',
    (q) => {
      expect(engine.answer(q).intent).toBe('format');
    },
  );
});

describe('a word both talks stressed, asked Yes or No', () => {
  it.each(['两次会谈在交往形式上有没有一个共同强调的词？', '两次会谈在交往形式上有没有共同提到的说法？'])('%j is Yes, with each talk\'s flexible forms', (q) => {
    const a = engine.answer(q);
    expect(a.text.split('\n')[0]).toMatch(/^是的/u);
    expect(a.text).toMatch(/灵活交流方式[\s\S]*灵活方式/u);
    expect(dates(q)).toEqual(BOTH);
  });

  it('what both stressed, asked outright, gives the same pair with no Yes', () => {
    const a = engine.answer('两次会谈在交往形式上共同强调了什么？');
    expect(a.text.split('\n')[0]).not.toMatch(/^是的/u);
    expect(a.text).toMatch(/灵活/u);
  });

  it('a subject only one talk raised is no Yes', () => {
    expect(engine.answer('Did both talks have something in common about the floods?').text.split('\n')[0]).not.toMatch(/^Yes/u);
  });
});

describe('help given in other words is the aid it was, at the talk that gave it', () => {
  it.each([
    ['In which of the two conversations did China give Vietnam material help, and what was it?', /^The talks via videoconference of 19 April 2022\./u, /medical supplies/u],
    ['Which talk saw China give Vietnam material support?', /^The talks via videoconference of 19 April 2022\./u, /medical supplies/u],
    ['两次会谈中，哪一次中方给了越方物质帮助？是什么？', /^2022年4月19日的视频会谈/u, /医疗物资/u],
  ])('%j names the 2022 talk first and the supplies', (q, first, supplies) => {
    const a = engine.answer(q);
    expect(a.text.split('\n')[0]).toMatch(first);
    expect(a.text).toMatch(supplies);
  });
});

describe('a remedy asked "with what means" is what was done, not how the talks were held', () => {
  it('the flexible forms that replaced the exchanges, cited at the 2020 talk that says they fell through', () => {
    const q = '因为疫情，两党有些原定的往来没办成，那他们拿什么办法来补救？';
    const a = engine.answer(q);
    expect(a.intent).not.toBe('format');
    expect(a.text).toMatch(/灵活/u);
    expect(dates(q)).toEqual(['2020-07-29']);
  });

  it.each(['疫情导致两党一些交流没能如期举行，他们拿什么方式来弥补？', '两党原定的交流没办成，拿什么措施补救的？'])('%j is not answered with how the talks were held', (q) => {
    expect(engine.answer(q).intent).not.toBe('format');
    expect(dates(q)).toEqual(['2020-07-29']);
  });
});
