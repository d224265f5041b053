// Follow-ups of round 75: the year a thing of the conversation was said or signed, checked (No, with its talk's date);
// a talk chosen by how it was held ("which one was by video"); a document picked by its rank in the list just given
// ("the first one") or as "the other doc" signed with it; and the talk named as "that occasion".
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

describe('the year a thing of the conversation was said or signed, checked', () => {
  it('"是2021年宣布的吗？" after the medical supplies: No, 19 April 2022, not a refusal of talks in 2021', () => {
    const a = lastOf('中联部给越南捐了价值多少的医疗物资？', '是2021年宣布的吗？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^不是/u);
    expect(a.text).toContain('2022');
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('"是2020年签的吗" after the documents: No, citing the 2022 talks that signed them, not the 2020 ones', () => {
    const a = lastOf('两党签了哪些合作文件？', '是2020年签的吗');
    expect(a.text).toMatch(/^不是/u);
    expect(a.text).toContain('2022');
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('"were they signed in 2020?" and "có phải công bố năm 2021 không?" the same', () => {
    const en = lastOf('what docs got signed in the 2022 talks?', 'were they signed in 2020?');
    expect(en.text).toMatch(/^No: 19 April 2022/u);
    expect(cited(en)).toEqual(['2022-04-19']);
    const vi = lastOf('Trung Quốc tặng Việt Nam bao nhiêu vật tư y tế?', 'có phải công bố năm 2021 không?');
    expect(vi.text).toMatch(/^Không/u);
    expect(cited(vi)).toEqual(['2022-04-19']);
  });

  it('the right year is still a Yes', () => {
    const a = lastOf('两党签了哪些合作文件？', '是2022年签的吗');
    expect(a.text).toMatch(/^是的/u);
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('a subject that came up at that year\'s talk too is asked there, not denied', () => {
    const a = lastOf('how did covid come up in the 2020 call', 'and was it mentioned at all in 2022');
    expect(cited(a)).toContain('2022-04-19');
    expect(a.text).not.toMatch(/^No: 29 July 2020/u);
  });

  it('"did they sign anything in 2020?" (no copula: what that talk signed) is still asked of 2020', () => {
    const a = lastOf('what docs got signed in the 2022 talks?', 'did they sign anything in 2020?');
    expect(a.text).toMatch(/^No/u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });
});

describe('a talk chosen by how it was held', () => {
  it('"which one was by video then" after the phone talks were said not to be by video: the 2022 talks', () => {
    const a = lastOf('when did the vn and chinese party officials have their phone talks', 'were they talking over video?', 'which one was by video then');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('19 April 2022');
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('"那哪次是视频的？" the same', () => {
    const a = lastOf('2020年的会谈是视频吗？', '那哪次是视频的？');
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('"were they talking over video?" is still a check of the conversation\'s talk', () => {
    const a = lastOf('when did the vn and chinese party officials have their phone talks', 'were they talking over video?');
    expect(a.text).toMatch(/^No/u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });
});

describe('a document picked among those just listed', () => {
  it('"what period does the first one cover" after the two documents: the cooperation plan, 2021-2025', () => {
    const a = lastOf('what docs got signed in the 2022 talks?', 'who signed them', 'what period does the first one cover');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('cooperation plan');
    expect(a.text).toContain('2021-2025');
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('"what\'s the second one about" after them: the cadre-training scheme', () => {
    const a = lastOf('what docs got signed in the 2022 talks?', "what's the second one about");
    expect(a.text).toContain('training cadres');
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('"what was the other doc they signed" after the plan: the cadre-training scheme, not the other talk', () => {
    const a = lastOf('did they sign a cooperation plan in 2022?', 'what was the other doc they signed');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('training cadres');
    expect(cited(a)).toEqual(['2022-04-19']);
  });
});

describe('the talk named as "that occasion"', () => {
  it('"and who signed the docs on that occasion?" after regional issues in 2022: Trung and Song Tao', () => {
    const a = lastOf('did they trade views on regional issues in 2022?', 'and who signed the docs on that occasion?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Le Hoai Trung');
    expect(a.text).toContain('Song Tao');
    expect(cited(a)).toEqual(['2022-04-19']);
  });
});

describe('an opening taken up by a pronoun names who is asked', () => {
  it('"and the chinese guy, what did he congratulate vietnam on" after Trung\'s congratulations: Song Tao, the 13th Congress', () => {
    const a = lastOf('what did the vietnamese side congratulate china on in april 2022', 'and the chinese guy, what did he congratulate vietnam on');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Song Tao');
    expect(a.text).toContain('13th');
    expect(a.text).not.toContain('Le Hoai Trung congratulated');
  });

  it('an opening naming no one ("and in 2022, what did he say about it?") leaves "he" the last answer\'s person', () => {
    const a = lastOf('what did quan say about the sea in 2020', 'and in 2022, what did he say about it?');
    expect(a.text).not.toContain('Song Tao');
  });
});
