// "Which Chinese official shows up in both talks?" then "same job both times? what was it": the post of the person the
// conversation is about, asked of every talk with no talk of its own named, is his post at each, led by Yes or No.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

describe('the same post both times, of the conversation\'s person', () => {
  it.each([
    ['which chinese official shows up in both talks?', 'same job both times? what was it'],
    ['Which Chinese official took part in both talks?', 'same position both times?'],
  ])('%j then %j is Yes, with his post at each talk', (first, q) => {
    const a = lastOf(first, q);
    expect(a.text).toMatch(/^Yes, in the same body/u);
    expect(a.text).toMatch(/International Liaison Department/u);
    expect(cited(a)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('asked of the Vietnamese side, whose people differ, it is still the same body', () => {
    const a = lastOf('who led the vietnamese side in 2020?', 'same person both times?');
    expect(a.text).toMatch(/^No\b/u);
  });
});
