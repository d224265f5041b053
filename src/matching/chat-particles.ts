// Chinese words of grammar that jieba finds but the glossary does not read whole, which would otherwise be named as
// what the articles lack:
// - a particle jieba's dictionary tags as one ("不是的话是谁": 的话, if so; "罢了", "似的"): the glossary reads its
//   first character alone ("的") and leaves the rest ("话") as a thing asked about;
// - a sentence-final particle typed as a character of the same sound, as chat does ("线上开的还是线下的鸭": 呀);
// - a modal run into the verb after it where jieba made a word up from the two ("干嘛要谢越南": 要|谢).
import type { ChineseWord } from '../lexicon/chinese.js';

/** jieba's tags of particles, interjections and auxiliary words: grammar, never a subject. */
const PARTICLE_TAGS = /^(?:u[a-z]?|y|e)$/u;

/** Whether jieba tags the word a particle (its dictionary's "的话", "罢了"; "的", "了"). */
export function isParticle(w: ChineseWord): boolean {
  return PARTICLE_TAGS.test(w.tag);
}

/**
 * The toneless readings of the glossary's dropped one-character words that jieba tags as particles ("呀" ya, "吧" ba,
 * "嘛" ma): what a character typed for its sound at a clause's end may stand for.
 */
export function particleSounds(dropped: readonly string[], tagOf: (c: string) => string, sounds: (c: string) => readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const c of dropped) if ([...c].length === 1 && PARTICLE_TAGS.test(tagOf(c))) for (const s of sounds(c)) out.add(s);
  return out;
}

/**
 * "线下的鸭": one character jieba cut alone at the end of a clause, after grammar (a particle, a pronoun or question
 * word, an adverb), that sounds like a sentence-final particle is that particle typed by its sound. After a noun or verb
 * ("姓马") it stays a word.
 */
export function isFinalParticle(w: ChineseWord, before: ChineseWord | undefined, after: string, sounds: readonly string[], particles: ReadonlySet<string>): boolean {
  if ([...w.word].length !== 1 || !/^\p{Script=Han}$/u.test(w.word)) return false;
  if (/^[\p{L}\p{N}]/u.test(after)) return false;
  if (!before || !/^(?:u[a-z]?|y|e|r|d)$/u.test(before.tag)) return false;
  return sounds.some((s) => particles.has(s));
}

/**
 * `words` with each word jieba made up that opens with a modal (the glossary's `auxiliaries`: "要谢") split into the
 * modal and the rest, where the dictionary reads the rest as a word of its own ("谢": thank). The rest takes the tag
 * jieba gives it alone, so that the modal is read before a verb as the glossary gives it.
 */
export function splitMadeModals(words: readonly ChineseWord[], modals: readonly string[], reads: (word: string) => boolean, tagOf: (word: string) => string): ChineseWord[] {
  const longestFirst = [...modals].sort((a, b) => b.length - a.length);
  return words.flatMap((w) => {
    if (w.made !== true) return [w];
    const modal = longestFirst.find((m) => w.word.length > m.length && w.word.startsWith(m) && reads(w.word.slice(m.length)));
    if (modal === undefined) return [w];
    const rest = w.word.slice(modal.length);
    return [
      { word: modal, tag: 'v' },
      { word: rest, tag: tagOf(rest) },
    ];
  });
}
