// Stage 4: the words no entity covers. Each is an article concept (directly, or through a synonym or
// related word), a word that carries no subject (grammar, chat, the frame of the question, a general verb,
// adjective or adverb), or something the question asks about that the articles lack ("climate").
import { BEFORE_VERB, CHAT_WORDS, EXTRA_KNOWN, FRAME_WORDS, FUNCTION_WORDS, HELP_BETWEEN, MEETING_VERBS, SPEECH_ACTS, STOP_WORDS, TALK_NOUNS, YES_NO_OPENERS } from './cues.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { PHRASE_SLOT } from '../lexicon/build.js';
import type { Concept } from './reading.js';
import type { Token } from './tokens.js';
import { numbersIn, type Vocabulary } from './vocabulary.js';
import { normalize } from './normalize.js';
import { setOf } from '../set-of.js';
import { howToFrom } from './how-to.js';
import { rankedBySuperlative } from './best-of.js';
import { namelessIn, typedWords } from './name-only.js';

const NO_WORDS: readonly string[] = [];

/** A related word this strong means the question uses an article's concept; weaker ones only help ranking. */
export const COVERING_WEIGHT = 0.6;
/** Numbers up to this are counts or days, not amounts to look up. */
const SMALL_NUMBER = 31;

const POSSESSIVE = new Set(['my', 'our', 'your', 'his', 'her', 'their']);
/** What is left of "multi-year" or "co-operation" once the hyphen goes: no word of its own. */
const PREFIXES = new Set(['multi', 'non', 'pre', 'post', 'anti', 'co', 'inter', 'sub', 'semi', 'mid', 'cross', 'pro', 're', 'self']);
/** Digits, and ordinals such as "29th" or "70th". */
const NUMBER = /^\d+(st|nd|rd|th)?$/;
const OBJECT_PRONOUNS = new Set(['me', 'us', 'you', 'u', 'him', 'her', 'them']);
/** A frame word the articles also use ("issues", "give") counts for ranking, but little. */
const FRAME_WEIGHT = 0.3;

/** A name the articles lack ("Xi"), an amount they never give, a thing counted or offered as a choice ("how many masks",
 * "masks or ventilators"), a word of an office or body beside its title ("head of the Propaganda Department",
 * "Trưởng ban Tuyên giáo": a role claimed, which the claim checker puts right), or another word. */
/** `beside`: next to a thing the asker calls by another name than the articles' ("South China Sea arbitration"). */
/** 'ranked': the thing a superlative picks out ("the best pho"), asked whatever else the question asks (best-of.ts). */
export type AbsentKind = 'name' | 'amount' | 'counted' | 'ranked' | 'role' | 'word' | 'beside';

export interface WordReading {
  readonly concepts: readonly Concept[];
  /** What the question names that nothing in the articles covers, as typed ("climate change", "500,000"). */
  readonly absent: readonly string[];
  /** For each of `absent`: a name the articles lack ("Xi"), an amount they never give, or a word nothing covers. */
  readonly absentKinds: readonly AbsentKind[];
  /** Every word nothing covers, tolerated next to a known one or not ("imbalance", "ventilators"). */
  readonly unmatched: readonly string[];
  /**
   * General words (verbs, adjectives, adverbs) nothing in the articles covers, which the reader let pass as
   * carrying no subject ("arrive", "legally"): a follow-up that asks only them asks what the articles lack.
   */
  readonly uncovered: readonly string[];
}

const EXTRA_KNOWN_WORDS: ReadonlySet<string> = new Set(EXTRA_KNOWN);

/** Question words a message's question starts with, after any greeting. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'whats', 'who', 'whos', 'whom', 'when', 'where', 'which', 'why', 'how', 'hows']);

const isGrammarOrChat = (w: string) => STOP_WORDS.has(w) || CHAT_WORDS.has(w);

/** The phrases of `alternatives` split into words, and a bare "not": split once per list, not on every question. */
const contrastsOf = new WeakMap<readonly string[], readonly (readonly string[])[]>();
function contrastPhrases(alternatives: readonly string[]): readonly (readonly string[])[] {
  let phrases = contrastsOf.get(alternatives);
  if (!phrases) {
    phrases = [...alternatives.map((p) => p.split(' ')), ['not']];
    contrastsOf.set(alternatives, phrases);
  }
  return phrases;
}

