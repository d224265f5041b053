// Vietnamese questions refused or answered off the point (round 78): a refusal naming a fragment of the question's
// own frame ("dung hinh thuc", "dung cum tu") where a common word was missing from the glossary; help asked "so với
// năm 2020" (compared with) refused; the General Secretaries' phone talks, named with words of talking between, taken
// for the 2020 call; how they talked answered by the talks' own format; one person's speech
// act asked at both talks answered by comparing people.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answering/types.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (a: Answer) => [...new Set(a.citations.map((c) => c.date))].sort();

describe('a refusal names no fragment of the question frame', () => {
  it('"dùng" (use) and "hình thức" (forms) are never named as what the articles lack', () => {
    expect(engine.answer('Ý tưởng dùng các hình thức linh hoạt để giữ liên lạc có xuất hiện ở cả hai bài không?').text).not.toMatch(/không nhắc đến/);
  });

  it.each([
    ['Năm 2020, ông Tống Đào dùng những cụm từ nào để mô tả quan hệ mà Trung Quốc coi trọng với Việt Nam?', /láng giềng|đối tác/],
    ['Cụm từ quan hệ đối tác hợp tác chiến lược toàn diện có xuất hiện trong cả hai bài báo không?', /đối tác hợp tác chiến lược toàn diện/],
  ])('%j is answered', (q, words) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/không nhắc đến/);
    expect(a.text).toMatch(words);
  });

  it('a question of what came after the talks is still refused ("giờ … chưa": by now)', () => {
    expect(engine.answer('giờ Việt Nam đã dùng hết số đó chưa?').answered).toBe(false);
  });
});

describe('help compared with an earlier year', () => {
  it('compared with 2020, the 2022 help is given beside the 2020 thanks', () => {
    const a = engine.answer('So với năm 2020, năm 2022 phía Trung Quốc có thêm khoản hỗ trợ cụ thể nào cho Việt Nam?');
    expect(a.text).toMatch(/vật tư y tế/);
    expect(dates(a)).toEqual(['2020-07-29', '2022-04-19']);
  });
});

describe("the General Secretaries' phone talks", () => {
  it.each([
    'Những lần hai Tổng Bí thư nói chuyện qua điện thoại được đánh giá là đã mang lại điều gì?',
    'What were the phone conversations between the two General Secretaries judged to have brought?',
  ])('%j: the 2022 report, on trust', (q) => {
    const a = engine.answer(q);
    expect(dates(a)).toEqual(['2022-04-19']);
    expect(a.text).toMatch(/tin cậy|trust/);
  });

  it.each([
    'Theo bài năm 2022, Tổng Bí thư hai Đảng đã trao đổi với nhau bằng hình thức gì?',
    'According to the 2022 article, in what form did the two General Secretaries communicate?',
  ])('%j: by phone, not the videoconference', (q) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(/điện đàm|phone talks/);
    expect(a.text.split('\n')[0]).not.toMatch(/trực tuyến\.|videoconference\./);
  });

  it('how the reported talks were held is still their format', () => {
    expect(engine.answer('How were the 2022 talks held?').text).toMatch(/^19 April 2022: talks via videoconference/);
  });
});

describe("one person's act at both talks", () => {
  it.each([
    ['Ở cả hai lần, ông Tống Đào đều ghi nhận Việt Nam ở điểm chung nào?', /kinh tế - xã hội/],
    ['In both talks, what did Song Tao credit Vietnam for in common?', /socio-economic/],
  ])('%j: his praise at each talk', (q, words) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(words);
    expect(dates(a)).toEqual(['2020-07-29', '2022-04-19']);
    expect(a.text).not.toMatch(/Hoàng Bình Quân:|Hoang Binh Quan:/);
  });

  it('in the video talks, what he praised includes the 13th Congress', () => {
    expect(engine.answer('Trong buổi hội đàm qua màn hình, ông Tống Đào ghi nhận Việt Nam ở những điểm nào?').text).toMatch(/XIII/);
  });
});
