// English lemmas without a model: WordNet's "morphy" approach. Irregular forms come from a table; regular
// ones lose a suffix only when what is left is a word we know, so "supplies" → "supply" but "bus" stays "bus".

export interface LemmaSource {
  /** Irregular form → lemma ("went" → "go"). */
  readonly irregular: { get(word: string): string | undefined };
  /** Whether a word is a known base form. */
  readonly isBase: (word: string) => boolean;
}

/** Suffix rules, tried in order: [suffix, replacement]. Mirrors WordNet's morphy, plus doubled consonants. */
const RULES: readonly (readonly [string, string])[] = [
  ['ies', 'y'],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ied', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['s', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['ier', 'y'],
  ['iest', 'y'],
  ['er', 'e'],
  ['er', ''],
  ['est', 'e'],
  ['est', ''],
];

const DOUBLED = /([bdfgklmnprtvz])\1(ed|ing)$/;

/** The lemma of a lower-case word, or the word itself when no rule leads to a known base. */
export function lemmatize(word: string, source: LemmaSource): string {
  const irregular = source.irregular.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length < 4) return word;
  // A past participle is the verb even where it is also an adjective of its own ("signed", "agreed").
  if (word.endsWith('ed')) {
    const verb = stem(word, source, RULES.filter(([suffix]) => suffix === 'ed' || suffix === 'ied'));
    if (verb) return verb;
  }
  if (source.isBase(word)) return word;
  return stem(word, source, RULES) ?? word;
}

function stem(word: string, source: LemmaSource, rules: readonly (readonly [string, string])[]): string | null {
  const doubled = DOUBLED.exec(word);
  if (doubled) {
    const base = word.slice(0, word.length - (doubled[2]?.length ?? 0) - 1);
    if (source.isBase(base)) return base;
  }
  for (const [suffix, replacement] of rules) {
    if (word.length - suffix.length < 2 || !word.endsWith(suffix)) continue;
    const candidate = word.slice(0, word.length - suffix.length) + replacement;
    if (source.isBase(candidate)) return candidate;
  }
  return null;
}
