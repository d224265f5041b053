// A yes/no follow-up asking whether the conversation's subject was done ("so China agreed to recognise them?" after the
// vaccine passports) is answered of that subject, which the articles report only as hoped for: never a Yes from
// sentences of the same talks on something else, but what the articles report: no agreement, the hope, the response.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

describe('a hoped-for act asked as done, in a follow-up', () => {
  it('"so china agreed to recognize them?" after the vaccine passports: no Yes, the hope and the response said', () => {
    const a = lastOf('trung said anything about trade??', 'anything on vaccine passports', 'so china agreed to recognize them?');
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/^Yes/u);
    expect(a.text).toMatch(/no agreement/u);
    expect(a.text).toMatch(/responded positively/u);
    expect(a.text).not.toMatch(/Party channel/u);
    expect(a.text).toMatch(/vaccine passports/u);
    expect(cited(a).every((t) => t === '2022-04-19')).toBe(true);
  });

  it('a follow-up of something done at those talks still answers Yes', () => {
    const a = lastOf('what did they sign in 2022?', 'did trung and song tao sign them?');
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/^No/u);
  });
});
