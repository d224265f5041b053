// Which named place a question asks for ("at which border gate was the congestion?", "tỉnh nào", "哪些省份"): a place
// of a kind whose particulars are names. Evidence that speaks only of a kind of place ("at the border areas") or of
// none answers no such question; answering with it would be confidently wrong. A sentence names a place of a kind
// when a capitalised name stands beside the kind's noun ("Lang Son province", "the city of Nanning"). The words are
// data: en.json `focus.placeKinds`, and the glossaries' `focus.namedPlaces` (a "which" word and the kinds' nouns).
import type { Lexicon } from '../lexicon/lexicon.js';
import { FUNCTION_WORDS } from '../matching/cues.js';
import { focusPhrase } from '../matching/focus-phrase.js';
import { escapeRegExp } from '../matching/normalize.js';
import type { Reading } from '../matching/reading.js';

export interface NamedPlaceCheck {
  /** Whether the question asks which place, of a kind whose particulars are names. */
  readonly asked: (reading: Reading) => boolean;
  /** Whether a quoted sentence names a place of such a kind. */
  readonly named: (quote: string) => boolean;
}

export function namedPlaceCheck(lexicon: Lexicon): NamedPlaceCheck {
  const f = lexicon.focus;
  const kinds = new Set((f.placeKinds ?? []).map((w) => lexicon.lemma(w)));
  const askers = new Set(f.askers);
  const qualifiers = new Set(f.qualifiers);
  const ends = new Set(f.ends);
  const alt = [...(f.placeKinds ?? [])].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const name = String.raw`\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*`;
  // The name before the noun ("Huu Nghi border gate") or after "of" ("the province of Lang Son"); a capitalised word of
  // grammar ("The city") is no name.
  const naming = alt ? new RegExp(String.raw`(${name})\s+(?:border\s+)?(?:${alt})\b|\b(?:${alt})\s+of\s+(${name})`, 'gu') : null;
  const native = new Map(Object.entries(lexicon.glossaries).flatMap(([lang, g]) => {
    const p = g.focus?.namedPlaces;
    if (!p) return [];
    const which = p.which.map(escapeRegExp).join('|');
    const nouns = [...p.kinds].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    // "哪个口岸", "哪些省份" (the "which" word first) or "tỉnh nào", "cửa khẩu nào" (after the noun).
    return [[lang, new RegExp(`(?:${which})\\s*(?:${nouns})|(?:${nouns})\\s*(?:${which})(?![\\p{L}])`, 'u')] as const];
  }));
  return {
    asked: (reading) => {
      if (kinds.size === 0) return false;
      if (reading.lang !== 'en') return native.get(reading.lang)?.test(reading.said.text.toLowerCase()) ?? false;
      const words = reading.said.words;
      return focusPhrase(words, askers, qualifiers, ends).some((w) => kinds.has(lexicon.lemma(w)));
    },
    named: (quote) => naming !== null && [...quote.matchAll(naming)].some((m) => !FUNCTION_WORDS.has((m[1] ?? m[2] ?? '').split(/\s+/u)[0]?.toLowerCase() ?? '')),
  };
}
