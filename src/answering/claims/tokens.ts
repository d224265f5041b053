// The words of a claim or of an article sentence as the claim checker reads them: folded like the rest of
// the matcher (lower case, no diacritics, "didn't" → "didnt"), but with numbers kept whole ("1.5",
// "235,000", "12th", "20k"), since numbers are what a claim most often gets wrong.

export interface ClaimToken {
  /** Folded word, or the number as typed without separators ("1.5", "235000"). */
  readonly word: string;
  /** Where the token starts in the text. */
  readonly at: number;
  /** A number's value ("20k" → 20000, "12th" → 12). */
  readonly value?: number;
  /** "12th", "3rd". */
  readonly ordinal?: boolean;
  /** Written with a thousands or decimal separator or a scale letter ("1.5", "235,000", "20k"): an amount, never a year. */
  readonly formatted?: boolean;
  /** Glued to a word before it ("COVID-19", "G20"): part of a name, not a number of anything. */
  readonly suffix?: boolean;
}

// A currency symbol is a word of its own ("¥1.5m": the yuan), as "$" is.
const TOKEN = /[$¥₫]|(\d+(?:[.,]\d+)*)(st|nd|rd|th|k|m|bn)?(?![\p{L}\d])|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/giu;
const SCALE: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, bn: 1e9 };

/** "235,000" → 235000, "1.5" → 1.5, "1.500.000" → 1500000 (separators of thousands are groups of three). */
export function numberValue(digits: string): number {
  const groups = digits.split(/[.,]/);
  if (groups.length === 1) return Number(digits);
  const thousands = groups.slice(1).every((g) => g.length === 3) && (groups.length > 2 || digits.includes(','));
  if (thousands) return Number(groups.join(''));
  // One separator before fewer or more than three digits is a decimal point ("1.5", "1,5").
  return groups.length === 2 ? Number(`${groups[0]}.${groups[1]}`) : Number.NaN;
}

/** Currency symbols read as their currency's word, as "$" is read as dollars (compare.ts): "¥1.5m" is 1.5 million yuan. */
const SYMBOLS: Readonly<Record<string, string>> = { '¥': 'yuan', '₫': 'dong' };

function fold(word: string): string {
  const symbol = SYMBOLS[word];
  if (symbol !== undefined) return symbol;
  if (/^[A-Za-z]+$/.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/['’](s)$/u, '')
    .replace(/['’]/gu, '');
}

/** The tokens of a text, at most `max`. */
export function claimTokens(text: string, max = 200): ClaimToken[] {
  const out: ClaimToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (out.length >= max) break;
    const at = m.index;
    const digits = m[1];
    if (digits === undefined) {
      const word = fold(m[0]);
      if (word) out.push({ word, at });
      continue;
    }
    const tail = m[2]?.toLowerCase();
    const before = text.slice(Math.max(0, at - 2), at);
    const suffix = /\p{L}-?$/u.test(before);
    const base = numberValue(digits);
    if (!Number.isFinite(base)) continue;
    const scale = tail ? SCALE[tail] : undefined;
    const ordinal = tail === 'st' || tail === 'nd' || tail === 'rd' || tail === 'th';
    out.push({
      word: String(scale ? base * scale : base),
      at,
      value: scale ? base * scale : base,
      ...(ordinal ? { ordinal } : {}),
      ...(scale !== undefined || /[.,]/.test(digits) ? { formatted: true } : {}),
      ...(suffix ? { suffix } : {}),
    });
  }
  return out;
}

/** A year as claims write them (1900-2099, no separators). */
export function isYear(t: ClaimToken): boolean {
  return t.value !== undefined && !t.formatted && !t.ordinal && Number.isInteger(t.value) && t.value >= 1900 && t.value <= 2099;
}

/**
 * British spellings as American ones, so that a claim and a sentence spelt the two ways stem alike ("recognise" and
 * "recognize", "neighbour" and "neighbor"). Applied to both sides, a word wrongly changed ("promise") changes alike.
 */
export const americanSpelling = (word: string): string =>
  word.length < 6 ? word : word.replace(/is(e|es|ed|ing|ation|ations)$/u, 'iz$1').replace(/our(s|ed|ing|able|ably|ite|ites|hood|liness|ly)?$/u, 'or$1');
