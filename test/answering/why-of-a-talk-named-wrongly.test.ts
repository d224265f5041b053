// A "why" whose talk the question names by a detail it had otherwise (a format, a month) rests on that talk: the talk is
// put right, and what was said there answers, before the note that the articles give no reason. A refusal ("no
// reason given") alone would leave the wrong talk standing. A why of a talk named rightly, whose reason the articles
// do not give, stays refused.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a why of a talk named by a wrong detail: the talk put right, then what was said there', () => {
  it.each([
    ['2020年黄平君和宋涛举行视频会谈时，为什么提到海上局势复杂？', '2020-07-29', '海上'],
    ['为什么2020年视频会谈中双方讨论海上问题？', '2020-07-29', '海上'],
    ['为什么黎怀忠在2022年电话会谈上希望互认疫苗护照？', '2022-04-19', '疫苗护照'],
    ['为什么在2022年的电话会谈里黎怀忠要中方遵守陆地边界文件？', '2022-04-19', '陆地边界'],
    ['2022年两党电话会谈中，黎怀忠为什么提到东盟？', '2022-04-19', '东盟'],
  ])('%s', (q, date, said) => {
    const a = engine.answer(q);
    expect(a.answered, a.text).toBe(true);
    const [first, ...rest] = a.text.split('\n');
    expect(first, a.text).toMatch(/^不对，/);
    expect(rest.join('\n')).toContain(said);
    expect(a.citations.map((c) => c.date)).toEqual(expect.arrayContaining([date]));
    expect(a.citations.every((c) => c.date === date)).toBe(true);
  });
});

describe('the same kind, put right by the claim checker already, stays so in English and Vietnamese', () => {
  it.each([
    ['Why did Quan speak of obstacles in relations at the 2020 video conference?', 'Not quite.', '2020-07-29'],
    ['Why did Trung bring up vaccine passports during the phone talks in 2022?', 'Not quite.', '2022-04-19'],
    ['Vì sao trong cuộc điện đàm năm 2022 ông Trung đề nghị công nhận hộ chiếu vắc-xin?', 'Không phải vậy.', '2022-04-19'],
  ])('%s', (q, lead, date) => {
    const a = engine.answer(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.text.startsWith(lead), a.text).toBe(true);
    expect(a.citations.every((c) => c.date === date)).toBe(true);
  });
});

describe('near cases that do not change', () => {
  it.each([
    // The talk named rightly: the reason is what is asked, and the articles do not give it.
    ['为什么2020年电话会谈中黄平君说海上局势复杂？'],
    ['2022年视频会谈中黎怀忠为什么提到疫苗护照？'],
    ['Why did Quan say the sea situation was complicated in the 2020 phone talks?'],
    ['为什么2022年的会谈是视频形式？'],
  ])('%s', (q) => {
    const a = engine.answer(q);
    expect(a.answered, a.text).toBe(false);
  });
});
