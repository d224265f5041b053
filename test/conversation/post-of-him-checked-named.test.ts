// "Was he head of the International Liaison Department?" of Quan: the claim checker reads a post, a side or a deed of
// the people the question names. A Yes given of "him" stands only when the question typed with his name does not
// answer No; when it does, the No with his real post is the answer (a Yes there would be confidently wrong).
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

describe('a yes/no of "him" checked as if he were named', () => {
  it('English: the other side\'s department, of Quan: No, the Commission for External Relations', () => {
    const a = lastOf('who led vietnam side in the 2020 call?', 'was he head of the international liaison department?');
    expect(a.text).toMatch(/^No/u);
    expect(a.text).toMatch(/Commission for External Relations/u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  it('English: the CPC department, of Trung in 2022: No', () => {
    const a = lastOf('who spoke for vietnam in 2022?', 'was he head of the CPC international liaison department?');
    expect(a.text).toMatch(/^No/u);
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('Vietnamese: ông ấy … à? of Quan: Không', () => {
    const a = lastOf('who led vietnam side in the 2020 call?', 'ông ấy là trưởng Ban Liên lạc Quốc tế à?');
    expect(a.text).toMatch(/^Không/u);
    expect(a.text).toMatch(/Ban Đối ngoại/u);
  });

  it('Chinese: 他是中联部部长吗 of Quan: 不是', () => {
    const a = lastOf('2020年越方是谁参加通话？', '他是中联部部长吗？');
    expect(a.text).toMatch(/^不是/u);
    expect(a.text).toMatch(/对外部/u);
  });

  it('Chinese: the Vietnamese commission of Song Tao: 不是', () => {
    const a = lastOf('2022年中方是谁？', '他是越共中央对外部部长吗？');
    expect(a.text).toMatch(/^不是/u);
  });

  it('English: the wrong side of Trung: No', () => {
    const a = lastOf('who spoke for vietnam in 2022?', 'was he on the chinese side?');
    expect(a.text).toMatch(/^No/u);
  });

  it('English: the wrong department of Song Tao in 2022: No', () => {
    const a = lastOf('who was china rep in 2022?', 'was he head of the commission for external relations?');
    expect(a.text).toMatch(/^No/u);
  });

  it('English: the wrong department of Song Tao in 2020, asked with "the department": No', () => {
    const a = lastOf('who led the vietnamese side in 2020?', 'was he the head of the liaison department?');
    expect(a.text).toMatch(/^No/u);
  });

  it('Vietnamese: the Chinese liaison department of Trung: Không, not Có that he took part', () => {
    const a = lastOf('năm 2022 ai đại diện phía Việt Nam?', 'ông ấy là trưởng ban liên lạc đối ngoại trung quốc hả?');
    expect(a.text).toMatch(/^Không/u);
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('Vietnamese: the Vietnamese commission of Song Tao: Không', () => {
    const a = lastOf('năm 2020 phía Trung Quốc là ai?', 'ông ấy là trưởng Ban Đối ngoại Trung ương Đảng Cộng sản Việt Nam à?');
    expect(a.text).toMatch(/^Không/u);
    expect(a.text).toMatch(/Liên lạc Đối ngoại/u);
  });

  it('English: China\'s department, of Trung: No, not Yes from a sentence on contacts', () => {
    const a = lastOf('who spoke for vietnam in 2022?', "was he the head of china's international department?");
    expect(a.text).toMatch(/^No/u);
  });

  // Near cases that must not change.
  it('his own post stays Yes', () => {
    const a = lastOf('who spoke for vietnam in 2022?', 'was he head of the commission for external relations?');
    expect(a.text).toMatch(/^Yes/u);
  });

  it('his own post, Quan, stays Yes', () => {
    const a = lastOf('who led vietnam side in the 2020 call?', 'was he head of the commission for external relations?');
    expect(a.text).toMatch(/^Yes/u);
  });

  it('Song Tao\'s own department stays Yes', () => {
    const a = lastOf('who was the chinese official in 2020?', 'was he head of the international liaison department?');
    expect(a.text).not.toMatch(/^No/u);
  });

  it('whether he was at the other talk stays Yes', () => {
    const a = lastOf('who was china rep in 2022?', 'was he also there in 2020?');
    expect(a.text).toMatch(/^Yes/u);
  });
});
