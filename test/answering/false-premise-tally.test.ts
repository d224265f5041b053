// False premises: when to put right, when to refuse (round 75). A question's identifying details are counted per
// talk (matching/detail-tally.ts): a wrong one is put right when the talk the others point at outnumbers it (a person
// against a format and a subject reported at one talk alone); a count of talks the articles lack, with a total asked
// over them, or a later period asked to be signed, names no talk reported. A currency no figure is given in, stated of
// a gift that is clear, is put right before what the articles say the gift was. A "not at A; at B" No cites both.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a person against a format and a subject of the other talk is the slip', () => {
  it.each([
    ['黄平君和宋涛视频签署的2021-2025年合作计划是关于什么的？', /^不对，黄平君没有参加2022年4月19日的会谈，参加的是黎怀忠/u],
    ['Ông Tống Đào và ông Hoàng Bình Quân đã ký kế hoạch hợp tác 2021-2025 qua video như thế nào?', /^Không phải vậy\. Hoàng Bình Quân không tham gia cuộc hội đàm ngày 19 tháng 4, 2022; người tham gia là Lê Hoài Trung/u],
  ])('%j is put right by who signed, then answered', (q, opening) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(opening);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('a person against a format alone, nothing asked of either talk only, is not put right by the subject rule', () => {
    const a = engine.answer('What did Quan and Song Tao discuss by video?');
    expect(a.text).not.toMatch(/Le Hoai Trung and Song Tao signed/u);
  });
});

describe('talks miscounted, with a total asked over them, are no talks reported', () => {
  it.each([
    'Qua ba cuộc hội đàm giữa ông Tống Đào và phía Việt Nam, hai Đảng đã ký tổng cộng bao nhiêu văn kiện?',
    'How many documents were signed in the three talks?',
  ])('%j is refused', (q) => {
    expect(engine.answer(q).answered).toBe(false);
  });

  it('what the miscounted talks each did is still put right and answered', () => {
    const a = engine.answer('When did the three talks take place?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Not quite\. The articles report two talks, not three\./u);
  });
});

describe('a later period asked to be signed is beyond the articles', () => {
  it.each(['Đến năm 2025, hai Đảng có ký tiếp kế hoạch hợp tác cho giai đoạn sau không?', 'Did the two parties sign a plan for the next period after 2025?'])('%j is refused, with no date put right', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/không phải năm 2025|not 2025/u);
  });
});

describe('a gift stated in a currency no figure is given in', () => {
  it.each([
    ['Khoản viện trợ 235.000 euro mà Trung Quốc công bố năm 2022 gồm những gì?', /^Không phải vậy\. Các bài báo không đưa ra con số nào bằng euro/u, /vật tư y tế/u],
    ['What did the 235,000 euros of medical supplies consist of?', /^Not quite\. The articles give no figure in euros/u, /medical supplies/u],
  ])('%j is put right, then what the gift was', (q, opening, gift) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(opening);
    expect(a.text).toMatch(gift);
    expect(a.text).toMatch(/USD/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('"not at A; at B" for a document asked yes or no', () => {
  it('cites the talk named and the talk that signed', () => {
    const q = 'Did the officials sign the cadre training scheme during the 2020 phone call?';
    expect(engine.answer(q).text).toMatch(/^No\./u);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it.each(['Was the cadre training scheme signed in 2022?', 'Does the CPV-CPC cooperation plan cover 2020 to 2024?'])('%j, no talk named by its format, cites only where it was signed', (q) => {
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('an office of a side\'s party its participant did not hold', () => {
  it('is read as that side\'s participant, put right first', () => {
    const a = engine.answer("What did Vietnam's party General Secretary tell Song Tao during the July 2020 phone call?");
    expect(a.text).toMatch(/^Not quite\./u);
    expect(a.text).toMatch(/Hoang Binh Quan/u);
  });
});
