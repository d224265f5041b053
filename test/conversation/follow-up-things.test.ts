// Follow-ups about the conversation's things and talk: whether those things are about another subject, what was signed
// at the talk pointed at after words on a subject, whether a talk was between people the articles only mention, what a
// thing only mentioned involves, and what donated things were for after a No.
import { describe, expect, it } from 'vitest';
import { cited, converse, lastOf } from '../support/conversation.js';
import { sharedEngine } from '../support/engine.js';

describe('follow-ups about the conversation\'s things and talk', () => {
  it('"are they about the sea?" after the land border documents: No, and what they are about', () => {
    for (const [first, asked, no, land] of [
      ['how many legal documents on land border management did trung mention?', 'are those about the maritime boundary?', /^No\./u, /land border/u],
      ['Năm 2022 ông Trung nhắc đến mấy văn kiện pháp lý về quản lý biên giới đất liền?', 'chúng có phải về biên giới biển không?', /^Không\./u, /biên giới trên đất liền|biên giới đất liền/u],
      ['2022年黎怀忠提到了几个陆地边界管理法律文件？', '是关于海上边界的吗？', /^不是。/u, /陆地边界/u],
    ] as const) {
      const a = lastOf(first, asked);
      expect(a.text, asked).toMatch(no);
      expect(a.text, asked).toMatch(land);
      expect(cited(a), asked).toEqual(['2022-04-19']);
    }
    // Asked whether a subject came up, by a verb of its own, it is not what the things are about.
    const vaccines = lastOf('What did both sides commit to on COVID at the end of the 2020 call?', 'did they talk about vaccines then?');
    expect(vaccines.text).not.toMatch(/^No\.\n29 July 2020, phone talks:\n• Hoang Binh Quan said/u);
  });

  it('"what did they sign that day?" after words on a subject: everything signed at that talk', () => {
    for (const [first, asked, plan] of [
      ['what did trung say about the land border in 2022?', 'what did they sign that day?', 'cooperation plan'],
      ['what did trung say about the land border in 2022?', 'and what got signed at that meeting?', 'cooperation plan'],
      ['Năm 2022 ông Trung nói gì về biên giới đất liền?', 'hôm đó hai bên ký những gì?', 'kế hoạch hợp tác'],
      ['2022年黎怀忠谈到陆地边界时说了什么？', '当天双方签了什么？', '合作计划'],
      ['2022年4月那次越中两党会谈是用什么方式开的？', '双方签了啥？', '合作计划'],
    ] as const) {
      const a = lastOf(first, asked);
      expect(a.answered, asked).toBe(true);
      expect(a.text, asked).toContain(plan);
      expect(cited(a), asked).toEqual(['2022-04-19']);
    }
  });

  it('signing asked after a subject nothing was signed on: both documents of that talk, not none on the subject', () => {
    for (const [first, asked, plan, training] of [
      ['Trong hội đàm trực tuyến tháng 4/2022, phía TQ trao tặng VN cái gì?', 'hai bên ký những văn bản gì?', 'kế hoạch hợp tác', 'đào tạo cán bộ'],
      ['what did China donate to Vietnam in 2022?', 'which documents did the two sides sign?', 'cooperation plan', 'training cadres'],
      ['2022年中方向越南捐赠了什么？', '双方签署了哪些文件？', '合作计划', '干部培训'],
    ] as const) {
      const a = lastOf(first, asked);
      expect(a.answered, asked).toBe(true);
      expect(a.text, asked).toContain(plan);
      expect(a.text, asked).toContain(training);
      expect(cited(a), asked).toEqual(['2022-04-19']);
    }
    // "They" of the things the last answer named are those things, not what was signed.
    const named = lastOf('whats the three legal documents thing about', 'which 3 documents are they exactly, names?');
    expect(named.text).not.toMatch(/signed two documents/u);
  });

  it('a talk said to be between the General Secretaries: No, and who took part', () => {
    const engine = sharedEngine();
    for (const [q, no, who] of [
      ['was the 2020 phone call between the two general secretaries?', /^No\./u, /Hoang Binh Quan/u],
      ['the july 2020 phone call, was that one between the general secretaries too?', /^No\./u, /Hoang Binh Quan/u],
      ['was the april 2022 videoconference between the general secretaries?', /^No\./u, /Le Hoai Trung/u],
      ['cuộc điện đàm năm 2020 có phải giữa hai Tổng Bí thư không?', /^Không\./u, /Hoàng Bình Quân/u],
      ['2020年那次通话是两位总书记之间的吗？', /^不是。/u, /黄平君/u],
    ] as const) {
      const a = engine.answer(q);
      expect(a.text, q).toMatch(no);
      expect(a.text, q).toMatch(who);
    }
    // Exchanges between localities are not the talks: still Yes.
    expect(engine.answer('Does the 2022 article say exchanges between localities were maintained?').text).toMatch(/^Yes/u);
    // In a conversation about the General Secretaries' phone talks, the 2020 call asked after them.
    const [, , call] = converse('in 2022 what role did they say the party channel plays', 'which phone talks did they credit with building trust?', 'so the july 2020 call, was that one between the general secretaries too?');
    expect(call?.text).toMatch(/^No\./u);
    expect(call?.text).toContain('Song Tao');
  });

  it('what a thing only mentioned involves is refused, alone and as "that goal"', () => {
    const engine = sharedEngine();
    for (const q of ['what does the first centenary goal involve?', 'whats the centenary goal exactly, like what does it entail?']) {
      expect(engine.answer(q).answered, q).toBe(false);
    }
    const [congrats, goal] = converse('what did trung congratulate china on during the videoconference', 'what is that goal exactly, what does it involve?');
    expect(congrats?.answered).toBe(true);
    expect(goal?.answered).toBe(false);
    // What is reported of a document is still answered.
    expect(engine.answer('what does the cooperation plan involve?').answered).toBe(true);
  });

  it('"were they for the floods?" after the supplies given to Vietnam: No, and what they were for', () => {
    // The side they were given to, named, is theirs: no other subject of the question's own.
    for (const [first, asked, no, covid] of [
      ['how much were the medical supplies China gave in 2022 worth?', 'were they given to Vietnam for flood relief?', /^No/u, /COVID/u],
      ['2022年中方赠送的医疗物资价值多少？', '是送给越南抗洪用的吗？', /^不是/u, /COVID|新冠|疫情/u],
    ] as const) {
      const a = lastOf(first, asked);
      expect(a.text, asked).toMatch(no);
      expect(a.text, asked).toMatch(covid);
      expect(cited(a), asked).toEqual(['2022-04-19']);
    }
  });
});
