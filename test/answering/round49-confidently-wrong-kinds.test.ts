// Round 49's confidently wrong kinds, in all three languages: talks said to be held at a place (no talk was: both
// were remote), answered with both talks' facts; a denial of problems ("没有任何问题", "no impediment") confirmed; a view
// asked of the bot with a word between; a gift asked of the talk that never raised it, answered by what that talk said
// of the gift's purpose ("抗疫物资": covid supplies).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('talks said to be held at a place', () => {
  it.each([
    ['Who attended the talks in Beijing?', 'not held in person'],
    ['Who attended the in-person talks in Hanoi?', 'not held in person'],
    ['Ai đã tham dự cuộc hội đàm tại Bắc Kinh?', 'không gặp trực tiếp'],
    ['Cuộc gặp trực tiếp tại Hà Nội giữa hai bên đã bàn những gì?', 'không gặp trực tiếp'],
    ['在北京举行的那次会谈有谁出席？', '并未面对面'],
    ['那次在河内面对面举行的越中两党会谈，双方都聊了什么？', '并未面对面'],
  ])('%j is refused, saying how the talks were held', (q, said) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(first(q)).toContain(said);
    expect(a.citations).toHaveLength(0);
  });

  it('with the people who held a talk, the place is put right and that talk answered', () => {
    const a = engine.answer('What did Quan and Song Tao agree on at their meeting in Beijing?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('not held in person');
    expect(a.citations.map((c) => c.date)).toEqual(expect.arrayContaining(['2020-07-29']));
  });

  it('a place in the question that is not where talks were held changes nothing', () => {
    const a = engine.answer('What did Quan say about the floods in China at the talks?');
    expect(a.answered).toBe(true);
    expect(a.text).not.toContain('in person');
    // "会谈中" is "in the talks", not talks held at the side named after it.
    expect(engine.answer('两次会谈中，中方分别就越南的哪些方面表示了赞赏或祝贺？').answered).toBe(true);
  });
});

describe('a denial of problems, asked as said, is answered No', () => {
  it.each([
    '黄平君是否说两党关系没有任何问题？',
    '黄平君是否说双边关系中不存在任何障碍？',
    'Did Quan say there was not any impediment?',
  ])('%j', (q) => {
    expect(first(q)).toMatch(/^(No|不是)/u);
  });
});

it('a view asked of the bot with a word between ("你个人怎么看") is refused', () => {
  const a = engine.answer('你个人怎么看宋涛这个人？');
  expect(a.answered).toBe(false);
  // What a side thought is still the articles' to answer.
  expect(engine.answer('中方怎么看越南的抗疫成果？').answered).toBe(true);
});

describe("a gift asked of the talk that never raised it is not answered by its purpose's statements", () => {
  it('with its worth asked, refused: no figure', () => {
    const a = engine.answer('2020年通话时中方有没有向越南捐赠抗疫物资？价值多少？');
    expect(a.answered).toBe(false);
    expect(a.citations).toHaveLength(0);
  });

  it('asked whether, No, and where it came up', () => {
    // With the giver named as a side ("中方…向越南", read as the side acting since round 49's Chinese work) the answer
    // is still No but shows the 2020 talk's covid statements instead of where the gift came up: a known gap, as in
    // English ("Did China donate covid supplies to Vietnam during the 2020 call?").
    expect(first('2020年通话时中方有没有向越南捐赠抗疫物资？')).toMatch(/^不是/u);
    const q = '2020年通话时有没有向越南捐赠抗疫物资？';
    expect(first(q)).toMatch(/^不是/u);
    expect(first(q)).toContain('2022年4月19日');
  });
});
