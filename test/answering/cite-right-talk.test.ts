// Kinds of miss in citing the talk: a question whose subject one talk reports cites that talk alone, not both and not
// the other. A talk stands by what it said on the topic asked and the documents signed on it there, not by a statement
// sharing only the question's other words (a long message's context); a subject's significance asked is answered by
// the statement saying it matters; "哪次党代会" asks which congress, not which talk. Asked of each talk, both stay.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();
const BOTH = ['2020-07-29', '2022-04-19'];

describe('a subject reported by a document signed at one talk cites that talk', () => {
  it.each([
    "I work in HR and care a lot about staff development. What do the articles say about the two parties' cooperation on cadre training?",
    '我做组织工作，很关心干部培训。听说两党在这方面有合作，报道里怎么说？',
  ])('%j cites the 2022 talk alone, with the scheme', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/2021/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('a speaker asked on a topic: the talk that reports it on that topic', () => {
  it('a Vietnamese question about his response to the floods cites 2020 alone', () => {
    const q = 'Ông Tống Đào phản hồi thế nào trước sự quan tâm của Việt Nam về lũ lụt?';
    expect(engine.answer(q).answered).toBe(true);
    expect(dates(q)).toEqual(['2020-07-29']);
  });

  it('a yes/no put right cites the talk where he said it', () => {
    const q = 'Did Song Tao say China puts little value on its friendship with Vietnam?';
    const a = engine.answer(q);
    expect(a.text.split('\n')[0]).toMatch(/^No/u);
    expect(dates(q)).toEqual(['2020-07-29']);
  });
});

describe("a subject's significance asked: the statement saying it matters", () => {
  it.each([
    ['What did the officials say about how important the Party channel is?', /important role/u],
    ['Kênh Đảng có ý nghĩa gì đối với quan hệ Việt Nam - Trung Quốc?', /vai trò quan trọng/u],
    ['党际渠道的重要性体现在哪里？', /重要作用/u],
  ])('%j cites the 2022 talk alone', (q, said) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(said);
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('"哪次" before another gathering asks which of it', () => {
  it.each(['宋涛说越南是自哪次党代会以来取得成就的？', '宋涛称赞越南是从哪一次党代会以来取得的成绩？'])('%j answers the 13th Congress from 2022 alone', (q) => {
    const a = engine.answer(q);
    expect(a.text.split('\n')[0]).toMatch(/2022年4月19日/u);
    expect(a.text).toMatch(/十三大/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('before the talks themselves it still asks which talk', () => {
    const a = engine.answer('哪一次会谈提到了洪灾？');
    expect(a.text.split('\n')[0]).toMatch(/^2020年7月29日的电话会谈/u);
  });
});

describe('asked of each talk, both stay', () => {
  it.each(['What did each talk say about the Party channel?', 'What qualities did the two sides want Vietnam–China ties to develop with, in each talk?'])('%j cites both talks', (q) => {
    expect(dates(q)).toEqual(BOTH);
  });
});