/** Whether `phrase` stands at `i` (a plain loop: it runs at every word of every question). */
function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k]?.text !== phrase[k]) return false;
  return true;
}

/**
 * The unknown words a contrast sets aside: the run of them right after a phrase of `alternatives` ("rather than",
 * "instead of") that follows something said, with grammar between allowed ("rather than in cash"); or after a bare
 * "not" right after a thing the question names ("medical supplies, not cash": "医疗物资而不是现金" reads so), which sets
 * one thing against another, where "not" after a verb ("gave not cash") denies.
 */
function setAside(tokens: readonly Token[], alternatives: readonly string[], unknown: ReadonlySet<number>, named: readonly boolean[]): ReadonlySet<number> {
  const aside = new Set<number>();
  for (const phrase of contrastPhrases(alternatives)) {
    for (let i = 1; i < tokens.length; i++) {
      if (!phraseAt(tokens, i, phrase)) continue;
      if (phrase.length === 1 && named[i - 1] !== true) continue;
      let k = i + phrase.length;
      while (tokens[k] !== undefined && (unknown.has(k) || isGrammarOrChat(tokens[k]?.text ?? ''))) {
        if (unknown.has(k)) aside.add(k);
        k++;
      }
    }
  }
  return aside;
}

/** The nouns a pair of talks is counted by: the last word of en.json `across.pair`'s "two …" and "both …" ("sets", "rounds"). */
const pairNounsOf = new WeakMap<Lexicon, ReadonlySet<string>>();
function pairNouns(lexicon: Lexicon): ReadonlySet<string> {
  let nouns = pairNounsOf.get(lexicon);
  if (!nouns) {
    nouns = new Set(lexicon.across.pair.map((p) => p.split(' ')).filter((w) => w.length === 2 && (w[0] === 'two' || w[0] === 'both')).map((w) => w[1] ?? ''));
    pairNounsOf.set(lexicon, nouns);
  }
  return nouns;
}

/** Who meets in a "when they met" clause: the sides, never a thing. */
const OCCASION_SUBJECTS: ReadonlySet<string> = new Set(['they', 'we', 'both', 'he', 'she']);

/** The nouns of the vague quantities of data/lexicon/en.json focus.vague ("a series of" → "series"). */
const vagueOf = new WeakMap<Lexicon, ReadonlySet<string>>();
function vagueNouns(lexicon: Lexicon): ReadonlySet<string> {
  let nouns = vagueOf.get(lexicon);
  if (!nouns) {
    nouns = new Set(lexicon.focus.vague.flatMap((p) => p.match(/(\S+) of$/)?.slice(1) ?? []));
    vagueOf.set(lexicon, nouns);
  }
  return nouns;
}

/**
 * The claim checker's words of polarity and of done or hoped ("scaling back", "worsening"), by first word: such a
 * word says which way a claim goes, a detail the checker compares with the facts, not a subject they lack.
 */
const checkableOf = new WeakMap<Lexicon, ReadonlyMap<string, readonly (readonly string[])[]>>();
function checkable(lexicon: Lexicon): ReadonlyMap<string, readonly (readonly string[])[]> {
  let byFirst = checkableOf.get(lexicon);
  if (!byFirst) {
    const { polarity, status } = lexicon.claims;
    const map = new Map<string, string[][]>();
    for (const p of [...polarity.flatMap((g) => [...g.positive, ...g.negative]), ...status.done, ...status.notDone, ...status.hoped]) {
      const words = p.split(' ');
      const list = map.get(words[0] ?? '') ?? [];
      list.push(words);
      map.set(words[0] ?? '', list);
    }
    byFirst = map;
    checkableOf.set(lexicon, byFirst);
  }
  return byFirst;
}

