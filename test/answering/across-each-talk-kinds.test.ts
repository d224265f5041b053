// Kinds of miss across both talks, in all three languages: a question about each talk answers and cites each talk for
// its own part. A choice of the talk that signed documents on a subject still gives the other talk its line; "từng
// cuộc" asks of each talk as "mỗi cuộc" does; the opening courtesies of each talk are compared talk by talk.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();
const BOTH = ['2020-07-29', '2022-04-19'];

describe('which talk signed documents on a subject named', () => {
  it.each([
    ['Trong hai lần làm việc, cuộc nào ký văn bản hợp tác giữa hai Đảng?', /19 tháng 4, 2022/u],
    ['Văn kiện hợp tác giữa hai Đảng được ký ở lần nào, năm 2020 hay năm 2022?', /19 tháng 4, 2022/u],
    ['Which of the two talks saw a party cooperation document signed?', /19 April 2022/u],
    ['两党合作文件是在两次会谈中的哪一次签署的？', /2022年4月19日/u],
  ])('%j names the 2022 talk and says nothing was signed in 2020, citing each', (q, talk) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toMatch(talk);
    expect(dates(q)).toEqual(BOTH);
  });

  it('a document named is answered where it was signed', () => {
    expect(dates('Which of the two talks saw the cadre training scheme signed?')).toEqual(['2022-04-19']);
  });
});

describe('"từng" asks of each talk', () => {
  it.each([
    'Dịch COVID-19 được nhắc đến ra sao trong từng cuộc hội đàm?',
    'Trong từng lần trao đổi, hai bên nói gì về COVID-19?',
    'How did each of the two talks bring up COVID-19?',
  ])('%j cites both talks', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/COVID/u);
    expect(dates(q)).toEqual(BOTH);
  });
});

describe('the opening of each talk compared', () => {
  it.each([
    ['What did Vietnam open with towards China in each of the two talks?', /flood/u, /centenary|100/u],
    ['Compare what the Vietnamese side told China at the beginning of each round.', /flood/u, /centenary|100/u],
    ['Ở đầu mỗi cuộc trao đổi, phía Việt Nam nói gì với Trung Quốc?', /lũ/u, /100 năm|một trăm năm|Bách niên/u],
    ['两次会谈一开始，越方各对中方说了什么？', /洪/u, /百年/u],
  ])('%j gives each talk its opening courtesy', (q, sympathy, congratulations) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(sympathy);
    expect(a.text).toMatch(congratulations);
    expect(dates(q)).toEqual(BOTH);
  });

  it('the start of one talk asked alone is not this path', () => {
    expect(dates('What did Quan express at the start of the 2020 call?')).toEqual(['2020-07-29']);
  });
});
