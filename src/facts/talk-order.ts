// Talks put in order without scanning or collating: with a thousand talks an answer sorts and filters lists of
// hundreds, and `localeCompare` (ICU collation) made those sorts the slowest part of some answers.
import type { Talk } from './types.js';

/**
 * Orders talks by date, as `a.date.localeCompare(b.date)` does: dates are validated YYYY-MM-DD (schema.ts
 * `isoDate`), all the same length with the hyphens in the same places, so comparing their characters is the
 * same order.
 */
export function byDate(a: Talk, b: Talk): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

const positions = new WeakMap<readonly Talk[], ReadonlyMap<Talk, number>>();

/** Where each talk stands in `talks` (its first place), indexed once per list. */
function positionsIn(talks: readonly Talk[]): ReadonlyMap<Talk, number> {
  let map = positions.get(talks);
  if (map === undefined) {
    const made = new Map<Talk, number>();
    talks.forEach((t, i) => {
      if (!made.has(t)) made.set(t, i);
    });
    positions.set(talks, made);
    map = made;
  }
  return map;
}

/**
 * The talks of `found` in the order `all` (the knowledge base's talks, sorted by date and id) lists them, as
 * `all.filter((t) => found.has(t))` gives them: a few talks are sorted by their places, many are filtered.
 */
export function inOrderOf(all: readonly Talk[], found: ReadonlySet<Talk>): Talk[] {
  if (found.size * 8 >= all.length) return all.filter((t) => found.has(t));
  const at = positionsIn(all);
  const list = [...found];
  // A talk from elsewhere has no place: sorted as the knowledge base sorts its talks (loader.ts).
  if (!list.every((t) => at.has(t))) return list.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return list.sort((a, b) => (at.get(a) ?? 0) - (at.get(b) ?? 0));
}
