// Stage 2: the things a question names (people, sides, organisations, topics, talks, documents), found
// once as phrases over its words; later stages read them and the words they cover.
import { isYearPartWord } from './year-parts.js';
import type { Agreement, Organisation, Person, Talk, Topic } from '../facts/types.js';
import { calledAsQuality } from './called-quality.js';
import { CALL_NAMING_BEFORE, CALL_VERB_FOLLOWERS, CUES, GENERIC_FORMAT_WORDS, HELP_BETWEEN, OCCASION_PREPOSITIONS, SAYING_LEMMAS, SPEAKER_ARTICLES, SPEAKER_OPENERS, STOP_WORDS, TALK_NOUNS, TIME_UNITS, TOPIC_TALK_JOINERS, TOPIC_TALK_MEANS } from './cues.js';
import { datedOccasion } from './dated-occasion.js';
import { commonNounNotName, namelessIn, typedWords } from './name-only.js';
import { editDistance } from './edit-distance.js';
import { LANGS, type Lang } from '../languages.js';
import { normalize } from './normalize.js';
import { setOf } from '../set-of.js';
import { PHRASE_SLOT } from '../lexicon/build.js';
import type { Named, NamedTopic } from './reading.js';
import { isRegularEdForm, type Token } from './tokens.js';
import type { Phrase, PhraseIndex, Vocabulary } from './vocabulary.js';

export interface Hit<T> {
  readonly target: T;
  readonly at: number;
  readonly length: number;
  readonly text: string;
  readonly lang?: Exclude<Lang, 'en'>;
  readonly precise?: boolean;
  /** A thing only mentioned that the articles single out by an ordinal (`Vocabulary.identifiedByOrdinal`). */
  readonly identified?: boolean;
}

/** What the question names (reading.ts `Named`), and where each thing stands in it. */
export interface Entities extends Named {
  /** Where each person is named. */
  readonly peopleAt: readonly Hit<Person>[];
  /** People in the position of the one speaking or acting ("what did Trung urge?"). */
  readonly speakingPeople: readonly Person[];
  /** Where each side is named. */
  readonly sidesAt: readonly Hit<Organisation>[];
  /** How many different formats the question names ("phone or video?" names two). */
  readonly formatCount: number;
  /** A format is named by a word of its own ("phone", "videoconference"), not just "call". */
  readonly namedFormat: boolean;
  /** Where each word for a talk's format stands. */
  readonly formatsAt: readonly Hit<readonly Talk[]>[];
  /** Where each document is named. */
  readonly documentsAt: readonly Hit<readonly Agreement[]>[];
  /** Things named that the articles mention without explaining or naming them, where they stand. */
  readonly unexplained: readonly Hit<Topic>[];
  /** Which words some entity covers. */
  readonly covered: readonly boolean[];
  /** Words of a thing named by another name than the articles' ("South China Sea"): the asker's own phrase. */
  readonly otherNamedAt: ReadonlySet<number>;
  /** Bodies named with a title of holding beside them ("the head of the International Liaison Department", "中联部部长"). */
  readonly officesNamed: readonly Organisation[];
}

const NO_PHRASES: readonly never[] = [];

/** Two lists of an index's phrases merged, longest first: the same two lists (a word and its lemma) merged once. */
const mergedLists = new WeakMap<readonly object[], WeakMap<readonly object[], readonly object[]>>();
function merged<P extends { readonly words: readonly string[] }>(byText: readonly P[], byLemma: readonly P[]): readonly P[] {
  let withText = mergedLists.get(byText);
  if (withText === undefined) {
    withText = new WeakMap();
    mergedLists.set(byText, withText);
  }
  let both = withText.get(byLemma) as readonly P[] | undefined;
  if (both === undefined) {
    both = [...new Set([...byText, ...byLemma])].sort((a, b) => b.words.length - a.words.length);
    withText.set(byLemma, both);
  }
  return both;
}

/**
 * Finds the phrases of one index in the question, left to right, the longest at each word; marks the
 * words they cover. Phrases of the same length and words (one keyword of two topics) all count.
 */
function findPhrases<T>(tokens: readonly Token[], index: PhraseIndex<T>, covered: boolean[], byLemma = true, possessive?: (word: string) => boolean): Hit<T>[] {
  const found: Hit<T>[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    let length = 0;
    const byText = index.get(token?.text ?? '') ?? index.get(possessive && token?.text.endsWith('s') ? token.text.slice(0, -1) : '') ?? NO_PHRASES;
    const byLemmaList = byLemma && token?.lemma !== token?.text ? (index.get(token?.lemma ?? '') ?? []) : [];
    // Both lists are longest first; only when both have phrases do they need merging.
    const candidates = byLemmaList.length === 0 ? byText : merged(byText, byLemmaList);
    for (const phrase of candidates) {
      if (length > 0 && phrase.words.length < length) break;
      if (phrase.words.length > tokens.length - i || !phraseFits(tokens, i, phrase, byLemma, possessive)) continue;
      if (found.some((f) => f.at === i && f.target === phrase.target)) continue;
      length = phrase.words.length;
      found.push({ target: phrase.target, at: i, length, text: phrase.text, lang: phrase.lang, precise: phrase.precise });
    }
    for (let k = i; k < i + length; k++) covered[k] = true;
    i += length || 1;
  }
  return found;
}

