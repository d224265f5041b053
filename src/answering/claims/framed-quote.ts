// A claim passed on in quotes with a note of where it was seen ("\"…\" - saw this on Twitter", "Forwarded: “…”"):
// the quoted words are the claim; the note says where it came from, not what happened, and its words ("posted",
// "server", "Twitter") are nothing the articles could vouch for.
import { namedCount, uncorrected, type Reading } from '../../matching/reading.js';
import type { Knowledge } from '../types.js';
import { checkClaim, compareAll, type ClaimCheck, type ClaimMatch } from './check.js';

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

/** Chinese characters a word is written in, about: Chinese puts no spaces between words. */
const HAN_PER_WORD = 2;

/** How many words a quote has: its spaced words, and its Chinese characters in words. */
function wordsIn(quote: string): number {
  const han = quote.match(/\p{Script=Han}/gu)?.length ?? 0;
  return quote.replace(/\p{Script=Han}+/gu, ' ').split(/\s+/u).filter(Boolean).length + Math.floor(han / HAN_PER_WORD);
}

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
  if (wordsIn(quote) < MIN_WORDS || (WORDS.test(before) && WORDS.test(after))) return null;
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

/**
 * A quoted claim with a note that names the talks ("\"China praised how Vietnam handled the coronavirus\" - summary of
 * the Quan-Song Tao phone conversation"): checked whole, and where that only relates it, by its quote, which supports
 * it when the sentence the quote rests on agrees with every detail of the whole message (its people, format, date).
 * The note's other words ("summary") say what the message is, nothing the articles could vouch for.
 */
export function checkNoted(k: Knowledge, whole: Reading, quote: Reading, limit: number): ClaimCheck {
  const checked = checkClaim(k, whole, limit);
  if (checked.verdict !== 'related') return checked;
  const alone = checkClaim(k, quote, limit);
  if (alone.verdict !== 'supports') return checked;
  // Of the sentences supporting the quote (one per talk it may hold at), the first the note's details all agree with.
  const scored = compareAll(k, uncorrected(whole)).scored;
  const holds = (m: ClaimMatch) => {
    const same = scored.find((s) => s.comparison.sentence.talk === m.talk && s.comparison.sentence.citation.quote === m.citation.quote);
    return same !== undefined && same.conflicts.length === 0 && same.unknown === 0 && same.comparison.results.length > 0;
  };
  const at = alone.matches.find((m) => m.verdict === 'supports' && holds(m));
  return at ? { ...alone, matches: [at, ...alone.matches.filter((m) => m !== at)] } : checked;
}
