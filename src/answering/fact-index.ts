// Every fact of the knowledge base with what answerers ask of it, computed once per engine: its lemmas
// (for ranking), who said it, the organisations its sentence names, whether it gives a cause. Answerers
// query this instead of searching texts, so they stay pure functions of the reading.
import type { Agreement, Evidence, Figure, KnowledgeBase, Organisation, Participant, Person, Statement, Talk, Topic } from '../facts/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Lang } from '../languages.js';
import { MONTHS, STOP_WORDS } from '../matching/cues.js';
import { escapeRegExp, normalizeData as normalize } from '../matching/normalize.js';
import { wordingKeys } from '../matching/native.js';
import type { Foreign } from '../matching/pivot.js';

export type FactItem =
  | { readonly kind: 'statement'; readonly item: Statement }
  | { readonly kind: 'agreement'; readonly item: Agreement }
  | { readonly kind: 'figure'; readonly item: Figure }
  | { readonly kind: 'participant'; readonly item: Participant };

export interface IndexedFact {
  readonly talk: Talk;
  readonly fact: FactItem;
  readonly evidence: Evidence;
  /**
   * Lemma → count, from the quote and our wording of the fact; after the first question in Vietnamese or
   * Chinese, also the keys of the fact's wording in that language ("vi:muc tieu", src/matching/native.ts).
   */
  readonly lemmas: ReadonlyMap<string, number>;
  readonly length: number;
  readonly topics: ReadonlySet<Topic>;
  readonly speakers: ReadonlySet<Person>;
}

