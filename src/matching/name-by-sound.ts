// "黎怀中" for 黎怀忠: a known Chinese name typed by its sound (pinyin input) with another character for one of its given
// name's, wherever jieba cuts it ("黎|怀中", bosom; "跟黎|怀中"). A run of the text as long as a name of three characters
// or more, opening with the name's own family name, each other character sounding as the name's does (tones aside), is
// that name; never when two names fit it. Two-character names are left to homophones.ts, which reads a word jieba made
// up: a family name and one character that sounds alike is too loose a match across a whole text.
import { escapeRegExp } from './normalize.js';

/** Fewest characters of a name found this way. */
const MIN_NAME = 3;

/**
 * The text with each run that sounds like one known name put right. `names`: the people's Chinese names; `sounds`: a
 * character's toneless readings.
 */
export function namesBySound(names: readonly string[], sounds: (c: string) => readonly string[]): (text: string) => string {
  const long = [...new Set(names)].filter((n) => [...n].length >= MIN_NAME && /^\p{Script=Han}+$/u.test(n));
  const families = new Set(long.map((n) => [...n][0] ?? ''));
  const opener = families.size === 0 ? null : new RegExp(`[${[...families].map(escapeRegExp).join('')}]`, 'gu');
  const alike = (a: string, b: string) => a === b || sounds(a).some((s) => sounds(b).includes(s));
  return (text) => {
    if (opener === null) return text;
    let out = text;
    for (const m of text.matchAll(opener)) {
      const at = m.index;
      const fits = long.filter((n) => {
        const typed = [...text.slice(at, at + n.length)];
        const name = [...n];
        return typed.length === name.length && typed.join('') !== n && typed[0] === name[0] && name.every((c, i) => alike(typed[i] ?? '', c));
      });
      const [only] = fits;
      if (fits.length === 1 && only !== undefined) out = out.slice(0, at) + only + out.slice(at + only.length);
    }
    return out;
  };
}
