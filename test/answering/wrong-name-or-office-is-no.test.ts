// A Yes only when the person, name or office asked is the one the articles give: a full name with a middle part of
// another name is someone else's; an office naming a body the articles never give him ("经济部部长") is checked as a
// role, not read as a subject (the economy); "the same two parties?" compares the parties each talk was between.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';
import { sharedEngine } from '../support/engine.js';

const answer = (q: string) => sharedEngine().answer(q);

describe('a name with a part of another name is someone else', () => {
  it('answers No, with the right name, when a middle part is another syllable', () => {
    const a = answer('was the vietnamese official in 2020 hoang van quan?');
    expect(a.text).toMatch(/^No: Hoang Binh Quan, not Hoang Van Quan\./u);
    expect(answer('Is Le Van Trung the CPV official in 2022?').text).toMatch(/^No: Le Hoai Trung, not Le Van Trung\./u);
  });

  it('keeps a slip within a part, or a missing diacritic, as his name', () => {
    for (const q of ['was the vietnamese official hoang bihn quan?', 'was the vietnamese official hoang binh quan?', 'Was the Vietnamese official Hoàng Bình Quân?']) {
      expect(answer(q).text, q).not.toMatch(/^No/u);
      expect(answer(q).text, q).toMatch(/Hoang Binh Quan/u);
    }
  });
});

describe('an office of a body the articles never give him', () => {
  it('is a No with his office in Chinese, not a Yes on the economy', () => {
    for (const q of ['黎怀忠当时是越共中央经济部部长吗？', '宋涛是中共中央经济部部长吗？']) {
      expect(answer(q).text, q).toMatch(/^不是：/u);
      expect(answer(q).text, q).toMatch(/对外/u);
    }
  });

  it('keeps the Yes for the office he held', () => {
    expect(answer('黎怀忠是越共中央对外部部长吗？').text).toMatch(/^是的。/u);
    expect(answer('宋涛是中联部部长吗？').text).toMatch(/^是的。/u);
    expect(answer('Is Le Hoai Trung head of the CPV Economic Commission?').text).toMatch(/^No: /u);
  });
});

describe('the same two parties at another talk', () => {
  it('is Yes: the CPV and the CPC both times, whoever spoke for them', () => {
    expect(answer('were the 2020 and 2022 talks between the same two parties?').text).toMatch(/^Yes\./u);
    expect(answer('were the parties different in 2022?').text).toMatch(/^No\./u);
    const a = lastOf('which parties were the 2020 talks between?', 'same two parties in 2022?');
    expect(a.text).toMatch(/^Yes\./u);
    expect(cited(a)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('leaves a side named to its people: the Vietnamese side sent someone else', () => {
    expect(lastOf('who led the Vietnamese side in 2020?', 'was the vietnamese side the same person in 2022?').text).not.toMatch(/^Yes/u);
  });
});
