// A full name typed with a whole part wrong: "was the official Hoang Van Quan?" names someone else, not Hoang Binh
// Quan. The reading finds him by the part it knows ("Quan"), so the typed name is checked part by part against his:
// the first and last parts as his, a middle part that is another syllable (not a slip within it, "Bihn", "Binh" for
// "Bình") makes it another person's name, and a yes/no asking it is answered No, with his name.
import type { Person } from '../facts/types.js';
import { editDistance } from '../matching/edit-distance.js';
import type { Reading } from '../matching/reading.js';

/** A part folded as compared: lower case, without diacritics ("Bình" as "binh", "Đ" as "d"). */
const fold = (w: string): string =>
  w
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

/** A slip within a part: one edit in a short part, two in a long one. */
const slipOf = (typed: string, part: string): boolean => editDistance(typed, part, 2) <= (part.length >= 6 ? 2 : 1);

/** The name of `person` as typed with a middle part that is another syllable, or null when every part is his. */
function misnamedIn(words: readonly string[], names: readonly string[]): string | null {
  let wrong: string | null = null;
  for (const name of names) {
    const parts = name.split(/\s+/u).map(fold);
    if (parts.length < 3) continue;
    const first = parts[0] ?? '';
    const last = parts[parts.length - 1] ?? '';
    for (let i = 0; i + parts.length <= words.length; i++) {
      const typed = words.slice(i, i + parts.length).map(fold);
      if (typed[0] !== first || typed[typed.length - 1] !== last) continue;
      const middle = typed.slice(1, -1);
      // His name as typed anywhere, slips and all, settles it: he is the one named.
      if (middle.every((w, k) => slipOf(w, parts[k + 1] ?? ''))) return null;
      if (middle.every((w) => /^\p{L}+$/u.test(w))) wrong ??= words.slice(i, i + parts.length).join(' ');
    }
  }
  return wrong;
}

/** Title case for a name typed in lower case ("hoang van quan" as "Hoang Van Quan"). */
const titled = (name: string): string => name.replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, c: string) => `${space}${c.toUpperCase()}`);

/** The one person asked, when the question types his full name with a middle part of another name: his name and that typed. */
export function misnamedPerson(reading: Reading): { readonly person: Person; readonly typed: string } | null {
  const [person, ...others] = reading.people;
  if (!person || others.length > 0) return null;
  const words = reading.said.words.slice(reading.said.askFrom ?? 0);
  const typed = misnamedIn(words, [person.name, ...(person.nativeName ? [person.nativeName] : []), ...person.terms[reading.lang]]);
  return typed === null ? null : { person, typed: titled(typed) };
}