/** The words of the claim checker's titles and bodies ("head", "department"), gathered once per lexicon. */
const roleWordsCache = new WeakMap<Lexicon, ReadonlySet<string>>();
const titlesCache = new WeakMap<Lexicon, ReadonlySet<string>>();
/** Chinese titles said before a name (glossary `titles`: "代表", "外长"), as typed. */
function titlesOf(lexicon: Lexicon): ReadonlySet<string> {
  let words = titlesCache.get(lexicon);
  if (!words) {
    words = new Set(lexicon.glossaries.zh.titles ?? []);
    titlesCache.set(lexicon, words);
  }
  return words;
}

function roleWordsOf(lexicon: Lexicon): ReadonlySet<string> {
  let words = roleWordsCache.get(lexicon);
  if (!words) {
    words = new Set([...lexicon.claims.titles, ...lexicon.claims.bodies]);
    roleWordsCache.set(lexicon, words);
  }
  return words;
}

/**
 * One-word names of the countries the claim checker knows (data/lexicon/en.json claims.countries: "japan",
 * "america") that the articles never use: one a glossary gave for the asker's word (a Chinese compound "中美": china
 * america) is a name they lack, as a capitalised one is in English. One typed as it is may be another language's
 * word ("trang thai", unaccented Vietnamese).
 */
const foreignOf = new WeakMap<Lexicon, ReadonlySet<string>>();
function foreignCountries(lexicon: Lexicon, known: ReadonlySet<string>): ReadonlySet<string> {
  let words = foreignOf.get(lexicon);
  if (!words) {
    words = new Set(Object.values(lexicon.claims.countries).flat().filter((w) => !w.includes(' ') && !known.has(w)));
    foreignOf.set(lexicon, words);
  }
  return words;
}

/**
 * @param covered words an entity covers
 * @param asking words a cue covers ("talk about", "signed", "who"): they say what kind of answer is wanted
 */
/**
 * @param counted words just after "how many": what is counted must be something the articles have ("vaccine doses")
 * @param formatAsked the question asks how the talks were held ("in person", "face to face", "by phone")
 */
