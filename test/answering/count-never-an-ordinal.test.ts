// A count in a question ("两位团长", the two heads) is how many of a thing: never put right by an ordinal the articles
// give of another thing ("the first centenary goal") that shares only a word around it. An ordinal of a thing counted
// alike ("the 60 years of ties", the 70th anniversary) is still put right.
import { describe, expect, it } from 'vitest';
import { twoTalks } from '../support/engine.js';

const { ask } = twoTalks();

describe('a count is never read as an ordinal of something else', () => {
  it('"除了两位团长…还有多少其他官员参加？": refused as a count the articles lack, as in Vietnamese', () => {
    for (const q of ['除了两位团长，2022年会谈还有多少其他官员参加？', 'Ngoài hai trưởng đoàn, hội đàm năm 2022 có bao nhiêu quan chức khác tham dự?']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).not.toMatch(/第一个|第二个|first|second/u);
    }
  });

  it('an ordinal of a thing the articles give otherwise is still put right', () => {
    const a = ask('Did Quan congratulate China on the 60th anniversary of diplomatic ties in 2020?');
    expect(a.text).toMatch(/^No/u);
    expect(a.text).toMatch(/70/u);
  });
});
