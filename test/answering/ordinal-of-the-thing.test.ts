// An ordinal in a question that differs from the ordinal of the thing cited is a wrong detail: "the second centenary
// goal" against the first the 2022 report gives is No, with what it says. In Vietnamese the ordinal follows the thing,
// with a word of times ("mục tiêu 100 năm lần thứ hai"), which no longer reads as the second talk; in a conversation
// it no longer points back at a talk either.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';
import { lastOf } from '../support/conversation.js';

const ask = (q: string) => sharedEngine().answer(q);

describe('an ordinal given to the thing cited', () => {
  it('a wrong one is No, citing the first centenary goal, in each language', () => {
    const vi = ask('ông Trung chúc mừng TQ hoàn thành mục tiêu 100 năm lần thứ hai đúng không?');
    expect(vi.text).toMatch(/^Không/u);
    expect(vi.text).toMatch(/lần thứ nhất/u);
    expect(ask('Did Trung congratulate China on achieving the second centenary goal?').text).toMatch(/^No: 1st, not 2nd/u);
    expect(ask('黎怀忠祝贺中国实现第二个百年奋斗目标了吗？').text).toMatch(/^不是/u);
  });

  it('the right one is Yes', () => {
    expect(ask('ông Trung chúc mừng TQ hoàn thành mục tiêu 100 năm lần thứ nhất đúng không?').text).toMatch(/^Có/u);
    expect(ask('Did Trung congratulate China on achieving the first centenary goal?').text).toMatch(/^Yes/u);
  });

  it('"lần thứ hai" after a talk word still picks the second talk', () => {
    expect(ask('hội đàm lần thứ hai có phải là trực tuyến không?').text).toMatch(/^Có/u);
  });

  it('in a conversation, the wrong ordinal after the thing is still No, not a pointer to a talk', () => {
    const a = lastOf('Tống Đào khen VN về điều gì trong cuộc gọi năm 2020?', 'thế năm 2022 ông ấy chúc mừng VN về cái gì', 'ông Trung chúc mừng TQ hoàn thành mục tiêu 100 năm lần thứ hai đúng không?');
    expect(a.text).toMatch(/^Không/u);
    expect(a.citations.map((c) => c.date)).toContain('2022-04-19');
  });
});
