// The thing a question asks for by name that who a person is does not give. "What was his title then?", "which party
// body did he lead?": his post and body are who he is. "What specific incidents was he referring to?": incidents are
// not, and his name and post answer nothing asked.
import type { Lang } from '../languages.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { CUES, FUNCTION_WORDS } from './cues.js';
import { focusPhrase } from './focus-phrase.js';

/** The noun asked for that is no word of a person's identity, or null (none asked, or one his identity gives). */
export type ThingAsked = (words: readonly string[], lang: Lang) => string | null;

export function thingAskedReader(lexicon: Lexicon): ThingAsked {
  const f = lexicon.focus;
  const askers = new Set(f.askers);
  const qualifiers = new Set(f.qualifiers);
  const ends = new Set(f.ends);
  // The words of a person's identity, as a role claimed of him is read (read.ts), of his rank or body, and of his name.
  const identity = new Set(
    [...lexicon.roles.identity, ...lexicon.roles.offices, ...lexicon.claims.titles, ...lexicon.claims.ranks, ...lexicon.claims.bodies, ...CUES.roleNoun, ...f.ranks, ...f.naming, ...f.identify]
      .flatMap((p) => p.split(' ')),
  );
  // "What else…", "what other…": asking for the rest names no thing.
  const besides = new Set(lexicon.besides.words);
  return (words, lang) => {
    // Read in English words: Vietnamese and Chinese pivot words keep no English order to find the phrase by.
    if (lang !== 'en') return null;
    const noun = focusPhrase(words, askers, qualifiers, ends).at(-1);
    if (noun === undefined || FUNCTION_WORDS.has(noun) || besides.has(noun)) return null;
    return identity.has(noun) || identity.has(lexicon.lemma(noun)) ? null : noun;
  };
}
