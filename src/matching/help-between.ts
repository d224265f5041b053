// "Who helped whom in each talk?", "Năm 2020 và 2022, bên nào hỗ trợ bên nào?", "两次会谈里各是谁帮了谁？": a verb of helping
// between two slots for a side (or said of two acts) asks what one side did for the other at each talk, not who took part, not the bot's
// help, and not the talks side by side (data/lexicon/en-questions.json `helpBetween`).
import { HELP_BETWEEN } from './cues.js';

/** How many times any of the phrases stands in the words, counted at each word ("who who" is two). */
function hits(words: readonly string[], phrases: readonly string[]): number {
  const split = phrases.map((p) => p.split(' '));
  return words.reduce((n, _, i) => n + split.filter((p) => p.every((w, j) => words[i + j] === w)).length, 0);
}

/** Whether the question's words (English, as read) ask who helped whom. */
export function asksHelpBetween(words: readonly string[]): boolean {
  const helping = words.filter((w) => HELP_BETWEEN.verbs.has(w)).length;
  if (helping === 0) return false;
  // Two acts of helping told apart ("一次是越南帮中国，一次是中国帮越南", once one side helped, once the other) ask the same.
  return helping >= 2 || hits(words, HELP_BETWEEN.reciprocal) > 0 || hits(words, HELP_BETWEEN.slots) >= 2;
}
