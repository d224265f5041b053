// What the claim checker reads claims with, built once per engine on first use (only yes/no questions and
// Find sources need it): the word lists of data/lexicon/en.json `claims` as phrase look-ups, and what
// the knowledge base adds to them: the countries of the talks' sides, the talks' formats, the names of
// people, organisations, topics and documents.
import type { Agreement, KnowledgeBase, Organisation, Person, Talk, Terms, Topic } from '../../facts/types.js';
import type { FactIndex } from '../fact-index.js';
import { buildTalkEvidence, type TalkEvidence } from './evidence.js';
import type { Lang } from '../../languages.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { ClaimWords } from '../../lexicon/schema.js';
import { PHRASE_SLOT } from '../../lexicon/build.js';
import { CHAT_WORDS, FRAME_WORDS, MONTHS, MONTH_ABBREVIATIONS, SHORT_TYPOS, STOP_WORDS } from '../../matching/cues.js';
import { normalizeData } from '../../matching/normalize.js';
import { termKey } from '../../matching/pivot.js';
import { ownWordsOf, type OwnWords } from './own-words.js';
import { absolutesOf, type Absolutes } from './absolutes.js';
import { groupList, phraseList, wordList, type PhraseList } from './phrases.js';
import { buildOpposites, type Opposites } from './opposite-quality.js';
import { americanSpelling, type ClaimToken } from './tokens.js';
import stemOf from 'wink-porter2-stemmer';
import { byDate } from '../../facts/talk-order.js';

export interface Place {
  readonly id: string;
  /** How answers name it ("China", "border"). */
  readonly label: string;
  /** A country, or a kind of area ("border", "sea"). */
  readonly kind: 'country' | 'area';
  /** The country of one of the talks' sides (from data/organisations). */
  readonly side: boolean;
}

/** One kind of a thing: `group` the thing ("disaster"), `member` the kind ("flood"). */
export interface Kind {
  readonly group: string;
  readonly member: string;
  /** The other members it names together ("natural disaster": flood, storm…), from `claims.kindCovers`. */
  readonly covers?: readonly string[];
}

export type ClaimFormat = { readonly kind: 'talks'; readonly talks: readonly Talk[]; readonly label: string } | { readonly kind: 'other'; readonly id: string; readonly inPerson: boolean };

/** Something of the knowledge base a claim names. */
export type Named =
  | { readonly kind: 'person'; readonly person: Person }
  | { readonly kind: 'organisation'; readonly organisation: Organisation }
  | { readonly kind: 'topic'; readonly topic: Topic }
  | { readonly kind: 'document'; readonly agreement: Agreement };

export type Status = 'done' | 'notDone' | 'hoped';

/** One sense of a polarity phrase: the group of opposites it is in, and its side there. */
export interface PolaritySense {
  readonly group: number;
  readonly sign: 1 | -1;
}

