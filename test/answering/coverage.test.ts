// Coverage of near misses: a question about something the articles report, asking for what they do not give
// (names of things they only count or describe, what a thing held, the date of another event, a place, another
// instance of a thing). These must be refused, saying what the articles do report; fair neighbours stay answered.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { referenceReader, type ReferenceReader } from '../../src/answering/references.js';
import { sharedEngine } from '../support/engine.js';

let engine: Engine;
let references: ReferenceReader;
beforeAll(() => {
  engine = sharedEngine();
  references = referenceReader(engine.lexicon);
});

describe('referenceReader', () => {
  it('reads a quantified plural phrase as vague, with its complements', () => {
    const [r] = references('The two sides agreed that due to the impact of COVID-19, a number of bilateral exchanges through the Party channel could not be held as scheduled.').references
      .filter((x) => x.head === 'exchanges');
    expect(r).toMatchObject({ phrase: 'a number of bilateral exchanges through the Party channel', quantified: true, named: false });
  });

  it('reads a count as vague and a phrase followed by "such as" as named', () => {
    const counted = references('Trung called on China to seriously comply with three legal documents on land border management between Vietnam and China, maintain peace.');
    expect(counted.references.find((x) => x.head === 'documents')).toMatchObject({ quantified: true, phrase: 'three legal documents on land border management between Vietnam and China' });
    const listed = references('However, they have promptly applied flexible forms of exchanges such as phone talks between leaders.');
    expect(listed.references.find((x) => x.head === 'forms')?.named).toBe(true);
    // "forms of exchanges": exchanges is inside another noun phrase, not a reference of its own.
    expect(listed.references.some((x) => x.head === 'exchanges')).toBe(false);
    expect(listed.enumerates).toBe(true);
  });

  it('counts "the two sides" as no reference, and a locative before a place noun as a place', () => {
    const r = references('He urged China to make further efforts to reduce goods congestion at the border areas.');
    expect(r.place).toBe(true);
    expect(references('The two sides discussed important issues.').references.map((x) => x.head)).toEqual(['issues']);
    expect(references('Song Tao, head of the International Liaison Department').place).toBe(false);
  });
});

describe('near misses are refused, saying what the articles report', () => {
  const refused: readonly (readonly [string, string])[] = [
    ['Which specific incidents at sea did Quan have in mind in 2020?', 'complicated developments at sea'],
    ['What specific practical measures were proposed during the 2020 call?', 'practical measures'],
    ['Which party exchanges exactly had to be called off in 2020 because of COVID?', 'a number of bilateral exchanges through the Party channel'],
    ['What was actually in the medical supplies package? Masks, ventilators, test kits?', 'a number of medical supplies worth 1.5 million CNY (235,000 USD)'],
    ['When were the donated medical supplies delivered to Vietnam?', 'delivered'],
    ['How does the 2021-2025 cooperation plan differ from the previous party cooperation plan?', 'previous party cooperation plan'],
    ['Where in Beijing was Song Tao connecting from during the 2022 videoconference?', 'where'],
    ['How many cadres will be trained each year under the training scheme?', 'figure'],
    ['Ba văn kiện pháp lý về biên giới đất liền mà ông Trung nhắc tới có tên cụ thể là gì?', 'three legal documents'],
    ['22年签的干部培训方案每年要培训多少名干部？', '数字'],
    ['2022年开视频会的时候，宋涛是在北京哪个地方连线的？', '地点'],
    ['两党2021-2025年合作计划里具体列了哪些合作项目？', '具体包括'],
    // A signing no talk reports: the talks' dates would pass for its date.
    ['When did ASEAN and China sign the DOC?', 'no date'],
    // The figure is what a yes/no with "how much" finally asks, of the subjects it joins.
    ['Did Vietnam send China any money after the floods? How much?', 'no figure'],
    // An ordinal that begins a name ("the 13th National Congress") is no amount: how much the floods cost is not given.
    ['洪水给中国造成了多少经济损失？', '数字'],
    // "Which three": a count after "which" asks them by name, which the articles never give.
    ['越方说的三份陆地边界法律文件具体是哪三份？', 'three legal documents'],
    // The date of another event than the talks, in each language: a delivery, the establishing of ties.
    ['那批医疗物资是哪天运到越南的？', '所问事件的时间'],
    ['Vật tư y tế được chuyển tới Việt Nam khi nào?', 'thời điểm của sự việc'],
    ['越南和中国正式建交是哪年哪月哪日？', '所问事件的时间'],
  ];
  it.each(refused)('%s', (question, said) => {
    const a = engine.answer(question);
    expect(a.answered, a.text).toBe(false);
    expect(a.text).toContain(said);
    expect(a.citations).toEqual([]);
  });
});

describe('fair neighbours stay answered', () => {
  const answered: readonly (readonly [string, string])[] = [
    ['Which documents were signed?', 'cooperation plan'],
    ['Which specific documents were signed?', 'cooperation plan'],
    ['What did they agree on?', 'flexible forms'],
    ['When were the talks?', '29 July 2020'],
    ['How much were the supplies worth?', '1.5 million CNY'],
    ['How many documents were signed in 2022?', 'cooperation plan'],
    ['When were the medical supplies announced?', '19 April 2022'],
    ['When did they talk about the chinese floods?', '29 July 2020'],
    ['What medical supplies did China give?', '1.5 million CNY'],
    ['What did Hanoi want Beijing to do about the earlier declaration on how parties behave in the East Sea?', 'Declaration'],
    ['What format was the one where they talked about vaccine passports?', 'videoconference'],
    ['2020年双方提到庆祝的是两国建交多少周年？', '70'],
    ['How many years of diplomatic ties were being celebrated in 2020?', '70th'],
    ['When was the cadre training scheme signed?', '19 April 2022'],
    ['Did China give Vietnam medical supplies, and how much were they worth?', '1.5 million CNY'],
    ['那批医疗物资是哪天宣布的？', '2022年4月19日'],
    ['2022年签的是哪两份文件？', '干部培训合作方案'],
    ['Kế hoạch hợp tác ký năm 2022 áp dụng cho những năm nào?', '2021'],
    ['签的那个培养干部的方案到哪年结束啊', '2025'],
  ];
  it.each(answered)('%s', (question, said) => {
    const a = engine.answer(question);
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain(said);
  });
});

describe('a time frame asked of a document is the period its name gives', () => {
  it.each([
    'What time frame do the two documents signed in 2022 cover?',
    'What time frame does the cooperation plan cover?',
    'What is the time frame of the training scheme?',
  ])('%s', (q) => {
    const a = engine.answer(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('2021-2025');
  });

  it('what a document sets out stays refused', () => {
    expect(engine.answer('What targets does the plan set?').answered).toBe(false);
  });
});
