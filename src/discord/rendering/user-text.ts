// Text shown on Discord as typed rather than as markdown: a user's question echoed in a title, an excerpt of their
// message, an answer's plain text (which may echo their words) in a description. discord.js's escapeMarkdown with
// every option on escapes emphasis, code, spoilers, headings and lists; what it leaves alone is escaped here:
// block quotes and subtext ("> ", ">>> ", "-# " at a line's start), every masked link of a line (it escapes the
// first), and emphasis characters it skips (in runs such as "*******", or inside URLs). (Mentions cannot ping:
// every message disables them.)
import { escapeMarkdown } from 'discord.js';
import { DiscordLimits } from '../limits.js';
import { truncate } from './truncate.js';

/** "> quote", ">>> quote" and "-# small print" at the start of a line (after up to three spaces). */
const LINE_MARKUP = /^( {0,3})(>{1,3} |-# )/gm;
/** The "[" of a masked link "[text](url)": escaping it shows the brackets and the URL as typed. */
const MASKED_LINK = /\[(?=[^[\]\n]*\]\()/g;

/** An emphasis, code or spoiler character after an even number of backslashes: not escaped yet. */
const UNESCAPED = /(?<!\\)((?:\\\\)*)([*_~|`])/g;

/**
 * Text with nothing any escape below would change: none of the characters they act on, and no "1." list number at
 * a line's start. Most questions are such text; the library's dozen regular expressions are then skipped.
 */
const MARKDOWN_CHARACTER = /[\\`*_~|#>[-]/;
const NUMBERED_LINE = /^ *\d+\./m;

/** `text` with every markdown construct escaped; lines are kept. */
export function shownAsTyped(text: string): string {
  if (!MARKDOWN_CHARACTER.test(text) && !NUMBERED_LINE.test(text)) return text;
  // Backslashes are escaped first (by the library), so every later "\" escapes exactly the character after it.
  // Each of the library's escapes acts on characters of its own, and the ones before it add only backslashes: an
  // escape whose characters the text lacks would change nothing, so it is not run (its regular expressions are the
  // cost of rendering an answer).
  const has = (c: string) => text.includes(c);
  const star = has('*');
  const underscore = has('_');
  const backtick = has('`');
  const escaped = escapeMarkdown(text, {
    escape: has('\\'),
    inlineCode: backtick,
    codeBlock: backtick,
    italic: star || underscore,
    bold: star,
    underline: underscore,
    strikethrough: has('~'),
    spoiler: has('|'),
    heading: has('#'),
    bulletedList: star || has('-'),
    numberedList: NUMBERED_LINE.test(text),
    maskedLink: false,
  });
  // The same holds for the three escapes below: escaping only adds backslashes, so what they act on is in the
  // escaped text only if it is in `text` (every answer has "[n]" markers, so this path is the usual one).
  let shown = escaped;
  if (star || underscore || backtick || has('~') || has('|')) shown = shown.replace(UNESCAPED, '$1\\$2');
  if (has('>') || has('-#')) shown = shown.replace(LINE_MARKUP, '$1\\$2');
  if (has('](')) shown = shown.replace(MASKED_LINK, '\\[');
  return shown;
}

/** Escaped text cut to `max` like truncate(), never leaving a cut escape: a lone "\" would escape the "…". */
export function cutEscaped(text: string, max: number): string {
  return truncate(text, max).replace(/\\+…$/u, (m) => ((m.length - 1) % 2 === 1 ? m.slice(1) : m));
}

/** A user's text as an embed title: one line, shown as typed, well-formed, within the title limit. */
export function userTitle(text: string, max: number = DiscordLimits.embedTitle): string {
  return cutEscaped(shownAsTyped(text.replace(/\s+/gu, ' ').trim()), max);
}
