// A choice among the talks ("which talk…?") on several things asked together ("kept working with the international
// community against the pandemic", "material support against the pandemic") names the talk whose statement joins
// them, not every talk where one of them came up; a talk without it asked of "the two" is said silent.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('several things asked together: the talk joining them', () => {
  it.each([
    ["In which talk did the two sides say they'd keep coordinating with the international community on the pandemic?", 'The phone talks of 29 July 2020.', '2020-07-29'],
    ['Which round had the parties promising to team up with the international community to beat covid?', 'The phone talks of 29 July 2020.', '2020-07-29'],
    ['Lần nào hai bên nói về cộng đồng quốc tế và dịch bệnh?', 'Cuộc điện đàm ngày 29 tháng 7, 2020.', '2020-07-29'],
    ['Trong hai lần hội đàm, lần nào phía Trung Quốc hỗ trợ vật chất cho Việt Nam phòng chống dịch?', 'Cuộc hội đàm trực tuyến ngày 19 tháng 4, 2022.', '2022-04-19'],
    ['哪次会谈中中方向越方提供了抗疫物资援助？', '2022年4月19日的视频会谈。', '2022-04-19'],
    ['哪一次会谈双方表示要与国际社会合作抗击疫情？', '2020年7月29日的电话会谈。', '2020-07-29'],
  ])('%j names %j and cites it', (q, lead, date) => {
    expect(first(q)).toBe(lead);
    expect(dates(q)).toContain(date);
    expect(engine.answer(q).text).not.toMatch(/^(Both|Cả hai|两次)/u);
  });

  it('the talk left out is said silent', () => {
    const a = engine.answer('which of the talks had both sides vowing to work with the international community against the virus?');
    expect(a.text).toMatch(/19 April 2022, talks via videoconference: the report says nothing on this\./u);
  });
});

describe('near cases that stay as they were', () => {
  it.each([
    ['Which talk brought up COVID-19?', /^Both: /u],
    ['Lần nào có nói về dịch COVID-19?', /^Cả hai lần/u],
    ['哪次会谈谈到了新冠疫情？', /^两次会谈都有/u],
    ['Which talk covered both the pandemic and the sea?', /^Both: /u],
  ])('%j: every talk that has it', (q, lead) => {
    expect(first(q)).toMatch(lead);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('a yes/no asked of both talks keeps citing each', () => {
    expect(first('Was COVID-19 discussed both times?')).toMatch(/^Yes/u);
  });
});
