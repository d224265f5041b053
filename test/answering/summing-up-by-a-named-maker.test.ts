// "How did the Vietnamese side sum up the general state of ties?": a summing whose maker the question names (a
// person or a side before the word of summing) asks that one's assessment of the subject after it, even where the
// subject is named loosely ("ties", "relations", "cooperation"): their own statements, not the talk's summary. The
// talks themselves summed up ("how did Trung sum up the talks?") are still the talk's summary.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).lines[0]?.text ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a named maker summing up a subject gives their assessment', () => {
  it.each([
    ['In the 2020 phone call, how did the Vietnamese side sum up the overall state of relations?', '29 July 2020, phone talks:', /positive/u, '2020-07-29'],
    ['How did Quan summarise the state of ties between the two parties in 2020?', '29 July 2020, phone talks:', /positive/u, '2020-07-29'],
    ['How did Hoang Binh Quan sum up relations between the parties in 2020?', '29 July 2020, phone talks:', /positive/u, '2020-07-29'],
    ['How did Song Tao sum up cooperation between the two parties in 2022?', '19 April 2022, talks via videoconference:', /cooperation between the two Parties/u, '2022-04-19'],
    ['How did the Chinese side sum up bilateral ties in 2020?', '29 July 2020, phone talks:', /attaches great importance/u, '2020-07-29'],
    ['Năm 2020, ông Quân tóm tắt quan hệ giữa hai Đảng ra sao?', '29 tháng 7, 2020, điện đàm:', /tích cực/u, '2020-07-29'],
    ['2020年黄平君如何概括两党关系？', '2020年7月29日，电话会谈:', /积极/u, '2020-07-29'],
    ['2020年越方怎么总结两党关系的现状？', '2020年7月29日，电话会谈:', /积极/u, '2020-07-29'],
  ])('%j', (q, heading, said, date) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    // The talk's heading alone, then the maker's own statements: no one-line summary of the talk.
    expect(firstLine(q)).toBe(heading);
    expect(a.text).toMatch(said);
    expect(dates(q)).toEqual([date]);
  });
});

describe('near cases keep the talk summary', () => {
  it.each([
    ['How did Trung sum up the talks?', /^19 April 2022, talks via videoconference: Le Hoai Trung and Song Tao held talks/u],
    ['Sum up the 2020 talks', /^29 July 2020, phone talks: Hoang Binh Quan and Song Tao discussed/u],
    ['How did the Vietnamese side sum up the 2020 phone call?', /^29 July 2020, phone talks: Hoang Binh Quan and Song Tao discussed/u],
    ['Ông Trung tóm tắt cuộc hội đàm thế nào?', /^19 tháng 4, 2022, hội đàm trực tuyến: Ông Lê Hoài Trung và ông Tống Đào/u],
  ])('%j', (q, line) => {
    expect(firstLine(q)).toMatch(line);
  });
});
