// Follow-ups of round 72: whether someone mentioned a subject nobody raised at his talk (a No, with where it came up),
// who signed the documents just discussed (checked at the talk that signed them), and whether something changed
// "afterwards" (what came after the talks: refused, never a Yes).
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

describe('did he mention a subject nobody raised at his talk', () => {
  it.each([
    ['did quan also mention the land border legal documents?', '2022'],
    ['did Quan bring up the land border in 2020 too?', '2022'],
    ['did song tao thank vietnam for flood help in 2022?', '2020'],
  ])('%j is a No that says where it came up', (q, year) => {
    const a = lastOf(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No\. /u);
    expect(a.text).toContain(`It came up on`);
    expect(a.text).toContain(year);
  });

  it('as a follow-up of his words on the sea, the same', () => {
    const a = lastOf('in the video call did trung bring up sea stuff', 'and quan in the other talk?', 'did quan also mention the land border legal documents?');
    expect(a.text).toMatch(/^No\. /u);
    expect(a.text).toContain('Le Hoai Trung');
  });

  it('a deed nobody reported at a talk stays refused: the report is not all that happened', () => {
    expect(lastOf('did china send similar aid in 2020?').answered).toBe(false);
  });

  it('what someone else said there is still put right with their words', () => {
    const a = lastOf('did song tao mention the sea in 2020?');
    expect(a.text).toMatch(/^No: Song Tao is not reported saying so/u);
    expect(a.text).toContain('Hoang Binh Quan');
  });
});

describe('a check-back opened by "tức là" ("so that is…")', () => {
  it('"tức là khoảng 300 nghìn đô phải ko?" after the gift is a No with the figure the report gives', () => {
    const a = lastOf('năm 2022 TQ tặng VN cái gì vậy', 'tức là khoảng 300 nghìn đô phải ko?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Không/u);
    expect(a.text).toContain('235.000 USD');
  });
});

describe('who signed the documents just discussed', () => {
  it('"是宋涛和黄平君签的吗" after the 2022 documents: No, Trung and Song Tao, at the 2022 talks', () => {
    const a = lastOf('2022年4月的视频会谈签了什么文件？', '是宋涛和黄平君签的吗');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^不是/u);
    expect(a.text).toContain('黎怀忠');
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('"có phải do ông Hoàng Bình Quân ký không?" after the plan: No, Le Hoai Trung, 2022', () => {
    const a = lastOf('kế hoạch hợp tác ký năm 2022 là giai đoạn nào?', 'có phải do ông Hoàng Bình Quân ký không?');
    expect(a.text).toMatch(/^Không/u);
    expect(a.text).toContain('Lê Hoài Trung');
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('those who did sign are not put right', () => {
    const a = lastOf('what did they sign in 2022?', 'did trung and song tao sign them?');
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/^No/u);
  });

  it('alone, with no documents in the conversation, the 2020 call signed nothing', () => {
    const a = lastOf('did quan and song tao sign anything?');
    expect(cited(a)).toEqual(['2020-07-29']);
  });
});

describe('whether something changed afterwards', () => {
  it.each(['did the situation at sea ease afterwards?', 'did the supplies arrive later?', '后来南海局势缓和了吗'])('%j is refused as after the talks', (q) => {
    const a = lastOf(q);
    expect(a.answered).toBe(false);
  });

  it('"那后来南海局势缓和了吗" after his words on the sea is refused, not "是的"', () => {
    const a = lastOf('2020年那次电话会谈有提到海上问题吗？', '他主张怎么解决分歧？', '那后来南海局势缓和了吗');
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain('是的');
  });

  it('"later" naming the later talk is still answered', () => {
    expect(lastOf('Did ASEAN come up in the first call, or only later?').answered).toBe(true);
  });

  it('the story\'s own sequel, in the articles\' verb, is still answered', () => {
    expect(lastOf('did they switch to phone talks afterwards?').answered).toBe(true);
    expect(lastOf('did they sign documents later in 2022?').text).toMatch(/^Yes/u);
  });
});
