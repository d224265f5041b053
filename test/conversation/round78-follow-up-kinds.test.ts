// Follow-ups of round 78: keyboard noise takes no context; a talk asked the same of states no premise to put right; an
// indefinite typed wrong is never named as missing; "same guy" and "was he also … in 2020?" of a side's man at another
// talk; settling asked of what he raised when the last answer listed several subjects.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';
import { sharedEngine } from '../support/engine.js';

describe('a message with no word to read', () => {
  it('"}}}{{{ ??? 12345" after an on-topic question gets the notice to ask in words, not the last answer again', () => {
    const a = lastOf('were the 2022 talks held in person?', '}}}{{{ ??? 12345');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^Please ask a question in words/u);
    expect(a.text).not.toContain('12345');
  });

  it('the conversation stays where it was: "and in 2020?" next still asks whether the talks were in person', () => {
    const a = lastOf('were the 2022 talks held in person?', '}}}{{{ ??? 12345', 'and in 2020?');
    expect(a.text).toMatch(/^No\./u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  it('a bare year still continues the conversation', () => {
    const a = lastOf('who did Song Tao talk to in 2022?', '2020?');
    expect(a.answered).toBe(true);
    expect(cited(a)).toEqual(['2020-07-29']);
  });
});

describe('the last question asked again of a talk that has nothing of the kind', () => {
  it('"and in 2020?" after what was signed in 2022: that talk signed nothing reported, no "Not quite."', () => {
    const a = lastOf('who did Song Tao talk to in 2022?', 'what did they sign?', 'and in 2020?');
    expect(a.text).toMatch(/^The report of the phone talks of 29 July 2020 mentions no document signed\./u);
    expect(cited(a)).toContain('2020-07-29');
  });

  it('"那2020年呢？" and "còn năm 2020 thì sao?" the same', () => {
    const zh = lastOf('2022年宋涛和谁会谈？', '他们签了什么？', '那2020年呢？');
    expect(zh.text).not.toMatch(/^不对/u);
    expect(zh.text).toMatch(/^关于2020年7月29日的电话会谈的报道没有提到签署的文件/u);
    const vi = lastOf('Họ đã ký gì trong cuộc hội đàm năm 2022?', 'còn năm 2020 thì sao?');
    expect(vi.text).not.toMatch(/^Không phải vậy/u);
    expect(cited(vi)).toContain('2020-07-29');
  });

  it('asked alone, the premise of "what was signed in 2020?" is still put right', () => {
    expect(sharedEngine().answer('what was signed in 2020?').text).toMatch(/^Not quite\./u);
  });
});

describe('an indefinite typed wrong', () => {
  it('"did he say sumthing about political trust?" is a Yes on what he said, never "sumthing" named as missing', () => {
    const a = lastOf('what did trung want for the border provinces', 'did he say sumthing about political trust?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Yes\./u);
    expect(a.text).not.toContain('sumthing');
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('alone too ("somthing", "anythng")', () => {
    const engine = sharedEngine();
    const said = engine.answer('did trung say somthing about political trust?');
    expect(said.text).toMatch(/^Yes\./u);
    const signed = engine.answer('did they sign anythng in 2022?');
    expect(signed.text).toMatch(/^Yes/u);
    expect(signed.text).not.toContain('anythng');
  });
});

describe('the same man of a side at another talk', () => {
  it('"same guy in april 2022?" after who represented China in 2020: Yes, citing both talks; "he" is then Song Tao there', () => {
    const a = lastOf('Who represented the Chinese party in the July 2020 call?', 'same guy in april 2022?');
    expect(a.text).toMatch(/^Yes/u);
    expect(cited(a)).toEqual(['2020-07-29', '2022-04-19']);
    const next = lastOf('Who represented the Chinese party in the July 2020 call?', 'same guy in april 2022?', 'what did he congratulate vn on that time');
    expect(next.text).toContain('Song Tao congratulated Vietnam');
    expect(cited(next)).toEqual(['2022-04-19']);
  });

  it('the Vietnamese side sent another man: No', () => {
    const a = lastOf('who led the vietnamese side in 2020?', 'same guy in 2022?');
    expect(a.text).toMatch(/^No/u);
  });

  it('"他2020年也是中方代表吗" after Song Tao announced the supplies: Yes, he took part in both talks', () => {
    const a = lastOf('中联部给越南捐的医疗物资值多少钱？', '是谁宣布的？', '他2020年也是中方代表吗');
    expect(a.text).toMatch(/^是的：宋涛参加了两次会谈/u);
    expect(cited(a)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('"was he also the chinese representative in 2020?" the same, not something he said there', () => {
    const a = lastOf('who announced the medical supplies?', 'was he also the chinese representative in 2020?');
    expect(a.text).toMatch(/^Yes: Song Tao took part in both talks/u);
    expect(cited(a)).toEqual(['2020-07-29', '2022-04-19']);
  });
});

describe('settling asked of the problems he raised, listed across subjects', () => {
  it('"how did he want them settled?": his call to address disputes peacefully, not who he is', () => {
    const a = lastOf('what problems did quan bring up in the phone call', 'how did he want them settled?');
    expect(a.text).toContain('peaceful means');
    expect(a.text).not.toMatch(/^Hoang Binh Quan \(/u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  it('"handled", "tackle" and "ông ấy muốn giải quyết bằng cách nào?" the same (not how the talks were held)', () => {
    for (const q of ['how did he want them handled?', 'how did he want to tackle them?']) {
      expect(lastOf('what problems did quan bring up in the phone call', q).text, q).toContain('peaceful means');
    }
    const vi = lastOf('quan nêu những vấn đề gì trong cuộc điện đàm?', 'ông ấy muốn giải quyết bằng cách nào?');
    expect(vi.text).toContain('hòa bình');
    expect(vi.intent).toBe('topic');
  });
});
