// Follow-ups asking the time between talks, and yes/no follow-ups asked of both talks: measured from, or asked of,
// every talk meant, not only the conversation's one.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

describe('the time between talks asked in a follow-up', () => {
  it('"how long after that…?" after one talk: the span from it to the other talk, in days and whole months', () => {
    const a = lastOf('when did quan have his phone call with song tao?', 'and how long after that did they meet again?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('629 days (1 year, 8 months and 21 days) after the phone talks of 29 July 2020: almost 21 months.');
    expect(cited(a)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('a bare "how far apart?" after both talks, in Chinese and Vietnamese too', () => {
    const zh = lastOf('两次会谈分别是什么时候？', '相隔多久？');
    expect(zh.text).toContain('相隔近21个月');
    expect(cited(zh)).toEqual(['2020-07-29', '2022-04-19']);
    const vi = lastOf('hai cuộc hội đàm diễn ra khi nào?', 'cách nhau bao lâu?');
    expect(vi.text).toContain('cách nhau gần 21 tháng');
  });

  it('asked alone, the span is said in whole months too ("21 months", "近21个月")', () => {
    expect(lastOf('How far apart were the two talks?').text).toMatch(/after the phone talks of 29 July 2020: almost 21 months\./);
    expect(lastOf('两次会谈相隔多久？').text).toContain('（1年8个月21天）举行，相隔近21个月。');
  });

  it('stays refused when it asks the time of something else, or of what came after the last talk', () => {
    expect(lastOf('what did china give vietnam in 2022?', 'how long after that did the supplies arrive?').answered).toBe(false);
    expect(lastOf('when were the 2022 talks?', 'how long until the next one?').answered).toBe(false);
  });
});

describe('a yes/no follow-up asked of both talks', () => {
  it('"and he was at both?" after one talk: Yes, from both talks', () => {
    const a = lastOf('who led the chinese side in 2020?', 'and he was at both?');
    expect(a.text).toMatch(/^Yes: Song Tao took part in both talks\./);
    expect(cited(a)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('"same person both times?" sets the holders of the conversation\'s side at both talks: Yes for China, No for Vietnam', () => {
    const china = lastOf('who led the chinese side in 2020?', 'same person both times?');
    expect(china.text).toMatch(/^Yes\./);
    expect(cited(china)).toEqual(['2020-07-29', '2022-04-19']);
    const vietnam = lastOf('who led the vietnamese side in 2020?', 'same person both times?');
    expect(vietnam.text).toMatch(/^No\./);
  });
});
