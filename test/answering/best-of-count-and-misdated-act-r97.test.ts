// Round 97's kinds: a best-of about a thing the articles never name is refused whatever place or "where" it asks; a
// count of one kind of document claimed signed is checked (No, then every document signed); an act asked of the talk
// where it did not happen is put right by the talk where it did, not by another kind worded at the one named.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const ask = (q: string) => sharedEngine().answer(q);
const talks = (q: string) => [...new Set(ask(q).citations.map((c) => c.date))].sort();

describe('a best-of about something the articles never name', () => {
  it('is refused, naming what they lack, whatever the place words', () => {
    for (const q of ["Where's the best pho in Ho Chi Minh City?", 'Where can I find the best banh mi in Hanoi?', "What's the best restaurant in Beijing?"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.citations, q).toEqual([]);
      expect(a.text, q).toMatch(/do not mention/u);
    }
  });

  it('in Vietnamese and Chinese too', () => {
    for (const q of ['Phở ngon nhất ở Thành phố Hồ Chí Minh ở đâu?', '胡志明市哪家河粉最好吃？']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.citations, q).toEqual([]);
    }
  });

  it('a superlative asked of what the articles report is still read as theirs', () => {
    const a = ask('What was the biggest obstacle to trade mentioned in 2022?');
    expect(a.text).not.toMatch(/do not mention/u);
  });
});

describe('a wrong count of one kind of document claimed signed', () => {
  it('leads No with the right count, then lists both documents signed', () => {
    for (const q of ['Is it true that the two parties signed three cooperation plans during the 2022 videoconference?', 'Did they sign two cooperation plans in 2022?']) {
      const a = ask(q);
      expect(a.text, q).toMatch(/^No: one, not (three|two)\./u);
      expect(a.text, q).toMatch(/training cadres/u);
      expect(talks(q), q).toEqual(['2022-04-19']);
    }
  });

  it('in Vietnamese and Chinese too', () => {
    expect(ask('Hội đàm 2022 có ký ba kế hoạch hợp tác không?').text).toMatch(/^Không/u);
    expect(ask('2022年会谈签了三个合作计划吗？').text).toMatch(/^不是/u);
  });

  it('a right count keeps its Yes', () => {
    expect(ask('Did they sign one cooperation plan in 2022?').text).toMatch(/^Yes/u);
    expect(ask('Is it true that they signed two documents in 2022?').text).toMatch(/^Yes/u);
  });
});

describe('an act asked of the talk where it did not happen', () => {
  it('is put right by the talk where it came up, citing only that one', () => {
    const q = 'Why did the Chinese side thank Vietnam in the 2022 talks for help with the floods?';
    const a = ask(q);
    expect(a.text).toMatch(/29 July 2020/u);
    expect(a.text).not.toMatch(/COVID-19/u);
    expect(talks(q)).toEqual(['2020-07-29']);
  });
});
