// Chinese words of kind and count read as grammar, not as things the reports lack (round 83-85's Chinese misses):
// "什么样的" / "什么类型的" / "哪类" ask what; "两任" / "两届" count the successive holders ("任" after a number is a
// measure word). "X是同一个" says "the same" of its noun last: read as "the same X". "党际会谈" names the talks
// themselves (which agency reported them), "行业" is the sectors, "高级官员" high-ranking officials, "一直没有中断" maintained. A meeting in person
// said only in a long message's context ("见面根本没法办") is no question of how the talks were held.
import { describe, expect, it } from 'vitest';
import { sameSaidLast } from '../../src/matching/same-said-last.js';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const PHONE = '2020-07-29-phone-talks';
const VIDEO = '2022-04-19-videoconference';

describe('"什么样的", "什么类型的", "哪类" ask what', () => {
  it.each(['越方2022年希望推动制定一个什么样的南海行为准则？', '2022年越方希望和东盟一起推动一个什么样的行为准则？'])('%j gives the effective and substantive COC', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/有效/u);
    expect(a.text).toMatch(/实质/u);
    expect(a.text).not.toMatch(/“样”/u);
    expect(citedTalks(a)).toEqual([VIDEO]);
  });

  it.each(['2022年中共对外联络部门给越南捐了什么类型的东西？', '2022年中联部给越南送了哪类物资？'])('%j gives the medical supplies, not what CPC stands for', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/医疗物资/u);
    expect(a.text).not.toMatch(/缩写/u);
    expect(citedTalks(a)).toEqual([VIDEO]);
  });
});

describe('a measure word after a number ("两任", "两届") counts the holders', () => {
  it.each(['两任越方代表是不是出自同一个机构？是哪个机构？', '两届越方代表是不是来自同一个机构？'])('%j says Yes with the Commission for External Relations', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^是/u);
    expect(a.text).toMatch(/对外部/u);
    expect(a.text).not.toMatch(/“任”|“届”/u);
    expect(citedTalks(a)).toEqual([PHONE, VIDEO]);
  });
});

describe('"the same" said of its noun last ("机构是同一个") asks of the same body', () => {
  it.each(['两次越方代表所在的机构是同一个吗？', '两位越方代表所属机构相同吗？'])('%j says Yes, with each one\'s body', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^是/u);
    expect(a.text).toMatch(/对外部/u);
    expect(citedTalks(a)).toEqual([PHONE, VIDEO]);
  });

  it('moves only a noun read in English just before a closing "the same"', () => {
    const w = (text: string, question = false) => ({ word: { text }, question });
    expect(sameSaidLast([w('did'), w('body'), w('the'), w('same')]).map((x) => x.word.text)).toEqual(['did', 'the', 'same', 'body']);
    expect(sameSaidLast([w('the'), w('same'), w('body')]).map((x) => x.word.text)).toEqual(['the', 'same', 'body']);
    expect(sameSaidLast([w('which', true), w('the'), w('same')]).map((x) => x.word.text)).toEqual(['which', 'the', 'same']);
  });
});

describe('words of the talks and of who took part read as the articles say them', () => {
  it.each(['这两篇关于中越党际会谈的报道是哪家通讯社发的？', '这两篇报道是哪个通讯社发布的？'])('%j names VNA for both reports', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Vietnam News Agency|VNA/u);
    expect(citedTalks(a)).toEqual([PHONE, VIDEO]);
  });

  it('"高级官员" are the high-ranking officials whose regular contact was stressed', () => {
    const a = engine.answer('2022年双方对两国高级官员之间保持接触这件事怎么看？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/经常性接触/u);
    expect(citedTalks(a)).toEqual([VIDEO]);
  });

  it.each(['2022年双方提到哪些层面的交流合作一直没有中断？', '2022年会谈里双方说哪些层面的交流一直没断，带来了什么效果？'])('%j: "没有中断" is maintained, the exchanges of ministries and localities', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/各部门之间的交流/u);
    expect(a.text).toMatch(/地方/u);
    expect(citedTalks(a)).toEqual([VIDEO]);
  });

  it('"行业" are the sectors whose exchanges boosted trade and investment', () => {
    const a = engine.answer('据2022年会谈，部委、行业和地方之间保持交流，推动了哪几方面合作的增长？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/投资/u);
    expect(citedTalks(a)).toEqual([VIDEO]);
  });
});

describe('a meeting in person said only in a long message\'s context is no format question', () => {
  it('asked how they made up for it, the flexible ways are given, not "not in person"', () => {
    const a = engine.answer('疫情那几年很多外交活动都被打乱了，我印象里中越也不例外。有些计划好的见面根本没法办。2020年双方对这个情况怎么说的？又用了什么办法补救？');
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/^不是/u);
    expect(a.text).toMatch(/灵活/u);
    expect(citedTalks(a)).toEqual([PHONE]);
  });

  it('asked outright in person or not, the format is still the answer', () => {
    const a = engine.answer('2020年那次会谈是见面谈的吗？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^不/u);
    expect(a.text).toMatch(/电话/u);
  });
});
