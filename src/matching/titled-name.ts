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
export function titleWordsBesideNames(tokens: readonly Token[], people: readonly Hit<Person>[], sides: readonly Span[], offices: readonly string[]): ReadonlySet<number> {
  const out = new Set<number>();
  if (people.length === 0) return out;
  const words = tokens.map((t) => t.text);
  const sideEnding = (end: number) => sides.find((s) => s.at + s.length === end);
  for (const office of offices) {
    const parts = office.split(' ');
    for (let at = 0; at + parts.length <= words.length; at++) {
      if (!parts.every((w, k) => words[at + k] === w)) continue;
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
