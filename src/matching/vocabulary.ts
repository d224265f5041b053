// Everything the matcher recognises, built once from the knowledge base and the lexicon: phrases that name
// talks, people, sides, organisations, topics and documents; the words it knows; typo correction (fuse.js
// finds candidates, an edit-distance bound keeps only near misses so "Trong" never becomes "Trung").
import Fuse from 'fuse.js';
import type { Agreement, KnowledgeBase, Organisation, Person, Talk, Topic } from '../facts/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { ASPECT_CUES, CUES, EXTRA_KNOWN, FUNCTION_WORDS, MONTHS, MONTH_ABBREVIATIONS, ORDINALS, PARTICIPATION_WORDS, SHORT_TYPOS, UNSUPPORTED } from './cues.js';
import { editDistance } from './edit-distance.js';
import { normalizeData as normalize, normalizeDataKeepingCase as normalizeKeepingCase } from './normalize.js';
import type { Lang } from '../languages.js';
import { termsOf } from './terms.js';
import { isWordingKey, wordingKeys } from './native.js';
import { buildEventIndex, type EventIndex } from './events.js';
import { derivedFor, noteDerived } from '../verified-data.js';
import { clippedWord } from './clipped.js';
import { indefiniteTypo } from './indefinite-typo.js';
import { nameOnlyWords, type NameOnlyWords } from './name-only.js';

export interface Phrase<T> {
  /** Normalized words, e.g. "le hoai trung". */
  readonly text: string;
  readonly words: readonly string[];
  /** The words' lemmas, so "heavy rain" finds the keyword "heavy rains". */
  readonly lemmas: readonly string[];
  readonly target: T;
  /** A term of another language (vocabularyFor): its language, and whether it names something precisely. */
  readonly lang?: Exclude<Lang, 'en'>;
  readonly precise?: boolean;
}

/** Phrases by their first word and by its lemma, longest first: one lookup per word of the question. */
export type PhraseIndex<T> = ReadonlyMap<string, readonly Phrase<T>[]>;

export interface Vocabulary {
  readonly lexicon: Lexicon;
  /** Words never taken for something the articles lack: their own words, cue and function words. */
  readonly known: ReadonlySet<string>;
  /** Words of the articles rare enough to pick out statements ("obstacles"): lemmas in at most a few statement quotes. */
  readonly distinctive: ReadonlySet<string>;
  /**
   * Whether a key of the facts' Vietnamese or Chinese wording ("vi:so hoat dong") is as rare in the statements as a
   * distinctive English lemma: the asker's own words, read natively, pick out statements as "obstacles" does.
   */
  readonly distinctiveWording: (key: string) => boolean;
  readonly people: PhraseIndex<Person>;
  /** Full names of two or more words, for names typed with a slip ("song tau"). */
  readonly fullNames: readonly Phrase<Person>[];
  readonly organisations: PhraseIndex<Organisation>;
  /** Words for a party's side as the one speaking ("Beijing", "the Chinese side"). */
  readonly sides: PhraseIndex<Organisation>;
  readonly topics: PhraseIndex<Topic>;
  /** Phrases that name talks: aliases and format words ("phone", "videoconference"), each with every talk it names. */
  readonly talks: PhraseIndex<readonly Talk[]>;
  /** Words that single out agreements ("plan", "scheme"), each with every agreement it names. */
  readonly documents: PhraseIndex<readonly Agreement[]>;
  /** Things the articles mention without explaining or naming them ("the 13th National Congress", "ministries"). */
  readonly unexplained: PhraseIndex<Topic>;
  /**
   * Of those, the ones the articles single out by an ordinal elsewhere ("National Congress" beside "13th National
   * Congress"): "which National Congress?" has its answer, "which legal documents?" (only counted) does not.
   */
  readonly identifiedByOrdinal: ReadonlySet<string>;
  /** Events other than the talks, and the ones the articles mention ("the CPV's 13th National Congress"). */
  readonly events: EventIndex;
  /** Numbers the articles use, as digits ("1500000", "235000", "13", "70"). */
  readonly numbers: ReadonlySet<number>;
  /** Words (and their lemmas) of the matcher's cue phrases: they say what kind of answer is wanted, not about what. */
  readonly cueWords: ReadonlySet<string>;
  /** Words the articles and the data write with a capital (lower-cased): a capitalised question word not among them is a name they lack. */
  readonly capitalised: ReadonlySet<string>;
  /** Words the articles use only inside a name ("song" of Song Tao), each with the other words of its names. */
  readonly nameOnly: NameOnlyWords;
  /** Words of the parts of topics the articles never name ("spratly", "islands"): never the asker's way of saying theirs. */
  readonly unnamedParts: ReadonlySet<string>;
  /** Best correction of an unknown word, or null when nothing is close enough. */
  correct(word: string): string | null;
}

