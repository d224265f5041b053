// Chinese questions refused or answered off the point (round 78): "nobody said anything" of a talk where the person
// asked did speak; a refusal naming a verb of the question's frame split from its object ("电话…打"), a chat word or
// emoticon ("搞不清", "orz"); "在哪些方面" read as a place; "哪两个部门" of one talk; "想了" read as a wish; "后来" inside
// the story refused as after the talks; "V的是什么" read as a role; "X 和 Y 分别" read as each talk; "每次" dropped.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const T2020 = '2020-07-29-phone-talks';
const T2022 = '2022-04-19-videoconference';

describe('a person who spoke at the talk named is never said to have said nothing', () => {
  it.each(['宋涛2020年说想跟越南在哪些方面加强合作？', '有没有大佬知道 宋涛20年电话里说想跟越南在哪些方面加强合作'])('%j quotes his wish for "all realms"', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([T2020]);
    expect(a.citations[0]?.quote).toContain('all realms');
    expect(a.text).not.toContain('没有提到');
  });

  it('"世界各国" is the international community the 2020 sides affirmed they would work with', () => {
    const a = engine.answer('2020年双方表示要跟世界各国一道努力做成什么事？');
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([T2020]);
    expect(a.citations.some((c) => c.quote.includes('international community'))).toBe(true);
  });
});

describe('a refusal never names a split verb, a chat word or an emoticon', () => {
  it('"电话是谁跟谁打的" asks who took part', () => {
    const a = engine.answer('yo 有人知道20年7月那通电话是谁跟谁打的吗 🤔');
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([T2020]);
    expect(a.text).toContain('宋涛');
    expect(a.text).toContain('黄平君');
  });

  it('"哪两个部门对接的 有点搞不清 orz" asks which offices held the 2020 call', () => {
    const a = engine.answer('20年那次通话是哪两个部门对接的 有点搞不清 orz');
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([T2020]);
    expect(a.text).toContain('对外联络部');
    expect(a.text).not.toContain('orz');
  });

  it('a body asked what it did is not asked who held the talk', () => {
    const a = engine.answer("What did China's party department hand over to Vietnam in 2022, and what was it for?");
    expect(a.intent).not.toBe('who');
  });
});

describe('words read off the point', () => {
  it('"想了什么办法" asks what was devised, not what was wished', () => {
    const a = engine.answer('疫情期间两党想了什么变通的办法来保持沟通？');
    expect(citedTalks(a)).toEqual([T2020]);
    expect(a.citations.some((c) => c.quote.includes('flexible forms of exchanges'))).toBe(true);
  });

  it('"送的是什么" asks what was given, not a side\'s role', () => {
    const a = engine.answer('哪一回会谈中方给越南送了东西，送的是什么？');
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([T2022]);
    expect(a.text).toContain('医疗');
  });

  it('"那后来改成啥方式了" within the 2020 story asks the forms adopted, not what came after the talks', () => {
    const a = engine.answer('emmm 2020那次说疫情搞得好多交流办不成 那后来改成啥方式了');
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([T2020]);
    expect(a.citations.some((c) => c.quote.includes('flexible forms of exchanges'))).toBe(true);
  });

  it('"what happened afterwards?" of a hope still asks beyond the talks\' own story words', () => {
    expect(engine.answer('Did China recognise the vaccine passports afterwards?').answered).toBe(false);
  });

  it('"DOC 和 COC 分别" spreads over the two documents, not over the talks', () => {
    expect(citedTalks(engine.answer('请问下 DOC 和 COC 分别是啥 文章里咋说的 😅'))).toEqual([T2022]);
  });

  it('"越方每次" asks of each talk', () => {
    expect(citedTalks(engine.answer('越方每次在海上问题上讲了什么？'))).toEqual([T2020, T2022]);
  });
});
