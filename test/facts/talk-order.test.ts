// Talks put in order by the shortcuts a thousand talks need: the same order as the plain sorts and filters they
// replace, so an answer lists and cites its talks as it did.
import { describe, expect, it } from 'vitest';
import { talksWithIds } from '../../src/answering/talk-by-id.js';
import { byDate, inOrderOf } from '../../src/facts/talk-order.js';
import type { Talk } from '../../src/facts/types.js';

const talk = (id: string, date: string) => ({ id, date }) as unknown as Talk;
// Sorted as the loader sorts them: by date, then id.
const all = Array.from({ length: 40 }, (_, i) => talk(`t${String(i).padStart(2, '0')}`, `20${String(10 + Math.floor(i / 2)).padStart(2, '0')}-0${(i % 9) + 1}-1${i % 10}`)).sort(
  (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
);

describe('talk order', () => {
  it('orders dates as collation does', () => {
    const shuffled = [...all].reverse();
    expect([...shuffled].sort(byDate)).toEqual([...shuffled].sort((a, b) => a.date.localeCompare(b.date)));
  });

  it('lists a few talks found, or many, in the order of all talks', () => {
    for (const found of [new Set([all[30], all[2], all[17]] as Talk[]), new Set(all.filter((_, i) => i % 3 === 0))]) {
      expect(inOrderOf(all, found)).toEqual(all.filter((t) => found.has(t)));
    }
  });

  it('sorts a talk from another list as the knowledge base sorts its talks', () => {
    const other = talk('t99', '2011-05-15');
    const found = new Set([all[20], other, all[1]] as Talk[]);
    expect(inOrderOf(all, found)).toEqual([...found].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)));
  });

  it('finds the talks with the ids cited, in the order of all talks', () => {
    for (const ids of [new Set(['t31', 't04']), new Set(all.map((t) => t.id).filter((_, i) => i % 2 === 0)), new Set(['nowhere'])]) {
      expect(talksWithIds(all, ids)).toEqual(all.filter((t) => ids.has(t.id)));
    }
  });
});
