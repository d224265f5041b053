// "What is the formal name of the partnership between Vietnam and China given in the 2020 article?": a verb of giving
// said of the article ("given in the article", "presented in the report") is its telling, not an act of the side
// named before it; the question is answered, never refused as "nothing given by China". A side's own gift asked
// ("what did Vietnam give China?") is still answered by its gifts or their absence.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).lines[0]?.text ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a verb of giving said of the article is no gift asked', () => {
  it.each([
    ['What is the formal name of the partnership framework between Vietnam and China given in the 2020 article?', '2020-07-29'],
    ['What is the official label for ties between Vietnam and China given in the 2020 article?', '2020-07-29'],
    ['What was the name of the partnership of Vietnam and China presented in the 2020 report?', '2020-07-29'],
    ['What is the official name of the relationship between China and Vietnam given in the 2020 article?', '2020-07-29'],
    ['What is the exact name of the ties between Vietnam and China given in the article from 2020?', '2020-07-29'],
    ['What was the partnership between Vietnam and China presented in the article of 2020?', '2020-07-29'],
    ['What is the full name of the partnership between Vietnam and China given in the report?', '2020-07-29'],
    ['What was the title of the partnership between China and Vietnam given in the report from 2020?', '2020-07-29'],
  ])('%j', (q, date) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).not.toMatch(/nothing given/u);
    expect(a.text).toMatch(/comprehensive strategic cooperative partnership/u);
    expect(dates(q)).toContain(date);
  });
});

describe('a side\'s own gift asked keeps its answer', () => {
  it('a gift told by the article is still answered by the gift', () => {
    const q = 'What is the value of the medical supplies sent to Vietnam given in the 2022 article?';
    expect(engine.answer(q).text).toMatch(/1\.5 million/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('Vietnam\'s gift for the floods is unreported', () => {
    expect(firstLine('What did Vietnam give China for the floods?')).toMatch(/^The articles report nothing given by Vietnam/u);
  });

  it('China\'s gift in 2022 is the supplies', () => {
    const q = 'What did the Chinese side present to Vietnam?';
    expect(engine.answer(q).text).toMatch(/1\.5 million/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('a side\'s gift asked "in the article" is still its gift', () => {
    expect(firstLine('What did Vietnam give China for the floods in the 2020 article?')).toMatch(/^The articles report nothing given by Vietnam/u);
  });
});