/** Most edits we accept for a word of this length: none below 4 letters, one up to 6, two above. */
export function maxEdits(length: number): number {
  if (length < 4) return 0;
  return length <= 6 ? 1 : 2;
}

/**
 * "kno", "wat", "tht": a grammar or chat word typed with one letter dropped (not its first), too short for fuzzy
 * matching, is that word: chat drops letters, and such a word is never the subject asked. Only a clipping that one
 * word alone gives (when two do, it is not known which) and at least three letters long.
 */
const CLIPPED_FUNCTION_WORDS: ReadonlyMap<string, string> = (() => {
  const from = new Map<string, Set<string>>();
  for (const w of FUNCTION_WORDS) {
    if (w.length !== 4 || !/^\p{L}+$/u.test(w)) continue;
    for (let i = 1; i < w.length; i++) {
      const clipped = w.slice(0, i) + w.slice(i + 1);
      if (FUNCTION_WORDS.has(clipped)) continue;
      from.set(clipped, (from.get(clipped) ?? new Set()).add(w));
    }
  }
  return new Map([...from].flatMap(([clipped, words]) => (words.size === 1 ? [[clipped, [...words][0] ?? '']] : [])));
})();

const CACHE_LIMIT = 10_000;
const DISTINCTIVE_MAX_STATEMENTS = 3;
/** Fewest syllables (vi) or characters (zh) of the facts' own wording that pick statements out as a distinctive word does. */
const DISTINCTIVE_PHRASE = 3;

/** An ordinal word of `claims.ordinals` ("first") or written with digits ("13th"). */
function isOrdinal(word: string, lexicon: Lexicon): boolean {
  return /^\d+(st|nd|rd|th)$/.test(word) || Object.hasOwn(lexicon.claims.ordinals, word);
}

/** Things only mentioned that another mention of the same topic puts an ordinal before ("national congress"). */
function identifiedPhrases(kb: KnowledgeBase, lexicon: Lexicon): ReadonlySet<string> {
  const out = new Set<string>();
  for (const topic of kb.topics.values()) {
    const texts = topic.mentionedOnly.map(normalize);
    for (const text of texts) {
      const [first, ...rest] = text.split(' ');
      if (first !== undefined && rest.length > 0 && isOrdinal(first, lexicon) && texts.includes(rest.join(' '))) out.add(rest.join(' '));
    }
  }
  return out;
}

function phrases<T>(entries: Iterable<[string, T]>, lexicon: Lexicon): Phrase<T>[] {
  const seen = new Set<string>();
  const out: Phrase<T>[] = [];
  for (const [raw, target] of entries) {
    const text = normalize(raw);
    const key = `${text}\u0000${(target as { id?: string }).id ?? ''}`;
    if (!text || seen.has(key)) continue;
    seen.add(key);
    const words = text.split(' ');
    out.push({ text, words, lemmas: words.map((w) => lexicon.lemma(w)), target });
  }
  // Longest first, so "song tao" is taken before "song".
  return out.sort((a, b) => b.words.length - a.words.length || b.text.length - a.text.length);
}

function indexPhrases<T>(list: readonly Phrase<T>[]): PhraseIndex<T> {
  const index = new Map<string, Phrase<T>[]>();
  for (const phrase of list) {
    for (const first of new Set([phrase.words[0] ?? '', phrase.lemmas[0] ?? ''])) {
      const bucket = index.get(first) ?? [];
      bucket.push(phrase);
      index.set(first, bucket);
    }
  }
  return index;
}

