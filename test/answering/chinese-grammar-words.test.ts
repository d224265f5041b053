// Chinese grammar read as grammar, never named as what the articles lack (round 75's Chinese misses): a particle
// jieba's dictionary knows ("不是的话": if not), a sentence-final particle typed by its sound ("线下的鸭": 呀), a modal
// jieba ran into its verb ("要谢": should thank); "哪方面" asks what, not which talk; a question word after a verb of
// telling ("能告诉我…哪些…吗") is what the request asks, not a yes/no; "让我查" (had me look up) is the asker's frame.
// A "which" within a subject named by its own term asks of it; "现在" before a verb of judging, at a dated talk, is its time.
import { describe, expect, it } from 'vitest';
import { withoutChatMarkup } from '../../src/chat-text.js';
import { isFinalParticle, splitMadeModals } from '../../src/matching/chat-particles.js';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const PHONE = '2020-07-29-phone-talks';
const VIDEO = '2022-04-19-videoconference';

describe('a particle of jieba\'s dictionary ("的话") is grammar', () => {
  it('"不是的话是谁" answers who it was, naming no 话', () => {
    const a = engine.answer('2020年通话时越方代表是黎怀忠吗？不是的话是谁？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^不/u);
    expect(a.text).toMatch(/黄平君/u);
    expect(a.text).not.toMatch(/“话”/u);
    expect(citedTalks(a)).toEqual([PHONE]);
  });
});

describe('a sentence-final particle typed by its sound ("的鸭") is grammar', () => {
  // As on Discord, the mention is taken out before the engine reads the question.
  it.each(['2022年那次会是线上开的还是线下的鸭', '<@123456789012345678> 2022年那次会是线上开的还是线下的鸭'])('%j gives the format', (q) => {
    const a = engine.answer(withoutChatMarkup(q));
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/视频/u);
    expect(a.text).not.toMatch(/鸭/u);
    expect(citedTalks(a)).toEqual([VIDEO]);
  });

  it('only after grammar at the end of a clause, never after a noun or verb ("姓马")', () => {
    const particles = new Set(['ya', 'ma']);
    expect(isFinalParticle({ word: '鸭', tag: 'ns' }, { word: '的', tag: 'uj' }, '', ['ya'], particles)).toBe(true);
    expect(isFinalParticle({ word: '马', tag: 'n' }, { word: '姓', tag: 'v' }, '', ['ma'], particles)).toBe(false);
    expect(isFinalParticle({ word: '鸭', tag: 'n' }, { word: '的', tag: 'uj' }, '肉', ['ya'], particles)).toBe(false);
  });
});

describe('a modal jieba ran into its verb ("要谢") is read as the modal and the verb', () => {
  it.each(['lol 所以中方2020年干嘛要谢越南啊', '大佬们 2020年那次中国为啥要谢越南啊'])('%j gives the thanks for the flood support', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/洪/u);
    expect(a.text).not.toMatch(/要谢/u);
    expect(citedTalks(a)).toEqual([PHONE]);
  });

  it('splits a made-up word only where the rest is a word of its own', () => {
    const reads = (w: string) => w === '谢';
    expect(splitMadeModals([{ word: '要谢', tag: 'x', made: true }], ['要'], reads, () => 'v').map((w) => w.word)).toEqual(['要', '谢']);
    expect(splitMadeModals([{ word: '要谢', tag: 'x' }], ['要'], reads, () => 'v').map((w) => w.word)).toEqual(['要谢']);
    expect(splitMadeModals([{ word: '要求', tag: 'x', made: true }], ['要'], reads, () => 'v').map((w) => w.word)).toEqual(['要求']);
  });
});

describe('words of asking and of people read as they are meant', () => {
  it('"越方人员" are the side\'s officials', () => {
    const a = engine.answer('2020年7月通话的越方人员叫什么，担任什么职务？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/黄平君/u);
    expect(a.text).not.toMatch(/人员/u);
  });

  it('"对哪方面有帮助" asks what it helped, not about a kind only mentioned', () => {
    const a = engine.answer('部委之间、地方之间的交流机制一直保持着，2022年双方说这对哪方面有帮助？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/贸易|投资/u);
    expect(citedTalks(a)).toEqual([VIDEO]);
  });

  it('"在哪些方面…给予了正面评价" gives the praise', () => {
    const a = engine.answer('2020年中方代表在哪些方面对越南给予了正面评价？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/抗击新冠疫情/u);
    expect(citedTalks(a)).toEqual([PHONE]);
  });

  it('"能告诉我…哪些…吗" lists what is asked, with no Yes before it', () => {
    const a = engine.answer('能告诉我2022年他们签了哪些文件吗？');
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/^是的/u);
    expect(a.text).toMatch(/合作计划/u);
    expect(a.text).toMatch(/干部培训/u);
  });

  it('"老板让我查" is the asker\'s frame: the period asked is given', () => {
    const a = engine.answer('啊啊啊老板让我查 越中签的那个干部培训方案是哪年到哪年的？？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/2021/u);
    expect(a.text).toMatch(/2025/u);
    expect(citedTalks(a)).toEqual([VIDEO]);
  });
});

describe('a "which" within a subject named by its own term asks of that subject', () => {
  it('"谈海上问题时多提到了哪些具体机制或文件" gives the sea, not a refusal about local mechanisms', () => {
    const a = engine.answer('比起2020年，2022年越方谈海上问题时多提到了哪些具体机制或文件？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/DOC/u);
    expect(a.text).not.toMatch(/地方合作/u);
  });

  it('"which three legal documents" is still refused: the articles never name them', () => {
    expect(engine.answer('Which three legal documents did Trung cite?').answered).toBe(false);
  });
});

describe('"现在" before the verb of judging, at a talk the question dates, is that talk\'s time', () => {
  it('"2020年通话的时候越方对两党关系现在的势头咋评价的" gives what Quan said', () => {
    const a = engine.answer('hi all 👋 2020年通话的时候越方对两党关系现在的势头咋评价的');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/积极发展势头/u);
    expect(citedTalks(a)).toEqual([PHONE]);
  });

  it.each(['宋涛现在怎么评价越南？', '越方对两党关系现在的势头怎么评价？'])('%j, dating no talk, still asks about today', (q) => {
    expect(engine.answer(q).answered).toBe(false);
  });
});
