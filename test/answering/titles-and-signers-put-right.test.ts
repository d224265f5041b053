// Two premises put right rather than refused (round 81's false-premise misses): an office typed with capitals beside a
// participant's name is a title given him wrongly, put right by his role (as the same words in lower case are); and a
// document said signed by someone of the other talk, asked of no talk, is put right to who signed it and answered at
// the talk where it was signed, not "nothing was signed" at his own talk.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a capitalised office beside a name is a title put right', () => {
  it.each([
    ['What did Chinese Foreign Minister Song Tao announce in the 2022 talks?', /^Not quite\. .*International Liaison Department, not Chinese Foreign Minister/u, /medical supplies/u, ['2022-04-19']],
    ['What did Foreign Minister Song Tao announce in the 2022 talks?', /^Not quite\. .*International Liaison Department/u, /medical supplies/u, ['2022-04-19']],
    ['Ông Tống Đào, Đại sứ Trung Quốc tại Việt Nam, đã nói gì về kết quả chống COVID-19 của Việt Nam năm 2020?', /^Không phải vậy\. .*Liên lạc Đối ngoại/u, /COVID-19/u, ['2020-07-29']],
  ])('%j opens by putting the title right, then answers', (q, opening, body, talks) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toMatch(opening);
    expect(a.text).toMatch(body);
    expect(dates(q)).toEqual(talks);
  });

  it('the same in lower case is answered alike', () => {
    expect(firstLine('What did Chinese foreign minister Song Tao announce in the 2022 talks?')).toMatch(/^Not quite\. .*International Liaison Department/u);
  });

  it('an office in a counterpart\'s place, apart from any name, stays refused', () => {
    expect(engine.answer('What did Song Tao tell Vietnam\'s Prime Minister in 2020?').text).not.toMatch(/^Not quite/u);
  });
});

describe('a document signed by someone of the other talk, asked of no talk', () => {
  it.each([
    ['Khi ông Hoàng Bình Quân ký kế hoạch hợp tác 2021-2025 với ông Tống Đào, ông ấy đã đề nghị gì về hộ chiếu vắc xin?', /hộ chiếu vắc xin/u],
    ['Ông Hoàng Bình Quân đã ký kế hoạch hợp tác 2021-2025 với ông Tống Đào trong hoàn cảnh nào?', /2021-2025/u],
    ['Ông Hoàng Bình Quân ký đề án đào tạo cán bộ với phía Trung Quốc vào ngày nào?', /19 tháng 4, 2022/u],
  ])('%j puts the signer right and answers at the talk where it was signed', (q, body) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toMatch(/^Không phải vậy\. .*Lê Hoài Trung, không phải Hoàng Bình Quân/u);
    expect(a.text).toMatch(body);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('signed by those who did sign it, no premise is put right', () => {
    expect(firstLine('Ông Lê Hoài Trung đã ký kế hoạch hợp tác 2021-2025 với ông Tống Đào trong hoàn cảnh nào?')).not.toMatch(/^Không phải vậy/u);
  });
});
