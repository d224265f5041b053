// "mục tiêu 100 năm lần thứ hai" (the centenary goal, the second time), read word by word as "centenary goal second
// talk": Vietnamese puts the ordinal after the thing it numbers, with a word of times ("lần") the glossary reads as a
// talk. After a thing named, that ordinal is the thing's ("the second centenary goal"), a detail the checker compares
// with the article's ("the first centenary goal": No), not which talk is meant.
import type { ClaimIndex } from './claim-index.js';
import type { CountMention } from './mentions.js';
import type { ClaimToken } from './tokens.js';

/** Content words of the thing numbered, looked for before the ordinal. */
const NOUN_REACH = 3;

/**
 * The ordinal at `at` (its talk word at `next`) as the count of the thing named just before it, or null when no
 * thing stands there: only grammar, a name (`named`), a number or a talk word before it leaves it a talk's ordinal.
 */
export function postposedOrdinal(index: ClaimIndex, tokens: readonly ClaimToken[], at: number, next: number, value: number, free: (i: number) => boolean, named: ReadonlySet<number>): CountMention | null {
  const word = (i: number) => tokens[i]?.word ?? '';
  const noun: string[] = [];
  const nounAt: number[] = [];
  for (let k = at - 1; k >= 0 && noun.length < NOUN_REACH; k--) {
    const w = word(k);
    const content = free(k) && !named.has(k) && tokens[k]?.value === undefined && /^[a-z]/u.test(w) && !index.functionWords.has(w) && !index.talkWords.has(w);
    if (!content) break;
    noun.unshift(index.lemma(w));
    nounAt.unshift(k);
  }
  const start = nounAt[0];
  if (start === undefined) return null;
  return { at: start, end: next + 1, value, ordinal: true, noun, nounAt };
}
