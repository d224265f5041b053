// "What was in the package exactly... masks? vaccines?": question marks closing only a word or two each, none asking,
// after a question of their own, are guesses offered to it: the question before them is what is asked. Read as the
// asking part, a guess the articles never use would be "put right" by a word of another subject ("vaccine
// passports"): a near miss answered as a premise. Only two or more make a list of guesses: one short closing question
// ("in person?", "money??") is a detail asked of the question before it, checked or refused as before.
import { normalize } from './normalize.js';

/** Fewest guesses that make a list of them. */
const MIN_GUESSES = 2;
/** Most words of a guess. */
const MAX_GUESS_WORDS = 2;
/** Words that make a short question one of its own ("when?", "and 2020?", "really?"). */
const ASKING: ReadonlySet<string> = new Set(['what', 'whats', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'and', 'or', 'both', 'each', 'yes', 'no', 'really', 'true', 'right', 'sure', 'ok', 'okay']);

const isGuess = (sentence: string): boolean => {
  const words = normalize(sentence).split(' ').filter(Boolean);
  return /[?]\s*$/u.test(sentence) && words.length > 0 && words.length <= MAX_GUESS_WORDS && !words.some((w) => ASKING.has(w) || /\d/u.test(w));
};

/** An English message without the guesses closing it, or null when none close it or nothing stands before them. */
export function withoutGuesses(text: string): string | null {
  const sentences = text.split(/(?<=[.!?])\s+(?=\S)/u).filter((x) => x.trim() !== '');
  let end = sentences.length;
  while (end > 0 && isGuess(sentences[end - 1] ?? '')) end--;
  return sentences.length - end < MIN_GUESSES || end === 0 ? null : sentences.slice(0, end).join(' ');
}
