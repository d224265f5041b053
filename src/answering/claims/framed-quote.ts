// A claim passed on in quotes with a note of where it was seen ("\"…\" - saw this on Twitter", "Forwarded: “…”"):
// the quoted words are the claim; the note says where it came from, not what happened, and its words ("posted",
// "server", "Twitter") are nothing the articles could vouch for.
import { namedCount, type Reading } from '../../matching/reading.js';

export interface FramedQuote {
  /** The words in quotes: the claim. */
  readonly quote: string;
  /** The rest of the message, before or after them. */
  readonly frame: string;
}

/** A quote shorter than this is a phrase of the claim ("called it \"a milestone\""), not the claim. */
const MIN_WORDS = 4;
const QUOTE = /["“]([^"“”]+)["”]/gu;
const WORDS = /[\p{L}\p{N}]/u;

/**
 * The one quote a message opens or closes with, and its note on the other side; null when there is none, more
 * than one, a short one, one inside the message's own words ("Trung said \"…\" to Song Tao") or nothing beside it.
 */
export function framedQuote(text: string): FramedQuote | null {
  const quotes = [...text.matchAll(QUOTE)];
  const only = quotes[0];
  if (quotes.length !== 1 || only === undefined) return null;
  const quote = (only[1] ?? '').trim();
  const before = text.slice(0, only.index);
  const after = text.slice(only.index + only[0].length);
  if (quote.split(/\s+/u).length < MIN_WORDS || (WORDS.test(before) && WORDS.test(after))) return null;
  const frame = `${before} ${after}`.trim();
  return WORDS.test(frame) ? { quote, frame } : null;
}

/**
 * Whether a note beside a quote says nothing of the talks: no person, body, topic, document, format or talk, no
 * amount or count. A country may name where the note's source is ("from a VN news channel").
 */
export function framesNothing(frame: Reading): boolean {
  return namedCount(frame) === frame.sides.length && frame.scope.talks === null && !frame.aspects.amount && !frame.aspects.count;
}
