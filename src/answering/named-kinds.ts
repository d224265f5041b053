// "Which Vietnamese and Chinese ministries took part in the exchanges?": a "which"/"what" asking for particular
// institutions or places (the lexicon's `focus.namedKinds`: ministries, localities, border gates) is answered only by
// names. Evidence that uses the very word as a bare plural ("exchanges between ministries, sectors …") reports that
// there were some, never which: answering with it is confidently wrong, so coverage refuses it, quoting the phrase.
// An instance singled out ("localities, especially those along the shared border") or a list ("including …") answers.
import type { Lexicon } from '../lexicon/lexicon.js';
import { normalizeData as normalize } from '../matching/normalize.js';
import type { ReferenceReader } from './references.js';

/** Modifiers joined before the head ("vietnamese and chinese ministries"). */
const JOINERS: ReadonlySet<string> = new Set(['and', 'or']);
/** Most words of the phrase asked. */
const MAX_WORDS = 5;

export type NamedKindCheck = (words: readonly string[], quotes: readonly string[]) => string | null;

/**
 * The check, or one that finds nothing when the lexicon lists no such kinds. It returns the evidence's phrase for the
 * things asked (to quote in the refusal) when the question asks which of them and the evidence never names them.
 */
export function namedKindCheck(lexicon: Lexicon, references: ReferenceReader): NamedKindCheck {
  const f = lexicon.focus;
  const kinds = new Set((f.namedKinds ?? []).map((w) => lexicon.lemma(w)));
  if (kinds.size === 0) return () => null;
  const askers = new Set(f.askers);
  const qualifiers = new Set(f.qualifiers);
  const ends = new Set(f.ends);
  const followers = [...f.instancers, ...f.enumerators].map((p) => normalize(p));

  /** The plural noun a "which"/"what" phrase asks for, when it is one of the kinds; else null. */
  const asked = (words: readonly string[]): string | null => {
    const at = words.findIndex((w) => askers.has(w));
    if (at < 0) return null;
    const phrase: string[] = [];
    for (let i = at + 1; i < words.length && phrase.length < MAX_WORDS; i++) {
      const w = words[i] ?? '';
      if (phrase.length === 0 && qualifiers.has(w)) continue;
      if (!/^[a-z]+$/u.test(w)) break;
      // "vietnamese and chinese ministries": a joiner between modifiers, not the end of the phrase.
      if (JOINERS.has(w) && phrase.length > 0 && /^[a-z]+$/u.test(words[i + 1] ?? '') && !ends.has(words[i + 1] ?? '')) continue;
      if (ends.has(w)) break;
      phrase.push(w);
    }
    // The phrase may run on into its verb ("which ministries took part"): the first of the kinds in it is the head.
    // Particulars are asked in the plural ("which ministries"); "which ministry" may mean the one a sentence names.
    const head = phrase.find((w) => lexicon.lemma(w) !== w && kinds.has(lexicon.lemma(w)));
    return head === undefined ? null : lexicon.lemma(head);
  };

  return (words, quotes) => {
    const lemma = asked(words);
    if (lemma === null) return null;
    const same = quotes.flatMap((q) => references(q).references.filter((r) => r.lemma === lemma).map((r) => ({ r, q: ` ${normalize(q)} ` })));
    // Not a word of the evidence: other checks (the asker's own word for a subject) weigh it.
    if (same.length === 0) return null;
    // Named, listed or singled out after it anywhere in the evidence: that answers which.
    const answered = same.some(({ r, q }) => r.named || followers.some((p) => q.includes(` ${r.head} ${p} `)));
    if (answered) return null;
    // Quoted the fullest way the evidence words it: "exchanges between ministries" rather than "ministries".
    const phrases = quotes.flatMap((q) => references(q).references.filter((r) => r.lemmas.has(lemma)).map((r) => r.phrase));
    return phrases.reduce((a, b) => (b.length > a.length ? b : a), same[0]?.r.phrase ?? '');
  };
}