export interface ClaimIndex {
  readonly words: ClaimWords;
  lemma(word: string): string;
  /** The Porter2 stem ("peacefully", "peaceful" → "peac"): the same word in another part of speech. */
  stem(word: string): string;
  /** A verb, adjective or adverb: says less of what a claim is about than a noun. */
  general(word: string): boolean;
  /** An English word ("homes"), not a name or a typo ("jianchao"). */
  english(word: string): boolean;
  /** Article lemmas a word stands for (its own lemma first, then close synonyms and curated words). */
  meanings(word: string): readonly string[];
  /**
   * The lexicon's phrase of several words starting at token `i` ("kind words", "as planned"), by words or lemmas, as
   * the question reader finds it, with the article lemmas it stands for as closely as a word's meanings; or null.
   */
  phraseAt(tokens: readonly ClaimToken[], i: number): { readonly length: number; readonly lemmas: readonly string[] } | null;
  readonly functionWords: ReadonlySet<string>;
  /** The articles' quality words and the words opposed to them (opposite-quality.ts). */
  readonly opposites: Opposites;
  /** Pronouns an adjective of polarity names a thing by ("anything negative"): data/lexicon/en.json claims.indefinites. */
  readonly indefinites: ReadonlySet<string>;
  readonly months: ReadonlyMap<string, number>;
  readonly numbers: PhraseList<number>;
  readonly ordinals: PhraseList<number>;
  readonly scales: PhraseList<number>;
  readonly currencies: PhraseList<string>;
  readonly worth: PhraseList<true>;
  readonly approximately: PhraseList<true>;
  /** "more than", "under": the amount is a bound (data/lexicon/en.json `bounds`). */
  readonly bounds: PhraseList<'above' | 'below'>;
  readonly localNouns: PhraseList<true>;
  readonly locatives: ReadonlySet<string>;
  readonly undergoing: PhraseList<true>;
  /** Verbs of an event striking a place ("hit", "affect"): the place after them (or after "to") is where it was. */
  readonly striking: ReadonlySet<string>;
  /** Kinds that are events a place undergoes ("flood"): a side named just before one is where it was. */
  readonly undergoneKinds: ReadonlySet<string>;
  readonly regions: PhraseList<true>;
  readonly notCounted: PhraseList<true>;
  readonly signedThings: PhraseList<true>;
  /** Who a head count of a talk counts ("three officials"). */
  readonly attendees: PhraseList<true>;
  /** Words saying people counted were at a talk ("took part", "attended"). */
  readonly attending: PhraseList<true>;
  /** Words after a count that say it is the whole ("2 in total"): the thing counted stands before it. */
  readonly totals: PhraseList<true>;
  /** Word → the group of nouns it counts alike with. */
  readonly alike: ReadonlyMap<string, number>;
  readonly periodLinks: PhraseList<true>;
  readonly periodEnds: PhraseList<true>;
  readonly periodStarts: PhraseList<true>;
  readonly periodWhole: PhraseList<true>;
  readonly periodUnits: ReadonlySet<string>;
  /** Words for a span of years ("decade" → 10): a document's period's length, said without a number. */
  readonly periodSpans: PhraseList<number>;
  readonly otherInstance: PhraseList<true>;
  readonly formats: PhraseList<ClaimFormat>;
  /** Words a talk itself stands for ("spoke", "took place"), single and as phrases. */
  readonly talkWords: ReadonlySet<string>;
  readonly talkPhrases: PhraseList<true>;
  readonly places: PhraseList<Place>;
  readonly negators: PhraseList<true>;
  /** Words that keep two sides' order from saying who acted on whom ("and", "from", "received"). */
  readonly sideLinks: ReadonlySet<string>;
  /** Of those, the words that turn the act round (the side after them did it) or name its receiver, and acts done together. */
  readonly actDirection: { readonly doerAfter: ReadonlySet<string>; readonly turning: ReadonlySet<string>; readonly receiverAfter: ReadonlySet<string>; readonly mutual: ReadonlySet<string> };
  /**
   * Matched on lemmas ("maintaining", "kept" → maintain, keep); `form`, where given, is the one form a word is meant
   * in, its other forms being another word ("flagging" momentum, not "flagged" a problem).
   */
  readonly polarity: PhraseList<{ readonly group: number; readonly sign: 1 | -1; readonly form?: string; readonly senses: readonly PolaritySense[] }>;
  readonly status: PhraseList<Status>;
  /** Words whose object was already done ("comply with"): matched on the sentence's own words. */
  readonly presupposing: PhraseList<true>;
  /** Verbs of carrying a thing out ("implemented"; `carryingOut`): of a thing only proposed, they claim it done. */
  readonly carryingOut: PhraseList<true>;
  /** Verbs that put forward an act said after them ("raised settling…"): that act is proposed, not claimed done. */
  readonly proposing: PhraseList<true>;
  /** The words of done that claim the sides agreed ("agree to"): what a sentence reporting an agreement says. */
  readonly agreeing: PhraseList<true>;
  /** Words that say how something was characterised ("described as"), lower case, each split into its words. */
  readonly characterising: readonly (readonly string[])[];
  /** Words of degree before the quality characterised ("very important"). */
  readonly characterisingDegrees: ReadonlySet<string>;
  /** The grammar that may stand between a characterising word and its quality ("called a…"). */
  readonly characterisingArticles: ReadonlySet<string>;
  /** The forms of "be" a yes/no on a quality opens with ("was the channel useless?"). */
  readonly qualityCopulas: ReadonlySet<string>;
  /** Kinds of one thing ("flood", "earthquake" of a disaster), matched on lemmas. */
  readonly kinds: PhraseList<Kind>;
  readonly titles: PhraseList<true>;
  /** Offices the participants may be given wrongly (data/lexicon/en.json `roles.offices`: "foreign minister"). */
  readonly offices: PhraseList<true>;
  readonly ranks: PhraseList<true>;
  readonly bodies: PhraseList<true>;
  readonly ignore: PhraseList<true>;
  /** Kinds of text ("summary", "recap", "TL;DR"; data/lexicon/en.json `beyond.production.reports`): a heading's label, no claim. */
  readonly reports: PhraseList<true>;
  /** Verbs of giving and of receiving, matched on lemmas. */
  readonly giving: PhraseList<'give' | 'receive'>;
  /** Bodies of a side other than its party ("government", "army"): a giver named so is not the party's department. */
  readonly institutions: PhraseList<true>;
  readonly otherTime: PhraseList<true>;
  readonly postVerbs: PhraseList<true>;
  readonly postNouns: PhraseList<true>;
  /** Words that name a pair ("both"): with a word for a party after them, the talk's two parties. */
  readonly pairWords: ReadonlySet<string>;
  /** Pronouns that, opening a sentence ("They affirmed…"), name the pair (data/lexicon/en.json `pairOpeners`). */
  readonly pairOpeners: ReadonlySet<string>;
  /** Verbs of saying ("said", "told"): what follows them is what was said (data/lexicon/en.json `focus.speech`). */
  readonly speech: ReadonlySet<string>;
  readonly doneAdverbs: ReadonlySet<string>;
  /** Words right before a verb that leave its act unclaimed ("to", "would", "about"; data/lexicon/en.json `unasserting`). */
  readonly unasserting: ReadonlySet<string>;
  /** Words before a verb's "-ing" form that say the act is going on ("are", "started"; `underway`). */
  readonly underway: ReadonlySet<string>;
  /** Verbs of a phrase for done that ends in grammar ("agreed" of "agreed to", "agreed on"): done said alone too, of a talk ("…, agreed at the April talks"). */
  readonly doneHeads: ReadonlySet<string>;
  /** Lemmas of events other than the talks ("congress", "visit"). */
  readonly otherEvents: ReadonlySet<string>;
  /** Words that arrange a meeting to come before "to meet", "to visit" (data/lexicon/en.json `planners`). */
  readonly planners: ReadonlySet<string>;
  /**
   * Words ranking a thing first (en.json `focus.superlative`, `claims.ranked`: "biggest", "main") and the words a
   * sentence singles a thing out with (`focus.ranking`: "especially").
   */
  readonly ranking: { readonly first: ReadonlySet<string>; readonly singling: ReadonlySet<string> };
  /** Units of time and the words after them that put a claim at a distance from the talks ("months after"). */
  readonly distance: { readonly units: ReadonlySet<string>; readonly links: ReadonlySet<string>; readonly spans: ReadonlySet<string> };
  readonly talkNouns: ReadonlySet<string>;
  /** Nouns counting the times talks were held ("times", "rounds"; `talkTimes`), besides `talkNouns`. */
  readonly talkTimes: ReadonlySet<string>;
  /** Words that close a statement into a question ("…, right?", "sounds correct?"; data/lexicon/en.json `tags`). */
  readonly tagClosers: PhraseList<true>;
  readonly negationCarriers: ReadonlySet<string>;
  /** Words that make what follows them the subject talked of ("about", "mentioned"; data/lexicon/en.json `talkedAbout`). */
  readonly talkedAbout: { readonly links: ReadonlySet<string>; readonly determiners: ReadonlySet<string> };
  /** Quantifiers of a whole and of a part (data/lexicon/en.json `quantifiers`), as normalized phrases. */
  readonly quantifiers: { readonly whole: readonly string[]; readonly idioms: readonly string[]; readonly part: readonly string[] };
  /** Words that add one more beside those named ("also joined"): data/lexicon/en.json `additive`. */
  readonly additive: PhraseList<true>;
  /** Words by which someone acts for a side ("spoke for", "on behalf of"): data/lexicon/en.json `representing`. */
  readonly representing: PhraseList<true>;
  /** Nouns of anyone or anything at all ("some people", "things"): data/lexicon/en.json `genericNouns`. */
  readonly genericNouns: ReadonlySet<string>;
  /** Family names by the id of their bearers' party (data/lexicon/en.json `roles.familyNames`): "nguyen" → cpv. */
  readonly familyNames: ReadonlyMap<string, string>;
  /** Lemmas of verbs that say nothing beyond their noun ("offer", "express": data/lexicon/en.json `supportVerbs`). */
  readonly supportVerbs: ReadonlySet<string>;
  /** Lemmas of acts that take what they are for as their object ("praise", "thank": data/lexicon/en.json `objectActs`). */
  readonly objectActs: ReadonlySet<string>;
  readonly eventVerbs: ReadonlySet<string>;
  readonly contrasts: ReadonlySet<string>;
  /** "rather than", "instead of": what follows is the alternative put aside. */
  readonly alternatives: PhraseList<true>;
  /** The talks' party an organisation or person belongs to ("International Liaison Department" → the CPC), if any. */
  partyOf(named: Named): Organisation | null;
  /** The party whose side a place is (a side's country: its id is the party's). */
  sideParty(placeId: string): Organisation | null;
  /** Names of people and organisations of the knowledge base (a place inside one is no place: "Communist Party of Vietnam"). */
  readonly actors: PhraseList<Named>;
  /** Names of topics and documents (keywords, which may be words of a detail too: read after the details). */
  readonly subjects: PhraseList<Named>;
  /**
   * Words that can start a checkable detail (a month, a number word, a currency, a place, a format, a
   * negator, a word of polarity, of done or not, of a rank): a question with none of them, no digit and no
   * person named has no detail to check, and is not read further.
   */
  readonly triggers: ReadonlySet<string>;
  /**
   * The names and terms of the facts in Vietnamese and Chinese, as the reader writes them ("phia_trung_quoc",
   * "陆地边界"), to the English name of what they name: a claim in those languages is checked in English.
   */
  readonly foreign: ReadonlyMap<string, string>;
  /** A Vietnamese or Chinese question's own words for the English its glossary gave: a correction quotes them. */
  readonly ownWords: (lang: Lang, text: string) => OwnWords;
  /** Words that make a claim absolute ("only", "không hề", "一点"), in each language. */
  readonly absolutes: Absolutes;
  /**
   * The sides' own Chinese terms as the reader writes them ("越方", "中国"): the reading has them as sides, as an
   * English claim's "Vietnam" is an actor, not a word a sentence must cover.
   */
  readonly sideTerms: ReadonlySet<string>;
  /**
   * A side's or a participant's own Chinese or Vietnamese term as the claim has it ("越方", "宋涛", "tong dao") to the
   * party it stands for: the claim keeps these words untranslated, and who did an act to whom is read off them.
   */
  readonly partyTerms: PhraseList<Organisation>;
  /** One English word for a Chinese word (CC-CEDICT), if the dictionary has it and loads here. */
  chineseEnglish(word: string): string | undefined;
  /** A talk's sentences as the checker reads them (read on first use). */
  evidence(talk: Talk): TalkEvidence;
}

