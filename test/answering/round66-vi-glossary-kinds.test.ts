// Kinds of round 66's Vietnamese misses that came from words the reader did not know as one word: a compound cut into
// syllables ("giấy chứng nhận" read as "giấy chứng" + "nhận", "thế giới" losing "thế" to grammar) no longer cites a
// talk by a stray syllable or refuses naming a half-word, and a noun of the question's frame ("ý tưởng": idea) is no
// thing the articles lack.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const PHONE_2020 = '2020-07-29-phone-talks';
const VIDEO_2022 = '2022-04-19-videoconference';

describe('a certificate asked in Vietnamese is the vaccine passports of 2022 only', () => {
  it.each([
    'Loại giấy chứng nhận nào được phía Việt Nam đề xuất để hai nước sớm thừa nhận lẫn nhau?',
    'Phía Việt Nam mong hai nước công nhận loại giấy chứng nhận nào của nhau?',
    'Giấy chứng nhận nào được nhắc đến trong hội đàm năm 2022?',
  ])('%j', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([VIDEO_2022]);
    expect(a.text).toMatch(/hộ chiếu vắc xin/u);
  });
});

describe('"thế giới" and "thách thức" are read, not refused as half-words', () => {
  it.each([
    'Cuối cuộc điện đàm 2020, hai bên hứa sẽ cùng thế giới đối phó với thách thức nào?',
    'Năm 2020 hai bên cam kết cùng thế giới vượt qua thách thức gì?',
  ])('%j cites the 2020 pledge on COVID-19', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([PHONE_2020]);
    expect(a.text).toMatch(/COVID-19/u);
    expect(a.text).not.toMatch(/giới đối phó|không nhắc đến/u);
  });
});

describe('"ý tưởng" frames the question, it is no thing the articles lack', () => {
  it('a yes/no on an idea raised in 2022 is Yes, citing that talk', () => {
    const a = engine.answer('Ý tưởng công nhận hộ chiếu vắc xin có xuất hiện trong hội đàm năm 2022 không?');
    expect(a.text.split('\n')[0]).toMatch(/^Có[.!]/u);
    expect(citedTalks(a)).toEqual([VIDEO_2022]);
  });

  it('a yes/no on an idea in both talks is not refused naming the idea', () => {
    const a = engine.answer('Ý tưởng duy trì liên lạc bằng các hình thức linh hoạt có được nhắc đến trong cả hai cuộc trao đổi không?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/linh hoạt/u);
    expect(a.text).not.toMatch(/không nhắc đến/u);
  });
});