/** Whether the phrase's words stand at `i`, as typed or (`byLemma`) by lemma. A plain loop: every index asks it of every word. */
function phraseFits<T>(tokens: readonly Token[], i: number, p: Phrase<T>, byLemma: boolean, possessive?: (word: string) => boolean): boolean {
  for (let k = 0; k < p.words.length; k++) {
    const t = tokens[i + k];
    if (t === undefined) return false;
    if (t.text === p.words[k]) continue;
    // "trungs title": a name's possessive typed without its apostrophe, when the word is no word of its own.
    if (possessive !== undefined && k === p.words.length - 1 && t.text === `${p.words[k]}s` && possessive(t.text)) continue;
    // "docs" is documents, not the DOC: a short word's plural never stands for an acronym or name of three letters.
    const shortPlural = t.text.length <= 4 && t.text.endsWith('s');
    if (!(byLemma && !shortPlural && t.lemma === p.lemmas[k])) return false;
  }
  return true;
}

/**
 * "the biggest sticking point": a word opening a phrase of several words the lexicon reads together (`lexicon.phrases`,
 * a curated idiom or WordNet's) means what the phrase means, not what its lemma alone names ("sticking" is no "stuck"
 * goods at the border). Such a word is matched to a topic only as typed: its lemma is blanked, so that neither its own
 * lemma nor a keyword's ("stick to" the documents is no keyword "stuck", whose lemma is "stick") makes a match.
 */
function idiomsAsTyped(tokens: readonly Token[], vocab: Vocabulary): readonly Token[] {
  const fitting = (i: number) => {
    const t = tokens[i];
    if (t === undefined) return [];
    const byLemma = vocab.lexicon.phrases.get(t.lemma);
    const byText = vocab.lexicon.phrases.get(t.text);
    // Most words open no phrase: nothing to gather.
    if (byLemma === undefined && byText === undefined) return [];
    return [...(byLemma ?? []), ...(byText ?? [])].filter(
      (p) => p.related.length > 0 && !p.words.includes(PHRASE_SLOT) && p.words.every((w, k) => tokens[i + k] !== undefined && (tokens[i + k]?.lemma === w || tokens[i + k]?.text === w)),
    );
  };
  // The phrases each token opens, found once (each is asked three times below).
  const fits = tokens.map((_, i) => fitting(i));
  const opens = (i: number) => (fits[i]?.length ?? 0) > 0;
  // A phrase that means its lemma alone ("beyond their own borders": the world outside) hides all its words from the
  // topics, as typed too: its "borders" is no land border. The words stage reads the phrase whole.
  const hidden = new Set<number>();
  fits.forEach((list, i) => {
    for (const p of list) if (p.whole) p.words.forEach((_w, k) => hidden.add(i + k));
  });
  if (!tokens.some((_, i) => opens(i))) return tokens;
  return tokens.map((t, i) => (hidden.has(i) ? { ...t, text: '', lemma: '' } : opens(i) ? { ...t, lemma: '' } : t));
}

const FUZZY_SIZES = [3, 2] as const;
const LATIN_WORD = /^[a-z]+$/;

