// Asked of people named, the ones across the table from them: "did Song Tao talk with two different people?",
// "ông Tống Đào 2 lần nói chuyện với 2 người khác nhau à?", "宋涛两次是跟不同的人会谈的吗？", "was his counterpart the same?".
// The sameness asked is of those he met, not of him: his own post at each talk would answer another question (and
// lead with the wrong Yes or No).
import type { Person, Talk } from '../facts/types.js';
import { COUNTERPART_ASKED, PERSON_ASKED } from '../matching/cues.js';
import type { Reading } from '../matching/reading.js';

/** How many words after a link ("with") a noun of a person may stand and still be the one met ("with two different people"). */
const LINK_REACH = 3;

/** Whether the question names a counterpart outright ("counterpart", "opposite number"): a noun of a person too. */
export function counterpartNamed(words: readonly string[]): boolean {
  const text = ` ${words.join(' ')} `;
  return [...COUNTERPART_ASKED.nouns].some((n) => text.includes(` ${n} `));
}

/**
 * Whether a question naming people asks after the people they met: a counterpart named, or a noun of a person after a
 * link ("with … people", "to the same person"). The people named must all be of one side, so that "the others" are
 * one side's too.
 */
export function counterpartsAsked(reading: Reading, talks: readonly Talk[]): boolean {
  if (reading.people.length === 0) return false;
  const parties = new Set(talks.flatMap((t) => t.participants.filter((p) => reading.people.includes(p.person)).map((p) => p.party)));
  if (parties.size !== 1) return false;
  const { words } = reading.said;
  if (counterpartNamed(words)) return true;
  return words.some((w, i) => COUNTERPART_ASKED.links.has(w) && words.slice(i + 1, i + 1 + LINK_REACH).some((x) => PERSON_ASKED.has(x)));
}

/** The people across the table from those named, at the talks they took part in, in the talks' order. */
export function counterpartsOf(people: readonly Person[], talks: readonly Talk[]): Person[] {
  const at = talks.filter((t) => t.participants.some((p) => people.includes(p.person)));
  const own = new Set(at.flatMap((t) => t.participants.filter((p) => people.includes(p.person)).map((p) => p.party)));
  return [...new Set(at.flatMap((t) => t.participants.filter((p) => !own.has(p.party)).map((p) => p.person)))];
}