/** Pairs grouped by their key, each value once, in order. */
function grouped<T>(pairs: Iterable<readonly [string, T]>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const [key, value] of pairs) {
    const list = out.get(key);
    if (!list) out.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  }
  return out;
}

/** Numbers written in a text, as values: "1.5 million" → 1500000, "235,000" → 235000, "13th" → 13. */
export function numbersIn(text: string): { value: number; text: string }[] {
  const out: { value: number; text: string }[] = [];
  // A short scale ends its word, in any script: "2022 ký" (Vietnamese: signed) holds no "k".
  for (const m of text.matchAll(/(\d+(?:[.,]\d+)*)\s*(million|billion|thousand|(?:mln|bn|k)(?![\p{L}\p{N}]))?/giu)) {
    const digits = m[1] ?? '';
    // "1,500" and "1.500" group thousands; "1.5" is a decimal.
    const grouped = /^\d{1,3}([.,]\d{3})+$/.test(digits);
    const value = grouped ? Number(digits.replace(/[.,]/g, '')) : Number(digits.replace(',', '.'));
    const scale = { million: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, thousand: 1e3, k: 1e3 }[(m[2] ?? '').toLowerCase()] ?? 1;
    if (Number.isFinite(value)) out.push({ value: Math.round(value * scale), text: m[0].trim() });
  }
  return out;
}

/** Whether the words of `short` come in order within `long` ("international issues" in "international and regional issues"). */
function within(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

/**
 * A topic's keywords of several words that shorten a thing it only mentions ("international issues", "regional
 * issues" for "international and regional issues"): "which international issues?" asks inside it as the full phrase does.
 */
function shortenedMentions(topic: Topic): string[] {
  const mentioned = topic.mentionedOnly.map((m) => normalize(m).split(' '));
  return topic.keywords.filter((k) => {
    const words = normalize(k).split(' ');
    return words.length > 1 && !topic.mentionedOnly.includes(k) && mentioned.some((m) => m.length > words.length && within(words, m));
  });
}

/** The vocabulary's word sets: pure functions of the data and the code, each in the order it was built. */
interface WordSets {
  readonly targets: readonly string[];
  readonly known: readonly string[];
  readonly distinctive: readonly string[];
  readonly cueWords: readonly string[];
  readonly capitalised: readonly string[];
  readonly numbers: readonly number[];
}

/** The name the build saves the word sets under (src/verified-data.ts): most of building the vocabulary. */
const WORD_SETS = 'vocabulary-word-sets';

const isStrings = (v: unknown): v is readonly string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Word sets saved by the build for the very files these were loaded from, when they have their shape. */
function savedWordSets(value: unknown): WordSets | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<Record<keyof WordSets, unknown>>;
  const numbers = v.numbers;
  const ok = [v.targets, v.known, v.distinctive, v.cueWords, v.capitalised].every(isStrings) && Array.isArray(numbers) && numbers.every((n) => typeof n === 'number');
  return ok ? (value as WordSets) : null;
}

interface PhraseLists {
  readonly people: readonly Phrase<Person>[];
  readonly organisations: readonly Phrase<Organisation>[];
  readonly sides: readonly Phrase<Organisation>[];
  readonly topics: readonly Phrase<Topic>[];
  readonly talks: readonly Phrase<readonly Talk[]>[];
  readonly documents: readonly Phrase<readonly Agreement[]>[];
}

