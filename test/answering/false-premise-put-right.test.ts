// A question with one wrong detail whose talk is still clear is answered with the detail put right first (the
// language's "not so"), citing the talk(s) the correction rests on; one no talk fits stays refused. Kinds from
// round 72's first contact: a count of anything the articles count, an ordinal in Chinese words, an area named
// alone that the talk reports as another, a subject put at the wrong talk (both talks cited), and a meeting in
// person at a place asked "how" of a subject.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a count the articles give otherwise, of any thing they count', () => {
  it.each([
    ['Which four land border management documents did Trung want China to respect?', /^Not quite\. .*three, not four/u, /three legal documents/u],
    ['越方要求中方遵守的五份陆地边界法律文件都是哪些？', /^不对，.*三个，而不是五个/u, /三个法律文件/u],
  ])('%j opens with the right count, then answers', (q, opening, body) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toMatch(opening);
    expect(a.text).toMatch(body);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('a count given rightly is not put right', () => {
    expect(engine.answer('What did Trung say about the three legal documents on land border management?').text).not.toMatch(/Not quite|otherwise/u);
  });
});

describe('an ordinal put right in Chinese words', () => {
  it('第二个百年奋斗目标 is the first: 第一个，而不是第二个', () => {
    const q = '越方2022年祝贺中国实现第二个百年奋斗目标时是怎么说的？';
    expect(firstLine(q)).toMatch(/^不对，.*第一个，而不是第二个/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('an area named alone that the talk asked about reports as another', () => {
  it.each([
    ['2020年通电话时越方谈到的陆地边界纠纷具体是怎么讲的？', /^不对，/u, /海上/u],
    ['What did Quan say about the land border disputes in the 2020 call?', /^Not quite\. .*sea, not border/u, /at sea/u],
  ])('%j is put right, then answered at that talk', (q, opening, body) => {
    const a = engine.answer(q);
    expect(firstLine(q)).toMatch(opening);
    expect(a.text).toMatch(body);
    expect(dates(q)).toEqual(['2020-07-29']);
  });

  it('an area the talk did report is no premise', () => {
    expect(firstLine('What did the two sides say about the sea in 2020?')).not.toMatch(/Not quite|otherwise/u);
  });
});

describe('not at the talk named, at another: both talks cited', () => {
  // premise89: the talk named is cited beside the one the fact is at only when the question puts one of its
  // participants there (Song Tao, at both); "the two sides" puts no one, so the correction cites 2020 alone (en-r35).
  it.each([
    ['宋涛在2020年那通电话里宣布捐赠的医疗物资值多少钱？', /^不对，/u, /150万/u, ['2020-07-29', '2022-04-19']],
    ["What did the two sides say about China's floods during their 2022 video call?", /^Not quite\./u, /expressed sympathy/u, ['2020-07-29']],
  ] as const)('%j', (q, opening, body, talks) => {
    const a = engine.answer(q);
    expect(firstLine(q)).toMatch(opening);
    expect(a.text).toMatch(body);
    expect(dates(q)).toEqual(talks);
  });
});

describe('a meeting in person at a place, asked how a subject was discussed there', () => {
  it('is another event: refused, not answered as how the talks were held', () => {
    const a = engine.answer('Ở buổi gặp trực tiếp tại Bắc Kinh giữa ông Song Tao và lãnh đạo Ban Đối ngoại Việt Nam, hai bên đã bàn về vấn đề biển như thế nào?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Không\. Không cuộc nào/u);
  });

  it('how they signed without meeting still asks the format', () => {
    expect(engine.answer('How did they sign the documents without meeting in person?').text).toMatch(/videoconference/u);
  });
});
