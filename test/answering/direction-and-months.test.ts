// Who did what to whom, a month that names no talk, and premises put right before what is asked: round 30's
// Vietnamese kinds, checked in every language the mechanism serves.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('the direction of an act between the two sides', () => {
  it.each([
    'did China offer condolences to Vietnam over the floods in 2020?',
    'were condolences offered to Vietnam by China over the 2020 floods?',
    'Trong cuộc điện đàm năm 2020, phía Trung Quốc có chia buồn với Việt Nam về lũ lụt không?',
    '2020年中方是否就洪灾向越方表示慰问？',
  ])('reversed, it is No: %s', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(first(q)).toMatch(/^(No|Không|不是)/u);
  });

  it.each([
    ['Trong cuộc điện đàm năm 2020, phía Việt Nam có chia buồn với Trung Quốc về lũ lụt không?', 'Có.'],
    ['did Vietnam offer condolences to China over the floods in 2020?', 'Yes.'],
  ])('as the article has it, it is Yes: %s', (q, lead) => {
    expect(first(q)).toBe(lead);
  });

  it('the claim checker contradicts a reversed act in English and Vietnamese, and supports the article\'s', () => {
    for (const claim of ['China offered condolences to Vietnam over the floods in 2020', 'Trung Quốc chia buồn với Việt Nam về lũ lụt năm 2020', 'Vietnam received condolences from China over the floods']) {
      expect(engine.check(claim).verdict, claim).toBe('contradicts');
    }
    expect(engine.check('Vietnam offered condolences to China over the floods in 2020').verdict).toBe('supports');
  });

  it('"caused by China\'s floods" is no act of China\'s: a passive needs its own verb', () => {
    expect(first("Did Quan express sympathy over the damage caused by China's floods?")).toBe('Yes.');
  });
});

describe('a month that names no talk', () => {
  it.each([
    'Trong cuộc trao đổi hồi tháng 3 giữa hai Đảng, hai bên đã thống nhất những điểm nào?',
    'what did the two parties agree on in the March talks?',
    '3月两党会谈达成了哪些共识？',
  ])('is refused as no talks that month, not answered from another talk: %s', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.citations).toHaveLength(0);
    expect(a.text).toMatch(/March|tháng 3|3月/u);
  });
});

describe('premises put right, then answered', () => {
  it('a gift\'s amount given wrongly, of a detail the articles do not give', () => {
    for (const q of ['Món quà trị giá 15 triệu nhân dân tệ mà Trung Quốc tặng Việt Nam năm 2022 gồm những gì?', 'What exactly was in the 15 million yuan of supplies China gave Vietnam in 2022?']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/1[.,]5/u);
      expect(a.citations.some((c) => c.quote.includes('medical supplies')), q).toBe(true);
    }
  });

  it('a period given wrongly is put right before what else was signed, led by No after a tag', () => {
    const tagged = engine.answer('Ngoài kế hoạch hợp tác giai đoạn 2021-2030, hai bên còn ký văn kiện nào vào tháng 4/2022, đúng chứ?');
    expect(tagged.text).toMatch(/^Không/u);
    expect(tagged.text).toContain('2021-2025');
    expect(tagged.text).toContain('cán bộ');
    const plain = engine.answer('Besides the cooperation plan for 2021-2030, what other document did they sign in April 2022?');
    expect(plain.text.split('\n')[0]).toContain('2021-2025, not 2021-2030');
    expect(plain.text).toContain('training cadres');
  });
});

describe('long messages', () => {
  it('an ask beyond the articles read across two context sentences does not refuse the asking part', () => {
    const a = engine.answer("Tôi hay thấy báo chí đưa tin 'ký kết' nhưng ít khi nói rõ ký cái gì. Lần hội đàm trực tuyến năm 2022 có ký gì không? Nếu có thì là những văn bản nào và áp dụng cho giai đoạn nào?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain('2021-2025');
  });
});

describe('Vietnamese paraphrases', () => {
  it('"rắc rối ngoài khơi" are the obstacles at sea', () => {
    const a = engine.answer('Theo ông Quân, rắc rối nào ngoài khơi đang làm vướng víu mối quan hệ giữa hai bên?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('phức tạp');
  });
});