function wordSets(kb: KnowledgeBase, lexicon: Lexicon, { people, organisations, sides, topics, talks, documents }: PhraseLists): WordSets {
  // Words we correct towards: what the matcher acts on.
  const targets = new Set<string>();
  // Each distinct text once: many facts quote the same sentence, and a thousand talks may share wording.
  const done = new Map<Set<string>, Set<string>>();
  const addWords = (text: string, into: Set<string>) => {
    const seen = done.get(into) ?? new Set<string>();
    done.set(into, seen);
    if (seen.has(text)) return;
    seen.add(text);
    for (const w of normalize(text).split(' ')) if (w) into.add(w);
  };
  for (const list of [people, organisations, sides, topics, talks, documents]) for (const p of list) addWords(p.text, targets);
  for (const cues of [...Object.values(CUES), ...Object.values(ASPECT_CUES)]) for (const c of cues) addWords(c, targets);
  for (const m of MONTHS) targets.add(m);
  for (const w of PARTICIPATION_WORDS) targets.add(w);
  for (const o of Object.keys(ORDINALS)) addWords(o, targets);
  for (const w of ['talks', 'talk', 'meeting', 'conference', 'officials', 'vietnam', 'china', 'vietnamese', 'chinese']) targets.add(w);

  // Words we recognise: targets, function words and every word of the articles and roles.
  const known = new Set<string>([...targets, ...FUNCTION_WORDS, ...EXTRA_KNOWN, ...Object.keys(MONTH_ABBREVIATIONS)]);
  // Unsupported asks are recognised (to refuse them clearly) but never a target for typo correction.
  for (const u of UNSUPPORTED) for (const c of u.cues) addWords(c, known);
  // Currencies the claim checker reads ("euro", "欧元" read as it): a unit of an amount, which the premise check weighs, never a thing the articles lack.
  for (const names of Object.values(lexicon.claims.currencies)) for (const c of names) addWords(c, known);
  for (const a of kb.articles.values()) addWords(a.body, known);
  for (const t of kb.talks) {
    for (const p of t.participants) addWords(p.role, known);
    for (const s of t.statements) addWords(s.text, known);
    for (const a of t.agreements) addWords(a.text, known);
    addWords(t.summary.text, known);
  }
  for (const o of kb.organisations.values()) addWords(o.description, known);

  // Distinctive lemmas: in the statements' quotes, rare there, and not words the matcher already acts on.
  const lemmaSets = new Map<string, ReadonlySet<string>>();
  const lemmaSet = (text: string) => {
    let set = lemmaSets.get(text);
    if (!set) {
      set = new Set(normalize(text).split(' ').map((x) => lexicon.lemma(x)));
      lemmaSets.set(text, set);
    }
    return set;
  };
  const statementFrequency = new Map<string, number>();
  for (const t of kb.talks) {
    for (const s of t.statements) {
      for (const w of lemmaSet(s.quote)) statementFrequency.set(w, (statementFrequency.get(w) ?? 0) + 1);
    }
  }
  const targetLemmas = new Set([...targets].map((w) => lexicon.lemma(w)));
  const distinctive = new Set(
    [...statementFrequency]
      .filter(([w, n]) => n <= DISTINCTIVE_MAX_STATEMENTS && w.length >= 4 && !/^\d+$/.test(w) && !targetLemmas.has(w) && !FUNCTION_WORDS.has(w))
      .map(([w]) => w),
  );

  const cueWords = new Set<string>();
  // Single-word cues ("signed", "thank") and the plain words of longer ones ("took part"), not the articles'
  // words that longer cues happen to use ("cooperation" of "cooperation plan").
  for (const cues of [...Object.values(CUES), ...Object.values(ASPECT_CUES)]) {
    for (const c of cues) {
      const ws = normalize(c).split(' ').filter(Boolean);
      for (const w of ws) if (ws.length === 1 || !lexicon.vocabulary.has(lexicon.lemma(w))) cueWords.add(w).add(lexicon.lemma(w));
    }
  }

  const capitalised = new Set<string>();
  const capitalisedTexts = new Set<string>();
  const capitals = (text: string) => {
    if (capitalisedTexts.has(text)) return;
    capitalisedTexts.add(text);
    for (const w of normalizeKeepingCase(text).split(' ')) if (/^\p{Lu}/u.test(w)) capitalised.add(w.toLowerCase());
  };
  for (const a of kb.articles.values()) capitals(`${a.headline ?? ''} ${a.caption ?? ''} ${a.dateline ?? ''} ${a.body}`);
  for (const list of [people, organisations, sides, topics, talks]) for (const p of list) capitals(p.text);
  for (const p of kb.people.values()) capitals([p.name, p.nativeName ?? '', ...p.aliases].join(' '));
  for (const o of kb.organisations.values()) capitals([o.name, o.acronym ?? '', ...o.aliases, ...o.sides].join(' '));
  for (const t of kb.topics.values()) capitals([t.label, ...t.keywords].join(' '));
  for (const t of kb.talks) capitals([...t.aliases, ...t.format.keywords].join(' '));

  const numbers = new Set<number>();
  for (const body of new Set([...kb.articles.values()].map((a) => a.body))) for (const n of numbersIn(body)) numbers.add(n.value);
  for (const t of kb.talks) for (const f of t.figures) for (const amount of f.amounts) numbers.add(amount.value);

  return {
    targets: [...targets],
    known: [...known],
    distinctive: [...distinctive],
    cueWords: [...cueWords],
    capitalised: [...capitalised],
    numbers: [...numbers],
  };
}

