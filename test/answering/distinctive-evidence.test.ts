// Which talks an answer on a subject cites: the talks whose statements share the question's distinctive words, not
// every talk that matched its topic or the words most talks use ("Vietnam", "relations"); talks the question names
// one by one ("in 2020 …; in 2022 …?") each answered; a Vietnamese ordinal after its noun ("ở lần sau") naming its talk.
import { describe, expect, it } from 'vitest';
import { citedTalks, twoTalks } from '../support/engine.js';

const talks = twoTalks();
const { ask } = talks;
const phone = talks.phone.id;
const video = talks.video.id;

describe('a subject said at one talk is answered from that talk', () => {
  it('the liaison office\'s help for the pandemic: the 2022 donation, not the 2020 talks on COVID-19', () => {
    const a = ask("What kind of help did China's party liaison office send for Vietnam's pandemic response?");
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([video]);
    expect(a.text).toContain('medical supplies');
  });
});

describe('talks named one by one are each answered', () => {
  it('"In 2020 … sympathy; what … congratulate … in 2022?": both talks, the congratulations of 2022 among them', () => {
    const a = ask('In 2020 Vietnam offered China sympathy; what did Vietnam congratulate China on in 2022?');
    expect(citedTalks(a)).toEqual([phone, video].sort());
    expect(a.text).toContain('floods');
    expect(a.text).toContain('first centenary goal');
  });
});

describe('a Vietnamese ordinal after its noun names its talk', () => {
  it('"ở lần sau", "cuộc hội đàm thứ hai": the 2022 talks', () => {
    for (const q of ['Ở lần sau ai là người đại diện cho Việt Nam?', 'Ở cuộc hội đàm thứ hai ai đại diện cho Việt Nam?']) {
      const a = ask(q);
      expect(citedTalks(a), q).toEqual([video]);
      expect(a.text, q).toContain('Lê Hoài Trung');
      expect(a.text, q).not.toContain('Hoàng Bình Quân');
    }
  });

  it('beside a choice among the talks ("ở lần nào, và đến lần sau"), "the later one" is relative: both talks', () => {
    const a = ask('Mốc kỷ niệm 70 năm quan hệ ngoại giao được nhắc ở lần nào, và đến lần sau thì Việt Nam chúc mừng Trung Quốc về điều gì?');
    expect(citedTalks(a)).toEqual([phone, video].sort());
  });
});
