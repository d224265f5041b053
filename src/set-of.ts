// A long-lived list's items as a Set, built once per list: membership tests against a list of a thousand talks
// cost a look-up, not a scan. Held weakly, so a list's Set goes with it. The lists must not change afterwards.
const sets = new WeakMap<readonly object[], ReadonlySet<object>>();

export function setOf<T extends object>(list: readonly T[]): ReadonlySet<T> {
  let set = sets.get(list);
  if (set === undefined) {
    set = new Set<object>(list);
    sets.set(list, set);
  }
  return set as ReadonlySet<T>;
}
