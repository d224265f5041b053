// Near misses of round 60 answered with confidence: which particular things a document or subject includes, where
// the articles give only the document (refused as not listed); when something was done after the talks (handed over,
// delivered), which the talks' date does not date (refused as not reported), in all three languages; Chinese chat words
// ("那头", "好像") named in a refusal.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('which things a document includes, where the articles list none of them', () => {
  it.each([
    'Which specific training courses for cadres are included in the 2021-2025 scheme?',
    'Which particular programmes does the cadre training scheme include?',
  ])('%j is refused, citing nothing', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.citations).toHaveLength(0);
  });

  it.each(['Which documents were signed in 2022?'])('%j is still answered with the 2022 talks', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.citations.some((c) => c.talk.includes('2022'))).toBe(true);
  });
});

describe('when something was done after the talks, which they report only as announced', () => {
  it.each([
    'Số vật tư y tế đó được bàn giao cho Việt Nam vào ngày nào?',
    'Lô vật tư y tế được bàn giao khi nào?',
    '那批医疗物资是哪天移交给越方的？',
    '宋涛的医疗物资什么时候交付给越南？',
    'When were the medical supplies handed over to Vietnam?',
  ])('%j is refused as not dated, citing nothing', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.citations).toHaveLength(0);
  });

  it.each([
    'When did Song Tao announce the supplies?',
    'Ông Tống Đào thông báo trao tặng vật tư y tế khi nào?',
    '宋涛什么时候宣布赠送医疗物资？',
  ])('%j is still answered with the 2022 talks', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toMatch(/2022/u);
  });
});

describe('chat words of Chinese (a side\'s "那头", a hedge "好像") are not things the articles lack', () => {
  it.each([
    ['lol 2020年那通电话 越南那头是谁在接的啊', /黄平君/u],
    ['中国这头2022年是谁出面的？', /宋涛/u],
  ])('%j names who took part', (q, who) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toMatch(who);
  });

  it('"…有没有谢越南啥的，我记得好像有" is a Yes, citing the 2020 call', () => {
    const a = engine.answer('中方2020年通话有没有谢越南啥的 ，，我记得好像有');
    expect(a.text.split('\n')[0]).toMatch(/^是/u);
    expect(a.citations.some((c) => c.talk.includes('2020'))).toBe(true);
  });
});