export function buildVocabulary(kb: KnowledgeBase, lexicon: Lexicon): Vocabulary {
  const people = phrases<Person>(
    [...kb.people.values()].flatMap((p) => [p.name, p.nativeName ?? '', ...p.aliases].map((n): [string, Person] => [n, p])),
    lexicon,
  );
  const organisations = phrases<Organisation>(
    [...kb.organisations.values()].flatMap((o) => [o.name, o.acronym ?? '', ...o.aliases].map((n): [string, Organisation] => [n, o])),
    lexicon,
  );
  const sides = phrases<Organisation>([...kb.organisations.values()].flatMap((o) => o.sides.map((n): [string, Organisation] => [n, o])), lexicon);
  const topics = phrases<Topic>([...kb.topics.values()].flatMap((t) => [t.label, ...t.keywords].map((k): [string, Topic] => [k, t])), lexicon);
  // One phrase per wording, naming all its talks: "phone" costs one look-up however many phone talks there are.
  const talks = phrases<readonly Talk[]>(grouped(kb.talks.flatMap((t) => [...t.aliases, ...t.format.keywords].map((k): [string, Talk] => [normalize(k), t]))).entries(), lexicon);
  const unexplained = phrases<Topic>([...kb.topics.values()].flatMap((t) => [...t.mentionedOnly, ...shortenedMentions(t)].map((k): [string, Topic] => [k, t])), lexicon);
  const identifiedByOrdinal = identifiedPhrases(kb, lexicon);
  const documents = phrases<readonly Agreement[]>(
    grouped(kb.talks.flatMap((t) => t.agreements.flatMap((a) => a.keywords.map((k): [string, Agreement] => [normalize(k), a])))).entries(),
    lexicon,
  );

  const saved = savedWordSets(derivedFor(WORD_SETS, [kb, lexicon]));
  const sets = saved ?? wordSets(kb, lexicon, { people, organisations, sides, topics, talks, documents });
  if (!saved) noteDerived(WORD_SETS, [kb, lexicon], sets);
  const targets = new Set(sets.targets);
  const known = new Set(sets.known);
  const distinctive = new Set(sets.distinctive);
  const cueWords = new Set(sets.cueWords);
  const capitalised = new Set(sets.capitalised);
  const numbers = new Set(sets.numbers);

  // One small fuse index per word length keeps each search to a few dozen candidates.
  const byLength = new Map<number, string[]>();
  for (const w of targets) {
    if (w.length < 4 || /\d/.test(w)) continue;
    const list = byLength.get(w.length) ?? [];
    list.push(w);
    byLength.set(w.length, list);
  }
  const fuses = new Map<number, Fuse<string>>();
  const fuseFor = (length: number): Fuse<string> => {
    let fuse = fuses.get(length);
    if (!fuse) {
      const pool = [length - 1, length, length + 1, length + 2].flatMap((l) => byLength.get(l) ?? []);
      fuse = new Fuse(pool, { includeScore: true, threshold: 0.45, isCaseSensitive: true, ignoreLocation: true });
      fuses.set(length, fuse);
    }
    return fuse;
  };

  // A short word one letter off a name is usually another name ("Trong" is not "Trung").
  const nameWords = new Set(people.flatMap((p) => p.text.split(' ')));

  const cache = new Map<string, string | null>();
  const correct = (word: string): string | null => {
    const short = SHORT_TYPOS[word] ?? (word.length < 4 ? CLIPPED_FUNCTION_WORDS.get(word) : undefined);
    if (short) return short;
    const limit = maxEdits(word.length);
    if (limit === 0 || /\d/.test(word)) return null;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    let best: string | null = null;
    let bestDistance = limit + 1;
    for (const { item } of fuseFor(word.length).search(word, { limit: 8 })) {
      const d = editDistance(word, item, limit);
      // Ties go to the candidate fuse ranked first; first letters must agree (typos rarely start a word).
      if (d < bestDistance && item[0] === word[0]) {
        best = item;
        bestDistance = d;
      }
    }
    if (best !== null && nameWords.has(best) && word.length < 6) best = null;
    // No typo of a word the matcher acts on: perhaps its beginning, typed short in chat ("videoconf").
    best ??= clippedWord(word, targets, (w) => lexicon.lemma(w));
    // Nor one it acts on at all: an indefinite typed wrong ("sumthing") is filler, never a word the articles lack.
    best ??= indefiniteTypo(word, lexicon.claims.indefinites ?? [], limit);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, best);
    return best;
  };

  // Per language, built on its first question: in how many statements' wording each key occurs.
  const wordingCounts = new Map<'vi' | 'zh', ReadonlyMap<string, number>>();
  const countsIn = (lang: 'vi' | 'zh') => {
    let counts = wordingCounts.get(lang);
    if (!counts) {
      const m = new Map<string, number>();
      for (const t of kb.talks) for (const s of t.statements) for (const k of new Set(wordingKeys(s.texts[lang], lang, lexicon))) m.set(k, (m.get(k) ?? 0) + 1);
      counts = m;
      wordingCounts.set(lang, counts);
    }
    return counts;
  };
  // A phrase, not a word: three syllables or characters and more ("một số hoạt động"); "chia sẻ" (share) is a verb
  // any statement could use, as general as an English word is.
  const distinctiveWording = (key: string) => {
    if (!isWordingKey(key)) return false;
    const vi = key.startsWith('vi:');
    if ((vi ? key.slice(3).split(' ').length : [...key.slice(3)].length) < DISTINCTIVE_PHRASE) return false;
    const n = countsIn(vi ? 'vi' : 'zh').get(key) ?? 0;
    return n > 0 && n <= DISTINCTIVE_MAX_STATEMENTS;
  };

  const organisationIndex = indexPhrases(organisations);
  const sideIndex = indexPhrases(sides);
  return {
    lexicon,
    known,
    distinctive,
    distinctiveWording,
    people: indexPhrases(people),
    fullNames: people.filter((p) => p.words.length >= 2),
    organisations: organisationIndex,
    sides: sideIndex,
    topics: indexPhrases(topics),
    talks: indexPhrases(talks),
    documents: indexPhrases(documents),
    unexplained: indexPhrases(unexplained),
    identifiedByOrdinal,
    events: buildEventIndex(kb, lexicon, { organisations: organisationIndex, sides: sideIndex }),
    numbers,
    cueWords,
    capitalised,
    nameOnly: nameOnlyWords(kb),
    unnamedParts: new Set([...kb.topics.values()].flatMap((t) => t.unnamedParts.flatMap((p) => normalize(p).split(' ').filter(Boolean)))),
    correct,
  };
}

