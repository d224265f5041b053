import type { Talk } from '../facts/types.js';
import type { Constraint } from './scope.js';

/**
 * How many of a question's identifying details point at each talk alone: a detail any talk fits, or none, or one
 * a word any talk could be called by ("call"), identifies nothing. A year and a month are one date, one detail (the
 * when of a talk, however finely given); a subject reported at one talk alone (what was signed, a gift) is one more.
 * A wrong detail is put right only when the talk the others point at outnumbers it: one against one (a person of
 * one talk, the format of the other) leaves no talk clear.
 */
export function tallyDetails(constraints: readonly Constraint[], subject: Talk | null = null): ReadonlyMap<Talk, number> {
  const tally = new Map<Talk, number>();
  const add = (t: Talk) => tally.set(t, (tally.get(t) ?? 0) + 1);
  const dated = new Set<Talk>();
  for (const c of constraints) {
    if (c.generic === true || c.talks.length !== 1) continue;
    const [talk] = c.talks;
    if (!talk) continue;
    if (c.kind === 'year' || c.kind === 'month') {
      if (dated.has(talk)) continue;
      dated.add(talk);
    }
    add(talk);
  }
  if (subject) add(subject);
  return tally;
}

/** Whether `talk` has more of the question's identifying details than every talk named by `against`. */
export function outnumbers(tally: ReadonlyMap<Talk, number>, talk: Talk, against: readonly Constraint[]): boolean {
  const own = tally.get(talk) ?? 0;
  const rivals = new Set(against.flatMap((c) => c.talks).filter((t) => t !== talk));
  return [...rivals].every((t) => (tally.get(t) ?? 0) < own);
}
