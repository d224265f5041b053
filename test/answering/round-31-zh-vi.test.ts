// Chinese and Vietnamese misses of round 31 by kind: a time word cut by a dropped character (时间段), the two
// talks named by a numeral and classifier, "là sao" (what about X) read as why, "which body" lost in Vietnamese,
// praise worded as 给予肯定, and "in both reports" of Chinese unread. The questions are worded afresh.
import { describe, expect, it } from 'vitest';
import { citedTalks, twoTalks } from '../support/engine.js';

const talks = twoTalks();
const { ask } = talks;
const phone = talks.phone.id;
const video = talks.video.id;

describe('words read whole rather than cut or dropped', () => {
  it('"时间段" asks the period, not an unknown "间段"', () => {
    const a = ask('那次视频会谈签的两份文件是针对哪个时间段的？');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('2021');
  });

  it.each(['hai cuộc cách nhau mấy tháng vậy', 'thế 2 cuộc cách nhau bao lâu'])('%s: the time between the talks', (q) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('629');
  });

  it.each(['2 cuộc hội đàm diễn ra khi nào', 'hai cuoc hoi dam dien ra khi nao'])('%s: "cuộc" before its noun is no talk of its own: both dates', (q) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('2020');
    expect(a.text).toContain('2022');
  });

  it('"là sao" asks what the articles say of it, not why', () => {
    const a = ask('chuyện hộ chiếu vắc xin là sao nhỉ?');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('công nhận');
  });

  it('"cơ quan nào" names the department that gave the supplies', () => {
    const a = ask('Vật tư y tế năm 2022 là do cơ quan nào phía Trung Quốc tặng?');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('Liên lạc');
    expect(citedTalks(a)).toEqual([video]);
  });

  it('"给予肯定" is praise', () => {
    const a = ask('2020年通话中宋涛对越南哪些成就给予了肯定？');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('疫情');
    expect(citedTalks(a)).toEqual([phone]);
  });
});

describe('"in both reports" of Chinese is checked per talk', () => {
  it('a wording found in one report only is not said to be in both', () => {
    const a = ask('两篇报道里都出现过“全面战略合作伙伴关系”这个说法吗？');
    expect(a.answered, a.text).toBe(true);
    expect(a.text.startsWith('是')).toBe(false);
    expect(a.text).toContain('2020年7月29日');
  });
});

describe('a capacity put before the clause is checked against the person after it', () => {
  it('"Với tư cách" a post he does not hold is put right with his own', () => {
    const a = ask('Với tư cách là Bộ trưởng Ngoại giao Trung Quốc, ông Song Tao đã bàn gì năm 2020?');
    expect(a.text).toContain('Liên lạc');
    expect(a.text.startsWith('Không')).toBe(true);
  });

  it('his real post raises no objection', () => {
    const a = ask('As head of the CPC International Liaison Department, what did Song Tao say in 2020?');
    expect(a.answered, a.text).toBe(true);
    expect(a.text.startsWith('No')).toBe(false);
  });
});
