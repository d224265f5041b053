// Kinds of miss across both talks from rounds 66 and 67: a question set against a fact it has just stated of another
// talk ("the other way", "instead", "in return", "反过来") cites both talks; "who did he speak to each time and by what
// means" gives each talk's people with its format, not the format alone; "在两篇报道里是不是都出现了" (did it appear in
// both reports, the yes/no frame between the pair and its "都") asks of each talk; help one side gave the other
// ("一方帮另一方的事各有什么") is asked of each talk, not of the bot.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();
const BOTH = ['2020-07-29', '2022-04-19'];

describe('a question set against a fact it states of another talk', () => {
  it.each([
    'In 2020 Vietnam consoled China over its floods. Did any material help go the other way by 2022?',
    'Vietnam sent China its sympathy over the floods in 2020. Did any aid go the other way in 2022?',
  ])('%j answers Yes at the talk asked and cites the talk stated too', (q) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(/^Yes\./u);
    expect(a.text).toMatch(/medical supplies/u);
    expect(a.text.split('\n')[1]).toMatch(/^19 April 2022/u);
    expect(dates(q)).toEqual(BOTH);
  });

  it('answers the talk asked of first in Chinese as well', () => {
    const q = '2020年越南对中国的洪灾表示慰问。反过来，2022年中国给了越南什么帮助？';
    const a = engine.answer(q);
    expect(a.text.split('\n')[0]).toMatch(/^2022年4月19日/u);
    expect(a.text).toMatch(/医疗物资/u);
    expect(dates(q)).toEqual(BOTH);
  });

  it('a question with no word of contrast is still answered of the talk it names alone', () => {
    const q = 'In 2020 Vietnam consoled China over its floods. Did China give Vietnam medical supplies in 2022?';
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('who someone spoke to each time, and by what means', () => {
  it.each([
    "We're building a timeline of Song Tao's contacts. We have two entries so far, one from 2020 and one from 2022. Can you confirm who he spoke to each time and by what means?",
    'Who did Song Tao talk with each time, and by what means?',
    'Can you confirm who Song Tao spoke to each time?',
  ])('%j names each talk with its format and its people', (q) => {
    const a = engine.answer(q);
    expect(a.text).not.toMatch(/^(Yes|No)\b/u);
    expect(a.text).toMatch(/^29 July 2020, phone talks: Hoang Binh Quan/mu);
    expect(a.text).toMatch(/^19 April 2022, talks via videoconference: Le Hoai Trung/mu);
    expect(dates(q)).toEqual(BOTH);
  });

  it('the format alone is still the format', () => {
    expect(engine.answer('By what means were the two talks held?').intent).toBe('format');
  });
});

describe('"did it appear in both reports", the yes/no frame inside the pair', () => {
  it.each([
    '「全面战略合作伙伴关系」这个提法，在两篇报道里是不是都出现了？',
    '两次会谈是不是都谈到了洪灾？',
  ])('%j is Not at every talk, each talk given its line', (q) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(/^并非每次会谈都谈到/u);
    expect(dates(q)).toEqual(BOTH);
  });
});

describe('help one side gave the other, asked of each talk', () => {
  it.each(['两次会谈中，一方帮另一方的事各有什么？', 'in both talks, what did one side help the other side with?'])('%j is answered, not the bot\'s help', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.intent).not.toBe('help');
    expect(a.text).toMatch(/洪灾|floods/u);
  });

  it('help asked of the bot is still its help', () => {
    expect(engine.answer('pls help: what did the 2 sides talk about in 2022').intent).not.toBe('help');
    expect(engine.answer('what can you help me with?').intent).toBe('help');
  });
});
