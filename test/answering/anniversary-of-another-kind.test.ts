// The anniversary the 2020 talks celebrated is the founding anniversary of diplomatic ties. An anniversary of another
// thing (the party's founding) asked yes or no, alone or of "it" in a conversation, is a No with the article's
// words; the anniversary it was, asked so, stays a Yes. Kinds of anniversary are data (en.json claims kinds).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { lastOf } from '../support/conversation.js';
import { sharedEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

const first = (q: string) => engine.answer(q).lines[0]?.text ?? '';

describe('an anniversary of another thing is a No', () => {
  it.each([
    "was the anniversary in the 2020 call the party's founding anniversary?",
    'in 2020, did they celebrate the founding anniversary of the party?',
    'Was the 70th anniversary they marked the anniversary of the founding of the party?',
  ])('%s', (q) => {
    expect(first(q)).toMatch(/^No\b/);
    expect(first(q)).toContain('diplomatic ties');
  });

  it('in a conversation, of "it"', () => {
    expect(lastOf('which anniversary came up in the 2020 call?', "was that the party's founding anniversary?").text).toMatch(/^No\b/);
  });
});

describe('the anniversary it was stays a Yes', () => {
  it.each([
    'was the 70th anniversary of diplomatic ties mentioned in the 2020 call?',
    'did the 2020 talks mention the 70th founding anniversary of diplomatic ties?',
  ])('%s', (q) => {
    expect(first(q)).toMatch(/^Yes\b/);
  });
});