const words = (text: string) => normalizeData(text);

/** A related word this close (data/lexicon/related.json weights) means the same for the checker. */
const CLOSE = 0.8;

/** Every word of the phrase starts with a capital: a proper name ("Viet Nam"), not "the Vietnamese side". */
const proper = (phrase: string) => phrase.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));

export function buildClaimIndex(kb: KnowledgeBase, lexicon: Lexicon, facts: FactIndex): ClaimIndex {
  const w = lexicon.claims;
  // The talks' sides are countries, named as the data names them ("Vietnam", "Beijing").
  const sides = [...kb.organisations.values()].filter((o) => o.sides.length > 0);
  const places: [string, Place][] = [
    ...sides.flatMap((o) => {
      const label = o.sides.find(proper) ?? o.name;
      const place: Place = { id: o.id, label, kind: 'country', side: true };
      return o.sides.filter(proper).map((s) => [words(s), place] as [string, Place]);
    }),
    ...Object.entries(w.countries).flatMap(([id, list]) => list.map((p) => [p, { id, label: id, kind: 'country' as const, side: false }] as [string, Place])),
    ...Object.entries(w.areas).flatMap(([id, list]) => list.map((p) => [p, { id, label: id, kind: 'area' as const, side: false }] as [string, Place])),
  ];
  // A talk's format words, but not one that is part of another format's words ("call" of "video call").
  const byKeyword = new Map<string, Set<Talk>>();
  // A Vietnamese question keeps the label of a talk's format as one term, not pivoted ("hội đàm trực tuyến", read
  // "hoi dam truc tuyen"): that label names the format as the English keywords do.
  const formatWords = (t: Talk) => [...t.format.keywords, t.format.labels.vi];
  for (const t of kb.talks) for (const k of formatWords(t)) byKeyword.set(words(k), (byKeyword.get(words(k)) ?? new Set()).add(t));
  const keywords = [...byKeyword.keys()];
  const formats: [string, ClaimFormat][] = [];
  for (const [k, talks] of byKeyword) {
    const generic = !k.includes(' ') && keywords.some((o) => o !== k && o.split(' ').includes(k) && [...(byKeyword.get(o) ?? [])].some((t) => !talks.has(t)));
    if (generic) continue;
    const list = [...talks].sort((a, b) => byDate(a, b));
    formats.push([k, { kind: 'talks', talks: list, label: list[0]?.format.label ?? k }]);
  }
  for (const [id, list] of Object.entries(w.formats)) for (const p of list) formats.push([p, { kind: 'other', id, inPerson: id === 'in person' }]);
  const actors: [string, Named][] = [
    ...[...kb.people.values()].flatMap((person) => [person.name, ...person.aliases].map((n) => [words(n), { kind: 'person', person }] as [string, Named])),
    // A Chinese name stays as the reader writes it ("黄平君", no English name put for it): named so, a role or
    // act said of it in the claim is theirs, as a Vietnamese name read as its words is.
    ...[...kb.people.values()].flatMap((person) => person.terms.zh.map((n) => [termKey(lexicon.simplified(n)), { kind: 'person', person }] as [string, Named])),
    // A Vietnamese name is read as its folded words: "Tống Đào" ("tong dao") is no spelling of "Song Tao".
    ...[...kb.people.values()].flatMap((person) => person.terms.vi.map((n) => [words(n), { kind: 'person', person }] as [string, Named])),
    ...[...kb.organisations.values()].flatMap((organisation) =>
      [organisation.name, organisation.acronym ?? '', ...organisation.aliases].filter(Boolean).map((n) => [words(n), { kind: 'organisation', organisation }] as [string, Named]),
    ),
  ].filter(([n]) => n.length > 0);
  const subjects: [string, Named][] = [
    ...[...kb.topics.values()].flatMap((topic) => [topic.label, ...topic.keywords, ...topic.unnamedParts].map((n) => [words(n), { kind: 'topic', topic }] as [string, Named])),
    ...kb.talks.flatMap((t) => t.agreements.flatMap((agreement) => agreement.keywords.map((n) => [words(n), { kind: 'document', agreement }] as [string, Named]))),
  ].filter(([n]) => n.length > 0);
  const alike = new Map<string, number>();
  w.alike.forEach((group, i) => group.forEach((p) => alike.set(p, i)));
  const months = new Map<string, number>([...MONTHS.map((m, i) => [m, i + 1] as const), ...Object.entries(MONTH_ABBREVIATIONS)]);
  // Grammar typed short in chat ("trung n song tao", "w/ china") is grammar still, no word a sentence must cover.
  const shortGrammar = Object.entries(SHORT_TYPOS).flatMap(([typed, full]) => (STOP_WORDS.has(full) ? [typed] : []));
  const functionWords = new Set([...STOP_WORDS, ...CHAT_WORDS, ...FRAME_WORDS, ...shortGrammar]);
  const meaningCache = new Map<string, readonly string[]>();
  const paraphrases = new Map<string, string[]>();
  for (const [lemma, list] of Object.entries(w.paraphrases)) for (const x of list) paraphrases.set(x, [...(paraphrases.get(x) ?? []), lemma]);
  const stems = new Map<string, string>();
  const generals = new Map<string, boolean>();
  const lemmaPhrase = (p: string) => p.split(' ').map((x) => lexicon.lemma(x)).join(' ');
  const meanings = (word: string): readonly string[] => {
    let out = meaningCache.get(word);
    if (!out) {
      const lemma = lexicon.lemma(word);
      // A paraphrase's article word as the sentences hold it, by its lemma ("goods" → good).
      const paraphrased = (paraphrases.get(word) ?? paraphrases.get(lemma) ?? []).flatMap((p) => [p, lexicon.lemma(p)]);
      const found = [lemma, word, ...lexicon.related(lemma).filter((r) => r.weight >= CLOSE).map((r) => r.lemma), ...paraphrased];
      // Each also as spelt the other way ("emphasize" of a sentence's "emphasised"): sentences keep both spellings.
      out = [...new Set([...found, ...found.map(americanSpelling)])];
      if (meaningCache.size < 20_000) meaningCache.set(word, out);
    }
    return out;
  };
  const phraseAt = (tokens: readonly ClaimToken[], i: number): { length: number; lemmas: readonly string[] } | null => {
    const first = tokens[i]?.word ?? '';
    for (const phrase of [...(lexicon.phrases.get(first) ?? []), ...(lexicon.phrases.get(lexicon.lemma(first)) ?? [])]) {
      // A phrase with a slot ("give * credit") is the question reader's: a claim's words are compared one by one.
      const fits = !phrase.words.includes(PHRASE_SLOT) && phrase.words.every((w, k) => {
        const t = tokens[i + k]?.word;
        return t !== undefined && (t === w || lexicon.lemma(t) === w);
      });
      const lemmas = phrase.related.filter((r) => r.weight >= CLOSE).map((r) => r.lemma);
      if (fits && lemmas.length > 0) return { length: phrase.words.length, lemmas };
    }
    return null;
  };
  const partyOfOrganisation = new Map(kb.talks.flatMap((t) => t.participants.map((p) => [p.organisation, p.party] as const)));
  const talks = new Map<Talk, TalkEvidence>();
  const first = (phrases: Iterable<string>) => [...phrases].map((p) => p.split(' ')[0] ?? '');
  const triggers = new Set([
    ...months.keys(),
    ...first(Object.keys(w.numbers)),
    ...first(Object.keys(w.ordinals)),
    ...first(Object.values(w.currencies).flat()),
    ...first(places.map(([p]) => p)),
    ...first(formats.map(([p]) => p)),
    ...first(w.negators),
    ...first(w.polarity.flatMap((g) => [...g.positive, ...g.negative]).flatMap((p) => [p, lemmaPhrase(p)])),
    ...first([...w.status.done, ...w.status.notDone]),
    ...first(kindPhrases(w).flatMap(([p]) => [p, lemmaPhrase(p)])),
    ...first(w.ranks),
    ...first(w.bodies),
    ...first(w.otherInstance),
    ...first(w.undergoing),
    ...first([...w.giving.give, ...w.giving.receive]),
  ]);
  // "Flagging" momentum: an adjective in "-ing" of a word mostly used as a noun ("flag") is that form alone; "he
  // flagged the problem" is another verb.
  const exactForms = new Set(w.exactForms ?? []);
  const onlyForm = (p: string): { readonly form?: string } => {
    const lemma = lexicon.lemma(p);
    return (!p.includes(' ') && p.endsWith('ing') && lemma !== p && !lexicon.isGeneral(lemma)) || exactForms.has(p) ? { form: p } : {};
  };
  const polarityEntries = w.polarity.flatMap((g, group) => [
    ...g.positive.map((p) => [lemmaPhrase(p), { group, sign: 1 as const, ...onlyForm(p) }] as const),
    ...g.negative.map((p) => [lemmaPhrase(p), { group, sign: -1 as const, ...onlyForm(p) }] as const),
  ]);
  // A phrase in more than one group has a sense in each ("dropped" from the schedule, or a way of working dropped):
  // the first is the one it is read as, the others what a sentence may also speak of it by.
  const polaritySenses = new Map<string, PolaritySense[]>();
  for (const [p, { group, sign }] of polarityEntries) {
    const list = polaritySenses.get(p) ?? [];
    if (!list.some((x) => x.group === group)) list.push({ group, sign });
    polaritySenses.set(p, list);
  }
  const index: ClaimIndex = {
    words: w,
    lemma: (word) => lexicon.lemma(word),
    stem: (word) => {
      let out = stems.get(word);
      if (out === undefined) {
        out = stemOf(americanSpelling(word));
        if (stems.size < 20_000) stems.set(word, out);
      }
      return out;
    },
    general: (word) => {
      let out = generals.get(word);
      if (out === undefined) {
        out = lexicon.isGeneral(word) || lexicon.fromGeneral(word);
        if (generals.size < 20_000) generals.set(word, out);
      }
      return out;
    },
    meanings,
    phraseAt,
    english: (word) => lexicon.isEnglish(word),
    functionWords,
    opposites: buildOpposites(lexicon.opposites),
    indefinites: new Set(w.indefinites ?? []),
    months,
    numbers: phraseList(Object.entries(w.numbers)),
    ordinals: phraseList(Object.entries(w.ordinals)),
    scales: phraseList(Object.entries(w.scales)),
    currencies: groupList(Object.entries(w.currencies)),
    worth: wordList(w.worth),
    approximately: wordList(w.approximately),
    bounds: groupList<'above' | 'below'>([
      ['above', w.bounds.above],
      ['below', w.bounds.below],
    ]),
    localNouns: wordList(w.localNouns),
    // A verb of an event striking a place stands before it as a locative does ("hit northern Vietnam").
    locatives: new Set([...w.locatives, ...w.striking]),
    undergoing: wordList(w.undergoing),
    striking: new Set(w.striking),
    undergoneKinds: new Set(w.undergoneKinds ?? []),
    regions: wordList(w.regions),
    notCounted: wordList(w.notCounted),
    signedThings: wordList(w.signedThings),
    attendees: wordList(w.attendees),
    attending: wordList(w.attending),
    totals: wordList(w.totals),
    alike,
    periodLinks: wordList(w.periodLinks),
    periodEnds: wordList(w.periodEnds),
    periodStarts: wordList(w.periodStarts),
    periodWhole: wordList(w.periodWhole ?? []),
    periodUnits: new Set(w.periodUnits),
    periodSpans: phraseList(Object.entries(w.periodSpans ?? {})),
    otherInstance: wordList(w.otherInstance),
    additive: wordList(w.additive ?? []),
    representing: wordList(w.representing ?? []),
    genericNouns: new Set(w.genericNouns ?? []),
    familyNames: new Map(Object.entries(lexicon.roles.familyNames.byParty).flatMap(([party, names]) => names.map((n) => [n, party] as const))),
    supportVerbs: new Set((w.supportVerbs ?? []).map((x) => lexicon.lemma(x))),
    objectActs: new Set((w.objectActs ?? []).map((x) => lexicon.lemma(x))),
    formats: phraseList(formats),
    talkWords: new Set(w.talkWords),
    talkPhrases: wordList(w.talkWords),
    places: phraseList(places),
    negators: wordList(w.negators),
    // Typed short too ('quan n song tao'): the same link.
    sideLinks: new Set([...(w.sideLinks ?? []), ...Object.entries(SHORT_TYPOS).flatMap(([typed, full]) => ((w.sideLinks ?? []).includes(full) ? [typed] : []))]),
    actDirection: {
      doerAfter: new Set(w.actDirection?.doerAfter ?? []),
      turning: new Set(w.actDirection?.turning ?? []),
      receiverAfter: new Set(w.actDirection?.receiverAfter ?? []),
      mutual: new Set((w.actDirection?.mutual ?? []).map((x) => lexicon.lemma(x))),
    },
    polarity: phraseList(
      polarityEntries.map(([p, v]) => [p, { ...v, senses: polaritySenses.get(p) ?? [] }] as const),
      new Set(w.phraseGaps),
      new Set(w.phrasalParticles ?? []),
    ),
    status: groupList<Status>([
      ['notDone', w.status.notDone],
      ['done', w.status.done],
      ['hoped', w.status.hoped],
    ]),
    presupposing: wordList(w.presupposing),
    carryingOut: wordList(w.carryingOut ?? []),
    proposing: wordList(w.status.proposing ?? []),
    agreeing: wordList(w.status.agreeing ?? []),
    characterising: (w.characterising ?? []).map((p) => p.split(' ')),
    characterisingDegrees: new Set(w.characterisingDegrees ?? []),
    characterisingArticles: new Set(w.characterisingArticles ?? []),
    qualityCopulas: new Set(w.qualityCopulas ?? []),
    kinds: phraseList<Kind>(kindPhrases(w).map(([p, kind]) => [lemmaPhrase(p), kind] as const)),
    titles: wordList(w.titles),
    offices: wordList(lexicon.roles.offices),
    ranks: wordList(w.ranks),
    bodies: wordList(w.bodies),
    ignore: wordList(w.ignore),
    reports: wordList(lexicon.beyond.production.reports),
    institutions: wordList(w.institutions ?? []),
    giving: groupList<'give' | 'receive'>([
      ['give', w.giving.give.map(lemmaPhrase)],
      ['receive', w.giving.receive.map(lemmaPhrase)],
    ]),
    otherTime: wordList(w.otherTime),
    postVerbs: wordList(w.postVerbs),
    postNouns: wordList(w.postNouns),
    pairWords: new Set(w.pairWords),
    pairOpeners: new Set(w.pairOpeners),
    speech: new Set(lexicon.focus.speech),
    tagClosers: wordList(lexicon.tags.closers),
    doneAdverbs: new Set(w.doneAdverbs),
    unasserting: new Set(w.unasserting ?? []),
    underway: new Set(w.underway ?? []),
    doneHeads: new Set(
      w.status.done
        .map((p) => p.split(' '))
        .filter(([head, last, ...more]) => head !== undefined && last !== undefined && more.length === 0 && !functionWords.has(head) && functionWords.has(last))
        .map(([head]) => head ?? ''),
    ),
    otherEvents: new Set(w.otherEvents.map((e) => lexicon.lemma(e))),
    planners: new Set(w.planners),
    ranking: { first: new Set([...lexicon.focus.superlative, ...w.ranked]), singling: new Set(lexicon.focus.ranking) },
    distance: { units: new Set(w.distance.units), links: new Set(w.distance.links), spans: new Set(w.distance.spans ?? []) },
    talkNouns: new Set(w.talkNouns),
    talkTimes: new Set(w.talkTimes ?? []),
    negationCarriers: new Set(w.negationCarriers),
    talkedAbout: { links: new Set(w.talkedAbout?.links ?? []), determiners: new Set(w.talkedAbout?.determiners ?? []) },
    quantifiers: { whole: w.quantifiers?.whole ?? [], idioms: w.quantifiers?.idioms ?? [], part: w.quantifiers?.part ?? [] },
    eventVerbs: new Set(w.eventVerbs),
    contrasts: new Set(w.contrasts),
    alternatives: wordList(w.alternatives),
    partyOf: (named) => {
      if (named.kind === 'person') return named.person.party;
      if (named.kind !== 'organisation') return null;
      if (named.organisation.sides.length > 0) return named.organisation;
      return partyOfOrganisation.get(named.organisation) ?? null;
    },
    sideParty: (placeId) => sides.find((o) => o.id === placeId) ?? null,
    actors: phraseList(actors),
    subjects: phraseList(subjects),
    triggers,
    foreign: foreignTerms(kb, lexicon),
    ownWords: ownWordsOf(lexicon),
    absolutes: absolutesOf(lexicon),
    sideTerms: new Set(sides.flatMap((o) => o.sideTerms.zh.map((t) => termKey(lexicon.simplified(t))))),
    partyTerms: phraseList([
      ...sides.flatMap((o) => o.sideTerms.zh.map((t) => [termKey(lexicon.simplified(t)), o] as const)),
      ...[...kb.people.values()].flatMap((p) => [
        ...p.terms.zh.map((t) => [termKey(lexicon.simplified(t)), p.party] as const),
        ...p.terms.vi.map((t) => [words(t), p.party] as const),
      ]),
    ]),
    chineseEnglish: (word) => lexicon.chinese()?.english(word),
    evidence: (talk) => {
      let e = talks.get(talk);
      if (!e) {
        e = buildTalkEvidence(index, facts, talk);
        talks.set(talk, e);
      }
      return e;
    },
  };
  return index;
}

