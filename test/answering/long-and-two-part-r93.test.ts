// Kinds of miss from round 93 in long messages and two-part questions across both talks: a second clause's pronoun
// ("…, và năm 2022 ông phản hồi…") standing for the person the first named; talks named by their formats in a question
// of the subjects both shared; a subject set aside ("besides the congratulations") in a question of what the talks
// produced; a framing word of substance ("实质内容", "实质问题") refusing a fair question; the leaders' phone talks
// said as such in Vietnamese.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe("a second clause's pronoun is the person the first clause named", () => {
  it.each([
    ['Ông Tống Đào bày tỏ mong muốn gì về quan hệ hai nước năm 2020, và năm 2022 ông phản hồi các đề nghị của Việt Nam thế nào?', /phản hồi tích cực/u],
    ['宋涛2020年对两国关系表达了什么希望，而2022年他怎么回应越方的建议？', /积极回应/u],
  ])('%j answers each talk, his 2022 response included', (q, response) => {
    const a = engine.answer(q);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
    expect(a.text).toMatch(response);
  });

  it('a clause naming its own person is read as it stands', () => {
    const a = engine.answer('Năm 2020 ông Hoàng Bình Quân đề nghị gì, và năm 2022 ông Lê Hoài Trung đề nghị gì?');
    expect(a.text).toMatch(/Hoàng Bình Quân/u);
    expect(a.text).toMatch(/Lê Hoài Trung/u);
  });
});

describe('talks named by their formats in a question of what both covered', () => {
  it.each([
    'Which topics came up in both the 2020 phone call and the 2022 videoconference?',
    'Tôi đang viết bản tóm tắt so sánh hai bài báo cho nhóm nghiên cứu. Phần khó nhất là tìm điểm chung giữa hai lần trao đổi. Những chủ đề nào xuất hiện ở cả cuộc điện đàm 2020 lẫn buổi hội đàm trực tuyến 2022?',
  ])('%j gives the subjects of each talk, not how they were held', (q) => {
    const a = engine.answer(q);
    expect(a.intent).not.toBe('format');
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
    expect(a.text).toMatch(/COVID/u);
  });

  it('"phone or video?" still asks the format', () => {
    expect(engine.answer('Were the talks held by phone or by video?').intent).toBe('format');
  });
});

describe('a subject set aside in a question of what the talks produced', () => {
  it.each([
    ['Besides the congratulations, what tangible results did the 2022 talks produce?', /cooperation plan/u, /medical supplies/u, /congratulated/u],
    [
      'Thật lòng tôi thấy tin ngoại giao thường khá chung chung. Nhưng hình như năm 2022 có cái gì đó cụ thể hơn. Ngoài mấy lời chúc mừng, buổi hội đàm đó có kết quả hữu hình nào không?',
      /kế hoạch hợp tác/u,
      /vật tư y tế/u,
      /chúc mừng/u,
    ],
  ])('%j gives what was signed and handed over, not the thing set aside', (q, signed, given, aside) => {
    const a = engine.answer(q);
    expect(dates(q)).toEqual(['2022-04-19']);
    expect(a.text).toMatch(signed);
    expect(a.text).toMatch(given);
    expect(a.text).not.toMatch(aside);
  });

  it('the thing set aside is left out of what was handed over', () => {
    const a = engine.answer('Apart from the medical supplies, what tangible results did the 2022 talks produce?');
    expect(a.text).toMatch(/cooperation plan/u);
    expect(a.text).not.toMatch(/medical/u);
  });
});

describe('a framing word of substance names nothing the articles lack', () => {
  it('"那次通话到底涉及了哪些实质内容？" after a context doubting it is answered of the 2020 call', () => {
    const q = '有人说2020年那次通话纯粹是客套寒暄，没谈什么实质问题。我不太同意这种看法。那次通话到底涉及了哪些实质内容？';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/实质/u);
    expect(dates(q)).toEqual(['2020-07-29']);
    expect(a.text).toMatch(/海/u);
  });

  it('"有没有谈到实质问题？" is answered by the important issues discussed, not the format', () => {
    const a = engine.answer('2020年的通话有没有谈到实质问题？');
    expect(a.intent).not.toBe('format');
    expect(a.text).toMatch(/重要问题/u);
  });
});

describe('the leaders’ phone talks are said as phone talks in Vietnamese', () => {
  it('how the parties coped in 2020 names the telephone', () => {
    const q = 'Tôi là giáo viên lịch sử, đang soạn bài về ngoại giao kênh Đảng. Tôi cần một ví dụ về việc hai đảng vẫn giữ liên lạc khi COVID bùng phát. Bài năm 2020 kể họ xoay xở thế nào khi các kế hoạch giao lưu bị hoãn?';
    const a = engine.answer(q);
    expect(a.text).toMatch(/điện thoại/u);
    expect(a.text).toMatch(/linh hoạt/u);
    expect(dates(q)).toEqual(['2020-07-29']);
  });
});
