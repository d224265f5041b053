// How an article sentence refers to things: by name, or only vaguely. "A number of bilateral exchanges through the
// Party channel could not be held" reports exchanges without saying which; "flexible forms of exchanges such as
// phone talks" goes on to name them. Coverage (coverage.ts) reads this to refuse "which exchanges exactly…?"
// when the evidence names none. The words are data (data/lexicon/en.json `focus`, `claims.notCounted`).
import type { Lexicon } from '../lexicon/lexicon.js';
import { MONTHS, STOP_WORDS } from '../matching/cues.js';

/** A plural noun phrase of a sentence: "a number of bilateral exchanges through the Party channel". */
export interface Reference {
  /** The noun it is about, lower case ("exchanges"), and its lemma. */
  readonly head: string;
  readonly lemma: string;
  /** The phrase as the sentence words it, from its quantifier or first modifier to the end of its complements. */
  readonly phrase: string;
  /** Its words' lemmas, for what a question shares with it. */
  readonly lemmas: ReadonlySet<string>;
  /** Counted or quantified ("three legal documents", "some obstacles"): it says how many, not which. */
  readonly quantified: boolean;
  /** Followed by what names it ("such as phone talks", "including those between localities"). */
  readonly named: boolean;
}

export interface SentenceReferences {
  readonly references: readonly Reference[];
  /** The sentence lists things somewhere ("such as", "including", a colon). */
  readonly enumerates: boolean;
  /** The lemmas of each instance it singles out ("especially the complicated developments at sea"), up to the clause's end. */
  readonly instances: readonly (readonly string[])[];
  /** The sentence gives a place: a locative before a place noun or a capitalised name ("at the border areas"). */
  readonly place: boolean;
}

const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[,:;()]/gu;
/** Words that cannot be a noun phrase's modifier: articles, pronouns, conjunctions, auxiliaries. */
const NOT_MODIFIERS = STOP_WORDS;
/** Words that carry a noun phrase on ("exchanges through the Party channel", "documents on land border management"). */
const COMPLEMENTS = new Set(['of', 'on', 'in', 'at', 'through', 'between', 'along', 'for', 'from', 'over', 'across', 'within', 'among', 'worth', 'the', 'a', 'an', 'their', 'its']);
/** Most modifiers before a head, most words after it. */
const MAX_MODIFIERS = 3;
const MAX_COMPLEMENT = 10;

export type ReferenceReader = (sentence: string) => SentenceReferences;

