// Kinds of round 69's reversed or unled yes/no answers: a reported praise claimed with a negated or opposite degree
// ("评价不高", "not impressed", "không đánh giá cao", "thought little of") is No; an office said to have represented a
// side is Yes only when a participant of that talk held it (the General Secretaries are only mentioned); a polarity a
// named person is asked to have said is read of what he said himself; whether a side gave anything at a talk is Yes,
// with the gift, when the report gives one.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';
const YES = /^(?:Yes|是的|Có)/u;
const NO = /^(?:No|不是|Không)/u;

describe('a reported praise claimed with a negated or opposite degree is No', () => {
  it.each([
    '2020年中方对越南的抗疫成绩评价不高，是这样吗？',
    '2020年宋涛对越南抗疫成绩评价并不高吧？',
    '2020年宋涛看不上越南的抗疫成绩，对吧？',
    "China was not impressed by Vietnam's fight against COVID in 2020, right?",
    "Did Song Tao think little of Vietnam's achievements in 2020?",
    "Song Tao didn't think much of Vietnam's COVID response in 2020, did he?",
    'Năm 2020 phía Trung Quốc không đánh giá cao thành tích chống dịch của Việt Nam phải không?',
    'Năm 2020 ông Tống Đào đánh giá thấp thành tựu chống dịch của Việt Nam phải không?',
  ])('%j', (q) => {
    expect(first(q)).toMatch(NO);
    expect(citedTalks(engine.answer(q))).toContain('2020-07-29-phone-talks');
  });
  it.each([
    "Did Song Tao speak highly of Vietnam's achievements in 2020?",
    '2020年中方对越南抗疫成绩的评价很高吗？',
  ])('the praise as reported is still Yes: %j', (q) => {
    expect(first(q)).toMatch(YES);
  });
});

describe('an office said to represent a side is checked against who took part', () => {
  it.each([
    ['2020年越方出面通话的是越共中央总书记本人吗？', /^不是：是黄平君/u],
    ['Was it the General Secretary himself who spoke for Vietnam on the 2020 call?', /^No: Hoang Binh Quan/u],
    ['Did the CPV General Secretary represent Vietnam at the 2020 talks?', /^No: Hoang Binh Quan/u],
    ['Năm 2020 người đại diện phía Việt Nam điện đàm có phải là Tổng Bí thư không?', /^Không: Hoàng Bình Quân/u],
    ['Did the General Secretaries take part in the 2022 talks?', /^No/u],
  ])('%j', (q, lead) => {
    expect(first(q)).toMatch(lead);
  });
  it('the participant named is still Yes', () => {
    expect(first('Did Hoang Binh Quan represent Vietnam at the 2020 talks?')).toMatch(YES);
  });
  it('the General Secretaries as the report mentions them are still Yes', () => {
    expect(first('Did the General Secretaries hold phone talks, according to the 2022 report?')).toMatch(YES);
  });
});

describe('a polarity a named person is asked to have said is read of his own words', () => {
  it.each([
    'Did Quan say party relations had basically stalled during the pandemic?',
    // ("…疫情期间…" is not among them: "during the pandemic" makes the sentence both sides agreed, that some exchanges
    // could not be held, the one most about the claim; a known miss, zh-r59's.)
    '黄平君是不是说两党关系基本停滞了？',
  ])('%j is No', (q) => {
    expect(first(q)).toMatch(NO);
  });
  it('what he said is still Yes', () => {
    expect(first('Did Quan say relations were maintaining momentum in 2020?')).toMatch(YES);
  });
});

describe('whether a side gave anything at a talk', () => {
  it.each([
    'Did China hand Vietnam anything during the 2022 talks?',
    'Did the Chinese side send anything to Vietnam at the April 2022 talks?',
    '2022年中方有没有送给越方什么东西？',
    'Năm 2022 Trung Quốc có tặng Việt Nam gì không?',
  ])('%j is Yes with the medical supplies', (q) => {
    const a = engine.answer(q);
    expect(first(q)).toMatch(YES);
    expect(a.text).toMatch(/medical supplies|医疗物资|vật tư y tế/u);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });
  it.each(['Did Vietnam give China anything in 2022?', 'Did China give Vietnam anything in 2020?'])('a side with no gift reported there gets no Yes: %j', (q) => {
    expect(first(q)).not.toMatch(YES);
  });
});
