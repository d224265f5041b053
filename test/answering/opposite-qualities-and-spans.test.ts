// Round 96's claim kinds: a quality opposite to the one the article gives the same thing ("short-term" against
// "long-term", "unstable" against "stable", WordNet's antonyms in data/lexicon/opposites.json) contradicts and names
// the detail, in English, Vietnamese and Chinese; spans counted ("seven decades") are years; a detail the articles
// do not report (how or to whom the supplies went) is no contradiction; a claim sharing only general words is none.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const check = (claim: string) => engine.check(claim);
const ask = (q: string) => engine.answer(q);

describe('a quality opposite to the article\'s', () => {
  it('contradicts the claim, naming a span of time as the period and another quality as its polarity', () => {
    const short = check('The two sides proposed developing their partnership in a stable but short-term manner.');
    expect(short.verdict).toBe('contradicts');
    expect(short.differs.map((d) => d.kind)).toEqual(['period']);
    expect(short.matches[0]?.citation.quote).toMatch(/long-term manner/u);
    const unstable = check('The two sides proposed developing the partnership in an unstable manner.');
    expect(unstable.verdict).toBe('contradicts');
    expect(unstable.differs.map((d) => d.kind)).toEqual(['polarity']);
  });

  it('is no contradiction where the claim gives the article\'s own quality, or the word is part of a name', () => {
    expect(check('The two sides proposed developing their partnership in a healthy, stable and long-term manner.').verdict).toBe('supports');
    expect(check('They proposed developing the partnership in a long-term manner.').verdict).toBe('supports');
    expect(ask('Did Song Tao congratulate Vietnam on its achievements since the 13th National Congress?').text).toMatch(/^Yes\./u);
    // "Forwarded summary:": a noun, not the opposite of "official".
    expect(check('Forwarded summary: the Chinese side thanked Vietnam for its help in dealing with the aftermath of the floods.').verdict).toBe('supports');
  });

  it('is No to a yes/no question in each language, with both words', () => {
    expect(ask('Did the two sides propose developing their partnership in a short-term manner in 2020?').text).toMatch(/^No: “long-term”, not “short-term”/u);
    expect(ask('Năm 2020, hai bên có đề xuất phát triển quan hệ đối tác một cách ngắn hạn không?').text).toMatch(/^Không: “dài hạn”, không phải “ngắn hạn”/u);
    expect(ask('2020年双方是否提出以短期方式发展全面战略合作伙伴关系？').text).toMatch(/^不是：是“长期”，而不是“短期”/u);
  });

  it('"毫无障碍" (no obstacles at all) is No where the article reports obstacles', () => {
    expect(ask('2020年通话时越方是不是说两国关系一帆风顺、毫无障碍？').text).toMatch(/^不是/u);
    expect(ask('2020年通话时越方是不是说两国关系毫无障碍？').text).toMatch(/^不是/u);
  });
});

describe('spans of years counted', () => {
  it('"seven decades" is the 70th anniversary, in a claim framed or hedged and in a question', () => {
    expect(check('From what I read, the 2020 contacts were framed as part of celebrating seven decades of Vietnam-China diplomatic relations.').verdict).toBe('supports');
    expect(ask('Did the 2020 call mark seven decades of diplomatic ties?').text).toMatch(/^Yes\./u);
    expect(ask('Did the 2020 call mark six decades of diplomatic ties?').text).toMatch(/^No: 70th, not 60th/u);
  });
});

describe('what the articles do not report', () => {
  it('supplies flown or sent to a body are no talk format and no other giver: related', () => {
    for (const claim of ["The Chinese medical supplies were flown to Vietnam's Health Ministry in Hanoi.", "The Chinese medical supplies were sent to Vietnam's Health Ministry in Hanoi."]) {
      const c = check(claim);
      expect(c.verdict, claim).toBe('related');
      expect(c.differs, claim).toEqual([]);
    }
    // Someone flying to meet is still in person.
    expect(check('Trung flew to beijing and met song tao face to face on april 19').differs.map((d) => d.kind)).toEqual(['format']);
    // A giver named otherwise still contradicts.
    expect(check('The Chinese Foreign Ministry donated medical supplies worth 1.5 million CNY to Vietnam').verdict).toBe('contradicts');
  });

  it('a claim about a place the articles never name, typed in lower case, is none', () => {
    expect(check('the mekong is the longest river in southeast asia').verdict).toBe('none');
  });
});
