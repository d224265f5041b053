// A message the reader could not make out at all, told apart before any stage reads it: reading costs the same per
// character whatever the characters are, and a long run of noise read through every stage (and re-read by the
// answer's checks) blocks the bot for tens of milliseconds. Such a message is refused as unreadable at once.
//
// Two signs, each of characters no reading stage uses:
// - garbage no person types: private-use and unassigned code points, and combining marks standing on nothing or
//   stacked beyond the two a Vietnamese letter takes (control characters and lone surrogates are no sign: a broken
//   client's NUL or half an emoji between the words of a question separates them, as normalize() reads it);
// - letters of scripts none of the bot's languages is written in (Hangul, Cyrillic, Arabic…).
// Whitespace, punctuation, symbols and emoji are neither sign nor reading, and count for nothing.

/** Fewest garbage characters that make a message noise: a stray one or two may come with a paste. */
const GARBAGE_FLOOR = 3;
/** Garbage among the counted characters (letters, digits, garbage) that makes a message noise: one in fifty. */
const GARBAGE_SHARE = 0.02;
/** Marks one letter takes as typed decomposed: Vietnamese "ệ" is e, a circumflex and a dot below. */
const MARKS_PER_LETTER = 2;

const READ_LETTER = /[\p{Script=Latin}\p{Script=Han}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const MARK = /\p{M}/u;
// Variation selectors and the zero-width joiner are parts of emoji: neutral, and no base of their own.
const EMOJI_PART = /\p{Variation_Selector}|\u200D/u;
const GARBAGE = /[\p{Co}\p{Cn}]/u;
// Whitespace, control characters and lone surrogates separate words: a mark after one stands on nothing.
const SEPARATOR = /[\s\p{Cc}\p{Cs}]/u;

/** Whether a message (already cut to what is read) is noise the reader cannot make out: refused as unreadable. */
export function illegible(text: string): boolean {
  let read = 0;
  let foreign = 0;
  let garbage = 0;
  // Marks on the current base; -1 when there is no base to bear one (start, whitespace, garbage).
  let marks = -1;
  for (const c of text) {
    if (EMOJI_PART.test(c)) continue;
    if (MARK.test(c)) {
      if (marks < 0 || marks >= MARKS_PER_LETTER) garbage++;
      else marks++;
      continue;
    }
    if (LETTER.test(c)) {
      if (READ_LETTER.test(c)) read++;
      else foreign++;
      marks = 0;
    } else if (DIGIT.test(c)) {
      read++;
      marks = 0;
    } else if (GARBAGE.test(c)) {
      garbage++;
      marks = -1;
    } else marks = SEPARATOR.test(c) ? -1 : 0;
  }
  const counted = read + foreign + garbage;
  if (garbage >= GARBAGE_FLOOR && garbage >= counted * GARBAGE_SHARE) return true;
  // Mostly letters of scripts no language of the bot's is written in ("무엇을 논의했나요?").
  return foreign + garbage >= GARBAGE_FLOOR && foreign + garbage > read;
}