/** A full name typed with a slip ("song tau", "hoang bin quan"): compares two- and three-word windows. */
function fuzzyNames(tokens: readonly Token[], vocab: Vocabulary, covered: boolean[], known: (w: string) => boolean): Hit<Person>[] {
  const found: Hit<Person>[] = [];
  // Each word told known once: every window it is in asks again.
  const knownAt: (boolean | undefined)[] = [];
  const knownWord = (i: number) => (knownAt[i] ??= known(tokens[i]?.text ?? ''));
  for (const size of FUZZY_SIZES) {
    for (let i = 0; i + size <= tokens.length; i++) {
      // A slip leaves a word nothing recognises; windows of known or already-matched words are skipped, and
      // so are windows with a word that is no Latin word (a Chinese one, a term): no name is typed like that.
      // Plain loops: every window of every question is tried.
      let allKnown = true;
      for (let k = 0; k < size && allKnown; k++) allKnown = covered[i + k] === true || knownWord(i + k);
      if (allKnown) continue;
      let joined = '';
      let latin = true;
      for (let k = 0; k < size && latin; k++) {
        const w = tokens[i + k]?.text ?? '';
        latin = LATIN_WORD.test(w);
        joined = k === 0 ? w : `${joined} ${w}`;
      }
      if (!latin) continue;
      for (const p of vocab.fullNames) {
        if (p.words.length !== size || p.text.length < 7) continue;
        if (editDistance(joined, p.text, 2) <= (p.text.length >= 12 ? 2 : 1)) {
          found.push({ target: p.target, at: i, length: size, text: p.text });
          for (let k = i; k < i + size; k++) covered[k] = true;
        }
      }
    }
  }
  return found;
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/**
 * A format word's talks, each once, and their formats' labels: worked out once per word (the vocabulary's lists
 * live as long as the engine), as "phone" names hundreds of talks in a thousand.
 */
const formats = new WeakMap<readonly Talk[], { readonly talks: readonly Talk[]; readonly labels: ReadonlySet<string> }>();
function formatsOf(talks: readonly Talk[]): { readonly talks: readonly Talk[]; readonly labels: ReadonlySet<string> } {
  let found = formats.get(talks);
  if (found === undefined) {
    found = { talks: unique(talks), labels: new Set(talks.map((t) => t.format.label)) };
    formats.set(talks, found);
  }
  return found;
}
const SIDE_NOUNS = new Set(['side', 'delegation', 'team', 'camp']);

/** The position of the one speaking: after "did"/"does"/"has" and friends, or first in a statement ("China gave…"). */
function speaking(tokens: readonly Token[], at: number, start: number): boolean {
  const before = tokens[at - 1]?.text ?? '';
  const twoBefore = tokens[at - 2]?.text ?? '';
  return at === 0 || at === start || SPEAKER_OPENERS.has(before) || (SPEAKER_ARTICLES.has(before) && (SPEAKER_OPENERS.has(twoBefore) || at === 1)) || citedAsSource(tokens, at);
}

/**
 * "According to the Chinese side, …", "Theo phía Trung Quốc, …": the side a question cites as its source is the one
 * whose words are asked, as a speaker's are.
 */
function citedAsSource(tokens: readonly Token[], at: number): boolean {
  const to = SPEAKER_ARTICLES.has(tokens[at - 1]?.text ?? '') ? at - 2 : at - 1;
  return tokens[to]?.text === 'to' && tokens[to - 1]?.text === 'according';
}

/** Nouns for the parties a title word may be said of before its verb ("the leaders of both sides mentioned…"). */
const PARTY_NOUNS: ReadonlySet<string> = new Set(['side', 'sides', 'party', 'parties', 'country', 'countries']);
/** Words of saying that make the word before them its speaker (single words of the `said` cue). */
const SAYING: ReadonlySet<string> = new Set(CUES.said.filter((w) => !w.includes(' ')));
/** Words before a title word that make it whom a thing was between or of ("talks between the leaders"). */
const OWNED_BY: ReadonlySet<string> = new Set(['between', 'among', 'of', 'with']);
/** Most words between a title word and its verb of saying ("of the two sides"). */
const SPEAKER_REACH = 4;

/**
 * "Nghe nói lãnh đạo hai bên có nhắc tới chuyện này" (the leaders of both sides mentioned it): a lone title word, of
 * the parties or alone, followed by a verb of saying names who spoke, not a subject of the talks ("leaders" is one
 * of the General Secretaries' words).
 */
function titleSpeaking(tokens: readonly Token[], h: { readonly at: number; readonly length: number }, titles: ReadonlySet<string>): boolean {
  // "Điện đàm giữa lãnh đạo hai bên được nhắc tới" (the phone talks between the leaders … were mentioned): after a
  // word joining it to a thing, the title is whom that thing was between, the subject asked.
  if (h.length !== 1 || !titles.has(tokens[h.at]?.text ?? '') || OWNED_BY.has(tokens[h.at - 1]?.text ?? '')) return false;
  for (let k = h.at + 1; k <= h.at + SPEAKER_REACH; k++) {
    const w = tokens[k]?.text ?? '';
    if (SAYING.has(w)) return true;
    if (!PARTY_NOUNS.has(w) && !STOP_WORDS.has(w) && w !== 'two') return false;
  }
  return false;
}

/** Forms of "be" that make a following participle passive ("was Vietnam praised?"). */
const PASSIVE_BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'get', 'got', 'gets']);

/** A past participle: "praised", "thanked", "given", "shown" (the lemma differs and the form is a participle's). */
const isParticiple = (t: Token | undefined): boolean =>
  t !== undefined && (isRegularEdForm(t) || (t.lemma !== t.text && /(?:en|wn|ght|nt)$/.test(t.text)));

/**
 * "Was Vietnam praised in 2020?", "were the Chinese thanked?": a side between "be" and a participle is the one
 * the act was done to, so the side acting is another.
 */
function passive(tokens: readonly Token[], h: Hit<Organisation>): boolean {
  let at = h.at - 1;
  if (tokens[at]?.text === 'the') at--;
  // "were China's donated supplies…": a participle before a noun describes it; a passive ends its clause.
  const next = tokens[h.at + h.length + 1];
  return PASSIVE_BE.has(tokens[at]?.text ?? '') && isParticiple(tokens[h.at + h.length]) && (next === undefined || STOP_WORDS.has(next.text));
}

/**
 * "Did Vietnam receive supplies from China?", "what did Hanoi get?": a side followed by a verb of receiving
 * (`claims.giving.receive`) is the one given to, as in the passive; the side acting is another.
 */
function receives(tokens: readonly Token[], h: Hit<Organisation>, receiving: ReadonlySet<string>): boolean {
  const end = h.at + h.length;
  const isReceiving = (t: Token | undefined) => t !== undefined && (receiving.has(t.text) || receiving.has(t.lemma));
  // "越南从中国那里得到了…" (Vietnam from China there got): the source named between the side and its verb.
  return isReceiving(tokens[end]) || (tokens[end]?.text === 'from' && tokens.slice(end + 2, end + 2 + SOURCE_WORDS).some(isReceiving));
}

/** Words between the source a side receives from and the verb of receiving, at most ("从中国那里得到"). */
const SOURCE_WORDS = 3;

/** The asker's possessive: what follows is theirs, not the articles' ("my friend"). */
export const ASKERS = 'my';

/** Words before which a side is the one spoken to or about ("to China", "với Trung Quốc"), not the speaker. */
const OBJECT_MARKERS = new Set(['to', 'with', 'for', 'about', 'and', 'from', 'of', 'on', 'between', 'in', 'by']);
/** Those of them a Chinese question's glossary gives only for a preposition before its noun (对, 向, 给, 跟, 从). */
const RECIPIENT_MARKERS = new Set(['to', 'with', 'for', 'from']);

