// Misses of round 31 by kind, worded afresh: a country the articles lack named in Vietnamese beside one they
// have ("quan hệ Mỹ – Trung"), and a count of talks beyond those they report ("all three talks"), in each language.
import { describe, expect, it } from 'vitest';
import { twoTalks } from '../support/engine.js';

const { ask } = twoTalks();

describe('a country the articles lack, named in Vietnamese', () => {
  it.each(['Quan hệ Mỹ – Trung năm 2022 ra sao?', 'Năm 2022 quan hệ giữa Mỹ và Trung Quốc thế nào?'])('%s: refused, naming it', (q) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(false);
    expect(a.text).toContain('"My"');
  });

  it('a question opening with a glossary word is still answered', () => {
    expect(ask('Đảng Cộng sản Trung Quốc tặng gì cho Việt Nam?').answered).toBe(true);
  });
});

describe('a count of talks beyond those the articles report', () => {
  it.each([
    ['Did Song Tao take part in all three talks?', 'they report two'],
    ['Was Song Tao at all three of the party talks?', 'they report two'],
    ['Tống Đào có dự cả ba cuộc hội đàm không?', '2 cuộc'],
    ['宋涛三次中越会谈都参加了吗？', '第3次'],
  ])('%s: not answered as if there were three', (q, said) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(false);
    expect(a.text).not.toMatch(/^(Yes|Có|是)/u);
    expect(a.text).toContain(said);
  });

  it.each([
    ['关于陆地边界的三份法律文件，会谈里怎么说的？', '陆地边界'],
    ['越方提到的三份边界法律文件，在会谈中是怎么讲的？', '法律文件'],
  ])('%s: a count of documents a glossary leaves as a digit counts no talks', (q, said) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain(said);
  });

  it.each(['Were three documents signed at the talks?', 'Who attended the two talks?'])('%s: other counts are left to the answer', (q) => {
    expect(ask(q).answered).toBe(true);
  });
});