export interface FactIndex {
  readonly facts: readonly IndexedFact[];
  readonly byTalk: ReadonlyMap<Talk, readonly IndexedFact[]>;
  readonly averageLength: number;
  /** Inverse document frequency of a lemma over all facts (0 for a lemma no fact uses). */
  idf(lemma: string): number;
  /** The idf of a lemma used by a single fact: what a word no fact uses would weigh. */
  readonly maxIdf: number;
  ofStatement(s: Statement): IndexedFact | undefined;
  /** Whether a statement's sentence uses these (normalized) words in a row. */
  /** Whether a statement's sentence uses a phrase; a Vietnamese or Chinese term, its wording in that language. */
  usesPhrase(s: Statement, words: string, lang?: Lang): boolean;
  /** Whether any statement on the topic uses these words in a row (remembered per topic and words). */
  topicUsesPhrase(topic: Topic, words: string, lang?: Lang): boolean;
  /** How many talks have a statement using the phrase (remembered per phrase: a scan of every talk otherwise). */
  talksUsingPhrase(words: string, lang?: Lang): number;
  /** Whether a statement's sentence names the organisation (by name, acronym or alias). */
  namesOrganisation(s: Statement, o: Organisation): boolean;
  /** Whether a statement's sentence gives a cause ("due to", "caused by"). */
  givesCause(s: Statement): boolean;
  /** Whether a statement counts what it reports from a starting point ("achievements since the 13th Congress"): en.json focus.starts. */
  givesStart(s: Statement): boolean;
  /** Whether a question's (English or pivoted) words name a starting point ("since which event?"): en.json focus.starts. */
  namesStart(words: readonly string[]): boolean;
  /** Whether a statement says what something led to ("…, contributing to continued growth"): en.json focus.contributes. */
  givesOutcome(s: Statement): boolean;
  /** Whether a statement says something matters ("plays an important role in…"): en.json focus.significanceSaid. */
  givesSignificance(s: Statement): boolean;
  /**
   * Whether a question's words ask how much something matters ("important", "matter"; pivoted or typed: "quan trọng",
   * "重要"): en.json focus.significanceAsked and the glossaries' focus.significance.
   */
  asksSignificance(said: { readonly words: readonly string[]; readonly text: string }, lang: Lang): boolean;
  /** Whether a statement reports a judgement of its subject ("spoke highly of"): en.json focus.judgementSaid. */
  givesJudgement(s: Statement): boolean;
  /** Whether a question's words (English, or a pivot's) ask how someone judged a subject: en.json focus.judgementAsked. */
  asksJudgement(words: readonly string[]): boolean;
  /** Whether a word (English, or a pivot's) names an amount of money ("money", "tiền" read as it): en.json focus.money. */
  isMoney(words: string): boolean;
  /** Whether a statement reports an act whose object is its reason ("congratulated … on", "thanked … for"): data/lexicon/en.json focus.grounds. */
  givesGrounds(s: Statement): boolean;
  /** Whether an English word names such an act ("congratulated", "thanks"). */
  isGround(word: string): boolean;
  /** The lemma of such an act an English word names ("sympathies" → "sympathy"), or null for another word. */
  groundLemma(word: string): string | null;
  /** Whether a fact's sentence gives a number ("1.5 million", "three legal documents"), for "how many/much" questions. */
  givesNumber(evidence: Evidence): boolean;
  /** Whether the evidence gives a number that may be an amount: `givesNumber` without ordinals of names. */
  givesAmount(evidence: Evidence): boolean;
  /** The first sentence of a talk's article naming the organisation, if any. */
  mentionOf(talk: Talk, o: Organisation): Evidence | null;
  /** Statements, agreements and figures of a talk tagged with a topic. */
  taggedWith(talk: Talk, topic: Topic): readonly IndexedFact[];
  /** The talks' own parties and organisations (not organisations they only name, like ASEAN). */
  readonly own: ReadonlySet<Organisation>;
  /** Every agreement with its talk, newest talk first; and those on one topic. */
  readonly agreements: readonly { readonly talk: Talk; readonly agreement: Agreement }[];
  agreementsOn(topic: Topic): readonly { readonly talk: Talk; readonly agreement: Agreement }[];
  /** The people whose statements use a lemma. */
  speakersUsing(lemma: string): ReadonlySet<Person>;
  /** The talks a person took part in, oldest first. */
  talksOfPerson(person: Person): readonly Talk[];
  /** Everyone who speaks in some statement. */
  readonly speakers: ReadonlySet<Person>;
  /** Every statement, newest talk first: the order answers prefer. */
  readonly statements: readonly Statement[];
  talkOf(s: Statement): Talk;
  /** A statement's place in `statements` (0 = newest talk's first statement). */
  orderOf(s: Statement): number;
  /** Statements tagged with a topic, using a lemma, or said by a person; newest talk first. */
  statementsTagged(topic: Topic): readonly Statement[];
  statementsUsing(lemma: string): readonly Statement[];
  statementsBy(person: Person): readonly Statement[];
  /** Facts whose words include a lemma, and facts tagged with a topic. */
  factsUsing(lemma: string): readonly IndexedFact[];
  factsTagged(topic: Topic): readonly IndexedFact[];
  /** The indexed facts of one item (a statement, an agreement...). */
  factsOf(item: object): readonly IndexedFact[];
}

// A purpose said with "to" and a verb of furthering ("exchanges to enhance political trust") is the reason for the act.
const CAUSAL = /\b(due to|because|caused by|as a result|owing to|in order to|in celebration of|to celebrate|to mark|in honou?r of|to (?:support|enhance|deepen|strengthen|boost|consolidate|foster))\b/i;
// Years ("2021-2025") are dates, not counts or amounts; a number joined to a name ("COVID-19") is part of the name.
/** "The two sides", "both Parties": the two parties of the talks, not a figure. */
const NOT_A_COUNT = /\b(the )?two (sides|parties|countries|officials|leaders|general secretaries|nations)\b/gi;
const NUMBER = /\b(?<![A-Za-z]-)(?!(?:19|20)\d\d\b)\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|thousand|million|billion)\b/i;

