// Follow-up yes/no turns that led a confidently wrong Yes (round 97): a predicate no sentence says (an outcome after
// the talks, a phrasal verb split by its object), a relative time that points at the other talk, a future event.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

describe('a phrasal verb split by its object ("scale cooperation back")', () => {
  it('follow-up: No, he hoped to keep promoting cooperation', () => {
    const a = lastOf('in 2020 what did song tao say china values in its relationship with vietnam', 'so he wanted to scale cooperation back?');
    expect(a.text).toMatch(/^No/u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  it('alone: No too, as with the particle next to its verb', () => {
    const a = lastOf('did song tao want to scale cooperation back in 2020?');
    expect(a.text).toMatch(/^No/u);
  });
});

describe('what came of things after the talks, asked yes or no in a conversation', () => {
  it('refused: the articles report nothing after the talks', () => {
    const a = lastOf('what did they sign in the april 2022 video call', 'what years do those cover', 'were they actually implemented successfully in the end?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Yes/u);
  });

  it('an act of the talk itself still answers Yes', () => {
    const a = lastOf('who took part in the april 2022 video call?', 'did they end up signing anything?');
    expect(a.text).toMatch(/^Yes/u);
    expect(cited(a)).toEqual(['2022-04-19']);
  });
});

describe('a relative time ("two years earlier") picks the talk before the conversation\'s', () => {
  it('the Vietnamese official of 2022: No, asked of the 2020 talks', () => {
    const a = lastOf('Who represented the Vietnamese party in the videoconference?', 'his title?', 'was he also part of the talks two years earlier?');
    expect(a.text).toMatch(/^No/u);
    expect(cited(a)).toContain('2020-07-29');
  });
});

describe('a future event asked in a follow-up', () => {
  it('is refused as it is alone', () => {
    const a = lastOf('why couldnt some party exchanges go ahead as planned in 2020', 'so what did they do instead', 'when is the next face-to-face meeting scheduled?');
    expect(a.answered).toBe(false);
  });

  it('a hope told of the talks is still answered', () => {
    const a = lastOf('in 2020 what did song tao say china values in its relationship with vietnam', 'and what did they hope to do next?');
    expect(a.answered).toBe(true);
    expect(cited(a)).toEqual(['2020-07-29']);
  });
});
