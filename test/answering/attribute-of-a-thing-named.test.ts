// An attribute asked of a thing the articles only name (its decisions, resolution, names, members): the sentence
// naming the thing gives none of it, so the answer says the articles name it but not that, in the question's language,
// and never quotes the naming sentence as the answer. What the mention itself says (what the documents were about,
// what was signed, how much the gift was, what was said of the congress) stays answered.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';
import { lastOf } from '../support/conversation.js';

const engine = sharedEngine();

describe('an attribute of a thing the articles only name', () => {
  it.each([
    ["What decisions were taken at the CPV's 13th National Congress?", /only name the "13th National Congress"; they do not give its decisions/u],
    ['What were the main resolutions of the 13th National Congress?', /13th National Congress/u],
    ["Who were the members of the General Secretaries' phone talks?", /General Secretaries/u],
  ])('%j is refused, naming the thing', (q, says) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(says);
    expect(a.text).not.toMatch(/congratulated Vietnam on its achievements/u);
  });

  it('in Vietnamese, "tên ba văn kiện pháp lý … là gì" says the names are not given, not the sentence naming the documents', () => {
    const a = engine.answer('Tên ba văn kiện pháp lý về quản lý biên giới đất liền mà ông Trung nhắc tới là gì?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^Các bài báo chỉ nhắc đến "ba văn kiện pháp lý", không cho biết tên cụ thể\./u);
    expect(a.citations).toEqual([]);
  });

  it.each(['Nghị quyết của Đại hội XIII là gì?', '十三大的决议是什么？'])('%j is refused in its own language', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/chúc mừng Việt Nam|祝贺越南/u);
  });

  it('"whats the main resolution of that congress" after the congress came up is refused, not answered by the congratulations', () => {
    const a = lastOf('in the 2022 talks what did trung want for localities along the border?', "was it trung who praised vietnam's progress since the 13th congress?", 'whats the main resolution of that congress');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/13th National Congress.*resolution/u);
  });
});

describe('what the mention itself says stays answered', () => {
  it.each([
    ['What did Song Tao say about the 13th Congress?', /13th National Congress/u],
    ['What were the three legal documents on land border management about?', /land border management/u],
    ['how much was the gift?', /1\.5 million CNY/u],
    ['What was signed in 2022?', /cooperation plan/u],
    ['Ba văn kiện pháp lý mà ông Trung nhắc tới là về vấn đề gì?', /biên giới/u],
  ])('%j', (q, says) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(says);
  });
});

describe('the concrete form of an aid the articles only name', () => {
  it.each(['Việt Nam đã hỗ trợ cụ thể những gì để giúp Trung Quốc khắc phục hậu quả lũ lụt năm 2020?', 'What concrete support did Vietnam provide China for the floods?'])('%j is refused: no gift of Vietnam is reported, only thanks for its support', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/nothing given by Vietnam|không đưa tin Việt Nam đã trao tặng/u);
    expect(a.text).not.toMatch(/cảm ơn|thanked/u);
  });

  it.each(['What did China give Vietnam in 2022?', 'What concrete aid did China give Vietnam?'])('%j: a gift the articles report is still given', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/medical supplies/u);
  });
});

describe('the exact date of a subject the talks only named', () => {
  it('"when exactly was that anniversary, like the actual date?" after the anniversary came up is refused', () => {
    const a = lastOf('what got signed in the april 2022 talks', 'ok and the one in 2020, what anniversary came up?', 'when exactly was that anniversary, like the actual date?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/anniversary.*date/u);
  });

  it.each(['When was the gift announced?', 'When was the anniversary of diplomatic ties mentioned?'])('%j: an act of the talks is dated by them', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/2022|2020/u);
  });
});
