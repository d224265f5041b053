// Kinds of round 83-85's Vietnamese misses that came from how a Vietnamese word was read: a count put before a title
// inside a longer phrase ("điện đàm giữa hai Tổng Bí thư") where the report puts it after ("Tổng Bí thư hai Đảng"),
// so the phrase stood for its whole topic and pulled in the other talk; a colloquial word for the obstacles ("lấn cấn")
// and a filler of the asking ("cho hỏi nốt": one last question) named as what the articles lack; "sắp tới" (coming)
// of a wish voiced at the talks read as a question about what came after them; "lãnh đạo cơ quan nào" (leads which
// body) read as the topic of leaders rather than the person's office.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const PHONE_2020 = '2020-07-29-phone-talks';
const VIDEO_2022 = '2022-04-19-videoconference';

describe('a count before a title inside a phrase finds the sentence that counts after it', () => {
  it.each([
    'Hai bên cho rằng các cuộc điện đàm giữa hai Tổng Bí thư đã mang lại kết quả gì?',
    'Những cuộc điện đàm giữa hai Tổng Bí thư được đánh giá là đã mang lại tác dụng gì cho quan hệ hai nước?',
  ])('%j cites the 2022 sentence only', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([VIDEO_2022]);
    expect(a.text).toMatch(/tin cậy/u);
  });
});

describe('colloquial and filler words are never what a refusal names', () => {
  it('"lấn cấn" (friction) is the obstacles Quan named', () => {
    const a = engine.answer('vn vs tq hồi 2020 có lấn cấn gì hk bot 😬');
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([PHONE_2020]);
    expect(a.text).toMatch(/trở ngại/u);
  });

  it('"cho hỏi nốt" (one last question) asks nothing itself', () => {
    const a = engine.answer('ok thanks bot nha, mà cho hỏi nốt hôm đó 2 bên có ký gì ko');
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/nốt/u);
    expect(a.text).toMatch(/kế hoạch hợp tác/u);
  });
});

describe('"sắp tới" of a wish voiced at a talk is the talk\'s own time', () => {
  it('a wish for coming cooperation in 2020 is not refused as after the articles', () => {
    const a = engine.answer('Năm 2020, đại diện Trung Quốc bày tỏ mong muốn gì về việc cùng Việt Nam hợp tác sắp tới?');
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([PHONE_2020]);
  });

  it('the coming talks are still beyond the articles', () => {
    const a = engine.answer('Cuộc hội đàm sắp tới giữa hai bên là khi nào?');
    expect(a.answered).toBe(false);
  });
});

describe('"lãnh đạo cơ quan nào" asks the office a person headed', () => {
  it('Song Tao in the 2020 report heads the International Liaison Department', () => {
    const a = engine.answer('Trong bản tin điện đàm tháng 7/2020, ông Tống Đào được giới thiệu là lãnh đạo cơ quan nào?');
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([PHONE_2020]);
    expect(a.text).toMatch(/Ban Liên lạc Đối ngoại/u);
  });
});