/**
 * @param start where the question proper starts: after the question words a translated question puts in front
 * @param translated a Vietnamese or Chinese question: its word order is freer ("关于东海问题，越方有什么主张"),
 *   so the first side named counts as the speaker unless a preposition marks it as the one spoken to
 */
/**
 * A contested thing named by the articles' name or another one ("Biển Đông", "South China Sea", "南海"): read as
 * the articles' own English name, precisely, and remembered when the question used another name.
 */
function articleNamed(h: Hit<Topic>): NamedTopic | null {
  const an = h.target.articleName;
  if (!an) return null;
  const asked = ` ${normalize(h.text)} `;
  const { others, own, words } = articleNameForms(an);
  const other = others.find((n) => asked.includes(n.form))?.name;
  if (other === undefined && !own.some((form) => asked.includes(form))) return null;
  const base = { topic: h.target, words, lang: 'en' as const, precise: true };
  return other === undefined ? base : { ...base, otherName: other };
}

type ArticleName = NonNullable<Topic['articleName']>;
interface ArticleNameForms {
  /** The other names, each with the form looked for in the question, in the order they are tried. */
  readonly others: readonly { readonly name: string; readonly form: string }[];
  readonly own: readonly string[];
  readonly words: string;
}
const FORMS_OF_NAMES = new WeakMap<ArticleName, ArticleNameForms>();
/** A name's forms as looked for in a question, normalised once per topic rather than on every question. */
function articleNameForms(an: ArticleName): ArticleNameForms {
  const known = FORMS_OF_NAMES.get(an);
  if (known) return known;
  // Chinese has no spaces: "南海问题" names 南海.
  const form = (n: string) => (/\p{Script=Han}/u.test(n) ? normalize(n) : ` ${normalize(n)} `);
  const forms: ArticleNameForms = {
    others: LANGS.flatMap((l) => an.others[l]).map((name) => ({ name, form: form(name) })),
    own: LANGS.map((l) => form(an.names[l])),
    words: normalize(an.names.en),
  };
  FORMS_OF_NAMES.set(an, forms);
  return forms;
}

/** Words between a holder and the organisation held ("head of the department"). */
/** Most joining words after a talk word before the topic it belongs to ("calls between the two Parties' top leaders"). */
const TOPIC_TALK_REACH = 4;

/** A Chinese character: words typed in Chinese keep them when no glossary entry gave English. */
const HAN = /\p{Script=Han}/u;

/** English words of quantity a Chinese side may stand just before, owning what they count ("中国好多地方": many places of China's). */
const QUANTITY_AFTER_SIDE: ReadonlySet<string> = new Set(['many', 'several', 'some', 'much', 'most']);

const ORG_HOLDER_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'at', 'in']);

/** Words that say a pair of sides is both ("two countries", "both parties"), and the plural nouns that do alone. */
const BOTH_WORDS: ReadonlySet<string> = new Set(['two', 'both']);
const PLURAL_PARTY_NOUNS: ReadonlySet<string> = new Set(['sides', 'parties', 'countries']);

/** Words that join two sides named as a pair ("Vietnam and China"); Chinese and a hyphen join them with none ("中越", "Việt - Trung"). */
const PAIR_JOINERS: ReadonlySet<string> = new Set(['and', '&']);

/** The words of the kinds of event a side undergoes (claims.undergoneKinds: "flood"), gathered once per lexicon. */
const undergoneOf = new WeakMap<Vocabulary['lexicon'], ReadonlySet<string>>();
function undergoneWords(lexicon: Vocabulary['lexicon']): ReadonlySet<string> {
  let words = undergoneOf.get(lexicon);
  if (!words) {
    const claims = lexicon.claims;
    const kinds = new Set(claims.undergoneKinds ?? []);
    words = new Set(Object.values(claims.kinds).flatMap((group) => Object.entries(group).flatMap(([kind, w]) => (kinds.has(kind) ? w : []))));
    undergoneOf.set(lexicon, words);
  }
  return words;
}

/** Whether side `b` follows side `a` as the other of a pair ("Vietnam and China", "china vietnam"). */
function pairedAfter(tokens: readonly Token[], a: Hit<Organisation>, b: Hit<Organisation>): boolean {
  const end = a.at + a.length;
  return b.at === end || (b.at === end + 1 && PAIR_JOINERS.has(tokens[end]?.text ?? ''));
}

/** A person's one-word name typed in lower case as the English noun it also is ("the national song"): no person named. */
function commonNounsDropped(tokens: readonly Token[], vocab: Vocabulary, covered: boolean[], hits: readonly Hit<Person>[]): Hit<Person>[] {
  const words = tokens.map((t) => t.text);
  const nameless = namelessIn(vocab.nameOnly, () => typedWords(tokens, (w) => vocab.lexicon.related(w)));
  const isEnglish = (w: string) => vocab.lexicon.isEnglish(w);
  const opens = (w: string) => STOP_WORDS.has(w) && !['the', 'a', 'an'].includes(w);
  return hits.filter((h) => {
    const t = tokens[h.at];
    const common = h.length === 1 && t !== undefined && t.cased === t.text && isEnglish(t.text) && commonNounNotName(words, h.at, isEnglish, nameless, opens);
    if (common) covered[h.at] = false;
    return !common;
  });
}

