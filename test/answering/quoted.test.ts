// A chat message quoting lines ("> …") and asking of them: the quoted words are its subject (src/answering/quoted.ts).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const dates = (q: string) => [...new Set(sharedEngine().answer(q).citations.map((c) => c.date))].sort();

describe('a question asked of quoted lines', () => {
  it('"where\'s that number from?" under a quoted figure cites the sentence that gives it, not a refusal about places', () => {
    const a = sharedEngine().answer("> 235,000 USD\nwhere's that number from?? 😅");
    expect(a.answered).toBe(true);
    expect(a.text).toContain('medical supplies');
    expect(dates("> 235,000 USD\nwhere's that number from?? 😅")).toEqual(['2022-04-19']);
    expect(dates('> two cooperation documents\nsource?')).toEqual(['2022-04-19']);
  });

  it('a question naming its own subject, or asking beyond the articles, is not turned to the quote', () => {
    const own = sharedEngine().answer('> 235,000 USD\nwho took part in the 2020 phone talks?');
    expect(own.text).toContain('Hoang Binh Quan');
    expect(sharedEngine().answer('> 235,000 USD\nwhat do you think of that?').answered).toBe(false);
    // Without a quote, the same question is still one about a place.
    expect(sharedEngine().answer("where's that number from??").answered).toBe(false);
  });
});
