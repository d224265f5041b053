// Chinese is typed by sound (pinyin input): the commonest slip is a word's sound typed with other characters
// ("户照" for "护照", "宋滔" for "宋涛"). A word jieba made up from characters its dictionary lacks is read as the one
// known word that sounds the same, tones aside; never when two known words do, or it names nothing known.
import type { ChineseWord } from '../lexicon/chinese.js';

export interface Homophones {
  /** The one known word of the same length each of whose characters can be read as the typed one's; null when none or several, or the typed word is known. */
  of(typed: string): string | null;
}

/**
 * `targets`: the words a slip may be read as (the facts' names and terms, the glossary's); `known`: words that are
 * words as typed, never read as another (CC-CEDICT's too: "通稿" is a press release, not "通告" mistyped);
 * `sounds`: a character's toneless readings (all of them).
 */
export function homophones(targets: Iterable<string>, known: Iterable<string>, sounds: (c: string) => readonly string[]): Homophones {
  // By length and a reading of the first character: the few words a typed one may sound like.
  const index = new Map<string, Set<string>>();
  const aimed = new Set(targets);
  const words = new Set([...aimed, ...known]);
  for (const word of aimed) {
    const chars = [...word];
    if (chars.length < 2 || !chars.every((c) => /\p{Script=Han}/u.test(c))) continue;
    for (const s of sounds(chars[0] ?? '')) {
      const key = `${chars.length} ${s}`;
      index.set(key, (index.get(key) ?? new Set<string>()).add(word));
    }
  }
  const alike = (a: string, b: string) => {
    const [x, y] = [[...a], [...b]];
    return x.length === y.length && x.every((c, i) => c === y[i] || sounds(c).some((s) => sounds(y[i] ?? '').includes(s)));
  };
  return {
    of: (typed) => {
      const chars = [...typed];
      // A word known as typed is that word, however many others sound like it ("抗疫" is not "抗议").
      if (chars.length < 2 || words.has(typed)) return null;
      const found = new Set<string>();
      for (const s of sounds(chars[0] ?? '')) for (const w of index.get(`${chars.length} ${s}`) ?? []) if (w !== typed && alike(typed, w)) found.add(w);
      const [only] = found;
      return found.size === 1 && only !== undefined ? only : null;
    },
  };
}

/**
 * The text with each word jieba made up (`made`) that `mistyped` allows replaced by its one homophone: the same
 * length, so what is found where stays where it was.
 */
export function withHomophones(text: string, words: readonly ChineseWord[], mistyped: (w: ChineseWord) => boolean, of: (typed: string) => string | null): string {
  let out = '';
  let at = 0;
  for (const w of words) {
    const found = text.indexOf(w.word, at);
    if (found < 0) continue;
    const fix = w.made === true && mistyped(w) ? of(w.word) : null;
    out += text.slice(at, found) + (fix !== null && fix.length === w.word.length ? fix : w.word);
    at = found + w.word.length;
  }
  return out + text.slice(at);
}

/**
 * "黄平军" (for 黄平君): jieba tags the part of a name it knows ("黄平", a name) and cuts the slip off ("军"). A name it
 * tags, with the one character after it, that sounds like one known word of that length is that word mistyped:
 * the text with it put right (the same length). `named` says which of jieba's words are names; null when none is so.
 */
export function nameWithSlip(text: string, words: readonly ChineseWord[], named: (w: ChineseWord) => boolean, of: (typed: string) => string | null): string | null {
  let at = 0;
  for (const [k, w] of words.entries()) {
    const found = text.indexOf(w.word, at);
    if (found < 0) continue;
    at = found + w.word.length;
    const next = text.charAt(at);
    if (!named(w) || !/\p{Script=Han}/u.test(next) || words[k + 1]?.word.startsWith(next) !== true) continue;
    const fix = of(w.word + next);
    if (fix !== null && fix.length === w.word.length + 1) return text.slice(0, found) + fix + text.slice(at + 1);
  }
  return null;
}
