// Kinds of round 62's Chinese first contact: a term of the facts ending inside a word jieba read whole ("中共|中央")
// leaves that word's rest to the dictionary; "哪项" before a noun asks which of that noun; a format dated by the year
// before it names that year's talk, put right when wrong; a figure of what a named person announced, asked at the
// wrong talk, is put right with the figure; a side that underwent an event with a time word between is not the one
// asked to respond; "帮助了" is an act told of the talks; a document the context names does not narrow "which
// documents were signed".
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const text = (q: string) => engine.answer(q).text;
const first = (q: string) => text(q).split('\n')[0] ?? '';

describe('a term ending inside a word jieba read whole', () => {
  it.each(['宋涛在中共中央担任什么职务？', '黎怀忠在越共中央是什么职务？'])('%j is answered with the post', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/部长/u);
  });
});

describe('"哪项" before a noun asks which of it, not inside something only mentioned', () => {
  it.each(['中联部送的医疗物资是为了支持越南哪项工作？', '中方捐赠的医疗物资是用来支持越南哪项工作的'])('%j gives the purpose', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/新冠/u);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });
});

describe('a format dated by its year names that talk: a wrong one is put right, then answered', () => {
  it.each([
    ['2022年那次电话会谈上签了哪些文件？', /^不/u, /视频/u],
    ['What was signed at the 2022 phone talks?', /^Not quite\./u, /videoconference/u],
  ])('%j', (q, lead, format) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(first(q)).toMatch(lead);
    expect(first(q)).toMatch(format);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });

  it('a yes/no of what was said at the dated talk keeps its Yes', () => {
    expect(first('2022年4月那次电话会谈里，越方有提到疫苗护照吗？')).toMatch(/^是/u);
  });
});

describe('a figure of what a named person announced, asked at the wrong talk', () => {
  it.each(['2020年通话时宋涛宣布送给越南的医疗物资价值多少？', 'How much were the medical supplies Song Tao announced in the 2020 call worth?'])('%j is put right with the figure', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/150|1\.5 million/u);
    // premise72: not at the talk named, at another: both reports cited (the named one for its silence).
    expect(citedTalks(a)).toEqual(['2020-07-29-phone-talks', '2022-04-19-videoconference']);
  });

  it("a side's figure at the wrong talk stays refused", () => {
    expect(engine.answer('how much aid did china give vietnam in the 2020 call').answered).toBe(false);
  });
});

describe('a side undergoing an event, a time word between, is not the one asked to respond', () => {
  it.each(['中国那会儿发大水，越南啥反应？', '中国那时候发洪水 越南咋表示的'])('%j gives the sympathy', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/慰问/u);
    expect(citedTalks(a)).toContain('2020-07-29-phone-talks');
  });
});

describe('"帮助了" is help given at the talks', () => {
  it('each talk\'s help is given, the floods among it', () => {
    const a = engine.answer('两次会谈各自提到哪一方帮助了另一方？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/洪/u);
  });
});

describe('a document the context names does not narrow which documents were signed', () => {
  it.each([
    '我最近在看干部培训方面的资料。2022年会谈签了哪些文件？',
    "I'm reading up on cadre training for a class. Which documents were signed in 2022?",
  ])('%j lists both', (q) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(/合作计划|cooperation plan/u);
    expect(a.text).toMatch(/干部培训|training cadres/u);
  });

  it('a question pointing back at the document it names keeps that document', () => {
    const a = engine.answer('我对两党干部培训合作方案挺感兴趣。它管哪几年？');
    expect(a.text).toMatch(/干部培训/u);
  });
});
