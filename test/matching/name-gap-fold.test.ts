// A name half remembered is found however it is cased or accented (src/matching/name-gap.ts folds the question once,
// plain ASCII by its lower case), and a question with no word for a forgotten part is left as typed.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('a name half remembered, typed in capitals or without accents', () => {
  it.each([
    ['WHO IS LE SOMETHING TRUNG?', /Le Hoai Trung/],
    ["Who's Le what's-his-name Trung?", /Le Hoai Trung/],
    ['LÊ GÌ TRUNG là ai?', /Lê Hoài Trung/],
    ['le gi trung la ai?', /Lê Hoài Trung/],
  ])('%j is the one person it fits', (q, name) => {
    expect(firstLine(q)).toMatch(name);
  });
  it('a question naming someone in full is answered as before', () => {
    expect(firstLine('Who is Le Hoai Trung?')).toMatch(/Le Hoai Trung/);
  });
});