export function findEntities(tokens: readonly Token[], vocab: Vocabulary, known: (w: string) => boolean, start = 0, translated = false): Entities {
  const covered = tokens.map(() => false);
  // Names and acronyms as typed: "docs" is not the DOC.
  const personHits = commonNounsDropped(tokens, vocab, covered, [...findPhrases(tokens, vocab.people, covered, false, (w) => !vocab.lexicon.isEnglish(w)), ...fuzzyNames(tokens, vocab, covered, known)]);
  const orgHits = findPhrases(tokens, vocab.organisations, covered, false);
  const organisations = unique(orgHits.map((h) => h.target));
  // "the CPV side", "the Chinese delegation": a party named as a side.
  const sideOfOrg = orgHits.filter((h) => h.target.sides.length > 0 && SIDE_NOUNS.has(tokens[h.at + h.length]?.text ?? '')).map((h) => h.target);
  // A side counts as the speaker only where a speaker stands; elsewhere "China" is just a country named.
  const allSideHits = findPhrases(tokens, vocab.sides, [...covered]);
  // Only a side before any verb: "ai chúc mừng Việt Nam" congratulates Vietnam, "关于东海问题，越方…" has Vietnam speak.
  // In Chinese, a year before it ("2020年中方…") dates the talk, and is no verb either.
  const chinese = tokens.some((t) => /\p{Script=Han}/u.test(t.text));
  // "Trong cuộc điện đàm 2020, phía Trung Quốc mong…" (in the 2020 phone talks, the Chinese side hoped…): the words
  // naming the talk and its year place the question, and are no verb either.
  // Chinese places its words of time and talk by its own marks ("2020年通话中"), read as they are.
  // A year counts only beside the talk it dates ("cuộc điện đàm 2020"): "hồi 2020 TQ bị lũ" still has China undergo floods.
  const placing = translated && !chinese ? new Set(findPhrases(tokens, vocab.talks, [...covered]).flatMap((h) => Array.from({ length: h.length }, (_, k) => h.at + k))) : new Set<number>();
  for (const at of [...placing]) for (const k of [at - 1, at + 1]) if (/^(?:19|20)\d\d$/u.test(tokens[k]?.text ?? '')) placing.add(k);
  // "Năm 2020, phía Trung Quốc nói…" (in 2020, the Chinese side said…): a year opening the question, nothing but grammar
  // before it, dates the talk the side then speaks at, as a talk's year does. Only where any other side named is the
  // one spoken to ("với Việt Nam"): "Năm 2022 Việt Nam tặng Trung Quốc…", "hè 2020 bên Trung Quốc gặp thiên tai, phía
  // Việt Nam…" leave who acts to the rest of the question.
  // The side named first named again is no other side; one just after a verb of helping is the one helped ("Năm 2022
  // Trung Quốc làm gì để hỗ trợ Việt Nam?": China helps), as one after "với" is the one spoken to.
  const actedUpon = (h: Hit<Organisation>) => h.target === allSideHits[0]?.target || RECIPIENT_MARKERS.has(tokens[h.at - 1]?.text ?? '') || HELP_BETWEEN.verbs.has(tokens[h.at - 1]?.text ?? '');
  if (translated && !chinese && allSideHits.slice(1).every(actedUpon)) {
    const opening = tokens.findIndex((t, k) => k >= start && !STOP_WORDS.has(t.text));
    if (/^(?:19|20)\d\d$/u.test(tokens[opening]?.text ?? '')) placing.add(opening);
  }
  // "中越会谈里越方说…" (in the China-Vietnam talks, the Vietnamese side said…): in Chinese, a pair run together just before
  // a talk word names whose talks they are, neither side the speaker; a side named after it still may be (the pair and
  // its talk word place it, as a talk's year does).
  const pairOfTalks = (h: Hit<Organisation>) =>
    chinese && allSideHits.some((o) => o.target !== h.target && ((pairedAfter(tokens, h, o) && TALK_NOUNS.has(tokens[o.at + o.length]?.text ?? '')) || (pairedAfter(tokens, o, h) && TALK_NOUNS.has(tokens[h.at + h.length]?.text ?? ''))));
  // A Chinese word of occasion after the talk word ("会谈中", "会谈时": in, during the talks) places it too.
  // "2020年通话中，中方…" (in the 2020 phone call, China…): a Chinese talk word with its postposition of occasion ("中",
  // "时") places the question, as the year does: it is no verb, and its "in" marks no object.
  if (chinese) {
    for (const h of findPhrases(tokens, vocab.talks, [...covered])) {
      const end = h.at + h.length;
      if (!OCCASION_PREPOSITIONS.has(tokens[end]?.text ?? '')) continue;
      for (let k = h.at; k <= end; k++) placing.add(k);
    }
  }
  // "当时越方说…" (then, the Vietnamese side said…), its talk reference written as the talk word ("会谈越方说…"): in Chinese,
  // a talk noun opening the question with a side just after it, itself followed by its verb of saying, is the occasion,
  // as "会谈时" is, and no verb ("会谈的越方对象", whose "的" the glossary drops, is the talks' side, not a speaker).
  if (chinese) for (const h of allSideHits) if (h.at === start + 1 && TALK_NOUNS.has(tokens[start]?.text ?? '') && SAYING.has(tokens[h.at + h.length]?.text ?? '')) placing.add(start);
  for (const h of allSideHits.filter(pairOfTalks)) for (let k = h.at; k <= h.at + h.length + (OCCASION_PREPOSITIONS.has(tokens[h.at + h.length + 1]?.text ?? '') ? 1 : 0); k++) placing.add(k);
  const beforeAnyVerb = (at: number) =>
    // A season beside the year ("2020年夏天越方…": 2020 summer) says when, as the year does.
    tokens.slice(start, at).every((t, k) => STOP_WORDS.has(t.text) || t.text.includes('_') || /\p{Script=Han}/u.test(t.text) || (chinese && /^\d+$/.test(t.text)) || (chinese && isYearPartWord(t.text)) || placing.has(start + k));
  // "China suffered floods": a side undergoing an event is where it was, not a speaker.
  const undergoing = setOf(vocab.lexicon.claims.undergoing);
  // "越南洪灾", "Việt Nam [bị] lũ lụt": in a glossed question a side just before an event it undergoes is where it was.
  const undergone = undergoneWords(vocab.lexicon);
  // A word left untranslated may come first ("Việt Nam hứng chịu": "hứng suffered").
  const undergoes = (h: Hit<Organisation>) => {
    // "中国那边发大水" (China's side suffered floods): a side noun after the country is still the country undergoing it.
    const end = h.at + h.length + (SIDE_NOUNS.has(tokens[h.at + h.length]?.text ?? '') ? 1 : 0);
    // "中国那会儿发大水" (China, at that time, had floods): a word of time between says when, and the side still undergoes it.
    // "中国那边20年发大水" (China's side, in 2020, had floods): so does a year there.
    const told = end + (chinese && (TIME_UNITS.has(tokens[end]?.text ?? '') || /^(?:19|20)\d\d$/u.test(tokens[end]?.text ?? '')) ? 1 : 0);
    const from = tokens[told]?.native !== undefined ? told + 1 : told;
    // "the Chinese floods", "China's floods": in English a side just before an event it underwent names where it was.
    const eventAfter = !translated && [1, 2].some((n) => undergone.has(tokens.slice(told, told + n).map((t) => t.text).join(' ')));
    return [1, 2].some((n) => undergoing.has(tokens.slice(from, from + n).map((t) => t.text).join(' '))) || eventAfter || (translated && [1, 2].some((n) => undergone.has(tokens.slice(from, from + n).map((t) => t.text).join(' '))) && !actsOnOther(h));
  };
  // "中方就洪灾向越方表示慰问" (China, on the floods, to Vietnam expressed sympathy): the glossary drops "就", and the event
  // is what the side acts about; with the other side marked as the one acted towards and no one else to act, it acts.
  const actsOnOther = (h: Hit<Organisation>) =>
    allSideHits.some((o) => o.target !== h.target && o.at > h.at && notActing(o)) && allSideHits.every((o) => o.target === h.target || notActing(o));
  // The word of occasion after a pair's talk word ("中越会谈中中方…") places the talks: it marks no object.
  const objectMarked = (h: Hit<Organisation>) => OBJECT_MARKERS.has(tokens[h.at - 1]?.text ?? '') && !placing.has(h.at - 1);
  // "对越方抛出的议题，中方是什么态度？": in Chinese, with one side marked as the one spoken to, fronted before the
  // other, and no one named, the other side is who acts, wherever its verb stands ("中方向越南捐了什么" keeps its reading).
  // Only a preposition that goes before its noun marks it here: Chinese "在…中", "在…方面" put theirs after.
  const notActing = (h: Hit<Organisation>) => RECIPIENT_MARKERS.has(tokens[h.at - 1]?.text ?? '');
  const otherOfObject = () => {
    const unmarked = allSideHits.filter((h) => !notActing(h));
    const other = unmarked[0];
    return chinese && personHits.length === 0 && other && unmarked.every((h) => h.target === other.target) && allSideHits.some((h) => notActing(h) && h.target !== other.target && h.at < other.at) ? other : undefined;
  };
  // "中联部援助越南的医疗物资": in Chinese, a side named after a body or person that acts is what they act on, not the
  // speaker the first side named otherwise is.
  const actedOn = (h: Hit<Organisation>) => chinese && [...orgHits, ...personHits].some((o) => o.at + o.length < h.at);
  // "2020年通话时，越方对中方表达了什么": in Chinese, with no one named, a side just before a preposition marking the other
  // side as the one spoken to (a word such as "代表" between) acts, whatever the time phrase before it holds.
  const beforeObject = () =>
    chinese && personHits.length === 0
      ? allSideHits.find((h) => !objectMarked(h) && [0, 1, 2].some((gap) => notActing({ ...h, at: h.at + h.length + gap + 1, length: 0 }) && allSideHits.some((o) => o.target !== h.target && o.at === h.at + h.length + gap + 1)))
      : undefined;
  // "中国好多地方都被洪水淹了": in Chinese, a side just before a word of quantity owns what is counted (many of its places),
  // and does not speak.
  const owning = (h: Hit<Organisation>) => chinese && QUANTITY_AFTER_SIDE.has(tokens[h.at + h.length]?.text ?? '');
  const firstSide = allSideHits.find((h) => !pairOfTalks(h) && !objectMarked(h) && !undergoes(h) && !owning(h) && !(translated && actedOn(h)) && beforeAnyVerb(h.at)) ?? otherOfObject() ?? beforeObject();
  const receiving = setOf(vocab.lexicon.claims.giving.receive);
  // A verb of receiving reads the same in a Vietnamese or Chinese question's glossary ("越南收到…", "Việt Nam nhận…").
  const done = allSideHits.filter((h) => (!translated && passive(tokens, h)) || receives(tokens, h, receiving));
  // The side acting on a side named in the passive: every other side the articles know.
  const actingOn = done.length === 0 ? [] : [...new Set([...vocab.sides.values()].flat().map((p) => p.target))].filter((o) => !done.some((h) => h.target === o));
  // "越南那边有表示啥没": in Chinese, a side noun after the country names it as a side, the one acting, wherever it stands.
  // "…发大水 越南啥态度" (Vietnam what attitude): in Chinese, a side just before the noun of a view asked ("what"
  // between, or the question's last word: "越南是什么态度") is whose view is asked, wherever it stands (English says
  // "Vietnam's attitude"). Not one only set aside ("中方除了表态之外…").
  const viewOf = (h: Hit<Organisation>) => {
    const what = tokens[h.at + h.length]?.text === 'what';
    const next = h.at + h.length + (what ? 1 : 0);
    return SAYING_LEMMAS.has(tokens[next]?.text ?? '') && (what || next === tokens.length - 1);
  };
  const namedSide = (h: Hit<Organisation>) => translated && chinese && !objectMarked(h) && (SIDE_NOUNS.has(tokens[h.at + h.length]?.text ?? '') || viewOf(h));
  // "Vietnam and China finally recognised…", "中越两国最终…": two sides named as a pair are the two countries together,
  // neither of them the one speaking (whose words would narrow what is cited to one side's).
  // Only a pair that says it is both ("中越两国", "Vietnam and China, both countries"): "Vietnam and China agreed…" may still
  // have its first side speak.
  const both = (end: number) => (BOTH_WORDS.has(tokens[end]?.text ?? '') && PARTY_NOUNS.has(tokens[end + 1]?.text ?? '')) || PLURAL_PARTY_NOUNS.has(tokens[end]?.text ?? '');
  const paired = (h: Hit<Organisation>) => pairOfTalks(h) || allSideHits.some((o) => o.target !== h.target && ((pairedAfter(tokens, h, o) && both(o.at + o.length)) || (pairedAfter(tokens, o, h) && both(h.at + h.length))));
  const sideHits = allSideHits.filter((h) => !done.includes(h) && !undergoes(h) && !paired(h) && (speaking(tokens, h.at, start) || (translated && h === firstSide) || namedSide(h)));
  // A pair is still named: its words are no subject the articles lack.
  for (const h of [...sideHits, ...allSideHits.filter(paired)]) for (let k = h.at; k < h.at + h.length; k++) covered[k] = true;
  // "对中国那边": a side noun after any side named in Chinese is that side, not a subject ("side") of its own.
  if (translated && chinese) for (const h of allSideHits) if (SIDE_NOUNS.has(tokens[h.at + h.length]?.text ?? '')) covered[h.at + h.length] = true;
  // "My friend says…", "我朋友说…": a noun of the asker's own names no subject of the articles (not "friendship").
  // "the leaders of the Commission", "lãnh đạo Ban Đối ngoại": one word just before an organisation is who holds
  // a place in it, not a subject of the talks ("leaders" is one of the General Secretaries' words).
  const orgStarts = new Set(orgHits.map((h) => h.at));
  const beforeOrg = (h: { readonly at: number; readonly length: number }) => {
    let next = h.at + h.length;
    while (ORG_HOLDER_JOINERS.has(tokens[next]?.text ?? '')) next++;
    return h.length === 1 && orgStarts.has(next);
  };
  // "宋涛是哪个部门的头儿", "which department is Song Tao the leader of?": beside a person and a body asked about, a
  // lone word of holding ("leader") is his place in it, not the leaders the talks spoke of.
  const bodies = setOf(vocab.lexicon.claims.bodies);
  const titles = setOf(vocab.lexicon.claims.titles);
  const bodyAsked = personHits.length > 0 && tokens.some((t) => bodies.has(t.lemma) || bodies.has(t.text));
  const holdsBody = (h: { readonly at: number; readonly length: number }) => bodyAsked && h.length === 1 && titles.has(tokens[h.at]?.text ?? '');
  // "the Party-to-Party phone call": the channel the talks themselves went through, just before a talk word, says
  // which talks are meant (their words stay covered), not a subject spoken of there.
  // "Was the party channel called important?": a characterisation, not a call (called-quality.ts).
  const namedAt = (at: number) => personHits.some((h) => h.at === at) || allSideHits.some((h) => h.at === at);
  const talkStarts = new Set(findPhrases(tokens, vocab.talks, [...covered]).filter((h) => !(h.length === 1 && calledAsQuality(tokens, h.at, namedAt))).map((h) => h.at));
  const channelOfTalk = (h: Hit<Topic>) => h.target.channelOfTalks && talkStarts.has(h.at + h.length);
  const topicHits = findPhrases(idiomsAsTyped(tokens, vocab), vocab.topics, covered).filter((h) => !beforeOrg(h) && !holdsBody(h) && !titleSpeaking(tokens, h, titles) && tokens[h.at - 1]?.text !== ASKERS && !channelOfTalk(h) && !datedOccasion(tokens, h.at, h.length));
  // "the head of the ILD", "Trưởng Ban Liên lạc Đối ngoại", "中联部部长": a title just before a body (joiners between) or
  // just after it names the one holding that office, not the body.
  const titleAt = (i: number) => titles.has(tokens[i]?.text ?? '') || titles.has(tokens[i]?.lemma ?? '');
  const titledBefore = (h: Hit<Organisation>) => {
    let k = h.at - 1;
    while (k >= 0 && ORG_HOLDER_JOINERS.has(tokens[k]?.text ?? '')) k--;
    return titleAt(k);
  };
  const officesNamed = unique(orgHits.filter((h) => h.target.sides.length === 0 && (titledBefore(h) || titleAt(h.at + h.length))).map((h) => h.target));
  // "the General Secretaries' phone talks", "phone talks between the two General Secretaries", "总书记之间的通话":
  // a talk word joined to a topic by function words alone names that topic's talks, not one of the articles'.
  // "phone conversations between the two General Secretaries", "hai Tổng Bí thư nói chuyện qua điện thoại" (talked by
  // phone): a word of talking or of its means stands between them as well.
  const joined = (from: number, to: number) => tokens.slice(from, to).every((t) => TOPIC_TALK_JOINERS.has(t.text) || TOPIC_TALK_MEANS.has(t.text));
  // "calls between the two Parties' top leaders", "the top leaders of the two parties phoning each other": the
  // owners of the topic may stand between them too, on either side.
  // "2020年那次交流是视频会议吗": a topic word dated by the year just before it is that year's talk, which owns no talk.
  const owners = topicHits.filter((t) => !/^\d{4}$/u.test(tokens[t.at - 1]?.text ?? ''));
  // A talk word typed in Chinese has its owner before it ("两党总书记通话"): a topic after it ("视频会谈[里]称赞", the
  // locative dropped) is what was said there, not whose talks they were.
  const ownedAfter = (hit: { text: string }) => !HAN.test(hit.text);
  const nextToTopic = (hit: { at: number; length: number; text: string }) =>
    owners.some((t) => (t.at + t.length <= hit.at && hit.at - (t.at + t.length) <= TOPIC_TALK_REACH && joined(t.at + t.length, hit.at)) || (ownedAfter(hit) && hit.at + hit.length <= t.at && t.at - (hit.at + hit.length) <= TOPIC_TALK_REACH && joined(hit.at + hit.length, t.at)));
  // "Quan is called head": "called" after a copula and before the name it gives is no phone call ("what is it
  // called?" asks the name, and stays as it was read).
  const namesSomething = (hit: { readonly at: number; readonly length: number }) =>
    hit.length === 1 && tokens[hit.at]?.text === 'called' && CALL_NAMING_BEFORE.has(tokens[hit.at - 1]?.text ?? '')
    && tokens.slice(0, hit.at).every((t) => t.text !== 'what' && t.text !== 'how') && !STOP_WORDS.has(tokens[hit.at + 1]?.text ?? 'what');
  const talkHits = findPhrases(tokens, vocab.talks, covered).filter(
    // "call for", "call on": the verb, not the phone call; "General Secretaries' phone talks" are a topic, not a talk.
    (hit) => !(hit.length === 1 && hit.text === 'call' && CALL_VERB_FOLLOWERS.has(tokens[hit.at + 1]?.text ?? '')) && !namesSomething(hit) && !(hit.length === 1 && calledAsQuality(tokens, hit.at, namedAt)) && !nextToTopic(hit),
  );
  // "the planned exchanges", "原定的交流": a verb's "-ed" form names no document, where its noun ("plan") would.
  const documentHits = findPhrases(tokens, vocab.documents, covered).filter((h) => !(h.length === 1 && tokens[h.at] !== undefined && isRegularEdForm(tokens[h.at] as Token)));
  const documents = unique(
    documentHits
      .flatMap((h) => h.target),
  );
  const unexplained = findPhrases(tokens, vocab.unexplained, [...covered]).map((h) => (vocab.identifiedByOrdinal.has(h.text) ? { ...h, identified: true } : h));
  return {
    people: unique(personHits.map((h) => h.target)),
    peopleAt: personHits,
    speakingPeople: unique(personHits.filter((h) => speaking(tokens, h.at, start)).map((h) => h.target)),
    organisations,
    sides: unique([...sideHits.map((h) => h.target), ...sideOfOrg, ...actingOn]),
    sidesNamed: unique([...allSideHits.map((h) => h.target), ...sideOfOrg]),
    sidesAt: allSideHits,
    topics: topicHits.map((h) => {
      const named = articleNamed(h);
      if (named) return named;
      return {
        topic: h.target,
        words: h.text,
        lang: h.lang ?? 'en',
        precise: h.precise ?? (h.length >= 3 || (h.length === 2 && h.text.split(' ').every((w) => vocab.capitalised.has(w)))),
      };
    }),
    formatTalks: talkHits.length === 1 && talkHits[0] ? [...formatsOf(talkHits[0].target).talks] : unique(talkHits.flatMap((h) => h.target)),
    formatCount: talkHits.length === 1 && talkHits[0] ? formatsOf(talkHits[0].target).labels.size : new Set(talkHits.flatMap((h) => [...formatsOf(h.target).labels])).size,
    namedFormat: talkHits.some((h) => !GENERIC_FORMAT_WORDS.has(h.text)),
    formatsAt: talkHits,
    documentsAt: documentHits,
    documents,
    unexplained,
    covered,
    otherNamedAt: new Set(topicHits.filter((h) => articleNamed(h)?.otherName !== undefined).flatMap((h) => Array.from({ length: h.length }, (_, k) => h.at + k))),
    officesNamed,
  };
}
