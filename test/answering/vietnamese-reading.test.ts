// Vietnamese (and a few Chinese) words read as asked: a country the articles lack named in Vietnamese, words read
// whole rather than cut or dropped ("cuộc" before its noun, "là sao", "cơ quan nào", 时间段, 给予肯定), and
// Vietnamese paraphrases of what the articles say. The questions are worded afresh.
import { describe, expect, it } from 'vitest';
import { citedTalks, twoTalks } from '../support/engine.js';

const talks = twoTalks();
const { engine, ask } = talks;
const phone = talks.phone.id;
const video = talks.video.id;

describe('a country the articles lack, named in Vietnamese', () => {
  it.each(['Quan hệ Mỹ – Trung năm 2022 ra sao?', 'Năm 2022 quan hệ giữa Mỹ và Trung Quốc thế nào?'])('%s: refused, naming it', (q) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(false);
    expect(a.text).toContain('"My"');
  });

  it('a question opening with a glossary word is still answered', () => {
    expect(ask('Đảng Cộng sản Trung Quốc tặng gì cho Việt Nam?').answered).toBe(true);
  });
});

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

describe('Vietnamese paraphrases', () => {
  it('"rắc rối ngoài khơi" are the obstacles at sea', () => {
    const a = engine.answer('Theo ông Quân, rắc rối nào ngoài khơi đang làm vướng víu mối quan hệ giữa hai bên?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('phức tạp');
  });
});