/**
 * The vocabulary for questions in another language: the same, with the facts' names and terms in that
 * language added to each phrase index (the English ones stay: such questions use "CPV" and "COVID-19" too).
 * A term is one word there, `key(term)`, as the question stage writes it (src/matching/pivot.ts); its
 * text is the term as the data writes it, for answers that quote the question's words.
 */
/**
 * A topic's English keyword that names an organisation ("asean") stands for it in every language: its names in
 * the language ("东盟") are keywords of the topic too, as the English keyword is, whatever the translation listed.
 */
function namedOrganisationTerms(kb: KnowledgeBase, topic: Topic, lang: Exclude<Lang, 'en'>): string[] {
  const keywords = new Set(topic.keywords.map((k) => normalize(k)));
  return [...kb.organisations.values()]
    .filter((o) => [o.name, o.acronym ?? '', ...o.aliases].some((n) => n !== '' && keywords.has(normalize(n))))
    .flatMap((o) => o.terms[lang]);
}

export function vocabularyFor(base: Vocabulary, kb: KnowledgeBase, lang: Exclude<Lang, 'en'>, key: (term: string) => string): Vocabulary {
  // As for English phrases: three words or more, or a capitalised name of two ("Biển Đông"); Chinese, three characters or more.
  const precise = (term: string) => {
    if (lang === 'zh') return [...term.replace(/\s/g, '')].length >= 3;
    const ws = term.split(/\s+/).filter(Boolean);
    return ws.length >= 3 || (ws.length === 2 && ws.every((w) => /^\p{Lu}/u.test(w)));
  };
  const merged = <T>(index: PhraseIndex<T>, extra: Iterable<readonly [string, T]>): PhraseIndex<T> => {
    const out = new Map<string, Phrase<T>[]>([...index].map(([k, list]) => [k, [...list]]));
    const seen = new Set<string>();
    for (const [term, target] of extra) {
      const k = key(term);
      const id = `${k}\u0000${(target as { id?: string }).id ?? ''}`;
      if (!k || seen.has(id)) continue;
      seen.add(id);
      const list = out.get(k) ?? [];
      // Single words: they go after any longer English phrase starting with the same word (none in practice).
      list.push({ text: term, words: [k], lemmas: [k], target, lang, precise: precise(term) });
      out.set(k, list);
    }
    return out;
  };
  const byKey = <T extends { readonly id: string }>(pairs: Iterable<readonly [string, T]>): [string, T[]][] => {
    const out = new Map<string, { term: string; targets: T[] }>();
    for (const [term, target] of pairs) {
      const k = key(term);
      const entry = out.get(k) ?? { term, targets: [] };
      if (!entry.targets.includes(target)) entry.targets.push(target);
      out.set(k, entry);
    }
    return [...out.values()].map((e) => [e.term, e.targets]);
  };
  const talks = byKey(kb.talks.flatMap((t) => t.terms[lang].map((k): [string, Talk] => [k, t])));
  const documents = byKey(kb.talks.flatMap((t) => t.agreements.flatMap((a) => a.terms[lang].map((k): [string, Agreement] => [k, a]))));
  // Terms are known words (never "absent"); those the data writes with a capital are names ("VN", "Biển Đông").
  const capitalised = new Set(base.capitalised);
  const known = new Set(base.known);
  for (const term of new Set(termsOf(kb, lang))) {
    known.add(key(term));
    if (/^\p{Lu}/u.test(term)) capitalised.add(key(term));
  }
  const people = merged(base.people, [...kb.people.values()].flatMap((p) => p.terms[lang].map((n): [string, Person] => [n, p])));
  return {
    ...base,
    known,
    capitalised,
    people,
    organisations: merged(base.organisations, [...kb.organisations.values()].flatMap((o) => o.terms[lang].map((n): [string, Organisation] => [n, o]))),
    sides: merged(base.sides, [...kb.organisations.values()].flatMap((o) => o.sideTerms[lang].map((n): [string, Organisation] => [n, o]))),
    topics: merged(base.topics, [...kb.topics.values()].flatMap((t) => [...t.terms[lang], ...namedOrganisationTerms(kb, t, lang)].map((k): [string, Topic] => [k, t]))),
    talks: merged(base.talks, talks),
    documents: merged(base.documents, documents),
    unexplained: merged(base.unexplained, [...kb.topics.values()].flatMap((t) => t.mentionedOnlyTerms[lang].map((k): [string, Topic] => [k, t]))),
  };
}
