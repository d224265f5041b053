// Kinds of miss from round 48's first contact (Vietnamese, with English and Chinese where the mechanism is shared):
// abbreviations of the parties, the reports' outlet asked, a document's span asked in years.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('the parties abbreviated', () => {
  it.each([
    'Kế hoạch hợp tác giữa Đảng CSVN và Đảng CS Trung Quốc ký năm 2022 áp dụng cho giai đoạn nào?',
    'ke hoach hop tac giua dang cs vn va dang cs tq ky nam 2022 ap dung cho giai doan nao',
  ])('%j is answered with the plan\'s period, "CS" not named as missing', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('2021-2025');
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('the outlet that reported the talks', () => {
  it.each([
    'Cơ quan báo chí nào đưa tin về hai cuộc hội đàm này?',
    'co quan bao chi nao dua tin ve hai cuoc hoi dam nay',
    'Hãng thông tấn nào đăng hai bài này?',
    'Nguồn tin của các bài là gì?',
    '哪个通讯社报道了这两次会谈？',
    '这两篇报道的出处是哪里？',
    '哪家媒体报道了2022年的会谈？',
    'Which news agency reported this?',
    'Which media outlet covered the talks?',
    'What is the source of these articles?',
  ])('%j names the Vietnam News Agency', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.intent).toBe('source');
    expect(a.text).toMatch(/Vietnam News Agency[ （(]+VNA/u);
  });

  it('a source of something the talks report stays a question about it', () => {
    expect(engine.answer('What was the source of the medical supplies?').intent).not.toBe('source');
  });
});

describe("a document's span asked in years", () => {
  it.each([
    'tl nhanh: kế hoạch hợp tác 2 đảng ký cho mấy năm',
    'kế hoạch hợp tác kéo dài mấy năm?',
    'How many years does the cooperation plan cover?',
    'the plan was signed for how many years',
    '两党签的合作计划管几年？',
    '22年视频会签的那个计划管几年的',
    '2022年那次会谈签的干部培训方案是几年期的？',
  ])('%j is answered with its period, no number said to be missing', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/2021\s*[-—–]\s*2025/u);
    expect(a.text).not.toMatch(/con số|no such number|没有.*数字/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('years asked of the talks stay the time between them', () => {
    expect(engine.answer('How many years apart were the two talks?').text).toContain('629 days');
  });
});

describe('a word of recency naming a talk', () => {
  it.each([
    'Hai năm dịch vừa rồi chắc lãnh đạo hai Đảng ít có dịp gặp nhau. Mình tò mò không biết có gì cụ thể được ký kết không hay chỉ nói chuyện suông. Lần gần đây nhất được nhắc trong bài, họ đã ký những gì?',
    'Lần cuối họ gặp nhau thì ký gì?',
    'In the most recent one, what did they sign?',
    '最近那次他们签了什么？',
    '最近一次会谈双方签了哪些文件？',
  ])('%j is the latest talk, not a ranking asked', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/đào tạo|training|培训/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('the most of something the articles report stays unranked', () => {
    expect(engine.answer('What was the most important topic?').answered).toBe(false);
  });
});

describe("a side's representative compared across the talks with a counterpart named", () => {
  it.each([
    ['Người đại diện phía Việt Nam đã thay đổi thế nào giữa hai lần nói chuyện với ông Tống Đào?', /Hoàng Bình Quân/u, /Lê Hoài Trung/u],
    ['How did the Vietnamese representative change between the two conversations with Song Tao?', /Hoang Binh Quan/u, /Le Hoai Trung/u],
    ['在与宋涛的两次会谈之间，越方代表有什么变化？', /黄平君/u, /黎怀忠/u],
  ])('%j gives that side\'s people at each talk', (q, first, second) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(first);
    expect(a.text).toMatch(second);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('asked Yes or No, that side\'s sameness decides, not the counterpart\'s', () => {
    expect(engine.answer('Was the Vietnamese representative the same in both talks with Song Tao?').text).toMatch(/^No\b/u);
    expect(engine.answer('Phía Việt Nam có cử cùng một người nói chuyện với ông Tống Đào cả hai lần không?').text).toMatch(/^Không\b/u);
  });

  it("the person named alone keeps their own roles compared", () => {
    const a = engine.answer("How did Song Tao's role change between the two talks?");
    expect(a.text).toContain('Song Tao');
    expect(a.text).not.toContain('Le Hoai Trung');
  });
});

describe('the results a talk achieved, asked with a verb of achieving', () => {
  it.each([
    ['Cuộc hội đàm ngày 19/5/2022 giữa hai Ban đối ngoại đạt được kết quả gì?', /19 tháng 4/u],
    ['Hội đàm năm 2022 mang lại kết quả gì?', /kế hoạch hợp tác/u],
    ['2022年5月19日的会谈取得了什么成果？', /4月19日/u],
    ['2022年的会谈取得了哪些成果？', /合作计划/u],
  ])('%j is answered with what was signed', (q, text) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(text);
    expect(a.text).toMatch(/kế hoạch|2021|合作计划/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('people never at one talk together compared by the body they headed', () => {
  it.each([
    'Ông Quân ở lần đầu và ông Trung ở lần sau có phụ trách cùng một cơ quan không?',
    'Ông Quân và ông Trung có phụ trách cùng một cơ quan không?',
  ])('%j gives each one\'s role, not "no talks with both"', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Ban Đối ngoại');
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });
});
