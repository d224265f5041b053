// Kinds of miss from rounds 56-57's first contact: a calculation over the articles' figures answered as if it were a
// figure claim (Vietnamese and Chinese operation words the English reading never saw), a count of years at a later
// talk, counted on from the anniversary the articles number, refused as a calculation or read as a wrong premise, and
// the date of something only proposed answered with another talk's statements.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).lines[0]?.text ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a calculation over figures is refused in every language', () => {
  it.each([
    ['Nếu chia đều 235.000 USD cho 10 bệnh viện thì mỗi bệnh viện được bao nhiêu?', 'Tôi không tính toán'],
    ['20% của 1,5 triệu nhân dân tệ là bao nhiêu?', 'Tôi không tính toán'],
    ['235.000 cộng 1,5 triệu bằng mấy?', 'Tôi không tính toán'],
    ['Kế hoạch hợp tác đã hoàn thành bao nhiêu phần trăm?', 'Tôi không tính toán'],
    ['如果把23.5万美元平分给5个省，每个省多少钱？', '我不做计算'],
    ['150万元的百分之二十是多少？', '我不做计算'],
    ['If the 235,000 USD were shared among 4 hospitals, how much would each get?', 'I do not calculate'],
    ['What is 20% of 1.5 million yuan?', 'I do not calculate'],
  ])('%j', (q, refusal) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(firstLine(q)).toContain(refusal);
  });

  it('a province counted in Vietnamese is no billion of a figure', () => {
    expect(engine.answer('Nếu chia 1,5 triệu nhân dân tệ cho 63 tỉnh thì sao?').text).not.toMatch(/63 billion|63 tỷ/u);
  });

  it('a figure with no second one to work it with is still asked of the articles', () => {
    const a = engine.answer('Trung Quốc tặng vật tư y tế trị giá bao nhiêu?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/1,5 triệu/u);
  });
});

describe('a count of years at a later talk is counted on from the anniversary the articles number', () => {
  it.each([
    ['Diplomatic ties turned 70 in 2020; how many years old were they by the 2022 videoconference?', '72nd'],
    ['Nếu năm 2020 là kỷ niệm 70 năm, thì đến hội đàm trực tuyến năm 2022 quan hệ ngoại giao được bao nhiêu năm?', 'thứ 72'],
    ['2020年是建交70周年，那2022年视频会谈时建交多少年了？', '72周年'],
  ])('%j', (q, counted) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain(counted);
    expect(a.text).toMatch(/70/u);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('asked of the anniversary’s own talk, only that talk is cited', () => {
    expect(dates('2020年通话中提到中越建交是多少周年？')).toEqual(['2020-07-29']);
  });
});

describe('what was only proposed has no date it was done', () => {
  it.each([
    ['越中两国是哪年正式实现疫苗护照互认的？', '只说这是一方的希望或提议'],
    ['On what date did the two countries put mutual recognition of vaccine passports into effect?', 'only as hoped for or proposed'],
  ])('%j', (q, hoped) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(firstLine(q)).toContain(hoped);
  });
});
