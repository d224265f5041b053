// Small pieces of English shared by every answer: dates, lists, names.
import type { Person, Talk } from '../facts/types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2020-07-29" → "29 July 2020". */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day ?? ''} ${MONTHS[(month ?? 1) - 1] ?? ''} ${year ?? ''}`;
}

/** "a", "a and b", "a, b and c". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

export function names(people: readonly Person[]): string {
  return listing(people.map((p) => p.name));
}

/** "the phone talks of 29 July 2020". */
export function talkLabel(talk: Talk): string {
  return `the ${talk.format.label} of ${longDate(talk.date)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function countWord(n: number): string {
  return ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n] ?? String(n);
}

/** "both" for two talks, "all 3" for more: never "both" when there are three. */
export function allOf(n: number): string {
  return n === 2 ? 'both' : `all ${countWord(n)}`;
}

/** "Neither talk" / "None of the 3 talks". */
export function noneOf(n: number): string {
  return n === 2 ? 'Neither talk' : n === 1 ? 'The talk' : `None of the ${countWord(n)} talks`;
}

/** A listing that names at most `max` items and counts the rest ("a, b, c and 7 more"). */
export function cappedListing(items: readonly string[], max: number): string {
  if (items.length <= max) return listing(items);
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** "the phone talks of 29 July 2020" for each talk, newest first, at most `max` of them. */
export function talkLabels(talks: readonly Talk[], max = 5): string {
  return cappedListing([...talks].reverse().map(talkLabel), max);
}
