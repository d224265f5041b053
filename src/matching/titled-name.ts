// "What did Chinese Foreign Minister Song Tao announce?": an office typed with capitals right beside a participant's
// name is a title given him, as "foreign minister Song Tao" is: a premise the role check puts right, not a name the
// articles lack. Its words are read as if typed in lower case; the office itself comes from the lexicon's list.
import type { Person } from '../facts/types.js';
import type { Hit } from './entities.js';
import type { Token } from './tokens.js';

/** Words a title may stand apart from the name by ("Song Tao, China's Foreign Minister"): a side's name between. */
type Span = { readonly at: number; readonly length: number };

/**
 * The indices of an office's words (of `offices`, lower-case phrases) that stand right before a person named, or
 * right after him (a side's words may come between: "Song Tao, China's Foreign Minister"), and are typed with a capital.
 */
/** Each list of offices split into words and gathered by first word, once: every question with a name is scanned for them. */
const byFirstWord = new WeakMap<readonly string[], ReadonlyMap<string, readonly (readonly string[])[]>>();

function officesByFirst(offices: readonly string[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  let map = byFirstWord.get(offices);
  if (!map) {
    const built = new Map<string, (readonly string[])[]>();
    for (const office of offices) {
      const parts = office.split(' ');
      const list = built.get(parts[0] ?? '');
      if (list) list.push(parts);
      else built.set(parts[0] ?? '', [parts]);
    }
    map = built;
    byFirstWord.set(offices, map);
  }
  return map;
}

export function titleWordsBesideNames(tokens: readonly Token[], people: readonly Hit<Person>[], sides: readonly Span[], offices: readonly string[]): ReadonlySet<number> {
  const out = new Set<number>();
  if (people.length === 0) return out;
  const words = tokens.map((t) => t.text);
  const sideEnding = (end: number) => sides.find((s) => s.at + s.length === end);
  const byFirst = officesByFirst(offices);
  // Only the offices whose first word stands at a place can start there.
  for (let at = 0; at < words.length; at++) {
    for (const parts of byFirst.get(words[at] ?? '') ?? []) {
      if (at + parts.length > words.length || !parts.every((w, k) => words[at + k] === w)) continue;
      const end = at + parts.length;
      if (!tokens.slice(at, end).some((t) => /^\p{Lu}/u.test(t.cased))) continue;
      const before = people.some((p) => p.at === end);
      const side = sideEnding(at);
      const after = people.some((p) => p.at + p.length === at || (side !== undefined && p.at + p.length === side.at));
      if (before || after) for (let k = at; k < end; k++) out.add(k);
    }
  }
  return out;
}
