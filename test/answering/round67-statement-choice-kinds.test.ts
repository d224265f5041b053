// Kinds of rounds 66-67 where the right talk was cited with the wrong statement, or a wrong talk beside it: a long
// message whose asking part asks only what a side said takes its subject from the context; "mấy" after "về" in a
// question another word asks already is "those", not "how many"; a health document for travel is the vaccine
// passports, a subject of one talk only; what something "giúp ích", "đóng góp" for is what it contributed to.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe("a long message's context names the subject an asking part about a side's words leaves open", () => {
  it.each([
    ['A friend told me lorries queued for days at the border crossings in 2022. What did the Vietnamese side ask for?', /congestion/u],
    ['边境口岸货物积压很严重。越方2022年是怎么表态的？', /拥堵/u],
    ['南海一直是个敏感话题。我好奇的是，越方2022年在党际渠道上是怎么表态的？', /COC|行为准则/u],
  ])('%j', (q, said) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(said);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });

  it('the asking part alone still reads as it did', () => {
    const a = engine.answer('What did the Vietnamese side ask for in 2022?');
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });
});

describe('"mấy" after "về", in a question another word asks, points at those things', () => {
  it.each(['Trung nói gì về mấy tỉnh biên giới?', 'ông Trung có nói gì về mấy tỉnh sát biên giới không?'])('%j is answered with the localities', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/cơ chế/u);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });

  it('a question "mấy" asks alone still counts', () => {
    expect(engine.answer('Hai bên ký mấy văn kiện?').text).toMatch(/hai văn kiện/u);
  });
});

describe('health documents for travel are the vaccine passports, raised at one talk', () => {
  it.each([
    ['What did Vietnam hope for about the health documents people need to travel?', /vaccine passports/u],
    ['Việt Nam mong muốn gì về giấy tờ y tế khi đi lại giữa hai nước?', /hộ chiếu vắc xin/u],
    ['越方对两国人员往来的健康证明有什么期望？', /疫苗护照/u],
  ])('%j', (q, said) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(said);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });
});

describe('which talk raised health documents', () => {
  it('names the 2022 talks alone', () => {
    const q = 'Which talk raised the health documents travellers carry?';
    expect(first(q)).toMatch(/19 April 2022/u);
    expect(first(q)).not.toMatch(/2020/u);
    expect(engine.answer(q).text).toMatch(/vaccine passports/u);
  });
});

describe('what something "giúp ích" or "đóng góp" for is what it contributed to', () => {
  it('the General Secretaries\' calls enhanced trust, at the 2022 talks', () => {
    const a = engine.answer('Theo bài năm 2022, các cuộc điện đàm giữa hai Tổng Bí thư giúp ích gì cho quan hệ hai nước?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/tin cậy/u);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });

  it('asked with no year, the calls are still the 2022 statement', () => {
    const a = engine.answer('Những cuộc gọi giữa hai Tổng Bí thư đã giúp ích gì cho quan hệ song phương?');
    expect(first('Những cuộc gọi giữa hai Tổng Bí thư đã giúp ích gì cho quan hệ song phương?')).toMatch(/2022/u);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });
});
