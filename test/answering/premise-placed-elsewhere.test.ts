// A question with one wrong detail gets the correction and then the fact asked, not a refusal or a bare No (rounds
// 58-59): a gift asked at the talk that never reported it; an undertaking asked of that talk; a person asked at talks he
// took no part in; a signer named wrongly; a plan's period given wrongly, then asked when it was signed.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('a subject asked at a talk whose report never mentions it', () => {
  // (Its figure asked there stays refused as no figure: the tuned sets want "how much aid did china give vietnam in
  // the 2020 call" refused, where round 59 wanted the 2022 figure; the sets disagree.)
  it.each([
    ['Which medical supplies exactly did Song Tao hand over during the 2020 phone call?', '19 April 2022', /medical supplies worth/u],
    ['宋涛在2020年7月的通话中宣布向越南捐赠了哪些医疗物资?', '2022年4月19日', /医疗物资/u],
  ])('%j is put right to where it came up, then answered there', (q, date, fact) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toContain(date);
    expect(a.citations.map((c) => c.date)).toContain('2022-04-19');
    expect(a.text).toMatch(fact);
  });

  it.each([
    ['Did China pledge medical supplies to Vietnam during the 2020 phone call?', 'No.'],
    ['Did China pledge aid to Vietnam during the 2020 call?', 'No.'],
    ['2020年电话会谈中中方承诺向越南提供医疗物资了吗？', '不是'],
    ['Có phải Trung Quốc cam kết tặng vật tư y tế cho Việt Nam trong cuộc điện đàm năm 2020?', 'Không'],
  ])('%j, an undertaking asked of that talk: No, then the gift where it was made', (q, no) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q).startsWith(no)).toBe(true);
    expect(a.citations.map((c) => c.date)).toEqual(expect.arrayContaining(['2020-07-29', '2022-04-19']));
  });

  it('an agreement asked where the subject was reported stays no agreement', () => {
    expect(engine.answer('Did they sign a deal on medical supplies in 2022?').text).not.toMatch(/^(Yes|No)\b/u);
  });
});

describe('a person asked at talks he took no part in', () => {
  it.each([
    ['黄平君在那次视频会谈里是怎么谈海上问题的?', '2020年7月29日', /海上/u],
    ['What did Quan say about the sea at the videoconference?', '29 July 2020', /at sea/u],
  ])('%j: where he took part, then his words there', (q, date, words) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toContain(date);
    expect(new Set(a.citations.map((c) => c.date))).toEqual(new Set(['2020-07-29']));
    expect(a.text).toMatch(words);
  });

  it.each([
    ['Ông Hoàng Bình Quân đã ký kế hoạch hợp tác 2021-2025 với ông Tống Đào phải không?', 'Không', 'Lê Hoài Trung'],
    ['Did Quan sign the 2021-2025 cooperation plan with Song Tao?', 'No', 'Le Hoai Trung'],
    ['黄平君和宋涛签署了2021-2025年合作计划吗？', '不是', '黎怀忠'],
  ])('%j: No, naming who signed', (q, no, signer) => {
    const a = engine.answer(q);
    expect(firstLine(q).startsWith(no)).toBe(true);
    expect(a.text).toContain(signer);
    expect(new Set(a.citations.map((c) => c.date))).toEqual(new Set(['2022-04-19']));
  });
});

describe('a period put right, then the question still answered', () => {
  it.each([
    ['Kế hoạch hợp tác giữa hai Đảng giai đoạn 2021-2030 được ký vào ngày nào?', '19 tháng 4, 2022'],
    ['2021-2030年合作计划是哪天签署的?', '2022年4月19日'],
    ['When was the 2021-2030 cooperation plan signed?', '19 April 2022'],
  ])('%j gives 2021-2025 and the day it was signed', (q, date) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toMatch(/2021-2025/u);
    expect(a.text).toContain(date);
  });
});
