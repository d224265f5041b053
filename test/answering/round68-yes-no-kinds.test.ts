// Kinds of rounds 66-67's reversed or unled yes/no answers: an act a Chinese or Vietnamese question says was proposed
// ("提出…解决争端") is not claimed done, however many glossed words stand between; a giver's body other than the one the
// articles name ("the Chinese government" for the CPC's liaison department) is No with the right body; a side
// receiving in a Vietnamese or Chinese question is no speaker; a place said of an event ("did the floods affect
// Vietnam?", "越南洪灾") is compared with where it happened; speaking well of something is praise.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';
import { lastOf } from '../support/conversation.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('an act proposed in a glossed question is not claimed done', () => {
  it.each([
    '2020年越方有没有提出按照国际法、用和平方式解决争端？',
    '2020年越方是否建议通过和平方式解决争端？',
    '越方是否呼吁以和平方式解决争端？',
    'Did Vietnam raise settling disputes peacefully in 2020?',
  ])('%j is Yes', (q) => {
    expect(first(q)).toMatch(/^(?:Yes|是的|Có)/u);
    expect(citedTalks(engine.answer(q))).toContain('2020-07-29-phone-talks');
  });
  it('a question that the disputes were settled is still No', () => {
    expect(first('双方已经解决争端了吗？')).toMatch(/^不是/u);
  });
});

describe('a giver named by another body than the articles name', () => {
  it.each([
    ['Did the Chinese government give Vietnam the medical supplies?', /^No: .*International Liaison Department/u],
    ['Did the Chinese army send Vietnam medical supplies?', /^No: .*International Liaison Department/u],
    ['Did Vietnam receive medical supplies from the government of China in 2022?', /^No: .*International Liaison Department/u],
    ['中国政府有没有向越南捐赠医疗物资？', /^不是：是中共中央对外联络部/u],
    ['越南收到过中国政府的医疗物资吗？', /^不是：是中共中央对外联络部/u],
    ['Chính phủ Trung Quốc có tặng vật tư y tế cho Việt Nam không?', /^Không: Ban Liên lạc Đối ngoại/u],
  ])('%j', (q, lead) => {
    expect(first(q)).toMatch(lead);
    expect(citedTalks(engine.answer(q))).toEqual(['2022-04-19-videoconference']);
  });
  it.each([
    'Did China give Vietnam the medical supplies?',
    'Did the Chinese Party give Vietnam medical supplies?',
    "Did the CPC's liaison department donate medical supplies to Vietnam?",
    '中国向越南捐赠医疗物资了吗？',
  ])('%j names the giver rightly: Yes', (q) => {
    expect(first(q)).toMatch(/^(?:Yes|是的)/u);
  });
  it('in a conversation, "was it from the Chinese government?" after the aid is No with the department', () => {
    const a = lastOf('how much covid aid did the chinese side announce in april 2022, in dollars?', 'was it from the chinese government?');
    expect(a.text.split('\n')[0]).toMatch(/^No: .*Liaison Department/u);
  });
});

describe('a side that receives in a Vietnamese or Chinese question is not the one speaking', () => {
  it.each(['越南有没有收到中国的医疗物资？', 'Việt Nam có nhận được vật tư y tế của Trung Quốc không?', '越南从中国那里得到了医疗物资吗？'])('%j is Yes', (q) => {
    expect(first(q)).toMatch(/^(?:是的|Có)/u);
  });
});

describe('a place said of an event is compared with where it happened', () => {
  it.each([
    ['did the floods affect vietnam?', /^No: China, not Vietnam/u],
    ['did the floods impact vietnam?', /^No: China, not Vietnam/u],
    ['Lũ lụt có ảnh hưởng đến Việt Nam không?', /^Không: Trung Quốc, không phải Việt Nam/u],
    ['Việt Nam có bị lũ lụt không?', /^Không: Trung Quốc, không phải Việt Nam/u],
    ['洪水影响到越南了吗？', /^不是：是中国，而不是越南/u],
    ['越南遭遇洪灾时中方表示慰问了吗？', /^不是/u],
  ])('%j', (q, lead) => {
    expect(first(q)).toMatch(lead);
    expect(citedTalks(engine.answer(q))).toEqual(['2020-07-29-phone-talks']);
  });
  it.each(['were the floods in China?', 'Trung Quốc bị lũ lụt phải không?', '中国洪灾的时候越方表示慰问了吗？'])('%j is Yes', (q) => {
    expect(first(q)).toMatch(/^(?:Yes|Có|是的)/u);
  });
});

describe('speaking well of something is praise', () => {
  it.each([
    'did the chinese side speak positively about how Vietnam handled COVID-19?',
    "did Song Tao speak well of Vietnam's COVID-19 fight?",
    '中方高度评价越南抗疫了吗？',
  ])('%j is Yes', (q) => {
    expect(first(q)).toMatch(/^(?:Yes|是的)/u);
    expect(citedTalks(engine.answer(q))).toContain('2020-07-29-phone-talks');
  });
  it('speaking negatively of it is No', () => {
    expect(first("did Song Tao speak negatively about Vietnam's covid response?")).toMatch(/^No:/u);
  });
});

describe('a side acting about an event towards the other is no place of the event', () => {
  // "就" (about) is dropped by the glossary: "越方就洪灾向中方…" reads "Vietnam floods to China…", and Vietnam consoled.
  it.each(['2020年越方是否就洪灾向中方表示慰问？', '越南有没有就洪灾向中国表示慰问？', '中国洪灾时越南向中国表示慰问了吗？'])('%j is Yes', (q) => {
    expect(first(q)).toMatch(/^是的/u);
    expect(citedTalks(engine.answer(q))).toEqual(['2020-07-29-phone-talks']);
  });
  it.each(['中国是否就洪水向越南表示同情？', '中方有没有就洪水向越方表示慰问？', '越南洪灾时中方向越南表示慰问了吗？'])('%j is No', (q) => {
    expect(first(q)).toMatch(/^不是/u);
  });
});

describe("a receiver's own thing before the verb of receiving is no act", () => {
  it('a quoted claim that Vietnam’s achievements got China’s praise is supported by the praise, with its note', () => {
    const c = engine.check('“越南的抗疫成就得到了中方的高度评价” —— 黄平君与宋涛通话纪要');
    expect(c.verdict).toBe('supports');
    expect(c.matches[0]?.citation.quote).toContain('He spoke highly of Vietnam’s achievements');
  });
});