export function referenceReader(lexicon: Lexicon): ReferenceReader {
  const f = lexicon.focus;
  const stops = new Set([...f.ends, ...f.askers, ...NOT_MODIFIERS]);
  const numbers = new Set(Object.keys(lexicon.claims.numbers).filter((w) => !w.includes(' ')));
  const participants = new Set(lexicon.claims.notCounted);
  const vague = f.vague.map((p) => p.split(' '));
  const enumerators = f.enumerators.map((p) => p.split(' '));
  const instancers = new Set(f.instancers);
  const locatives = new Set(lexicon.claims.locatives);
  const placeNouns = new Set([...lexicon.claims.localNouns, ...Object.values(lexicon.claims.areas).flat()]);
  const months = new Set<string>(MONTHS);
  const cache = new Map<string, SentenceReferences>();

  const startsWith = (lower: readonly string[], at: number, phrases: readonly string[][]) => phrases.some((p) => p.every((w, i) => lower[at + i] === w));
  /** A quantifier ending just before `at` ("a number of", "some", "three"); not a year, an ordinal or "the two". */
  const quantifierBefore = (lower: readonly string[], at: number) =>
    vague.some((p) => p.every((w, i) => lower[at - p.length + i] === w)) ||
    numbers.has(lower[at - 1] ?? '') && lower[at - 2] !== 'the' ||
    /^\d+$/.test(lower[at - 1] ?? '') && !/^(19|20)\d\d$/.test(lower[at - 1] ?? '');

  const read = (sentence: string): SentenceReferences => {
    const tokens = sentence.match(TOKEN) ?? [];
    const lower = tokens.map((t) => t.toLowerCase());
    const word = (i: number) => /^[a-z]+$/.test(lower[i] ?? '');
    const references: Reference[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const w = lower[i] ?? '';
      // A lower-case plural noun: its lemma drops the plural ending. Capitalised words are names.
      if (tokens[i] !== w || !word(i) || w.length < 4 || !w.endsWith('s') || stops.has(w) || participants.has(w)) continue;
      const lemma = lexicon.lemma(w);
      if (lemma === w) continue;
      // Its modifiers: "bilateral", "flexible and creative"; a participle only after an article ("the complicated
      // developments"), else it is the verb before the phrase ("proposed practical measures").
      const modifier = (at: number) => word(at) && !stops.has(lower[at] ?? '') && !numbers.has(lower[at] ?? '') && !vague.some((p) => p.length === 1 && p[0] === lower[at]) &&
        (!(lower[at] ?? '').endsWith('ed') || NOT_MODIFIERS.has(lower[at - 1] ?? ''));
      let start = i;
      while (start > 0 && i - start < MAX_MODIFIERS) {
        if (modifier(start - 1)) start--;
        else if (lower[start - 1] === 'and' && start < i && modifier(start - 2)) start -= 2;
        else break;
      }
      // "forms of exchanges": inside another noun phrase, unless "of" ends a quantifier ("a number of").
      const quantified = quantifierBefore(lower, start);
      if (lower[start - 1] === 'of' && !quantified) continue;
      let end = i + 1;
      // Its complements: prepositions, names, figures, and the words after a first one ("on land border management").
      while (end < tokens.length && end - i <= MAX_COMPLEMENT) {
        const next = lower[end] ?? '';
        const more = COMPLEMENTS.has(next) || /^\p{Lu}/u.test(tokens[end] ?? '') || /^[\d.,-]*\d$/.test(next) || next === '(' || next === ')' ||
          (next === 'and' && /^\p{Lu}/u.test(tokens[end + 1] ?? '')) || (end > i + 1 && word(end) && !stops.has(next) && !startsWith(lower, end, enumerators));
        if (!more) break;
        end++;
      }
      const after = lower[end] === ',' ? end + 1 : end;
      const named = startsWith(lower, after, enumerators) || lower[after] === ':';
      const from = quantified ? start - (vague.find((p) => p.every((x, k) => lower[start - p.length + k] === x))?.length ?? 1) : start;
      const span = tokens.slice(from, end);
      references.push({
        head: w,
        lemma,
        phrase: span.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')'),
        lemmas: new Set(span.map((t) => lexicon.lemma(t.toLowerCase()))),
        quantified,
        named,
      });
    }
    const enumerates = lower.some((_, i) => startsWith(lower, i, enumerators)) || lower.includes(':');
    const instances = lower.flatMap((w, i) => {
      if (!instancers.has(w)) return [];
      const end = lower.findIndex((x, j) => j > i && /^[,:;()]$/.test(x));
      return [lower.slice(i + 1, end < 0 ? lower.length : end).filter((x) => /^[a-z]+$/.test(x) && !stops.has(x)).map((x) => lexicon.lemma(x))];
    });
    const place = lower.some((w, i) => {
      if (!locatives.has(w)) return false;
      const at = lower[i + 1] === 'the' ? i + 2 : i + 1;
      const next = lower[at] ?? '';
      return placeNouns.has(next) || placeNouns.has(`${next} ${lower[at + 1] ?? ''}`) || (/^\p{Lu}/u.test(tokens[at] ?? '') && !months.has(next) && !/\d/.test(next));
    });
    return { references, enumerates, instances, place };
  };

  return (sentence) => {
    let r = cache.get(sentence);
    if (!r) {
      r = read(sentence);
      if (cache.size < 10_000) cache.set(sentence, r);
    }
    return r;
  };
}
