// A season or part of a year or month ("the summer of 2020", "early 2022", "late July", "mùa hè 2020", "2020年夏天")
// places the talk it falls in, as a month does: never a word the articles lack. A part no talk falls in is put right
// as a wrong month is, with the talk of that year.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';
import { YEAR_PART_WORDS } from '../../src/matching/year-parts.js';

const engine = sharedEngine();
const PHONE = '2020-07-29-phone-talks';
const VIDEO = '2022-04-19-videoconference';
const cited = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.talk))];

describe('a season or part of a year dates the talk in it', () => {
  it.each([
    ['Who were the two officials who spoke over the telephone in the summer of 2020?', PHONE, 'Hoang Binh Quan'],
    ["Who from the Vietnamese side spoke with Beijing's party liaison chief back in the summer of 2020?", PHONE, 'Hoang Binh Quan'],
    ['What did they sign in early 2022?', VIDEO, 'cooperation plan'],
    ['Who talked in mid-2020?', PHONE, 'Song Tao'],
    ['What did they discuss in late July 2020?', PHONE, 'floods'],
    ['What did they agree in the spring of 2022?', VIDEO, 'cooperation'],
    ['Ai đã điện đàm vào mùa hè 2020?', PHONE, 'Hoàng Bình Quân'],
    ['2020年夏天谁和宋涛通了电话？', PHONE, '黄平君'],
  ])('%s', (q, talk, words) => {
    const a = engine.answer(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.text).not.toMatch(/summer|mùa hè|夏天/u);
    expect(a.text).toContain(words);
    expect(cited(q)).toEqual([talk]);
  });

  it('a part of a year or month no talk falls in is put right with the talk of that year', () => {
    expect(engine.answer('What did they sign in the autumn of 2022?').text).toMatch(/^Not quite\. There were no talks between September and November, in 2022; the articles report the talks via videoconference of 19 April 2022\./);
    expect(engine.answer('What did they discuss in early July 2020?').text).toMatch(/^Not quite\. There were no talks between 1 and 10 July, in 2020;/);
    expect(engine.answer('Cuối năm 2022 hai bên ký gì?').text).toMatch(/^Không có cuộc hội đàm nào từ tháng 9 đến tháng 12, năm 2022;/);
    expect(engine.answer('2022年秋天签了什么文件？').text).toMatch(/^不对，并没有9月至11月、2022年的会谈；/);
  });

  it('"fall" the verb and "between the years" are no part of a year', () => {
    expect(engine.answer('Did the leaves fall in 2020?').answered).toBe(false);
    const a = engine.answer('Lời khen của phía Trung Quốc dành cho Việt Nam thay đổi thế nào giữa năm 2020 và năm 2022?');
    expect(cited('Lời khen của phía Trung Quốc dành cho Việt Nam thay đổi thế nào giữa năm 2020 và năm 2022?')).toEqual([PHONE, VIDEO]);
    expect(a.text).not.toMatch(/^Không có cuộc hội đàm/);
  });

  it('a season beside the year leaves the side speaking after it the speaker ("2020年夏天越方…")', () => {
    const a = engine.answer('2020年夏天越方那位管外事的官员一开口先对中国表达了什么关切？');
    expect(a.text).toContain('慰问');
    expect(cited('2020年夏天越方那位管外事的官员一开口先对中国表达了什么关切？')).toEqual([PHONE]);
  });

  it('every season and part spans months of the year and days of a month', () => {
    for (const [from, to] of Object.values(YEAR_PART_WORDS.seasons)) expect([from, to].every((m) => m >= 1 && m <= 12)).toBe(true);
    for (const { months, days } of Object.values(YEAR_PART_WORDS.parts)) {
      expect(months[0] <= months[1] && months[0] >= 1 && months[1] <= 12).toBe(true);
      expect(days[0] <= days[1] && days[0] >= 1 && days[1] <= 31).toBe(true);
    }
  });
});
