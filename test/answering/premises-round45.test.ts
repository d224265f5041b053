// Kinds of miss from round 45's first contact (Chinese, and English and Vietnamese where the mechanism is shared): a
// format taken for every talk or for the participants' own talk, a disaster of another kind than the one reported,
// chat openers that ask leave to ask, a clause asking what came later after a fair question, the same body asked of
// each talk, and the names of a side's people at each talk.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a format taken for every talk', () => {
  it.each([
    ['既然两次会谈都是开视频会议，那哪一次签了合作文件？', /^不对，/u, /电话会谈/u],
    ['Since both talks were by phone, what did they sign?', /^Not quite\./u, /videoconference/u],
    ['Vì cả hai cuộc hội đàm đều là họp trực tuyến, cuộc nào đã ký văn kiện hợp tác?', /^Không phải vậy\./u, /điện đàm/u],
  ])('%j is put right first, then answered', (q, lead, format) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(lead);
    expect(a.lines[0]?.text).toMatch(format);
    expect(a.text).toMatch(/2021.2025/u);
  });

  it('is no premise when said of both sides, not of every talk', () => {
    expect(engine.answer('2020年电话会谈时双方签了什么文件？').text).not.toMatch(/会谈形式并不相同/u);
  });

  it('is no premise when asked Yes or No', () => {
    expect(engine.answer('两次会谈都是视频会议形式，对吧？').text).not.toMatch(/会谈形式并不相同/u);
  });
});

describe("a format the participants' own talk was not held in", () => {
  it.each([
    ['2022年4月宋涛和黎怀忠通电话时签了什么？', /^不对，/u],
    ['What did Song Tao and Le Hoai Trung sign when they spoke by phone in April 2022?', /^Not quite\./u],
  ])('%j is put right, though the article mentions phone talks of others', (q, lead) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(lead);
    expect(a.lines[0]?.text).toMatch(/视频|videoconference/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('a disaster of another kind than the one reported', () => {
  it.each([
    ['2020年越方代表对中国的地震灾情表达了什么？', /^不对，.*地震/u],
    ["What did the Vietnamese side say about China's earthquake in 2020?", /^Not quite\..*earthquake/u],
  ])('%j puts the floods right before what was said', (q, lead) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.lines[0]?.text).toMatch(lead);
    expect(a.text).toMatch(/洪|flood/u);
  });

  it('leaves a question naming the floods as it was', () => {
    expect(engine.answer('What did Quan say about the floods in China?').text).not.toMatch(/^Not quite/u);
  });
});

describe('chat', () => {
  it('never names an opener that asks leave to ask as missing', () => {
    const a = engine.answer('问个问题哈，中国那年发大水越南那边有啥表示吗 🌧️');
    expect(a.answered).toBe(true);
    expect(a.text).not.toContain('“问”');
    expect(a.text).toMatch(/慰问/u);
  });

  it('answers a fair question before a clause asking what came later, and says the articles stop at the talks', () => {
    const a = engine.answer('越南那边说的疫苗护照是啥意思啊 后来有下文没 🤔');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/互认/u);
    expect(a.text).toMatch(/没有提到此后的情况/u);
  });

  it('still refuses a later outcome asked of a subject the message only names', () => {
    expect(engine.answer('yo 越南2022年说的疫苗护照互认 后来到底落实了没 😂').answered).toBe(false);
  });
});

describe("a side's people at each talk", () => {
  it.each(['两次的越方代表是不是来自同一个机构？', 'Were the Vietnamese representatives at both talks from the same body?'])('%j names the body each held a place in', (q) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(/对外部|External Relations/u);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it.each([
    '我在写一份关于越中关系的作业，老师要求引用一手报道。两次会谈之间越方负责人好像换了，他们分别叫什么？',
    'What are the names of the Vietnamese heads at the two talks?',
  ])('%j is answered by who took part for that side', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/黄平君|Hoang Binh Quan/u);
    expect(a.text).toMatch(/黎怀忠|Le Hoai Trung/u);
  });

  it('still refuses the names of documents the articles only count', () => {
    expect(engine.answer('那三份陆地边界管理的法律文件分别叫什么名字？').answered).toBe(false);
  });

  it('reads a side after a body that acts as the one acted on', () => {
    const a = engine.answer('中联部援助越南的医疗物资价值多少人民币？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/150万/u);
  });
});
