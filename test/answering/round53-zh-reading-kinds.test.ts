// Kinds of miss from round 53's first contact in Chinese (and English where the mechanism is shared): words of framing
// named as what the articles lack (a measure word after "这", "那", "几"; a season after a year), a side read as the
// speaker where it owns what is counted, an agreement's period read as a year of talks, false premises refused rather
// than put right (a format taken for the named participants' own talk, a why dated by another talk's phrase, a count of
// things whose names the articles do not give), the asker's own activity read as an instruction, a name typed by its
// sound and cut short by the segmenter, and whether a person's post changed.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).lines[0]?.text ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a measure word after a pointer names nothing', () => {
  it.each([
    ['新冠那段时间两党靠什么维系关系？', '段时间'],
    ['宋涛怎么评价越南在越共上一次党代会之后这段时间的表现？', '段时间'],
    ['2020年通话里中方说自己格外看重和越南的哪几层关系？', '层'],
  ])('%j is never refused for %j', (q, word) => {
    const a = engine.answer(q);
    expect(a.text).not.toContain(`“${word}”`);
  });

  it('so the rest of the word the segmenter cut across it is read, and the question answered', () => {
    const a = engine.answer('新冠那段时间两党靠什么维系关系？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/灵活/u);
  });
});

describe('a season after a year only narrows the year', () => {
  it('is no word lacked, nor stands between a side and its clause', () => {
    const a = engine.answer('2020年夏天越方那位管外事的官员一开口先对中国表达了什么关切？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/慰问/u);
    expect(dates('2020年夏天越方对中国表示了什么？')).toEqual(['2020-07-29']);
    expect(engine.answer('2020年夏天越方对中国表示了什么？').text).toMatch(/慰问/u);
  });

  it('a side before a word of quantity owns what is counted: the floods still cite both sides', () => {
    const a = engine.answer('2020年夏天中国好多地方都被洪水淹了，新闻天天在播。我很好奇这件事在中越那次通话里有没有被提到。双方各自是怎么说的？');
    expect(a.text).toMatch(/慰问/u);
  });
});

describe("an agreement's period beside a talk noun dates no talk", () => {
  it.each([
    '那次签了2021至2025年合作计划的会谈是哪天举行的？',
    '签署2021至2025年合作计划的那次会谈是什么时候？',
    'When were the talks that signed the 2021-2025 cooperation plan held?',
  ])('%j is answered with the day it was signed', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/2022年4月19日|19 April 2022/u);
    expect(a.text).not.toMatch(/2025年的会谈|no talks in 2025/u);
  });
});

describe('false premises put right, not refused', () => {
  it('a format taken for the talk of the people named, though they took part in every talk', () => {
    for (const q of ['2022年宋涛在电话里宣布给越南送多少钱的医疗物资？', '宋涛2022年在电话里送了什么？']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(firstLine(q), q).toMatch(/^不对，.*视频会谈/u);
      expect(a.text, q).toMatch(/150万/u);
    }
    expect(firstLine('What did Song Tao announce in the 2022 phone call?')).toMatch(/^Not quite\..*videoconference/u);
    // Phone talks the 2022 report speaks of, asked with no one named, are no wrong format.
    expect(firstLine('What did the 2022 report say about phone talks?')).not.toMatch(/no talks|otherwise/u);
  });

  it('a why dated by a talk whose report lacks the phrase it names: the date put right, then answered', () => {
    for (const q of ['宋涛在2020年的电话里为什么要祝贺越共十三大以来的成就？', '2020年通话时宋涛为何祝贺越共十三大以来取得的成就？']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(firstLine(q), q).toMatch(/^不对，.*2022年4月19日/u);
      expect(a.text, q).toMatch(/十三大以来/u);
    }
  });

  it('names the articles do not give, of things counted wrongly: the count put right first', () => {
    for (const [q, wrong] of [['越方2022年要求中方遵守的那五份陆地边界法律文件分别叫什么？', '五'], ['越方要中方遵守的四份陆地边界法律文件叫什么名字？', '四']] as const) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(firstLine(q), q).toMatch(new RegExp(`^不对，.*三.*${wrong}`, 'u'));
    }
    // The right count stays a detail the articles do not give.
    expect(engine.answer('越方要求中方遵守的三份陆地边界法律文件分别叫什么？').answered).toBe(false);
  });
});

describe('long messages', () => {
  it("the asker's own writing is context, not an instruction to write", () => {
    for (const q of [
      '我最近在写一篇关于中越党际关系的课程论文，很多资料都说疫情期间两党往来受了影响。我想引用一个具体的例子。2020年那次通话里，双方说疫情期间改用了什么样的交流方式？',
      '我正在写一篇报告，想问2020年通话时双方是怎么说交流方式的？',
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/电话/u);
    }
    expect(engine.answer('请帮我写一篇关于中越关系的文章').answered).toBe(false);
  });

  it('"这几年" (these few years) asks no count', () => {
    const a = engine.answer('我一直关注中越边贸，这几年口岸那边经常听说货车排长队、货物压着出不去。2022年那次会谈里，越方有没有就这个情况向中方提要求？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/拥堵/u);
  });

  it('a remedy asked for is the measures taken', () => {
    const a = engine.answer('说实话我觉得2020年那会儿疫情闹得很凶，很多交流都停摆了。那次通话双方是怎么说这件事的？有没有什么补救的办法？');
    expect(a.answered).toBe(true);
    expect(a.text).not.toContain('补救');
    expect(engine.answer('What remedy did the two sides find in 2020 for the exchanges that could not be held?').answered).toBe(true);
  });
});

describe('names and posts', () => {
  it('a name typed by its sound and cut short by the segmenter is the one it sounds like', () => {
    for (const q of ['黄平军是谁？', 'hmm 黄平军 是谁啊 越共那边管啥的?']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/对外部/u);
    }
  });

  it('whether a post changed between the talks is no ask whether they took part', () => {
    for (const q of ['两次会谈之间宋涛的职位变了吗？', '宋涛两次会谈时的职务变了吗？']) expect(firstLine(q), q).toMatch(/^没有/u);
  });

  it('"哪几条" closing the clause asks which items: what the articles do not list is refused', () => {
    expect(engine.answer('2020年通话中说的两党领导人达成的共识，具体包括哪几条？').answered).toBe(false);
    // Before a noun it asks which of the things named, which their description answers.
    expect(engine.answer('黎怀忠要求中方认真遵守的是哪几份法律文件？').text).toMatch(/三个法律文件/u);
  });
});
