// A talk found by its id, as citations name it. Each list of talks is indexed once (a knowledge base's list
// lives as long as its engine): with a thousand talks, a scan of them for every citation made yes/no answers
// quadratic.
import type { Talk } from '../facts/types.js';

const indexes = new WeakMap<readonly Talk[], ReadonlyMap<string, Talk>>();

/** The first talk of `talks` with this id, as `talks.find((t) => t.id === id)` gives it. */
export function talkById(talks: readonly Talk[], id: string): Talk | undefined {
  let byId = indexes.get(talks);
  if (byId === undefined) {
    const map = new Map<string, Talk>();
    for (const t of talks) if (!map.has(t.id)) map.set(t.id, t);
    indexes.set(talks, map);
    byId = map;
  }
  return byId.get(id);
}

const places = new WeakMap<readonly Talk[], ReadonlyMap<string, readonly number[]>>();

/**
 * The talks of `talks` whose ids are in `ids`, in their order: `talks.filter((t) => ids.has(t.id))` without
 * scanning every talk for an answer citing two.
 */
export function talksWithIds(talks: readonly Talk[], ids: ReadonlySet<string>): Talk[] {
  if (ids.size * 8 >= talks.length) return talks.filter((t) => ids.has(t.id));
  let byId = places.get(talks);
  if (byId === undefined) {
    const map = new Map<string, number[]>();
    talks.forEach((t, i) => {
      const list = map.get(t.id);
      if (list) list.push(i);
      else map.set(t.id, [i]);
    });
    places.set(talks, map);
    byId = map;
  }
  const at: number[] = [];
  for (const id of ids) at.push(...(byId.get(id) ?? []));
  return at.sort((a, b) => a - b).flatMap((i) => talks[i] ?? []);
}
