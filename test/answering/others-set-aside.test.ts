// Others asked beside the people set aside ("Ngoài hai trưởng ban, còn những quan chức nào dự…?"): people set aside by
// a word of "besides", then who or which asked, asks for others than those the articles name. The answer says they
// name no one else, never the two named as if they were the others.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('others asked beside the people set aside', () => {
  it.each([
    ['Ngoài hai trưởng ban, còn những quan chức nào dự buổi hội đàm trực tuyến năm 2022?', /không nêu tên ai khác/],
    ['Ngoài hai quan chức, còn ai dự cuộc điện đàm năm 2020?', /không nêu tên ai khác/],
    ['Besides the two officials, who attended the 2022 talks?', /name no one else/],
    ['Besides Trung and Song Tao, who else attended the 2022 talks?', /name no one else/],
    ['除了黎怀忠和宋涛，还有哪些官员参加了2022年的会谈？', /没有提到其他人/],
  ])('%j says no one else is named', (q, words) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text.split('\n')[0]).toMatch(words);
  });

  it('who attended, with no one set aside, is still answered', () => {
    const a = engine.answer('Những quan chức nào dự buổi hội đàm trực tuyến năm 2022?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Lê Hoài Trung/);
  });
});
