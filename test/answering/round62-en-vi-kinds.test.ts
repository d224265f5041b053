// English and Vietnamese misses of round 62: words of the question's frame taken for things the articles lack ("phương
// tiện" by what means, "tổng cộng" in total, "the reason"); a Vietnamese post asked with "làm" (serve as) and
// "chủ nhiệm" (chairman); "scrapped" read as a quarrel rather than called off; a passive report ("said to have had")
// taken for words of someone who spoke; why a document was signed at talks that never signed it, put right by the
// talk that did rather than by another sentence's wording.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answering/types.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (a: Answer) => [...new Set(a.citations.map((c) => c.date))].sort();

describe('words of the frame are no things the articles lack', () => {
  it.each([
    'Cuộc nào diễn ra trước, và lúc đó hai bên liên lạc qua phương tiện gì?',
    'Năm 2020 hai bên trao đổi bằng phương tiện gì?',
  ])('%j: the phone talks are answered', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/điện đàm/i);
    expect(dates(a)).toContain('2020-07-29');
  });

  it.each([
    'Gộp cả hai bài, có tổng cộng bao nhiêu quan chức được nêu tên là người trực tiếp tham gia trao đổi?',
    'Hai bài báo nêu tên tổng cộng bao nhiêu quan chức tham gia?',
  ])('%j: three officials', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toMatch(/ba|3/);
  });

  it.each([
    'gm! was covid the reason some party exchanges got scrapped in 2020 or smth else',
    'Was the pandemic the reason some exchanges were scrapped in 2020?',
  ])('%j: Yes, citing the exchanges not held as scheduled', (q) => {
    const a = engine.answer(q);
    expect(a.text.startsWith('Yes')).toBe(true);
    expect(dates(a)).toEqual(['2020-07-29']);
    expect(a.text).toContain('as scheduled');
  });

  it('"scrapped" of exchanges in 2022 is no quarrel: No, they were maintained', () => {
    const a = engine.answer('Were any exchanges scrapped in 2022?');
    expect(a.text.startsWith('No')).toBe(true);
    expect(dates(a)).toEqual(['2022-04-19']);
  });
});

describe('a post asked with "làm" and "chủ nhiệm"', () => {
  it.each([
    'ai làm chủ nhiệm ban đối ngoại TW hồi 2022 vậy ạ',
    'ai làm trưởng ban đối ngoại TW năm 2022?',
  ])('%j: Le Hoai Trung', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Lê Hoài Trung');
    expect(dates(a)).toEqual(['2022-04-19']);
  });
});

describe('a passive report is no speaker', () => {
  it.each([
    'In the 2022 talks, what effect were contacts between ministries and local governments said to have had?',
    'What were exchanges between localities said to have done for trade in 2022?',
  ])('%j: the 2022 statement on trade and investment', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(dates(a)).toEqual(['2022-04-19']);
    expect(a.text).toMatch(/trade|investment/);
  });

  it('"What did local governments say?" is still refused: they did not speak', () => {
    expect(engine.answer('What did local governments say in 2022?').answered).toBe(false);
  });
});

describe('why a document was signed at talks that never signed it', () => {
  it.each([
    'Tại sao hai bên lại ký đề án đào tạo cán bộ ngay trong cuộc điện đàm năm 2020?',
    'Why did the two sides sign the cooperation plan during the 2020 phone talks?',
    'Why did they sign the training scheme in the 2020 call?',
  ])('%j: put right by the 2022 talks, where it was signed', (q) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(/^(Not quite|Không phải vậy)/);
    expect(dates(a)).toContain('2022-04-19');
    expect(a.text).not.toMatch(/proposed|đề xuất/);
  });
});
