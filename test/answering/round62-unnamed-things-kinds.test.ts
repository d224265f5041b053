// Confidently wrong answers of round 62: particular things the articles do not name, asked by a naming verb ("which
// gates were named as congested", "what are those documents called"), and what was decided by a thing the articles
// only mention ("the main decisions of the 13th Congress"), refused as not named or not given; a post said after "as"
// with an article ("joined the talks as the general secretary") compared with the person's post at that talk.
import { describe, expect, it } from 'vitest';
import { expectContradicted as contradicted, expectSupported as supported } from '../support/claim-verdicts.js';
import { lastOf } from '../support/conversation.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('particular things asked by a naming verb, which the articles do not name', () => {
  it.each([
    'Which border gates were named as congested in the 2022 talks?',
    'which border crossings were named as jammed in 2022?',
    'what are the land border documents called exactly in the 2022 talks',
    'what were those three border documents called?',
    'what were those three border documents named?',
  ])('%j is refused as not named, citing nothing', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.citations).toHaveLength(0);
    // (scope85: a named place asked that no cited sentence names is refused as the place not given.)
    expect(a.text).toMatch(/^The articles do not (name them|say where)/u);
  });

  it.each([
    ['Which sea is named in the DOC and COC?', '2022-04-19'],
    ['What is the full name of the DOC mentioned in the 2022 talks?', '2022-04-19'],
  ])('%j is still answered', (q, date) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.citations.some((c) => c.date === date)).toBe(true);
  });
});

describe('what was decided by a thing the articles only mention', () => {
  it.each(['what were the main decisions of the 13th congress', 'What were the key outcomes of that congress?'])('%j is refused, citing nothing', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.citations).toHaveLength(0);
  });

  it('asked after the congress came up in a conversation, it is refused too', () => {
    const a = lastOf('what did song tao congratulate vn on in 2022', 'what were the main decisions of that congress tho');
    expect(a.answered).toBe(false);
  });

  it.each(['What were the main outcomes of the 2022 talks?', 'what were the decisions of the two sides in 2022?'])('%j, of the talks, is still answered', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.citations.some((c) => c.date === '2022-04-19')).toBe(true);
  });
});

describe('a post said after "as" with an article is compared with the post held at that talk', () => {
  it('contradicts a wrong post, however introduced', () => {
    for (const claim of [
      'le hoai trung joined the 2022 talks as the CPV general secretary',
      'Le Hoai Trung took part in the 2022 talks as the general secretary',
      'Hoang Binh Quan was on the 2020 call as a foreign minister',
    ]) {
      contradicted(claim, 'role');
    }
  });

  it('still supports the post held', () => {
    supported('le hoai trung attended the 2022 talks as the chairman of the CPV Commission for External Relations', '2022-04-19', 'Le Hoai Trung, Chairman');
  });
});
