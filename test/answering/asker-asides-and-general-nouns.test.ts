// What a question is refused for lacking is a subject it asks about: never the asker's own aside beside the question
// ("我老记混": I always mix them up; "手机打字不方便 见谅": typing on a phone, sorry), nor a general noun that frames it
// ("trạng thái", "状态": state). A subject the articles lack is still refused beside an aside, and a message that is all
// asides still asks in them. Glossed verbs of saying are no feeling ("强调",
// "nhấn mạnh": emphasised, not "stressed"), and "sang năm 2022" is that year, not the year after the latest talks.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe("the asker's aside is never what the articles lack", () => {
  it('"我老记混" beside the question: the question is answered', () => {
    const a = engine.answer('2022年越方是谁去参加的 我老记混 😅');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('黎怀忠');
    expect(a.text).not.toContain('老记混');
  });

  it('"手机打字不方便 见谅" is no phone call: the quoted plan\'s period is given from 2022', () => {
    const q = '> 两党合作计划\n这个计划管到哪一年啊 手机打字不方便 见谅';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('2025');
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it.each(['宋涛有什么爱好 我老记混', '宋涛的爱好是什么 见谅', '见谅 我老记混'])('%j: a subject the articles lack is still refused', (q) => {
    expect(engine.answer(q).answered).toBe(false);
  });
});

describe('a general noun of the question names no subject', () => {
  it('"ở trạng thái nào": the state of relations is answered from what Quan said', () => {
    const a = engine.answer('Quan hệ hai đảng năm 2020 ở trạng thái nào?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('tích cực');
    expect(a.text).not.toContain('không nhắc đến');
  });

  it('"处于什么状态" is answered, not refused for "状态"', () => {
    const a = engine.answer('2020年两国关系处于什么状态？');
    expect(a.answered).toBe(true);
    expect(a.text).not.toContain('状态');
  });
});

describe('a verb of saying glossed is no feeling; "sang năm 2022" is 2022', () => {
  it('"都强调了" is asked Yes or No of what was said, not refused as a feeling', () => {
    const a = engine.answer('两回谈话里，双方是不是都强调了要用变通的方式保持联系？');
    expect(a.text).toMatch(/^是的/u);
    expect(dates('两回谈话里，双方是不是都强调了要用变通的方式保持联系？')).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('a feeling never worded is still refused', () => {
    expect(engine.answer('2020年越方满意吗？').answered).toBe(false);
  });

  // A known miss since vi96 (a side named first acts even after a year): Vietnam's side is now the actor, and 2022 has
  // no statement of Vietnam's on condolences, so only 2020 is cited. Before, 2022 was cited with China's gift, which
  // was no message of Vietnam's either. Turns red once the 2022 part is answered (Trung's congratulations).
  it.fails('"sang năm 2022" asks of the 2022 talks, not of a time after them', () => {
    const q = 'Năm 2020 Việt Nam gửi lời chia buồn tới Trung Quốc, vậy sang năm 2022 phía Việt Nam gửi lời gì?';
    expect(engine.answer(q).answered).toBe(true);
    expect(dates(q)).toContain('2022-04-19');
  });
});
