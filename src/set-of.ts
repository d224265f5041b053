// A long-lived list's items as a Set, built once per list: membership tests against a list of a thousand talks
// cost a look-up, not a scan; a lexicon's word list read on every question is not copied into a new Set each time.
// Held weakly, so a list's Set goes with it. The lists must not change afterwards.
const sets = new WeakMap<readonly unknown[], ReadonlySet<unknown>>();

export function setOf<T>(list: readonly T[]): ReadonlySet<T> {
  let set = sets.get(list);
  if (set === undefined) {
    set = new Set<unknown>(list);
    sets.set(list, set);
  }
  return set as ReadonlySet<T>;
}