export function readWords(
  tokens: readonly Token[],
  covered: readonly boolean[],
  asking: ReadonlySet<number>,
  vocab: Vocabulary,
  question: string,
  counted: ReadonlySet<number> = new Set(),
  sides: ReadonlySet<number> = new Set(),
  formatAsked = false,
  otherNamed: ReadonlySet<number> = new Set(),
): WordReading {
  const { lexicon } = vocab;
  const concepts: Concept[] = [];
  const handled = tokens.map((_, i) => covered[i] === true);

  // Phrases first ("put forward", "hand over"): their words mean something together. A slot ("give * credit") takes
  // any one word, which keeps its own reading ("gave Vietnam credit": Vietnam is still named).
  tokens.forEach((token, i) => {
    if (handled[i]) return;
    for (const phrase of [...(lexicon.phrases.get(token.lemma) ?? []), ...(lexicon.phrases.get(token.text) ?? [])]) {
      const fits = phrase.words.every((w, k) => {
        const t = tokens[i + k];
        if (w === PHRASE_SLOT) return t !== undefined;
        return t !== undefined && !handled[i + k] && (t.lemma === w || t.text === w);
      });
      if (!fits) continue;
      const own = phrase.words.flatMap((w, k) => (w === PHRASE_SLOT ? [] : [i + k]));
      const word = own.map((k) => tokens[k]?.cased ?? '').join(' ');
      const cue = own.every((k) => asking.has(k) || STOP_WORDS.has(tokens[k]?.text ?? ''));
      for (const r of phrase.related.slice(0, 2)) concepts.push({ lemma: r.lemma, weight: r.weight, word, asking: cue, via: r.curated ? 'curated' : 'wordnet' });
      for (const k of own) handled[k] = true;
      return;
    }
  });

  // "both sets of talks", "two rounds of meetings": the noun a pair of talks is counted by (en.json `across.pair`)
  // frames the question when "of" and a talk noun follow; it is no subject ("set the orientation").
  tokens.forEach((token, i) => {
    if (!handled[i] && tokens[i + 1]?.text === 'of' && TALK_NOUNS.has(tokens[i + 2]?.lemma ?? '') && pairNouns(lexicon).has(token.text)) handled[i] = true;
  });

  // A capitalised word mid-question that the articles never capitalise is a name they lack ("Xi", "Olympics").
  const capitals = tokens.filter((t) => /^\p{Lu}/u.test(t.cased)).length;
  const caseTells = capitals <= Math.max(2, tokens.length * 0.5);
  const first = tokens.findIndex((t) => !CHAT_WORDS.has(t.text));
  // "US dollars": the acronym is part of a currency's name.
  const currency = (i: number) => Object.values(lexicon.claims.currencies).some((names) => names.includes(`${tokens[i]?.text ?? ''} ${tokens[i + 1]?.text ?? ''}`));
  const looksLikeName = (i: number) => {
    const t = tokens[i];
    if (!t || !caseTells || i <= first || !/^\p{Lu}/u.test(t.cased) || t.cased.length < 2) return false;
    // Typed in capitals, a word that is also grammar is an acronym ("the US", "IT"): a name, unless the articles have it.
    // A question word in capitals is shouted ("70th of WHAT exactly"), never an acronym.
    const acronym = /^\p{Lu}+$/u.test(t.cased) && t.cased.length <= 4 && !CHAT_WORDS.has(t.text) && !QUESTION_WORDS.has(t.text) && !currency(i);
    return !vocab.capitalised.has(t.text) && (acronym || (!isGrammarOrChat(t.text) && !FRAME_WORDS.has(t.text)));
  };
  const directional = new Set<number>();
  const phrasesOf = checkable(lexicon);
  tokens.forEach((t, i) => {
    for (const words of phrasesOf.get(t.text) ?? []) {
      if (words.every((w, k) => tokens[i + k]?.text === w)) for (let k = 0; k < words.length; k++) directional.add(i + k);
    }
  });
  // "ayo was the talk…", "oi who signed…", "heyyo quick q, how much…": a word no dictionary knows, typed in lower case
  // before the question's first word (chat words and one letter may stand between), is a greeting or interjection
  // (the chat words are never complete), not a subject.
  const opens = (w: string) => YES_NO_OPENERS.has(w) || QUESTION_WORDS.has(w);
  const chatBetween = (w: string) => CHAT_WORDS.has(w) || /^\p{L}$/u.test(w);
  const opensAfter = (i: number) => {
    let k = i + 1;
    while (k < i + 4 && chatBetween(tokens[k]?.text ?? '')) k++;
    return opens(tokens[k]?.text ?? '');
  };
  const chatOpener = (i: number) => {
    const t = tokens[i];
    const before = tokens.slice(0, i).every((w, k) => k < first || chatBetween(w.text));
    return t !== undefined && before && i - first < 3 && t.cased === t.text && !lexicon.isEnglish(t.text) && opensAfter(i);
  };
  // "the series of issues", "一系列问题" (series issue): the noun of a vague quantity (focus.vague: "a series of") says
  // how many, not what; the thing after it is what is asked.
  const quantities = vagueNouns(lexicon);
  const countries = foreignCountries(lexicon, vocab.known);
  const typed = new Set(normalize(question).split(' '));
  const foreign = (t: Token) => countries.has(t.text) && !typed.has(t.text);
  const quantity = (i: number) => quantities.has(tokens[i]?.text ?? '') && tokens[i + 1] !== undefined && !QUESTION_WORDS.has(tokens[i + 1]?.text ?? '');
  // "anything concrete", "something tangible", "what concrete things", "the specific steps": a qualifier
  // (focus.qualifiers) after an indefinite (claims.indefinites) or a question word, or before the noun it qualifies,
  // says what kind of thing is asked, and names none. Standing alone ("did they send concrete?") it may be the thing.
  const qualifiers = setOf(lexicon.focus.qualifiers);
  const indefinites = setOf(lexicon.claims.indefinites ?? NO_WORDS);
  const qualifies = (t: Token | undefined) => t !== undefined && !isGrammarOrChat(t.text) && !NUMBER.test(t.text);
  const qualifying = (i: number) =>
    qualifiers.has(tokens[i]?.text ?? '') && (indefinites.has(tokens[i - 1]?.text ?? '') || QUESTION_WORDS.has(tokens[i - 1]?.text ?? '') || qualifies(tokens[i + 1]));
  const unknown = new Set<number>();
  const names = new Set<number>();
  const uncovered: string[] = [];
  // "the Vietnamese national anthem": a word the articles use only inside a name ("national" of the 13th National
  // Congress, "song" of Song Tao, WordNet's word for "anthem") is no evidence unless the question names that too.
  const nameless = namelessIn(vocab.nameOnly, () => typedWords(tokens, (w) => lexicon.related(w)));
  tokens.forEach((token, i) => {
    if (handled[i] || NUMBER.test(token.text)) return;
    // "The Chinese side said thanks", "gave its thanks": a chat word of a speech act, said or given, is that act.
    const actSaid = CHAT_WORDS.has(token.text) && SPEECH_ACTS.has(token.lemma) && [tokens[i - 1]?.text ?? ''].some((w) => FRAME_WORDS.has(w) || POSSESSIVE.has(w) || w === 'its');
    if (isGrammarOrChat(token.text) && !actSaid) {
      if (looksLikeName(i)) names.add(i);
      return;
    }
    // "是当面坐下来谈的吗": asked how the talks were held, a verb of acting says how they met (sat down, shook
    // hands), as an English general verb would; the format answers it. Elsewhere it may be the thing asked.
    if (token.native === 'act' && formatAsked) return;
    // Found in the facts' own Vietnamese or Chinese wording: evidence for them, by its wording key.
    if (token.native === 'wording') {
      concepts.push({ lemma: token.lemma, weight: 1, word: token.cased, asking: asking.has(i), via: 'word' });
      return;
    }
    // "what did Song Tao tell Quan when they met?": the meeting of a "when" clause is the talks, the occasion of what
    // is asked, not a subject the statements must speak of.
    if (MEETING_VERBS.has(token.text) && OCCASION_SUBJECTS.has(tokens[i - 1]?.text ?? '') && tokens[i - 2]?.text === 'when') return;
    // "give me", "tell us": the frame of the question, not what it asks about.
    const framing = FRAME_WORDS.has(token.text) && OBJECT_PRONOUNS.has(tokens[i + 1]?.text ?? '');
    const direct = [token.lemma, token.text, lexicon.articleLemma(token.text)].find((w) => lexicon.vocabulary.has(w) && !nameless(w));
    const cue = asking.has(i);
    if (direct && !framing) concepts.push({ lemma: direct, weight: FRAME_WORDS.has(token.text) ? FRAME_WEIGHT : 1, word: token.cased, asking: cue, via: 'word' });
    // The article's own word wins over WordNet's other senses of it ("holding" is "hold", not "property").
    // A curated form wins over WordNet's senses of its lemma ("marked", curated as celebrated: not "mark" as a code).
    const ownCurated = lexicon.related(token.text).some((r) => r.curated) && !lexicon.related(token.lemma).some((r) => r.curated);
    const looked = !ownCurated && lexicon.related(token.lemma).length > 0 ? lexicon.related(token.lemma) : lexicon.related(token.text);
    const related = (direct ? looked.filter((r) => r.curated) : looked).filter((r) => !nameless(r.lemma));
    if (!framing) for (const r of related.slice(0, 2)) concepts.push({ lemma: r.lemma, weight: r.weight, word: token.cased, asking: cue, via: r.curated ? 'curated' : 'wordnet' });
    const coveredByRelated = related.some((r) => r.weight >= COVERING_WEIGHT);
    const carriesNoSubject =
      direct !== undefined ||
      FRAME_WORDS.has(token.text) ||
      // "the two men", "those folks": a frame word in another form ("man") frames the question as much.
      FRAME_WORDS.has(token.lemma) ||
      (vocab.known.has(token.text) && !nameless(token.text)) ||
      lexicon.isGeneral(token.text) ||
      lexicon.isGeneral(token.lemma) ||
      lexicon.fromGeneral(token.text) ||
      PREFIXES.has(token.text) ||
      directional.has(i) ||
      chatOpener(i) ||
      quantity(i) ||
      qualifying(i) ||
      // "should focus", "did they rate": a verb here, whatever the word is as a noun.
      BEFORE_VERB.has(tokens[i - 1]?.text ?? '') ||
      // "my teacher", "our history class": about the asker, not the articles.
      [tokens[i - 1], tokens[i - 2]].some((t) => t !== undefined && POSSESSIVE.has(t.text));
    const general = lexicon.isGeneral(token.text) || lexicon.isGeneral(token.lemma) || lexicon.fromGeneral(token.text);
    // Words of a question's frame ("right?", "correct") ask nothing of their own.
    const asksNothing = FRAME_WORDS.has(token.text) || FUNCTION_WORDS.has(token.text) || EXTRA_KNOWN_WORDS.has(token.text);
    if (general && !coveredByRelated && direct === undefined && !cue && !asksNothing && !directional.has(i) && token.native === undefined) {
      uncovered.push(token.cased);
    }
    // A side named ("phía Trung Quốc" after "và", not in the speaker's place) is a side, never a name or word lacked.
    // Named by a term of the facts in a translated question just after a verb of helping ("hỗ trợ Việt Nam": to
    // support Vietnam), it is the one helped, evidence as its English name is in an English question ("to support
    // Vietnam's COVID-19 prevention"). Elsewhere a side's name would pick every statement that names it.
    if (sides.has(i)) {
      const helped = HELP_BETWEEN.verbs.has(tokens[i - 1]?.text ?? '');
      const english = helped && direct === undefined && token.text.includes('_') ? sideInEnglish(vocab, token.text) : null;
      if (english !== null) concepts.push({ lemma: english, weight: 1, word: token.cased, asking: false, via: 'word' });
      return;
    }
    // Chinese has no capitals: the segmenter's name tag says it ("习近平"), or the country a glossed compound names.
    // A part of a topic the articles never name ("the Spratly islands") is a thing of its own, even beside their words.
    if (looksLikeName(i) || token.native === 'name' || foreign(token) || vocab.unnamedParts.has(token.text) || vocab.unnamedParts.has(token.lemma)) names.add(i);
    // A foreign word found nowhere is tolerated: no glossary or dictionary is complete (intent.ts weighs it).
    else if (!coveredByRelated && !carriesNoSubject && token.native !== 'unknown') unknown.add(i);
  });

  // An unknown noun next to a word the articles use is a paraphrase of it ("the trade imbalance", "pandemic
  // disruptions", "summer 2020"); one standing on its own ("ventilators", "climate change") is the thing asked. A
  // thing named by the asker's other name for it ("South China Sea arbitration", "南海仲裁案") is not the articles'
  // wording, so the unknown noun beside it is no paraphrase of theirs but a thing of its own.
  const knownAt = (i: number) => {
    const t = tokens[i];
    if (!t || unknown.has(i) || names.has(i)) return false;
    if (covered[i] || NUMBER.test(t.text)) return true;
    return concepts.some((c) => c.word === t.cased && c.weight >= COVERING_WEIGHT && !c.asking);
  };
  const absentAt = new Set<number>(names);
  const list = offeredList(question, tokens.length);
  // One of two things offered ("by airplane or truck", "飞机还是卡车") is asked whatever stands beside it.
  // Not "masks or smth": chat after "or" offers nothing.
  const offers = (k: number) => tokens[k] !== undefined && !isGrammarOrChat(tokens[k]?.text ?? '') && !lexicon.isGeneral(tokens[k]?.text ?? '') && !FRAME_WORDS.has(tokens[k]?.text ?? '');
  const offeredAt = (i: number) => (tokens[i + 1]?.text === 'or' && offers(i + 2)) || (tokens[i - 1]?.text === 'or' && offers(i - 2));
  const besideOtherName = (i: number) => otherNamed.has(i - 1) || otherNamed.has(i + 1);
  // "medical supplies rather than cash", "医疗物资而不是现金": what a contrast sets aside after the thing it asks is
  // no claim of its own; the articles lacking it leaves the question to be answered by the thing asked.
  const aside = setAside(tokens, lexicon.claims.alternatives, unknown, covered);
  // "How do I make a good bowl of pho?": what a how-to asks to make or do is its subject, whatever stands beside it.
  const howTo = howToFrom(tokens, lexicon.howTo);
  const howToAsks = (i: number) => howTo >= 0 && i >= howTo;
  // "Where's the best pho?": what a superlative picks out is asked, however loosely the superlative matches a word of theirs.
  const superlatives = setOf(lexicon.focus.superlative);
  const rankedAsks = (i: number) => rankedBySuperlative(tokens, i, superlatives);
  for (const i of unknown) if (!aside.has(i) && (counted.has(i) || howToAsks(i) || rankedAsks(i) || list.items.has(i) || offeredAt(i) || besideOtherName(i) || (!knownAt(i - 1) && !knownAt(i + 1)))) absentAt.add(i);

  // An absent word takes its neighbours that are not grammar or known things: "climate change".
  const absent: string[] = [];
  const absentKinds: AbsentKind[] = [];
  const inThing = (i: number) => {
    const t = tokens[i];
    // A side named ("viet_nam" in "TQ tặng VN máy thở", "越南") is never part of what the articles lack.
    return t !== undefined && !handled[i] && !sides.has(i) && !isGrammarOrChat(t.text) && !FRAME_WORDS.has(t.text) && !NUMBER.test(t.text);
  };
  const seen = new Set<number>();
  const roleWords = roleWordsOf(lexicon);
  const ofRole = (t: Token | undefined) => t !== undefined && (roleWords.has(t.text) || roleWords.has(t.lemma));
  // "中方代表王毅", "外长王毅": a title typed before a name (glossary `titles`) is no part of the name the articles lack.
  const titles = titlesOf(lexicon);
  const titleBefore = (k: number) => names.has(k + 1) && titles.has(tokens[k]?.cased ?? '');
  for (const i of [...absentAt].sort((a, b) => a - b)) {
    if (seen.has(i)) continue;
    let start = i;
    let end = i;
    while (inThing(start - 1) && !titleBefore(start - 1) && !list.ends.has(start - 1) && !concepts.some((c) => c.word === tokens[start - 1]?.cased && c.weight >= COVERING_WEIGHT)) start--;
    while (inThing(end + 1) && !list.ends.has(end) && !concepts.some((c) => c.word === tokens[end + 1]?.cased && c.weight >= COVERING_WEIGHT)) end++;
    for (let k = start; k <= end; k++) seen.add(k);
    absent.push(tokens.slice(start, end + 1).map((t) => t.cased).join(' '));
    const inSpan = (set: ReadonlySet<number>) => [...set].some((n) => n >= start && n <= end);
    // "masks or ventilators?": one of two things offered is a claim to check, like a thing counted.
    // So is one of a list offered after the question ("…, masks, ventilators, test kits?").
    const offered = tokens[start - 1]?.text === 'or' || tokens[end + 1]?.text === 'or' || list.items.has(start);
    // "show me a map of…", "find me the latest news…": the thing a request asks the bot for is what is asked.
    const requested = [1, 2, 3].some((k) => OBJECT_PRONOUNS.has(tokens[start - k]?.text ?? '') && FRAME_WORDS.has(tokens[start - k - 1]?.text ?? ''));
    // "Propaganda Department head Song Tao": an office typed beside a person is a role the answer puts right. A name
    // after a title ("General Secretary John Smith", "President Xi": capitalised, no office word) is a person the
    // articles lack, whatever the title.
    const nameOnly = tokens.slice(start, end + 1).every((t) => /^\p{Lu}/u.test(t.cased) && !ofRole(t));
    const titled = ofRole(tokens[start - 1]) && nameOnly;
    const role = (ofRole(tokens[start - 1]) && !nameOnly) || ofRole(tokens[end + 1]);
    const beside = besideOtherName(start) || besideOtherName(end);
    absentKinds.push(inSpan(counted) || offered || requested || howToAsks(end) ? 'counted' : rankedAsks(start) ? 'ranked' : role ? 'role' : inSpan(names) || titled ? 'name' : beside ? 'beside' : 'word');
  }

  // Amounts the articles never give ("500,000 USD"): years, days and small counts are read elsewhere.
  for (const { value, text } of numbersIn(question)) {
    if (value <= SMALL_NUMBER || (value >= 1900 && value <= 2099) || vocab.numbers.has(value)) continue;
    absent.push(text);
    absentKinds.push('amount');
  }
  const unmatched = [...new Set([...unknown, ...names])].filter((i) => !aside.has(i)).sort((a, b) => a - b).map((i) => tokens[i]?.cased ?? '');
  return { concepts, absent, absentKinds, unmatched, uncovered };
}

