// Turns free text into comparable lower-case ASCII-ish words: no diacritics, no punctuation,
// no invisible characters, so "Lê Hoài Trung", "le hoai trung" and "LE  HOAI-TRUNG" all match.
import { derivedFor, noteDerived } from '../verified-data.js';

/** Longest question we read; the rest is ignored so every answer takes bounded time. */
export const MAX_QUESTION_CHARS = 500;

// Zero-width characters, bidi controls, BOM and soft hyphen vanish ("wh\u200Bo" is "who");
// C0/C1 controls (tabs, newlines, NUL) separate words. Matching control characters is the point here.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

/** Printable ASCII but the backtick: no invisible or control characters, nothing to decompose or unify. */
const PLAIN_ASCII = /^[\x20-\x5F\x61-\x7E]*$/;

/** A text as a regular expression matching it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The words of any text as typed, capitals kept, everything else as normalize() does it: the two give the
 * same words in the same places, so a reader can still see which words were capitalised (names).
 */

export function normalizeKeepingCase(text: string): string {
  // Most texts (the articles, English questions) are plain ASCII: skip the Unicode steps, same result.
  const ascii = PLAIN_ASCII.test(text);
  const unicode = ascii
    ? text
    : text
        .replace(INVISIBLE, '')
        .replace(CONTROL, ' ')
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D')
        .replace(/[’‘`´]/g, "'");
  let out = unicode;
  // Each step only when its sign is there: most texts have no apostrophe and no percent sign.
  if (out.includes("'")) {
    out = out
      // "who's" is "who is"; any other "'s" is a possessive and goes.
      .replace(/\b(who|what|where|when|how|it|that|there|here)'s\b/gi, '$1 is')
      .replace(/'s\b/gi, '')
      // "don't" → "dont": other apostrophes join their word rather than split it.
      .replace(/(\p{L})'(\p{L})/gu, '$1$2');
  }
  // "17%" is "17 percent": the sign is a word a question asks by (a share of an amount is arithmetic).
  if (out.includes('%') || out.includes('％')) out = out.replace(/(\p{N})\s*[%％]/gu, '$1 percent ');
  // In plain ASCII (the steps above add only ASCII) a letter or a digit is [A-Za-z0-9]: the same split without
  // Unicode property look-ups.
  return (ascii ? out.replace(/[^A-Za-z0-9]+/g, ' ') : out.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
}

/** Normalizes any text; questions are cut to MAX_QUESTION_CHARS by the caller. */
export function normalize(text: string): string {
  return normalizeKeepingCase(text).toLowerCase();
}

export function words(text: string): string[] {
  const n = normalize(text);
  return n ? n.split(' ') : [];
}

// The data's texts are normalized by several indexes at start-up (known words, capitals, statement lemmas):
// each text once. Only for data, never for questions, so the cache stays the size of the data.
const dataCache = new Map<string, string>();
const dataCasedCache = new Map<string, string>();
const DATA_CACHE_LIMIT = 50_000;

function cached(cache: Map<string, string>, text: string, f: (t: string) => string): string {
  let out = cache.get(text);
  if (out === undefined) {
    out = f(text);
    if (cache.size < DATA_CACHE_LIMIT) cache.set(text, out);
  }
  return out;
}

/** What normalizeData() and normalizeDataKeepingCase() have worked out so far, text → result. */
export interface DataNormalizations {
  readonly plain: readonly (readonly [string, string])[];
  readonly cased: readonly (readonly [string, string])[];
}

export function dataNormalizations(): DataNormalizations {
  return { plain: [...dataCache], cased: [...dataCasedCache] };
}

/** Results worked out before by this same code (dataNormalizations), taken as they are (src/console/warm.ts). */
export function knownDataNormalizations(known: DataNormalizations): void {
  for (const [text, out] of known.plain) if (dataCache.size < DATA_CACHE_LIMIT) dataCache.set(text, out);
  for (const [text, out] of known.cased) if (dataCasedCache.size < DATA_CACHE_LIMIT) dataCasedCache.set(text, out);
}

/** Under this name the build saves the data's normalizations (saveDataNormalizations), for a start on the same data. */
const NORMALIZED = 'data-normalizations';

const isPairs = (value: unknown): value is readonly (readonly [string, string])[] =>
  Array.isArray(value) && value.every((p: unknown) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string');

/**
 * Starts the data's normalizations from the build's when `kb` was loaded from the very files the build loaded
 * (src/verified-data.ts): the same texts through the same code, so the same results, without the work.
 */
export function useSavedDataNormalizations(kb: object): void {
  const saved = derivedFor(NORMALIZED, [kb]);
  if (typeof saved !== 'object' || saved === null) return;
  const { plain, cased } = saved as Partial<Record<keyof DataNormalizations, unknown>>;
  if (isPairs(plain) && isPairs(cased)) knownDataNormalizations({ plain, cased });
}

/** Notes the data's normalizations worked out so far, for the manifest the build records. */
export function saveDataNormalizations(kb: object): void {
  noteDerived(NORMALIZED, [kb], dataNormalizations());
}

/** normalize() for texts of the knowledge base, computed once per text. */
export function normalizeData(text: string): string {
  return cached(dataCache, text, normalize);
}

/** normalizeKeepingCase() for texts of the knowledge base, computed once per text. */
export function normalizeDataKeepingCase(text: string): string {
  return cached(dataCasedCache, text, normalizeKeepingCase);
}

const wordCache = new Map<string, string>();
const WORD_CACHE_LIMIT = 20_000;

/**
 * normalize() of one word of a question, memoised: questions repeat their words, and the Unicode steps are
 * the costly part of reading a Vietnamese one. Plain ASCII letters and digits only need lower case.
 */
export function foldWord(word: string): string {
  if (/^[A-Za-z0-9]*$/.test(word)) return word.toLowerCase();
  let folded = wordCache.get(word);
  if (folded === undefined) {
    folded = normalize(word);
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, folded);
  }
  return folded;
}

// Vietnamese writes a tone on "oa", "oe", "uy" ending a syllable in two styles: on the first vowel ("hóa",
// "khỏe", "thủy"; the facts' wording) or on the second ("hoá", "khoẻ", "thuỷ"). Either is typed, so both read
// as the first. "qu" is a consonant: "quý" keeps its tone where it is.
const TONED_SECOND: Readonly<Record<string, string>> = {
  á: 'a', à: 'a', ả: 'a', ã: 'a', ạ: 'a', é: 'e', è: 'e', ẻ: 'e', ẽ: 'e', ẹ: 'e', ý: 'y', ỳ: 'y', ỷ: 'y', ỹ: 'y', ỵ: 'y',
};
const TONE_OF: Readonly<Record<string, string>> = {
  á: '\u0301', à: '\u0300', ả: '\u0309', ã: '\u0303', ạ: '\u0323', é: '\u0301', è: '\u0300', ẻ: '\u0309', ẽ: '\u0303', ẹ: '\u0323',
  ý: '\u0301', ỳ: '\u0300', ỷ: '\u0309', ỹ: '\u0303', ỵ: '\u0323',
};
const SECOND_STYLE = /(?<![qQ])([oO][áàảãạéèẻẽẹ]|[uU][ýỳỷỹỵ])(?!\p{L}|\p{M})/gu;
const SECOND_STYLE_UPPER = /(?<![qQ])([oO][ÁÀẢÃẠÉÈẺẼẸ]|[uU][ÝỲỶỸỴ])(?!\p{L}|\p{M})/gu;

/** Vietnamese text (NFC) with its tones on "oa", "oe", "uy" placed as the facts write them ("hoá" → "hóa"). */
export function viTones(text: string): string {
  if (!/[áàảãạéèẻẽẹýỳỷỹỵÁÀẢÃẠÉÈẺẼẸÝỲỶỸỴ]/u.test(text)) return text;
  const move = (pair: string) => {
    const first = pair.charAt(0);
    const toned = pair.charAt(1);
    const lower = toned.toLowerCase();
    const bare = TONED_SECOND[lower] ?? lower;
    const tone = TONE_OF[lower] ?? '';
    return `${(first + tone).normalize('NFC')}${toned === lower ? bare : bare.toUpperCase()}`;
  };
  return text.normalize('NFC').replace(SECOND_STYLE, move).replace(SECOND_STYLE_UPPER, move);
}
