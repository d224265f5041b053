// A how-to the asker asks for himself ("how do I make a good bowl of pho at home?", "how to cook…", "teach me how to
// bake…"): the articles instruct no one, so what it asks to make or do is the subject, which they must name. Its
// other words matching theirs loosely ("good" for goods, "at home" for the situation at home) are no subject of
// theirs: an unknown word after the opener is the thing asked, and lacking it refuses the question.
import type { HowToWords } from '../lexicon/schema.js';
import type { Token } from './tokens.js';

const PREPARED = new WeakMap<HowToWords, { readonly before: ReadonlySet<string>; readonly openers: readonly (readonly string[])[] }>();
/** The lexicon's how-to words as looked up, made once per lexicon rather than for every question. */
function prepared(words: HowToWords): { readonly before: ReadonlySet<string>; readonly openers: readonly (readonly string[])[] } {
  let made = PREPARED.get(words);
  if (!made) {
    made = { before: new Set(words.before), openers: words.openers.map((o) => o.split(' ')) };
    PREPARED.set(words, made);
  }
  return made;
}

/**
 * Where the thing a how-to asks to do starts (the word after its opener: the verb), or -1 when the question is no
 * how-to of the asker's: the opener must open the question, after nothing but `before` words ("please teach me how
 * to…"); "what idea about how to keep in touch…" asks about the articles.
 */
export function howToFrom(tokens: readonly Token[], words: HowToWords): number {
  const { before, openers } = prepared(words);
  for (let at = 0; at < tokens.length; at++) {
    const fits = openers.find((o) => o.every((w, k) => tokens[at + k]?.text === w));
    if (fits) return at + fits.length;
    if (!before.has(tokens[at]?.text ?? '')) return -1;
  }
  return -1;
}
