// A talk referred to by a wrong date or format: a later year after a reported talk's own day and month is that talk
// misdated (put right and answered, not refused as after the latest talk); two details of different kinds the talk
// lacks (a month and a format) name no reported talk (refused, naming those that were); a name and an office in both
// participants' places, neither of them the talk's, are a meeting the articles do not report (refused).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const ask = (q: string) => sharedEngine().answer(q);
const talks = (q: string) => [...new Set(ask(q).citations.map((c) => c.date))].sort();

describe("a later year after a talk's own day and month", () => {
  it('is put right to that talk and answered, in every language', () => {
    for (const q of ['Ngày 19/4/2023 hai Đảng hội đàm trực tuyến đã ký văn kiện gì?', '2023年4月19日两党在视频会谈上签了哪些文件？', 'Hôm 19/4/2023 hai bên đã ký kết những gì?']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/2023/u);
      expect(a.text, q).toMatch(/cán bộ|干部/u);
      expect(talks(q), q).toEqual(['2022-04-19']);
    }
  });

  it('the 2020 talk too', () => {
    const q = 'Ngày 29/7/2021 hai bên điện đàm đã bàn những gì?';
    const a = ask(q);
    expect(a.answered, q).toBe(true);
    expect(talks(q), q).toEqual(['2020-07-29']);
  });

  it('a later year after another day stays after the talks', () => {
    for (const q of ['What did they sign on 20 April 2023?', 'Ngày 5/9/2023 hai Đảng đã ký những gì?']) expect(ask(q).answered, q).toBe(false);
  });
});

describe('a month and a format that no reported talk has together with its year', () => {
  it('is refused, naming the talks reported', () => {
    for (const q of ['越中两党2020年12月的视频会谈达成了什么？', 'What did the two parties agree at their December 2020 videoconference?', 'Trong cuộc hội đàm trực tuyến tháng 3/2020 hai bên thống nhất điều gì?', 'What came out of the March 2022 phone call between the parties?']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/2020/u);
      expect(a.text, q).toMatch(/2022/u);
    }
  });

  it('one wrong detail is still put right', () => {
    for (const [q, date] of [['What was agreed in the 2020 videoconference?', '2020-07-29'], ['What did they sign at the April 2022 phone talks?', '2022-04-19']] as const) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(talks(q), q).toContain(date);
    }
  });
});

describe("a name and an office in both participants' places, neither the talk's", () => {
  it('is refused as a meeting the articles do not report', () => {
    for (const q of ["What did Xi Jinping say to Vietnam's foreign minister on the 2020 phone call?", "What did Li Keqiang tell Vietnam's prime minister during the July 2020 call?"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.citations, q).toEqual([]);
    }
  });

  it('one wrong name beside the right side is still put right', () => {
    const q = 'What did Wang Yi tell the Vietnamese side during the 2020 phone call?';
    const a = ask(q);
    expect(a.answered, q).toBe(true);
    expect(a.text, q).toMatch(/Song Tao/u);
  });
});
