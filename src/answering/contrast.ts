// A question set against a fact it has just stated of another talk ("In 2020 Vietnam consoled China over its floods.
// Did any material help go the other way by 2022?", "In 2020 Vietnam offered China sympathy; what did it offer in
// 2022 instead?"): the stated fact is the other side of the contrast, so its talk bears on the answer as well.
import { escapeRegExp } from '../matching/normalize.js';
import { twoClauses } from './clauses.js';

/** Ends of a sentence: Latin ones before a space ("1.5" is no end), Chinese ones wherever they stand. */
const SENTENCE_END = /(?<=[.!?])\s+|(?<=[。！？])\s*/u;
/** A statement ends with no question mark. */
const ASKED = /[?？]\s*$/u;

/** A word of contrast as a pattern over words, made once: every question is tried for one. */
const contrastPatterns = new Map<string, RegExp>();
function contrastPattern(contrast: string): RegExp {
  let pattern = contrastPatterns.get(contrast);
  if (pattern === undefined) {
    pattern = new RegExp(`(?<=\\s)${escapeRegExp(contrast)}(?=\\s)`, 'u');
    contrastPatterns.set(contrast, pattern);
  }
  return pattern;
}

/**
 * The statement and the question after it, when the question sets itself against the statement by a word of contrast
 * (`contrasts`, matched on the question's English words, as the glossaries give them); null otherwise. The statement
 * is the sentence or clause just before the question (a semicolon or a joining word ends a clause too).
 */
export function contrastParts(text: string, joiners: readonly string[], contrasts: readonly string[], englishOf: (part: string) => string): readonly [string, string] | null {
  if (contrasts.length === 0) return null;
  const sentences = text.trim().split(SENTENCE_END).filter((s) => s.trim() !== '');
  const pair = twoClauses(text, joiners) ?? (sentences.length >= 2 ? ([sentences.at(-2) ?? '', sentences.at(-1) ?? ''] as const) : null);
  if (!pair || ASKED.test(pair[0])) return null;
  const words = ` ${englishOf(pair[1])} `;
  return contrasts.some((c) => contrastPattern(c).test(words)) ? pair : null;
}
