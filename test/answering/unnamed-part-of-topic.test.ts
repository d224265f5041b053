// A particular part of a topic the articles never name (an island group of the sea, the navy, fishing; data/topics
// `unnamedParts`): asked whether it came up, Yes from the topic's general sentences would be confidently wrong. The
// question is refused as one about a thing the articles do not mention; a claim naming it is still related to the
// topic, and the topic asked by its own names keeps its Yes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { firstMatch } from '../support/claim-verdicts.js';
import { sharedEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

const YES = /^(Yes|Có|是|对)/u;

describe('a part of the sea the articles never name', () => {
  it('is no Yes in English', () => {
    for (const q of ['were the paracels brought up in the 2020 call?', 'did Trung mention the spratlys in 2022?', 'was fishing one of the sea issues they raised?', 'did the navy come up at all?', 'any talk of the Spratly Islands?']) {
      const a = engine.answer(q);
      expect(a.text, q).not.toMatch(YES);
      expect(a.answered, q).toBe(false);
    }
  });

  it('is no Có in Vietnamese', () => {
    for (const q of ['năm 2020 có nhắc tới Hoàng Sa không?', 'ông Trung có nói về Trường Sa không?']) {
      const a = engine.answer(q);
      expect(a.text, q).not.toMatch(YES);
      expect(a.answered, q).toBe(false);
    }
  });

  it('asked what was said of it, it is refused, not answered by the sea in general', () => {
    expect(engine.answer('what was said about the paracel islands?').answered).toBe(false);
  });

  it('beside the articles’ own words for the sea it is still a thing of its own', () => {
    for (const q of ['which islands were the sea disputes over?', 'any particular islands in the east sea talk?']) {
      expect(engine.answer(q).answered, q).toBe(false);
    }
  });
});

describe('what must not change', () => {
  it('the sea asked by the articles’ names or others’ is still Yes', () => {
    for (const q of ['did they discuss the East Sea?', 'họ có bàn về Biển Đông không?', 'did sea disputes come up in 2020?']) {
      expect(engine.answer(q).text, q).toMatch(YES);
    }
    // Another name is first said to be the articles' "East Sea", then answered.
    expect(engine.answer('was the South China Sea brought up?').text).toMatch(/^Yes/mu);
  });

  it('a claim naming the island group is related to the sea, not unrelated', () => {
    expect(firstMatch('Trung named the Spratly Islands in the 2022 talks').verdict).toBe('related');
    expect(firstMatch('năm 2020 ông Quân nhắc đến quần đảo Hoàng Sa').verdict).toBe('related');
  });
});
