// Kinds of miss from rounds 91-93's Vietnamese sets: a fair question refused, or answered off the point, because a
// word of framing, paraphrase or chat was read as a subject the articles lack, or a speaker went unread. The
// relationship named by its own words ("mối quan hệ truyền thống"), "trân trọng" (cherish) for attaching importance,
// a side cited as the source or after an opening year, "tệ" for yuan after a quantity, "mấy" after "với" pointing at
// things rather than counting them, "vị trí thế nào" of a thing asking its role, "ĐH 13" for the Congress, and when
// asked again for each of people who never met. What the articles lack is still refused.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).lines[0]?.text ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('the relationship named in its own words, with the side that spoke of it', () => {
  it.each([
    'Theo phía Trung Quốc năm 2020, mối quan hệ truyền thống với Việt Nam mang tính chất gì?',
    'Năm 2020, phía Trung Quốc nói họ đặc biệt trân trọng những mối quan hệ nào với Việt Nam?',
    'Năm 2020 phía Trung Quốc nói gì về mối quan hệ với Việt Nam?',
  ])('%j answers with what Song Tao said of neighbourliness', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.lines[1]?.text).toMatch(/Tống Đào.*láng giềng hữu nghị truyền thống/u);
    expect(dates(q)).toEqual(['2020-07-29']);
  });

  it('"according to the Chinese side" makes that side the speaker in English too', () => {
    const a = engine.answer('According to the Chinese side in 2020, what was the nature of the traditional relationship with Vietnam?');
    expect(a.lines[1]?.text).toMatch(/^• Song Tao said China attaches great importance/u);
  });
});

describe('chat words for amounts and pointing', () => {
  it('"bao nhiêu tệ" asks the yuan figure', () => {
    const q = 'thx bot mà cho hỏi, 235k usd là đổi từ bao nhiêu tệ vậy';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/1,5 triệu nhân dân tệ/u);
    expect(a.text).not.toContain('"tệ"');
  });

  it('"tệ" alone is still "bad", not yuan', () => {
    expect(engine.answer('tình hình có tệ hơn không?').text).not.toMatch(/nhân dân tệ/u);
  });

  it('"làm gì với mấy văn kiện" asks what was urged about those documents, no count', () => {
    const q = 'ông trung đòi TQ làm gì vs mấy văn kiện biên giới đất liền?';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/tuân thủ ba văn kiện pháp lý/u);
  });

  it('"với mấy người" with nothing else asked still counts', () => {
    expect(engine.answer('Ông Tống Đào hội đàm với mấy người?').text).not.toMatch(/văn kiện/u);
  });

  it('"ĐH 13" is the 13th Congress, and homework is the asker\'s', () => {
    const q = 'chào bot!! mik đang làm bài tập, cho hỏi ĐH 13 của đảng đc ai nhắc tới trong bài ko';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Tống Đào.*Đại hội XIII/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('the standing of a thing asked as its role', () => {
  it('"giữ vị trí thế nào" of the Party channel is its important role in orienting ties', () => {
    const q = 'Năm 2022 hai bên cho rằng hợp tác giữa hai đảng giữ vị trí thế nào đối với quan hệ Việt - Trung?';
    expect(engine.answer(q).lines[1]?.text).toMatch(/vai trò quan trọng trong định hướng/u);
  });

  it('"vị trí gì" of a person is still his post', () => {
    expect(engine.answer('Ông Tống Đào giữ vị trí gì?').intent).toBe('person');
  });
});

describe('sympathy over the flood losses', () => {
  it('is said as condolences too', () => {
    const q = 'Hồi giữa năm 2020, phía Việt Nam đã gửi lời gì tới Trung Quốc liên quan đến thiên tai mưa lũ bên đó?';
    expect(engine.answer(q).text).toMatch(/chia buồn/u);
  });
});

describe('when, asked for each of people who never met', () => {
  it.each([
    'Ông Tống Đào làm việc với ông Quân vào năm nào và với ông Trung vào năm nào?',
    'In which year did Song Tao work with Quan, and in which year with Trung?',
  ])('%j dates each one\'s talk', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/2020/u);
    expect(a.text).toMatch(/2022/u);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('asked once of the two together, it stays a refusal: they never met', () => {
    expect(engine.answer('When did Quan meet Trung?').answered).toBe(false);
    expect(firstLine('Quân và Trung gặp nhau năm nào?')).toMatch(/không có cuộc hội đàm nào/u);
  });
});