/** A day of a month ("April 19", "19 April") and an ordinal ("70th"): a date and a rank, no count or amount. */
const DAY_OF_MONTH = new RegExp(`\\b(?:(?:${MONTHS.join('|')}) \\d{1,2}|\\d{1,2} (?:${MONTHS.join('|')}))\\b`, 'gi');
const ORDINAL = /\b\d+(?:st|nd|rd|th)\b/gi;
/** An ordinal that begins a name ("13th National Congress"): part of the name, as "COVID-19"'s number is. */
const NAMED_ORDINAL = /\b\d+(?:st|nd|rd|th) (?=\p{Lu})/gu;

/** A span of years ("2021-2025"): how long something runs. */
const YEAR_SPAN = /\b(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\b/;

/**
 * Whether a text gives a count, an amount or a span of years itself: not a lone year, a day of a month, an ordinal
 * or "the two sides". Stricter than `givesNumber`: what a question that cannot be placed alone asks as a figure
 * must stand on one.
 */
export function givesFigure(text: string): boolean {
  return YEAR_SPAN.test(text) || NUMBER.test(text.replace(NOT_A_COUNT, ' ').replace(DAY_OF_MONTH, ' ').replace(ORDINAL, ' '));
}

const NOBODY: ReadonlySet<Person> = new Set();

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function namesOf(o: Organisation): string[] {
  return [o.acronym ?? '', o.name, ...o.aliases].filter((n) => n.length > 2);
}

export function buildFactIndex(kb: KnowledgeBase, lexicon: Lexicon): FactIndex {
  const facts: IndexedFact[] = [];
  const byStatement = new Map<Statement, IndexedFact>();
  const phraseText = new Map<Statement, string>();
  const organisations = [...kb.organisations.values()];
  const named = new Map<Statement, ReadonlySet<Organisation>>();
  const namedByQuote = new Map<string, ReadonlySet<Organisation>>();
  const namedIn = (quote: string) => {
    let set = namedByQuote.get(quote);
    if (!set) {
      set = new Set(organisations.filter((o) => namesOf(o).some((n) => quote.includes(n))));
      namedByQuote.set(quote, set);
    }
    return set;
  };
  // Facts often quote the same sentence: each distinct wording is read once.
  const bags = new Map<string, { counts: Map<string, number>; length: number }>();
  const bag = (texts: readonly string[]) => {
    const key = texts.join('\u0000');
    const known = bags.get(key);
    if (known) return known;
    const counts = new Map<string, number>();
    let length = 0;
    for (const text of texts) {
      if (text === '\u0001') break;
      for (const w of normalize(text).split(' ')) {
        if (!w || STOP_WORDS.has(w)) continue;
        const lemma = lexicon.lemma(w);
        counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
        length++;
      }
    }
    const made = { counts, length };
    bags.set(key, made);
    return made;
  };
  // The fact's wording in Vietnamese and Chinese: its keys join `lemmas` on the first question that asks for one.
  const wordingOf = new Map<IndexedFact, Readonly<Record<Foreign, string>>>();
  const countsOf = new Map<IndexedFact, Map<string, number>>();
  const add = (talk: Talk, fact: FactItem, evidence: Evidence, texts: string[], topics: readonly Topic[], speakers: readonly Person[], wording: Readonly<Record<Foreign, string>>) => {
    // Facts share a bag only when their wording in every language is the same too.
    const { counts, length } = bag([...texts, '\u0001', wording.vi, wording.zh]);
    const indexed: IndexedFact = { talk, fact, evidence, lemmas: counts, length, topics: new Set(topics), speakers: new Set(speakers) };
    facts.push(indexed);
    wordingOf.set(indexed, wording);
    countsOf.set(indexed, counts);
    return indexed;
  };

  for (const talk of kb.talks) {
    for (const s of talk.statements) {
      byStatement.set(s, add(talk, { kind: 'statement', item: s }, s, [s.quote, s.text], s.topics, s.speakers, s.texts));
      phraseText.set(s, ` ${normalize(s.quote)} `);
      named.set(s, namedIn(s.quote));
    }
    for (const a of talk.agreements) add(talk, { kind: 'agreement', item: a }, a, [a.quote, a.text, ...a.keywords], a.topics, a.parties, a.texts);
    for (const f of talk.figures) add(talk, { kind: 'figure', item: f }, f, [f.quote, f.text], f.topics, [], f.texts);
    for (const p of talk.participants) {
      const wording = { vi: `${p.person.names.vi} ${p.roles.vi}`, zh: `${p.person.names.zh} ${p.roles.zh}` };
      add(talk, { kind: 'participant', item: p }, p, [p.quote, p.role], [], [p.person], wording);
    }
  }

  const df = new Map<string, number>();
  const factsWith = new Map<string, IndexedFact[]>();
  const factsOn = new Map<Topic, IndexedFact[]>();
  for (const f of facts) {
    for (const lemma of f.lemmas.keys()) {
      df.set(lemma, (df.get(lemma) ?? 0) + 1);
      pushTo(factsWith, lemma, f);
    }
    for (const topic of f.topics) pushTo(factsOn, topic, f);
  }
  const n = facts.length;
  const averageLength = facts.reduce((sum, f) => sum + f.length, 0) / Math.max(1, n);

  const byTalk = new Map<Talk, IndexedFact[]>();
  for (const f of facts) pushTo(byTalk, f.talk, f);
  const byItem = new Map<object, IndexedFact[]>();
  for (const f of facts) pushTo(byItem, f.fact.item, f);

  // Read once per sentence: a question may test hundreds of statements.
  const causes = new Map<Evidence, boolean>();
  const numbers = new Map<Evidence, boolean>();
  const amounts = new Map<Evidence, boolean>();
  const memo = (cache: Map<Evidence, boolean>, e: Evidence, test: () => boolean) => {
    let v = cache.get(e);
    if (v === undefined) {
      v = test();
      cache.set(e, v);
    }
    return v;
  };
  const mentions = new Map<string, Evidence | null>();
  const mentionOf = (talk: Talk, o: Organisation): Evidence | null => {
    const key = `${talk.id}\u0000${o.id}`;
    if (mentions.has(key)) return mentions.get(key) ?? null;
    const body = talk.article.body;
    const needle = [o.quote, o.acronym ? `(${o.acronym})` : '', ...namesOf(o)].find((x) => x.length > 2 && body.includes(x));
    const found = needle ? { article: talk.article, quote: needle } : null;
    mentions.set(key, found);
    return found;
  };

  const statements = [...kb.talks].reverse().flatMap((t) => t.statements);
  const order = new Map(statements.map((st, i) => [st, i]));
  const statementTalk = new Map<Statement, Talk>();
  for (const t of kb.talks) for (const st of t.statements) statementTalk.set(st, t);
  const tagged = new Map<Topic, Statement[]>();
  const using = new Map<string, Statement[]>();
  const by = new Map<Person, Statement[]>();
  for (const st of statements) {
    for (const topic of st.topics) pushTo(tagged, topic, st);
    for (const lemma of byStatement.get(st)?.lemmas.keys() ?? []) pushTo(using, lemma, st);
    for (const person of st.speakers) pushTo(by, person, st);
  }

  const agreementPairs = [...kb.talks].reverse().flatMap((talk) => talk.agreements.map((agreement) => ({ talk, agreement })));
  const agreementsByTopic = new Map<Topic, { talk: Talk; agreement: Agreement }[]>();
  for (const pair of agreementPairs) for (const topic of pair.agreement.topics) pushTo(agreementsByTopic, topic, pair);
  const speakersByLemma = new Map<string, Set<Person>>();
  for (const st of statements) {
    for (const lemma of byStatement.get(st)?.lemmas.keys() ?? []) {
      const set = speakersByLemma.get(lemma) ?? new Set<Person>();
      for (const p of st.speakers) set.add(p);
      speakersByLemma.set(lemma, set);
    }
  }
  // The keys of the facts' Vietnamese or Chinese wording ("vi:muc tieu"), added on the first look-up of one:
  // a bot asked only in English never builds them. Each shared bag once; they add nothing to a fact's length.
  const wordingDone = new Set<Foreign>();
  const withWording = (lemma: string): string => {
    const lang = lemma.startsWith('vi:') ? 'vi' : lemma.startsWith('zh:') ? 'zh' : null;
    if (lang === null || wordingDone.has(lang)) return lemma;
    wordingDone.add(lang);
    const bagsDone = new Set<Map<string, number>>();
    for (const f of facts) {
      const counts = countsOf.get(f);
      const wording = wordingOf.get(f);
      if (!counts || !wording) continue;
      if (!bagsDone.has(counts)) {
        bagsDone.add(counts);
        for (const key of wordingKeys(wording[lang], lang, lexicon)) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      for (const key of counts.keys()) {
        if (!key.startsWith(`${lang}:`)) continue;
        df.set(key, (df.get(key) ?? 0) + 1);
        pushTo(factsWith, key, f);
        if (f.fact.kind !== 'statement') continue;
        pushTo(using, key, f.fact.item);
        const set = speakersByLemma.get(key) ?? new Set<Person>();
        for (const p of f.fact.item.speakers) set.add(p);
        speakersByLemma.set(key, set);
      }
    }
    // Statements newest talk first, as `using` keeps them for English lemmas.
    for (const [key, list] of using) if (key.startsWith(`${lang}:`)) list.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return lemma;
  };

  // A statement's wording in Vietnamese or Chinese, folded (and simplified) like the question's terms.
  const localText = new Map<string, string>();
  const local = (s: Statement, lang: Exclude<Lang, 'en'>) => {
    const key = `${lang}\u0000${s.id}`;
    let text = localText.get(key);
    if (text === undefined) {
      text = lang === 'zh' ? normalize(lexicon.simplified(s.texts.zh)).replace(/ /g, '') : ` ${normalize(s.texts.vi)} `;
      localText.set(key, text);
    }
    return text;
  };
  // The statements using an English phrase, found once per phrase (bounded): answerers ask it of hundreds of
  // statements. A sentence using the phrase uses each of its words, so only the statements using its rarest
  // lemma are read (every statement, where its words are all stop words or not single-spaced).
  const phraseUsers = new Map<string, ReadonlySet<Statement>>();
  const usersOf = (words: string): ReadonlySet<Statement> => {
    let users = phraseUsers.get(words);
    if (users === undefined) {
      let pool: readonly Statement[] = statements;
      const parts = words.split(' ');
      if (parts.every((w) => w.length > 0)) {
        for (const w of parts) {
          if (STOP_WORDS.has(w)) continue;
          const list = using.get(lexicon.lemma(w)) ?? [];
          if (list.length < pool.length) pool = list;
        }
      }
      const needle = ` ${words} `;
      users = new Set(pool.filter((st) => (phraseText.get(st) ?? '').includes(needle)));
      if (phraseUsers.size < 10_000) phraseUsers.set(words, users);
    }
    return users;
  };
  const usesPhrase = (s: Statement, words: string, lang: Lang): boolean => {
    if (lang === 'en') return usersOf(words).has(s);
    if (lang === 'zh') return local(s, 'zh').includes(normalize(lexicon.simplified(words)).replace(/ /g, ''));
    const text = local(s, 'vi');
    const phrase = normalize(words);
    return text.includes(` ${phrase} `) || inOrderClosely(text.split(' '), phrase.split(' ')) || countedAfter(text, phrase);
  };
  // "hai Tổng Bí thư" where the facts say "Tổng Bí thư hai Đảng": Vietnamese puts the count after the title it
  // counts the holders of as often as before it (the glossary's `counting.numbers`), also inside a longer phrase
  // ("điện đàm giữa hai Tổng Bí thư", "điện đàm giữa Tổng Bí thư hai Đảng").
  const viNumbers = new Set(Object.keys(lexicon.glossaries.vi.counting?.numbers ?? {}).map((w) => normalize(w)));
  const countedAfter = (text: string, phrase: string): boolean => {
    const words = phrase.split(' ');
    return words.some((count, k) => {
      const rest = words.slice(k + 1);
      return viNumbers.has(count) && rest.length >= COUNTED_PHRASE && text.includes(` ${[...words.slice(0, k), ...rest].join(' ')} ${count} `);
    });
  };
  const topicPhrases = new Map<string, boolean>();
  const phraseTalks = new Map<string, number>();
  const grounds = new Set(lexicon.focus.grounds);
  const startWords = new Set(lexicon.focus.starts);
  const contributes = new RegExp(`\\b(?:${lexicon.focus.contributes.map(escapeRegExp).join('|') || '(?!)'})\\b`, 'iu');
  const moneyWords = new Set(lexicon.focus.money ?? []);
  const significanceSaid = new RegExp(`\\b(?:${lexicon.focus.significanceSaid.map(escapeRegExp).join('|') || '(?!)'})\\b`, 'iu');
  const significanceAsked = new Set(lexicon.focus.significanceAsked);
  const judgementSaid = new RegExp(`\\b(?:${(lexicon.focus.judgementSaid ?? []).map(escapeRegExp).join('|') || '(?!)'})\\b`, 'iu');
  const judgementAsked = lexicon.focus.judgementAsked ?? [];
  const nativeSignificance = (lang: Foreign) => (lexicon.glossaries[lang].focus?.significance ?? []).map((w) => normalize(lexicon.simplified(w)));
  const starts = new RegExp(`\\b(?:${lexicon.focus.starts.map(escapeRegExp).join('|') || '(?!)'})\\b`, 'iu');
  const talksByPerson = new Map<Person, Talk[]>();
  for (const t of kb.talks) for (const p of t.participants) pushTo(talksByPerson, p.person, t);

  return {
    facts,
    byTalk,
    own: new Set(kb.talks.flatMap((t) => t.participants.flatMap((p) => [p.party, p.organisation]))),
    speakers: new Set(by.keys()),
    agreements: agreementPairs,
    agreementsOn: (topic) => agreementsByTopic.get(topic) ?? [],
    speakersUsing: (lemma) => speakersByLemma.get(withWording(lemma)) ?? NOBODY,
    talksOfPerson: (person) => talksByPerson.get(person) ?? [],
    statements,
    orderOf: (st) => order.get(st) ?? Number.MAX_SAFE_INTEGER,
    talkOf: (st) => {
      const talk = statementTalk.get(st);
      if (!talk) throw new Error(`statement ${st.id} belongs to no talk`);
      return talk;
    },
    statementsTagged: (topic) => tagged.get(topic) ?? [],
    statementsUsing: (lemma) => using.get(withWording(lemma)) ?? [],
    statementsBy: (person) => by.get(person) ?? [],
    factsUsing: (lemma) => factsWith.get(withWording(lemma)) ?? [],
    factsTagged: (topic) => factsOn.get(topic) ?? [],
    factsOf: (item) => byItem.get(item) ?? [],
    averageLength,
    maxIdf: Math.log(1 + (n - 1 + 0.5) / 1.5),
    idf: (lemma) => {
      const d = df.get(withWording(lemma)) ?? 0;
      return d === 0 ? 0 : Math.log(1 + (n - d + 0.5) / (d + 0.5));
    },
    ofStatement: (s) => byStatement.get(s),
    usesPhrase: (s, words, lang = 'en') => usesPhrase(s, words, lang),
    topicUsesPhrase: (topic, words, lang = 'en') => {
      const key = `${topic.id}\u0000${lang}\u0000${words}`;
      let v = topicPhrases.get(key);
      if (v === undefined) {
        v = (tagged.get(topic) ?? []).some((st) => usesPhrase(st, words, lang));
        if (topicPhrases.size < 10_000) topicPhrases.set(key, v);
      }
      return v;
    },
    talksUsingPhrase: (words, lang = 'en') => {
      const key = `${lang}\u0000${words}`;
      let n = phraseTalks.get(key);
      if (n === undefined) {
        n = kb.talks.filter((t) => t.statements.some((st) => usesPhrase(st, words, lang))).length;
        if (phraseTalks.size < 10_000) phraseTalks.set(key, n);
      }
      return n;
    },
    namesOrganisation: (s, o) => named.get(s)?.has(o) ?? false,
    givesCause: (s) => memo(causes, s, () => CAUSAL.test(s.quote)),
    givesStart: (s) => starts.test(s.quote),
    givesOutcome: (s) => contributes.test(s.quote),
    givesSignificance: (s) => significanceSaid.test(s.quote),
    asksSignificance: (said, lang) => {
      if (said.words.some((w) => significanceAsked.has(w.toLowerCase()))) return true;
      if (lang === 'en') return false;
      const text = normalize(lexicon.simplified(said.text));
      return nativeSignificance(lang).some((w) => text.includes(w));
    },
    namesStart: (words) => words.some((w) => startWords.has(w.toLowerCase())),
    givesJudgement: (s) => judgementSaid.test(s.quote),
    asksJudgement: (words) => {
      const text = ` ${words.join(' ').toLowerCase()} `;
      return judgementAsked.some((w) => text.includes(` ${w} `));
    },
    isMoney: (words) => moneyWords.has(words.toLowerCase()),
    givesGrounds: (s) => lexicon.focus.grounds.some((l) => (using.get(l) ?? []).includes(s)),
    isGround: (word) => grounds.has(lexicon.lemma(normalize(word))),
    groundLemma: (word) => {
      const said = normalize(word);
      const lemma = lexicon.lemma(said);
      if (!grounds.has(lemma)) return null;
      if ((using.get(lemma) ?? []).length > 0) return lemma;
      // "condolences" where the articles say "sympathies": their own word for the act (en.json claims.paraphrases).
      const own = Object.entries(lexicon.claims.paraphrases).find(([act, words]) => grounds.has(act) && (words.includes(said) || words.includes(lemma)) && (using.get(act) ?? []).length > 0);
      return own ? own[0] : lemma;
    },
    givesNumber: (e) => memo(numbers, e, () => NUMBER.test(e.quote.replace(NOT_A_COUNT, ' '))),
    // An ordinal of a name ("the 13th National Congress") may answer which one ("lần thứ mấy"), never how much: "how
    // much did the floods cost?" must not stand on it.
    givesAmount: (e) => memo(amounts, e, () => NUMBER.test(e.quote.replace(NOT_A_COUNT, ' ').replace(NAMED_ORDINAL, ' '))),
    mentionOf,
    taggedWith: (talk, topic) => (byTalk.get(talk) ?? []).filter((f) => f.fact.kind !== 'participant' && f.topics.has(topic)),
  };
}

/** Syllables a Vietnamese phrase needs after its count to be found with the count after it: a name, not one word ("hai bên"). */
const COUNTED_PHRASE = 2;

/** Words a Vietnamese name may have between its own where the facts qualify it ("Đại hội XIII của Đảng" for "Đại hội Đảng"). */
const VI_PHRASE_GAP = 2;
/** The word that ties a qualifier to what it qualifies. */
const OF = 'cua';

/**
 * Whether a Vietnamese term's syllables stand in the text in order, with at most VI_PHRASE_GAP other words in all
 * between them, the first two together: Vietnamese puts a qualifier inside a name the question gives whole.
 */
function inOrderClosely(text: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length < 3) return false;
  const [first, second, ...rest] = phrase;
  for (let start = text.indexOf(first ?? ''); start >= 0; start = text.indexOf(first ?? '', start + 1)) {
    if (text[start + 1] !== second) continue;
    let at = start + 1;
    let gaps = 0;
    for (const word of rest) {
      const next = text.indexOf(word, at + 1);
      gaps += next - at - 1;
      at = next;
      if (next < 0 || gaps > VI_PHRASE_GAP) break;
    }
    // Only a name qualified by what it is of ("Đại hội XIII của Đảng"): other words between change what is said.
    if (at >= 0 && gaps <= VI_PHRASE_GAP && text.slice(start, at).includes(OF)) return true;
  }
  return false;
}
