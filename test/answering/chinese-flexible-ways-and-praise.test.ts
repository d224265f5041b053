// Kinds of round 80-81's Chinese misses (data/lexicon/zh.json, src/matching/entities.ts): a flexible way of keeping
// in touch ("变通方式", "变通的办法") is the flexible forms of exchanges the 2020 report names; "是什么方式" / "用啥方式"
// ask the talk's format; "啥东东" is chat for "what (thing)"; "外界" is the international community; "对越南的肯定" is
// praise; "中越会谈" names whose talks they are, so the side named after it is the one that speaks.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a flexible way of keeping in touch is the flexible forms of exchanges', () => {
  it.each(['2020年双方靠什么变通方式继续保持联系？', '2020年两党用什么变通的办法来保持联络？', '2020年双方用什么灵活的方式保持沟通？'])('%j names the phone talks of 2020', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/电话/u);
    expect(citedTalks(a)).toEqual(['2020-07-29-phone-talks']);
  });

  it('high-level contact in 2022 is still the regular contact, not the exchanges', () => {
    const a = engine.answer('2022年双方认为两国高级官员之间应该以怎样的方式保持来往？');
    expect(a.text).toMatch(/经常/u);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });
});

describe('"是什么方式", "用啥方式" ask the format', () => {
  it.each(['2022年那次会谈采用的是什么方式？', '22年那次会谈是用啥方式开的', 'hi 大家好～ 想问下22年那次会谈是用啥方式开的 😂'])('%j answers the videoconference', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toMatch(/^2022年4月19日：视频会谈/u);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });
});

describe('chat fillers and synonyms', () => {
  it('"啥东东" asks what DOC and COC are, naming no 东东', () => {
    const a = engine.answer('请问下，doc 跟 coc 分别是啥东东');
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/东东/u);
    expect(a.text).toMatch(/DOC/u);
    expect(a.text).toMatch(/COC/u);
  });

  it('"外界" is the international community the 2020 pledge on COVID-19 names', () => {
    const a = engine.answer('2020年两边表示要和外界一起应对什么挑战？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/国际社会/u);
    expect(a.text).toMatch(/疫情/u);
  });

  it.each(['宋涛两次对越南的肯定各侧重哪些方面？', '中方两次对越南的肯定各是针对什么？'])('%j gives his praise at each talk', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/经济社会稳定/u);
    expect(a.text).toMatch(/恢复经济社会发展/u);
    expect(citedTalks(a).sort()).toEqual(['2020-07-29-phone-talks', '2022-04-19-videoconference']);
  });
});

describe('"中越会谈" names the talks, and the side named after it speaks', () => {
  it('what the Vietnamese side said to implement with ASEAN is Trung\'s call, not "Song Tao said nothing"', () => {
    const a = engine.answer('> 中越会谈\n兄弟们 22年那场越方说要跟东盟一起落实啥文件来着');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/南海各方行为宣言|DOC/u);
    expect(a.text).not.toMatch(/没有提到宋涛/u);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });
});