/** Longest option of an offered list, in words ("test kits", "rapid test kits"). */
const OPTION_WORDS = 3;

/**
 * "What was in the donation, masks, ventilators, test kits?": options listed after the question, each after a comma
 * (the last may follow "or"/"and"), are what is asked, like the Chinese "口罩、呼吸机还是检测试剂". Token positions
 * of the options, and of each option's last word (an option never runs into the next). Only when the question's
 * words are its tokens one for one (English, no words joined or split).
 */
function offeredList(question: string, tokenCount: number): { readonly items: ReadonlySet<number>; readonly ends: ReadonlySet<number> } {
  const none = { items: new Set<number>(), ends: new Set<number>() };
  const m = /,([^,?]+(?:,[^,?]+)+)\?\s*$/u.exec(question);
  if (!m?.[1] || normalize(question).split(' ').length !== tokenCount) return none;
  const options = m[1].split(/,|\s(?:or|and)\s/iu).map((o) => normalize(o.replace(/^\s*(?:or|and)\s/iu, ''))).filter((o) => o !== '');
  const listWords = normalize(m[1]).split(' ').length;
  if (options.length < 2 || options.some((o) => o.split(' ').length > OPTION_WORDS)) return none;
  const items = new Set<number>();
  const ends = new Set<number>();
  let at = tokenCount - listWords;
  const tail = normalize(m[1]).split(' ');
  let k = 0;
  for (const option of options) {
    const n = option.split(' ').length;
    // Skip the joining "or"/"and" between options.
    while (tail[k] !== option.split(' ')[0] && k < tail.length) { k++; at++; }
    for (let j = 0; j < n; j++) items.add(at + j);
    ends.add(at + n - 1);
    at += n;
    k += n;
  }
  return { items, ends };
}

/** The English name of the side a term of another language names ("viet_nam" → "vietnam"), when the articles use it. */
function sideInEnglish(vocab: Vocabulary, term: string): string | null {
  const side = (vocab.sides.get(term) ?? []).find((p) => p.lang !== undefined && p.words.length === 1)?.target;
  const name = side?.sides[0] === undefined ? null : normalize(side.sides[0]);
  return name !== null && vocab.lexicon.vocabulary.has(name) ? name : null;
}
