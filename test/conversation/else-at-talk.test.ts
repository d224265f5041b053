// "What else did they go over in that call?", "họ còn thảo luận gì nữa?", "他们还讨论了什么？" after words on a subject at
// one talk: the rest of what was said at that talk, each statement cited from it; not the one-line summary of the talk,
// nor what was said at every talk.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

const quotes = (a: { citations: readonly unknown[] }) => a.citations.length;

describe('what else, at the talk in play', () => {
  it.each([
    ['what did they say about covid in the 2020 call?', 'what else did they go over on that call?', '2020-07-29'],
    ['what did song tao say about vaccine passports in 2022?', 'what else did they discuss?', '2022-04-19'],
    ['in 2022 what did they say about exchanges between localities?', 'what else did they exchange views on?', '2022-04-19'],
    ['how did covid affect party exchanges in 2020?', 'what other things did they talk about during that call?', '2020-07-29'],
    ['năm 2020 hai bên nói gì về covid?', 'trong cuộc điện đàm đó họ còn thảo luận gì nữa?', '2020-07-29'],
    ['hội đàm 2022 nói gì về ùn tắc hàng hóa ở biên giới?', 'ngoài ra họ còn bàn những gì?', '2022-04-19'],
    ['2020年会谈中关于新冠说了什么？', '他们还讨论了什么？', '2020-07-29'],
    ['2022年关于边境口岸拥堵说了什么？', '那次会谈还谈了什么？', '2022-04-19'],
  ])('%j then %j', (q1, q2, date) => {
    const a = lastOf(q1, q2);
    expect(a.answered).toBe(true);
    expect(cited(a)).toEqual([date]);
    expect(quotes(a)).toBeGreaterThan(2);
  });
});

describe('near cases that keep their answers', () => {
  it('what else of a subject of its own is that subject', () => {
    const a = lastOf('what did they say about covid in the 2020 call?', 'what else did they say about the sea?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/sea/u);
  });

  it('what else they did that the articles never report is not the talk\'s statements', () => {
    const a = lastOf('what did they say about covid in the 2020 call?', 'what else did they eat?');
    expect(quotes(a)).toBeLessThan(3);
  });

  it('what was discussed at another talk, with no "else", is that talk', () => {
    const a = lastOf('what did they say about covid in the 2020 call?', 'what did they discuss in 2022?');
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('what else was signed is the documents', () => {
    const a = lastOf('what did they sign in 2022?', 'what else did they sign?');
    expect(a.text).not.toMatch(/vaccine/u);
  });
});

describe('what else of "him" stays his', () => {
  it('what else he singled out is what he said, on his subject', () => {
    const a = lastOf('in 2022 did song tao congratulate vietnam on its achievements since the 13th national congress?', 'what else did he single out?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/COVID/u);
  });
});