/** Every phrase of data/lexicon/en.json `kinds`, with the kind it names. */
function kindPhrases(w: ClaimWords): (readonly [string, Kind])[] {
  const covers = (member: string) => w.kindCovers?.[member];
  return Object.entries(w.kinds).flatMap(([group, members]) =>
    Object.entries(members).flatMap(([member, phrases]) => {
      const covered = covers(member);
      return phrases.map((p) => [p, covered ? { group, member, covers: covered } : { group, member }] as const);
    }),
  );
}

/** See ClaimIndex.foreign: the key a term gets in a question (src/matching/pivot.ts, termKey) to its English name. */
function foreignTerms(kb: KnowledgeBase, lexicon: Lexicon): Map<string, string> {
  const out = new Map<string, string>();
  const currencies = new Set(Object.values(lexicon.claims.currencies).flat());
  // A term that is a detail the checker compares stays that detail: a currency ("USD", "nhân dân tệ") is read
  // as its English name, not as the topic it is a keyword of; an amount with its figure ("1,5 triệu nhân dân
  // tệ") is read from the words as typed.
  const asDetail = (lang: 'vi' | 'zh', term: string): string | null | undefined => {
    if (/\d/u.test(term)) return null;
    const words = lexicon.glossaries[lang].words;
    const english = words[term] ?? words[term.toLowerCase()] ?? normalizeData(term);
    return currencies.has(english) ? english : undefined;
  };
  const put = (lang: 'vi' | 'zh', term: string, english: string) => {
    const key = termKey(term);
    if (out.has(key)) return;
    const detail = asDetail(lang, term);
    if (detail !== null) out.set(key, detail ?? english);
  };
  const add = (terms: Terms, english: string | undefined) => {
    if (!english) return;
    for (const t of terms.vi) put('vi', t, english);
    for (const t of terms.zh) put('zh', lexicon.simplified(t), english);
  };
  for (const o of kb.organisations.values()) {
    // Not people's terms nor a side's ("越方"): the reading has them, and in English word order a role or a
    // place would be read into them.
    add(o.terms, o.name);
    // A side's name of several words kept as one term ("trung_quoc") is that side's English name: read as its words,
    // "trung quoc" would name a person ("Trung") before the side.
    for (const side of o.sides) if (side.includes(' ') && !out.has(termKey(side))) out.set(termKey(side), o.sides[0] ?? side);
    // So is a Vietnamese one ("phía Việt Nam"): read as its words, "phia" would be a word no sentence covers.
    for (const side of o.sideTerms.vi) if (side.includes(' ') && !out.has(termKey(side))) out.set(termKey(side), o.sides[0] ?? side);
  }
  for (const t of kb.topics.values()) add(t.terms, t.label);
  // A part of a topic the articles never name ("Trường Sa") ties a claim to the topic all the same.
  for (const t of kb.topics.values()) add(t.unnamedPartTerms, t.label);
  for (const a of kb.talks.flatMap((t) => t.agreements)) add(a.terms, a.keywords[0]);
  return out;
}
