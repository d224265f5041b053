// A post the articles lack asked of the one person a conversation is about ("ông ấy có phải là Trưởng Ban Tuyên giáo
// không?", "他是中宣部部长吗？"): not refused for the word the articles lack, but No, with the post he held.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

describe('a post the articles lack, asked of "him"', () => {
  it('Vietnamese: No, the Commission for External Relations, cited at the 2022 talks', () => {
    const a = lastOf('còn hội đàm năm 2022 thì phía VN là ai?', 'ông ấy có phải là Trưởng Ban Tuyên giáo không?');
    expect(a.text).toMatch(/^Không/u);
    expect(a.text).toMatch(/Đối ngoại/u);
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('Chinese: 不是, 对外部', () => {
    const a = lastOf('2022年会谈越方是谁？', '他是中宣部部长吗？');
    expect(a.text).toMatch(/^不是/u);
    expect(a.text).toMatch(/对外部/u);
  });

  it('English keeps its No', () => {
    const a = lastOf('Who took part in the 2022 talks for Vietnam?', 'is he the head of the Propaganda Department?');
    expect(a.text).toMatch(/^No/u);
  });
});
