// "July 19 right?", "那是7月19号吗？", "có phải ngày 19 tháng 7 không?": a month or day of no talk, claimed yes or no in a
// conversation about one talk and naming nothing else, is that talk's date checked ("No: 29 July 2020, not 19 July."),
// not the refusal that no talks were held then.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

describe('a date claimed of the conversation\'s one talk', () => {
  it('English, a day: No, with the talk\'s date', () => {
    const a = lastOf('when were the phone talks?', 'july 19 right?');
    expect(a.text).toMatch(/^No: 29 July 2020, not 19 July/u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  it('English, a copula after a statement: the 2022 talk\'s date', () => {
    const a = lastOf('what did song tao announce in 2022?', 'was it april 9?');
    expect(a.text).toMatch(/^No: 19 April 2022/u);
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('English, a month after what was said: No', () => {
    const a = lastOf('what did quan say about the floods?', 'in june, right?');
    expect(a.text).toMatch(/^No: 29 July 2020, not June/u);
  });

  it('Chinese, a day after who took part: 不是, 2022年4月19日', () => {
    const a = lastOf('2022年会谈越方是谁？', '是4月9号吗？');
    expect(a.text).toMatch(/^不是/u);
    expect(a.text).toMatch(/2022年4月19日/u);
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('Chinese, a month pointed at with 那', () => {
    const a = lastOf('2020年通话谈了什么？', '那是6月吗？');
    expect(a.text).toMatch(/^不是/u);
    expect(a.text).toMatch(/2020年7月29日/u);
  });

  it('Vietnamese, a day: Không, 29 tháng 7', () => {
    const a = lastOf('năm 2020 ai đại diện phía Việt Nam?', 'có phải ngày 19 tháng 7 không?');
    expect(a.text).toMatch(/^Không/u);
    expect(a.text).toMatch(/29 tháng 7, 2020/u);
  });

  it('Vietnamese, a month with a particle', () => {
    const a = lastOf('hội đàm năm 2022 bàn về gì?', 'hồi tháng 3 hả?');
    expect(a.text).toMatch(/^Không/u);
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('Chinese, after what was said at the talk: 那是…吗', () => {
    const a = lastOf('2020年宋涛跟谁通的电话？', '黄平君为什么向中国表示慰问？', '那是7月19号吗？');
    expect(a.text).toMatch(/^不是/u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  // Near cases that must not change.
  it('the talk\'s own date is no claim to put right', () => {
    const a = lastOf('when were the phone talks?', 'july 29 right?');
    expect(a.text).not.toMatch(/^No/u);
  });

  it('not a yes/no: what happened on a day of no talk is still refused', () => {
    const a = lastOf('when were the phone talks?', 'what happened on july 19?');
    expect(a.answered).toBe(false);
  });

  it('a conversation about both talks: no one talk to check', () => {
    const a = lastOf('summarise both talks', 'july 19 right?');
    expect(a.answered).toBe(false);
  });
});
