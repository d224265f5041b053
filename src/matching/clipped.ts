// "videoconf" for "videoconference", "coop" in chat: a word clipped at its end is read as the article word it begins.

/** Shorter than this, a beginning fits too many words to stand for one ("conf", "intl"). */
const MIN_CLIPPED = 5;
/** A clipped word leaves off at least this much; one letter off is a typo for the fuzzy correction to judge. */
const MIN_LEFT_OFF = 2;

/**
 * The one word of `words` that `typed` begins, or null: none, or several that are not one word in other forms
 * ("negotiat" begins "negotiation" and "negotiations", one lemma; "commun" begins "community" and "communist", two).
 */
export function clippedWord(typed: string, words: Iterable<string>, lemma: (w: string) => string): string | null {
  if (typed.length < MIN_CLIPPED || !/^\p{L}+$/u.test(typed)) return null;
  const fits: string[] = [];
  for (const w of words) if (w.length - typed.length >= MIN_LEFT_OFF && w.startsWith(typed)) fits.push(w);
  if (fits.length === 0 || new Set(fits.map(lemma)).size > 1) return null;
  return fits.reduce((a, b) => (b.length < a.length ? b : a));
}
