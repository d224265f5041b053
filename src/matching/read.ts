// Reading a question: a pipeline of small stages (words → entities → talk scope → concepts → aspects →
// intent), each reading what the earlier ones found, ending in one typed Reading or a typed refusal.
import { documentGuessed } from './guessed-document.js';
import { offersPersonChoice } from './person-choice.js';
import { withoutPointingBack } from './pointing-back.js';
import { sentencesOf } from './sentences.js';
import { withoutGuesses } from './guesses.js';
import type { Agreement, KnowledgeBase, Organisation, Person, Talk, Topic } from '../facts/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { topicsSetAside } from './set-aside.js';
import { outcomeAside } from './outcome-aside.js';
import { checksContextOnly } from './truth-check.js';
import { createAsideReader } from './asker-aside.js';
import type { GlossaryFile } from '../lexicon/schema.js';
import { choosesEachTalk, firstWord, helpBySide, helpGiven, makeQuestionScanner, readAspects, type CueGroup } from './aspects.js';
import type { CueScan } from './cue-scan.js';
import { comparedByOwnDetails, namesEachTalkByPerson, namesEachTalkByYear, pairsReports, refersToEach, replacedPeople, setsTalksSideBySide, spansTalks, withoutReplacedDetails } from './across.js';
import { ASKERS, findEntities, type Entities } from './entities.js';
import { findStandIn, unheldOffice } from './stand-in.js';
import { mayPutAside, withoutFormatAlternative } from './alternative.js';
import { findOtherEvent } from './events.js';
import { placesTalk } from './placed-talk.js';
import { decide, handedBeside, presumesInPerson, presumesTrip, TALK_LEVEL_INTENTS, type Decision, type Features } from './intent.js';
import type { Lang } from '../languages.js';
import { namedOf, type Named, type NamedTopic, type ReadResult, type Reading, type TalkScope } from './reading.js';
import { statementWords } from './act-talk.js';
import { combine, combineGiven, correctByPeople, correctBySubject, correctDayBySubject, correctPersonBySubject, indexTalks, scopeWords, subjectTalk, type Constraint, type ScopeWords, type TalkIndex } from './scope.js';
import { cutQuestion, isKnownWord, tokenize, type Token } from './tokens.js';
import { normalize } from './normalize.js';
import { pointsBackAt } from './subject-back.js';
import { detectLanguage, languageSignals } from './language.js';
import { once } from '../once.js';
import { createPivot, termKey, type Pivoted } from './pivot.js';
import { buildVocabulary, vocabularyFor, type PhraseIndex, type Vocabulary } from './vocabulary.js';
import { reportedViews } from './view-reported.js';
import { unreportedFeelingAt } from './feeling.js';
import { CALCULATION, CHAT_WORDS, CUES, FUNCTION_WORDS, GENERIC_FORMAT_WORDS, MONTHS, SPEECH_ACTS, STOP_WORDS, TALK_NOUNS } from './cues.js';
import { asksCalculation, type CalculationWords } from './calculation.js';
import { claimsFirstTime } from './first-time.js';
import { locatesDoneAct } from './cleft.js';
import { pointedBack } from './pointed-back.js';
import { personClaim, type PersonClaimWords } from './person-claim.js';
import { readWords, type AbsentKind } from './words.js';
import { titleWordsBesideNames } from './titled-name.js';
import { unreadable } from './unreadable.js';
import { makeBeyondReader } from './beyond.js';
import { makeOutsideMeetingReader } from './earlier-meeting.js';
import { withoutUnitTopics } from './unit-topic.js';
import { tagQuestionBefore } from './tag-before.js';
import { createSurface } from './surface.js';
import { statedSpan } from './span-stated.js';
import { createNameGaps } from './name-gap.js';
import { byDate } from '../facts/talk-order.js';
import { withoutContextCounts } from './context-counts.js';
import { pointsAtSubject } from './pointed-subject.js';
import { oneSentencePointsBack } from './sentence-points-back.js';
import { keptReadings, onlyLanguage } from './readings-kept.js';

const MONTH_SET: ReadonlySet<string> = new Set(MONTHS);

/** Plural nouns that ask for the documents as a set ("which documents were signed?"), not for one of them. */
const DOCUMENT_SETS: ReadonlySet<string> = new Set(['documents', 'papers', 'agreements']);

/** Who held a place from each body at the talks (a participant's organisation): the ones its office names. */
function officeHolders(bodies: readonly Organisation[], talks: readonly Talk[]): Person[] {
  // Most questions name no office: no talk's participants need a look.
  if (bodies.length === 0) return [];
  return [...new Set(talks.flatMap((t) => t.participants.filter((p) => bodies.includes(p.organisation)).map((p) => p.person)))];
}

/** The talks any of the people were at, oldest first. One person's are listed so already: only several people's are sorted. */
function talksOfPeople(index: TalkIndex, people: Entities['people']): Talk[] {
  const [only] = people;
  if (people.length === 1 && only !== undefined) return [...(index.byPerson.get(only) ?? [])];
  return [...new Set(people.flatMap((p) => index.byPerson.get(p) ?? []))].sort(byDate);
}

/** "1.5 million times 3", "2 + 2": arithmetic is not in the articles. */
const ARITHMETIC = /\d(?:[.,]\d+)?\s*(?:million|billion|thousand|k)?\s*(?:times|multiplied by|plus|minus|divided by|[*×+])\s*\d|\d\s+x\s+\d/i;

/** The words a calculation over figures is recognised by, in the English the glossaries give every language's. */
const CALCULATION_WORDS: CalculationWords = { ...CALCULATION, months: new Set(MONTHS) };

/** Cue groups whose words ask for a kind of answer ("what was said", "who took part") rather than name a subject. */
const ASKING_GROUPS: readonly CueGroup[] = ['said', 'mentioned', 'summary', 'summaryStrong', 'who', 'when', 'participation', 'personRole',
  'agreements', 'signed', 'agreed', 'talks', 'compare', 'help', 'format', 'formatStrong', 'organisation', 'defining', 'leaderOf', 'source',
  'count', 'amount', 'which', 'whatIs', 'hoped', 'both', 'eachTalk', 'acrossWhich', 'acrossHolder', 'interval'];

/** Words between a verb of saying and the person told ("told his counterpart", "tell the Chinese side"). */
const TOLD_FILLERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'the', 'a']);

/**
 * In a message of several sentences, the sentences that ask (ending in "?", else the last) are the question;
 * the others give context, and what they mention that the articles lack is not what is asked.
 */
function askedPart(text: string, absent: readonly string[], kinds: readonly AbsentKind[]): Pick<Features, 'absent' | 'absentKinds'> & { readonly ask: string | null } {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return { absent, absentKinds: kinds, ask: null };
  const questions = sentences.filter((x) => /[?？]$/u.test(x.trim()));
  const asking = questions.length > 0 ? questions : sentences.slice(-1);
  const ask = asking.join(' ').toLowerCase();
  // A Chinese phrase's words are joined by a space ("口罩 呼吸机"), typed with none or with a list comma ("口罩、呼吸机"):
  // compared without them. Other phrases are compared as typed.
  const bare = (x: string) => x.toLowerCase().replace(/[\s、，]/gu, '');
  const keep = absent.map((a) => (/\p{Script=Han}/u.test(a) ? bare(ask).includes(bare(a)) : ask.includes(a.toLowerCase())));
  // Only a tail of asking sentences has a place among the words that can be told apart from its context.
  const tail = sentences.slice(-asking.length).join(' ').toLowerCase() === ask ? asking.join(' ') : null;
  return { absent: absent.filter((_, i) => keep[i]), absentKinds: kinds.filter((_, i) => keep[i]), ask: tail };
}

/** Whether a phrase is said in a text, as askedPart compares them (a Chinese phrase without its spaces). */
function saidIn(text: string, phrase: string): boolean {
  const bare = (x: string) => x.toLowerCase().replace(/[\s、，]/gu, '');
  return /\p{Script=Han}/u.test(phrase) ? bare(text).includes(bare(phrase)) : text.toLowerCase().includes(phrase.toLowerCase());
}

/**
 * Token spans of the sentences before the last that are themselves yes/no questions ("The videoconference was on
 * March 19, 2022, right? What got signed that day?"): the asker checks a premise there before asking on.
 */
function yesNoSpans(sentences: readonly string[], tokensOf: (text: string) => readonly Token[], yesNo: (tokens: readonly Token[]) => boolean): [number, number][] {
  const spans: [number, number][] = [];
  let at = 0;
  for (const sentence of sentences.slice(0, -1)) {
    const tokens = tokensOf(sentence);
    if (/[?？]$/u.test(sentence.trim()) && yesNo(tokens)) spans.push([at, at + tokens.length]);
    at += tokens.length;
  }
  return spans;
}

/**
 * "When China was hit by floods in 2020, what did Quan say?": a clause opening with "when" (not "when did…") before
 * another question sets the scene; the question is the rest. Read with the clause after it, so "when" is not asked.
 */
function whenClauseLast(text: string, lang: Lang): string {
  if (lang !== 'en') return text;
  const m = /^\s*(when\s(?!(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could)\b)[^,?]{3,}),\s*((?:what|which|who|whom|whose|how|why|where|did|does|do|was|were|is|are)\b[^?]*)\?\s*$/iu.exec(text);
  return m ? `${m[2] ?? ''}, ${m[1] ?? ''}?` : text;
}

/**
 * "Who was on the China side for these calls?": a word of meeting that names no format of its own ("calls",
 * "meetings"), said in the plural or after "which", is every talk, not the one whose format the singular fits (the phone call).
 */
function pluralGenericFormat(tokens: readonly Token[], found: Pick<Entities, 'formatsAt'>): boolean {
  return found.formatsAt.length > 0 && found.formatsAt.every((h) => {
    const head = tokens[h.at + h.length - 1];
    const before = tokens.slice(h.at, h.at + h.length - 1);
    // "Which call was it?": the word a choice among the talks is asked by names each of them, as the plural does.
    const chosen = CHOOSING.has(tokens[h.at - 1]?.text ?? '');
    return head !== undefined && GENERIC_FORMAT_WORDS.has(head.lemma) && (head.text === `${head.lemma}s` || chosen) && before.every((t) => STOP_WORDS.has(t.text));
  });
}
const CHOOSING: ReadonlySet<string> = new Set(['which', 'what']);

/**
 * "Trước những vấn đề Việt Nam nêu ra năm 2022, phía Trung Quốc phản hồi thế nào?": a clause opening with a word of
 * regard (the glossary's `focus.fronting`), set before the question up to a comma, is read after it, as English puts
 * it ("how did China respond to the issues Vietnam raised?"): the side opening the question is the one acting.
 */
function frontedClauseLast(fronting: readonly string[], yesNoWords: readonly string[]): (text: string) => string {
  if (fronting.length === 0) return (text) => text;
  // Made once per reader: built on every reading, the pattern and the word list were much of a Vietnamese answer's cost.
  const words = [...fronting].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
  const pattern = new RegExp(`^\\s*((?:${words})\\s[^,?]{3,}),\\s*([^,?]+)\\?\\s*$`, 'iu');
  const yesNo = yesNoWords.map((w) => ` ${w.toLowerCase()} `);
  return (text) => {
    const m = pattern.exec(text);
    if (!m) return text;
    // "Về vấn đề biển, hai bên có bàn không?": a yes/no (its words of asking whether) keeps its closing word last, so the
    // clause stays where it is.
    const main = ` ${(m[2] ?? '').trim().toLowerCase()} `;
    if (yesNo.some((w) => main.includes(w))) return text;
    return `${m[2] ?? ''} ${(m[1] ?? '').replace(/^\p{Lu}/u, (c) => c.toLowerCase())}?`;
  };
}

/** Asks beyond the articles that count wherever a long message says them: instructions to the bot, its opinion. */
const ANYWHERE_UNSUPPORTED: ReadonlySet<string> = new Set(['instructions', 'opinion']);

/** Texts whose language a reader keeps: a message, its asking part, and a quote's. */
const LANGUAGES_KEPT = 4;

/** "he", "his": a person a long message's context named. */
const THIRD_PERSON = /\b(he|his|him|she|her)\b/i;
/** "this", "it", "they", "these": a subject (or subjects) a long message's context named ("in one round … and in the other …. What were they about?"). */
const DEMONSTRATIVE = /\b(this|that|it|they|them|these|those)\b/i;

/**
 * An asking part that asks only what a side or person said or how they put it ("越方是怎么表态的？", "what did the
 * Vietnamese side ask for?"): no word of its own beyond its subject, no yes/no, no talks side by side.
 */
function stanceOnly(r: Reading): boolean {
  return r.intent === 'topic' && r.people.length + r.sides.length > 0 && r.documents.length === 0 && r.concepts.every((c) => c.asking)
    && !r.aspects.yesNo && !r.aspects.eachTalk && !r.aspects.both;
}

const isAbsent = (r: ReadResult): boolean => r.kind === 'refusal' && r.refusal.kind === 'absent';

/** The asking sentences of a message of several (those ending in "?", else the last), or null for one sentence. */
export function askingSentences(text: string): string | null {
  // Chinese ends a sentence with "。", "？" or "！" and no space.
  const sentences = text.split(/(?<=[.!?])\s+(?=\S)|(?<=[。？！])/u).filter((x) => x.trim() !== '');
  if (sentences.length < 2) return null;
  const questions = sentences.filter((x) => /[?？]$/u.test(x.trim()));
  const asking = questions.length > 0 ? questions : sentences.slice(-1);
  return asking.length === sentences.length ? null : asking.join(' ');
}

/**
 * "越方牵头人好像换了。前后两位分别是谁？": the asking sentences with the sentence just before them, which says whom a bare
 * "who were the two?" asks of; null when nothing stands before them.
 */
function askingWithLead(text: string): string | null {
  const sentences = text.split(/(?<=[.!?])\s+(?=\S)|(?<=[。？！])/u).filter((x) => x.trim() !== '');
  const first = sentences.findIndex((x) => /[?？]$/u.test(x.trim()));
  return first > 0 ? sentences.slice(first - 1).join(' ') : null;
}

/**
 * What a conversation supplies for what a follow-up question leaves open ("what did he sign there?"): read as
 * if the question had named them. The caller (src/conversation) decides what is open; the reader only makes
 * sure the question's own dates, formats and ordinals keep deciding its talks.
 */
export interface Given extends Partial<Pick<Named, 'people' | 'organisations' | 'topics' | 'documents'>> {
  readonly talks?: readonly Talk[];
  /** The language the whole question is written in, when the text read is what is left of it ("nói gì?" of "ông ấy nói gì?"). */
  readonly written?: Lang;
  /** Every talk asked about, each on its own: a long message's context set them side by side ("Both articles mention … What did each say…?"). */
  readonly eachTalk?: boolean;
}

export interface Reader {
  readonly vocabulary: Vocabulary;
  /**
   * Reads a question in any supported language; `lang` forces the language to answer in (otherwise the
   * question's); `given` fills what a follow-up question leaves open.
   */
  readonly read: (question: string, lang?: Lang, given?: Given) => ReadResult;
  /** Reads a whole text as one question, a long one too: a claim or a message whose sources are looked for. */
  readonly readWhole: (question: string, lang?: Lang, given?: Given) => ReadResult;
  /** The language a question is written in. */
  readonly language: (question: string) => Lang;
  /** The words of a question as the stages read them: after typo correction, or translated (stage 0). */
  readonly tokens: (question: string) => readonly Token[];
  /** Runs `run` (one answer) with each text read alone made once and kept until it returns (readings-kept.ts). */
  readonly during: <T>(run: () => T) => T;
}

/**
 * "The 2020 phone talks and the 2022 talks", "cả cuộc điện đàm năm 2020 lẫn cuộc hội đàm năm 2022": when years name
 * talks of their own, a format that fits one of them describes that one and does not narrow the pair to it. Not when
 * the format is what is asked ("which was by phone, 2020 or 2022?", "were they held online?"), nor in a yes/no question.
 */
function qualifiersApart(dates: ScopeWords, cues: CueScan<CueGroup>, yesNo: boolean): ScopeWords {
  // A yes/no claim's format is checked against every talk in scope: it stays the one talk it names.
  if (yesNo) return dates;
  const years = dates.constraints.filter((c) => c.kind === 'year');
  const named = new Set(years.flatMap((c) => c.talks));
  if (years.some((c) => c.talks.length !== 1) || named.size < 2 || dates.constraints.some((c) => c.kind !== 'year' && c.kind !== 'format')) return dates;
  if (cues.has('acrossChoice') || cues.has('format') || cues.has('formatStrong') || cues.has('inPerson')) return dates;
  const qualifies = (c: Constraint) => c.kind === 'format' && c.talks.length < named.size && c.talks.every((t) => named.has(t));
  return dates.constraints.some(qualifies) ? { ...dates, constraints: dates.constraints.filter((c) => !qualifies(c)) } : dates;
}

/** A concept this sure (the article's own word, a curated alias) says what the question is about. */
const SURE_CONCEPT = 0.85;

export function createReader(kb: KnowledgeBase, lexicon: Lexicon): Reader {
  const vocabulary = buildVocabulary(kb, lexicon);
  // Built on the first question in each language (src/matching/pivot.ts does the same with its tables).
  const vocabularies: Readonly<Record<Lang, () => Vocabulary>> = {
    en: () => vocabulary,
    vi: once(() => vocabularyFor(vocabulary, kb, 'vi', termKey)),
    zh: once(() => vocabularyFor(vocabulary, kb, 'zh', (t) => termKey(lexicon.simplified(t)))),
  };
  const signals = languageSignals(kb, lexicon, new Set([...vocabulary.known, ...FUNCTION_WORDS]));
  // A fronted Vietnamese clause read last (frontedClauseLast), its pattern made on the first Vietnamese question.
  const viFronted = once(() => {
    const { focus, yesNo } = lexicon.glossaries.vi;
    return frontedClauseLast(focus?.fronting ?? [], [...yesNo.ends, ...yesNo.close, ...yesNo.anywhere]);
  });
  const reordered = (text: string, asked: Lang) => (asked === 'vi' ? viFronted()(text) : text);
  const personNouns: ReadonlySet<string> = new Set(lexicon.claims.attendees.filter((w) => !w.includes(' ')));
  const helpGivenWords: ReadonlySet<string> = new Set(lexicon.focus.helpGiven);
  // One question's language is asked for several times while it is read, and for its asking part in between: the
  // last few answers are kept.
  const languages: { readonly question: string; readonly lang: Lang }[] = [];
  const language = (question: string): Lang => {
    const known = languages.find((x) => x.question === question);
    if (known) return known.lang;
    const lang = detectLanguage(question, signals);
    languages.unshift({ question, lang });
    if (languages.length > LANGUAGES_KEPT) languages.pop();
    return lang;
  };
  const pivot = createPivot(kb, lexicon);
  const views = new Set(lexicon.beyond.opinion.views);
  // Chat shortenings and short years, dates and amounts in full, before any stage reads the question.
  const surfaceForms = createSurface(lexicon);
  // A name half remembered ("黎什么忠") in full, where one person's name fits it.
  const nameGaps = createNameGaps(kb, lexicon.nameGaps);
  // The asker's asides and general nouns are never what a question is refused for lacking, and chat about the asking
  // itself is not read at all (asker-aside.ts).
  const askingWords = (g: GlossaryFile) => [...Object.keys(g.questions), ...g.yesNo.ends, ...g.yesNo.anywhere];
  const asides = createAsideReader(lexicon.asides, { en: [], vi: askingWords(lexicon.glossaries.vi), zh: askingWords(lexicon.glossaries.zh) });
  const surface = (text: string, lang: Lang) => asides.withoutChat(nameGaps(surfaceForms(text, lang), lang), lang);
  const index = indexTalks(kb);
  const latest = kb.talks.reduce<string | null>((m, t) => (m === null || t.date > m ? t.date : m), null);
  const latestYear = latest === null ? null : Number(latest.slice(0, 4));
  const scan = makeQuestionScanner(latestYear, lexicon);
  const beyond = makeBeyondReader(lexicon.beyond, { latestYear, talkDays: new Set(kb.talks.map((t) => `${Number(t.date.slice(5, 7))}-${Number(t.date.slice(8, 10))}`)) }, lexicon.claims.periodEnds, lexicon.story.bounds ?? []);
  const earliest = kb.talks.reduce<string | null>((m, t) => (m === null || t.date < m ? t.date : m), null);
  const earliestTalks = kb.talks.filter((t) => t.date === earliest);
  const currencyWords = new Set(Object.values(lexicon.claims.currencies).flat());
  const outsideMeeting = makeOutsideMeetingReader(lexicon.beyond, earliest === null ? null : Number(earliest.slice(0, 4)), latestYear);
  const talksByTopic = new Map<Topic, Talk[]>();
  for (const t of kb.talks) {
    for (const topic of new Set(t.statements.flatMap((s) => s.topics))) {
      const list = talksByTopic.get(topic);
      if (list) list.push(t);
      else talksByTopic.set(topic, [t]);
    }
  }
  // The talks where something was signed, listed once: a question asking what was signed looks them up.
  const talksSigning = kb.talks.filter((t) => t.agreements.some((a) => a.kind === 'signed'));
  const known = (w: string) => isKnownWord(vocabulary, w);
  const units = new Set(kb.talks.flatMap((t) => t.figures.flatMap((f) => f.amounts.map((a) => a.unit.toLowerCase()))));
  /** Words that deny what follows ("without", "not"): a format denied is not taken for granted. */
  const negators: ReadonlySet<string> = new Set(lexicon.claims.negators);
  const roleLinks: ReadonlySet<string> = new Set(lexicon.roles.links);
  const familyNames: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.roles.familyNames.byParty).flatMap(([party, names]) => names.map((n) => [n, party] as const)));
  // Countries the articles do not report on, by every name: a stand-in is a person, never one of them.
  const countries: ReadonlySet<string> = new Set(Object.values(lexicon.claims.countries).flat());
  // "中方代表王毅": titles typed between a side and a name (zh glossary `titles`).
  const zhTitles: ReadonlySet<string> = new Set(lexicon.glossaries.zh.titles ?? []);
  const speech: ReadonlySet<string> = new Set(lexicon.focus.speech);
  // A role claimed of a person is said by a word of identity or of a role (its title, rank, body or office).
  const claimWords: PersonClaimWords = {
    jointActs: lexicon.roles.jointActs.map((p) => p.split(' ')),
    identity: [...lexicon.roles.identity, ...lexicon.roles.offices, ...lexicon.claims.titles, ...lexicon.claims.ranks, ...lexicon.claims.bodies, ...lexicon.claims.postVerbs, ...CUES.roleNoun].map((p) => p.split(' ')),
    isAct: (t) => lexicon.isGeneral(t.text) || lexicon.isGeneral(t.lemma) || SPEECH_ACTS.has(t.text) || SPEECH_ACTS.has(t.lemma) || t.native === 'act',
    // Not the frame words: after a person, "give" or "tell" is what he did, not an ask of the bot.
    isNeutral: (t) => STOP_WORDS.has(t.text) || CHAT_WORDS.has(t.text) || /^\d/u.test(t.text),
    postNouns: new Set(CUES.roleNoun),
    talkNouns: TALK_NOUNS,
  };
  const grounds: ReadonlySet<string> = new Set(lexicon.focus.grounds.map((g) => lexicon.lemma(g)));
  const stated = statementWords(kb.talks, (w) => lexicon.lemma(w));

  const tokensOf = (question: string, pivoted: Pivoted | null): readonly Token[] =>
    // Terms ("phia_trung_quoc") and Chinese words have no English lemma.
    pivoted
      ? pivoted.words.map(({ key, ...w }) => ({ ...w, lemma: key ?? (/^[a-z]+$/.test(w.text) ? lexicon.lemma(w.text) : w.text) }))
      : tokenize(vocabulary, question).tokens;

  // A long message: its asking sentences are the question, read on their own so that what the context sentences
  // mention ("my friend", "COVID aid", "最近在翻…资料": lately, not the latest talks) picks no topic or talk and
  // refuses nothing; a talk the context named stands when the asking part names none. In English a "he"/"his" there
  // is the person the context named, and a "this"/"it"/"they" its subject when the asking part names none of its own
  // ("how did they cope?" after "the two sides" asks of the sides). When the asking part alone matches nothing, or
  // (in Vietnamese and Chinese, whose pronouns are not read) names nothing or is refused, the whole message is read as before.
  const read = (question: string, forced?: Lang, given: Given = {}): ReadResult => {
    // "What was in the package exactly... masks? vaccines?": guesses offered to the question before them (guesses.ts).
    const unguessed = language(question) === 'en' ? withoutGuesses(cutQuestion(question)) : null;
    // A guess the articles lack altogether ("which issues? like Ukraine?") is refused as absent: that refusal stands.
    if (unguessed !== null && !isAbsent(readOne(question, forced, given))) return read(unguessed, forced, given);
    const whole = readOne(question, forced, given);
    if (given.written !== undefined || (forced !== undefined && forced !== language(question))) return whole;
    // Instructions to the bot and asking its opinion count wherever they stand; another ask beyond the articles
    // counts only in the asking part (a duration read from "…ký cái gì. Lần hội đàm…" is two sentences' words).
    if (whole.kind === 'refusal' && whole.refusal.kind === 'unsupported' && ANYWHERE_UNSUPPORTED.has(whole.refusal.topic)) return whole;
    // "…视频会谈之后没多久，双方官员就线下见了面…。那次见面是什么时候？": a meeting the context sets outside the talks
    // reported, asked of in the asking part, is that meeting: not the talks the asking part alone would read.
    if (whole.reading.outsideMeeting) return whole;
    const part = askingSentences(cutQuestion(question));
    if (part === null) return whole;
    const written = language(question);
    const outer = whole.reading;
    const names = (r: Reading) => r.topics.length + r.documents.length + r.people.length + r.organisations.length > 0;
    // "…不过我更好奇的是，2022年会谈里越方希望在哪类领域扩大合作？": a side named, asked of words of its own the articles use
    // (fields, expanding cooperation), names what is asked as well: the context's subjects are not it.
    // Not when it points back to the context ("在这方面", "这种局面", "vấn đề này"): the context's subject is asked then.
    const demonstratives = lexicon.glossaries.vi.counting?.pointing?.demonstratives ?? [];
    const pointsBack = (text: string) => /[这此该]/u.test(text) || demonstratives.some((w) => new RegExp(`(?<![\\p{L}\\p{M}])${w}(?![\\p{L}\\p{M}])`, 'iu').test(text));
    // A side's own name ("hỗ trợ Việt Nam": the side helped, read as "vietnam") is no word of its own.
    const sideName = (r: Reading, lemma: string) => r.sidesNamed.some((o) => o.sides.some((w) => normalize(w) === lemma));
    const sideAsksOwn = (r: Reading) => r.sidesNamed.length > 0 && !pointsBack(part) && r.concepts.filter((c) => !c.asking && c.weight >= 1 && !TALK_NOUNS.has(c.lemma) && !TALK_NOUNS.has(c.word) && !sideName(r, c.lemma)).length >= 2;
    const answers = (inner: ReadResult) => inner.kind === 'reading' || (inner.refusal.kind !== 'no-match' && inner.refusal.kind !== 'unanchored');
    // A talk the context named stands, unless the asking part asks of every talk ("… phone conversations between
    // leaders. What role did they play each time?").
    const contextTalks = given.talks === undefined && outer.scope.talks && !outer.scope.mismatch ? outer.scope.talks : null;
    // "Both articles mention … What did each say…?": a distributive standing alone in the asking part ("each", "both")
    // stands for the talks the context set side by side, asked about each on its own.
    const each = outer.aspects.eachTalk && !outer.aspects.yesNo && written === 'en' && refersToEach(tokenize(vocabulary, part).tokens, (t) => SPEECH_ACTS.has(t.lemma) || lexicon.isGeneral(t.text) || lexicon.isGeneral(t.lemma), (t) => FUNCTION_WORDS.has(t.text));
    const own: Given = { ...given, ...(written === 'en' ? {} : { written }), ...(each ? { eachTalk: true } : {}) };
    const base: Given = contextTalks && !readOne(part, forced, own).reading.aspects.eachTalk ? { ...own, talks: contextTalks } : own;
    // In Vietnamese and Chinese the asking part alone decides only when it reads: a refusal of it alone (a word of it
    // only the context made tolerable) leaves the whole message's reading.
    if (written !== 'en') {
      const inner = readOne(part, forced, base);
      // A whole message refused only for an ask beyond the articles its sentences make together: the asking part that reads answers.
      const beyond = whole.kind === 'refusal' && whole.refusal.kind === 'unsupported';
      // So is one refused for a year no talk was held in, said only in the context ("中国2021年搞了很多纪念活动。…2022年的会谈上…"):
      // a year there tells of the story, not of the talk asked.
      const contextYear = whole.kind === 'refusal' && whole.refusal.kind === 'period';
      // A bare "who were the two?" names no one to ask of: the sentence just before it does ("越方牵头人好像换了").
      if (inner.kind === 'refusal' && inner.refusal.kind === 'unanchored') {
        const led = askingWithLead(cutQuestion(question));
        const withLead = led === null ? null : readOne(led, forced, base);
        if (withLead?.kind === 'reading') return withLead;
      }
      // "南海问题一直是热点…。在党际渠道上，越方2022年具体是怎么表态的？": an asking part that asks only how a side or person
      // put things (no word of its own beside its subject) asks it of the subjects its context names as well. Not when
      // it names one of them itself ("…biển đảo. … ông Quân đã nêu quan điểm gì về vấn đề trên biển?"): that one is asked.
      // (Naming nothing, the whole message is read, context and all.)
      const stance = inner.kind === 'reading' && stanceOnly(inner.reading) && inner.reading.topics.length > 0 && given.topics === undefined;
      const context = stance ? cutQuestion(question).slice(0, Math.max(0, cutQuestion(question).lastIndexOf(part))) : '';
      const told = context.trim() === '' ? [] : readOne(context, forced, own).reading.topics;
      const scene = told.some((t) => inner.reading.topics.some((u) => u.topic === t.topic)) ? [] : told;
      if (scene.length > 0) {
        const onScene = readOne(part, forced, { ...base, topics: scene });
        if (onScene.kind === 'reading') return onScene;
      }
      // "…听说两党之间有干部培训合作安排…。2022年那次会谈在这方面有什么具体成果吗？": an asking part pointing back at its
      // context's subject (a glossary's `focus.subjectBack`) asks of that subject, not of a loose word of its own ("成果").
      const subjectBack = lexicon.glossaries[written]?.focus?.subjectBack ?? [];
      if (given.topics === undefined && pointsBackAt(part, subjectBack, lexicon.glossaries[written]?.focus?.subjectBackAfter)) {
        const cut = cutQuestion(question);
        const before = cut.slice(0, Math.max(0, cut.lastIndexOf(part)));
        // Its subject named precisely ("干部培训合作") is it, before the looser words around it ("交流").
        const told = before.trim() === '' ? [] : readOne(before, forced, own).reading.topics;
        const subjects = told.some((t) => t.precise) ? told.filter((t) => t.precise) : told;
        if (subjects.length > 0 && !subjects.some((t) => inner.reading.topics.some((u) => u.topic === t.topic))) {
          // The asking part's own loose topic words ("成果": achievements) are then the frame of the ask, not a second subject.
          const onSubject = readOne(part, forced, { ...base, topics: subjects });
          const kept = (t: NamedTopic) => t.precise || subjects.some((u) => u.topic === t.topic);
          if (onSubject.kind === 'reading') return { ...onSubject, reading: { ...onSubject.reading, topics: onSubject.reading.topics.filter(kept) } };
        }
      }
      // "说实话我觉得这类外交新闻大多是客套话。不过我挺好奇的：2022年…有没有拿出什么实打实的东西？": a context that names no
      // subject either gives only loose words ("外交") that would pick what was said for an asking part that asks otherwise.
      const looseContext = !names(outer) && inner.kind === 'reading' && inner.reading.scope.talks !== null && cutQuestion(question).trimEnd().endsWith(part.trim());
      // "…chắc do nhân sự sau Đại hội Đảng. Theo bài, ai đại diện Việt Nam ở mỗi lần?": who spoke for a side asks of the
      // talks themselves; a subject the context guessed at (the Congress) is no subject of theirs, unless pointed back to.
      // (Vietnamese only: "他代表中方表达了什么期望" reads "代表" as represent, and asks what he hoped.)
      const sideAtTalks = written === 'vi' && inner.kind === 'reading' && inner.reading.intent === 'who' && inner.reading.sidesNamed.length > 0 && outer.intent !== 'who' && !pointsBack(part);
      if (inner.kind === 'reading' && (names(inner.reading) || sideAsksOwn(inner.reading) || beyond || contextYear || looseContext || sideAtTalks)) return inner;
      // An asking part naming nothing, asking only how a side put it, is read with its context: not with a context
      // sentence pointing back ("听说…有谈到这事"), which tells where the subject came up, unless it names the talk (pointing-back.ts).
      if (inner.kind === 'reading' && stanceOnly(inner.reading) && whole.kind === 'reading' && given.topics === undefined) {
        const cut = cutQuestion(question);
        const before = cut.slice(0, Math.max(0, cut.lastIndexOf(part)));
        const dated = (s: string) => readOne(s, forced, own).reading.scope.talks !== null;
        const shorter = withoutPointingBack(before, part, (s) => pointsBack(s) && !dated(s));
        const again = shorter === null ? null : readOne(shorter, forced, own);
        if (again?.kind === 'reading' && names(again.reading)) return again;
      }
      return whole;
    }
    // "I read Song Tao expressed sympathy…. Is that true?": a bare check of the context's claim asks it whole (truth-check.ts).
    if (whole.kind === 'reading' && whole.reading.aspects.yesNo && names(outer) && checksContextOnly(readOne(part, forced, base))) return whole;
    const refers = THIRD_PERSON.test(part) && outer.people.length > 0;
    // "…the Party channel…. What did they say that channel does?": the subject pointed back to is asked too.
    // What the context names, found in it alone (the whole message's reading may be about something else: "a big deal").
    const context = question.slice(0, Math.max(0, question.lastIndexOf(part)));
    const contextTopics = () => findEntities(tokenize(vocabulary, context).tokens, vocabulary, known, 0, false).topics;
    const pointed = given.topics === undefined ? pointedBack(tokenize(vocabulary, part).tokens, contextTopics, (w) => lexicon.lemma(w)) : [];
    const withPeople: Given = { ...base, ...(refers && given.people === undefined ? { people: outer.people } : {}), ...(pointed.length > 0 ? { topics: pointed } : {}) };
    // "Did Vietnam bring this up…?", "what did it cover?": the subject is the one the context named, unless the
    // asking part names one itself.
    const demonstrative = DEMONSTRATIVE.test(part) && outer.topics.length + outer.documents.length > 0;
    const alone = demonstrative ? readOne(part, forced, withPeople) : null;
    const subject = alone !== null && alone.reading.topics.length + alone.reading.documents.length === 0;
    // "idk what the first centenary goal is... does the article explain it?": the "it" is a thing the articles only
    // mention, and the whole message asks what it is: refused as the whole reads it.
    if (subject && whole.kind === 'refusal' && whole.refusal.kind === 'undefined-term') return whole;
    const inner = alone !== null && !subject ? alone : readOne(part, forced, {
      ...withPeople,
      ...(subject && given.topics === undefined ? { topics: outer.topics } : {}),
      ...(subject && given.documents === undefined ? { documents: outer.documents } : {}),
    });
    // "What exactly did it cover?" with nothing the context named to stand for "it": the whole message says what.
    // Not "that call" (the talk) nor "they" committing (the sides): those point at no subject (pointed-subject.ts).
    const pointing = (text: string) => pointsAtSubject(text, (w) => lexicon.lemma(w), (l) => lexicon.related(l).filter((r) => r.curated).map((r) => r.lemma));
    const bare = pointing(part) && !names(inner.reading);
    if (bare) return whole;
    // "…centenary celebrations…. Did the Vietnamese side acknowledge anything like that…? And what did Trung say…?":
    // a sentence pointing back asks of the context's subject, beside another sentence's own (sentence-points-back.ts).
    if (inner.kind === 'reading' && given.topics === undefined && oneSentencePointsBack(part, pointing, (s) => names(readOne(s, forced, withPeople).reading))) {
      const scene = contextTopics().filter((t) => !inner.reading.topics.some((u) => u.topic === t.topic));
      const onBoth = scene.length > 0 ? readOne(part, forced, { ...withPeople, topics: scene }) : null;
      if (onBoth?.kind === 'reading') return onBoth;
    }
    // "Vietnam raised maritime tensions in both talks. What was more specific the second time compared with 2020?":
    // an asking part setting the talks side by side with no subject of its own compares them on the context's.
    const elided = inner.kind === 'reading' && (inner.reading.intent === 'summary' || inner.reading.intent === 'compare') && !names(inner.reading) && inner.reading.aspects.eachTalk && outer.topics.length + outer.documents.length > 0;
    if (elided && given.topics === undefined && given.documents === undefined) {
      const onSubject = readOne(part, forced, { ...withPeople, topics: outer.topics, documents: outer.documents });
      if (onSubject.kind === 'reading') return onSubject;
    }
    // "The Vietnamese counterpart is called 'head' in one article and something else in the other. What is the
    // difference?": a bare comparison (no word of its own, nothing named) compares what its context says of the people
    // or sides it names, as the message read whole does, not everything of the talks.
    const bareCompare = inner.kind === 'reading' && inner.reading.intent === 'compare' && !names(inner.reading) && inner.reading.concepts.length === 0 && inner.reading.scope.talks === null;
    if (bareCompare && whole.kind === 'reading' && outer.people.length + outer.sidesNamed.length > 0) return whole;
    // "…trucks stuck for days at the border. What did the Vietnamese side ask for?": an asking part that asks what
    // someone said and names no subject of its own asks it on the subject its context names, not on everything said.
    const open = inner.kind === 'reading' && stanceOnly(inner.reading) && inner.reading.topics.length === 0;
    if (open && given.topics === undefined && given.documents === undefined) {
      const scene = contextTopics();
      const onScene = scene.length > 0 ? readOne(part, forced, { ...withPeople, topics: scene }) : null;
      if (onScene?.kind === 'reading') return onScene;
    }
    return answers(inner) ? inner : whole;
  };

  // "online rather than face to face": the format put aside is not asked about (alternative.ts).
  const alternatives = lexicon.claims.alternatives.map((p) => p.split(' '));
  const withoutAlternative = (tokens: readonly Token[], vocabulary: Vocabulary, lead: number, translated: boolean): readonly Token[] => {
    if (!mayPutAside(tokens, alternatives)) return tokens;
    const cues = scan(tokens);
    const formats = [
      ...(['format', 'formatStrong', 'inPerson'] as const).flatMap((g) => cues.hits(g)),
      ...findEntities(tokens, vocabulary, known, lead, translated).formatsAt.filter((h) => !GENERIC_FORMAT_WORDS.has(h.text)),
    ];
    return withoutFormatAlternative(tokens, alternatives, formats);
  };

  // A text read alone (or with only its language given) once per answer (readings-kept.ts).
  const kept = keptReadings();
  const readOne = (typed: string, forced?: Lang, given: Given = {}): ReadResult => {
    if (!onlyLanguage(given)) return readAnew(typed, forced, given);
    const asked = given.written ?? language(typed);
    return kept.reading(typed, asked, forced ?? asked, () => readAnew(typed, forced, given));
  };

  const readAnew = (typed: string, forced?: Lang, given: Given = {}): ReadResult => {
    const asked = given.written ?? language(typed);
    const question = reordered(whenClauseLast(surface(cutQuestion(typed), asked), asked), asked);
    const lang: Lang = forced ?? asked;
    const vocabulary = vocabularies[asked]();
    // A question in Vietnamese or Chinese is read as English words where the glossary has them (stage 0).
    const pivoted = asked === 'en' ? null : pivot(question, asked);
    const typedTokens = tokensOf(question, pivoted);
    const tokens = withoutAlternative(typedTokens, vocabulary, pivoted?.lead ?? 0, pivoted !== null);
    const plain = pivoted ? cutQuestion(pivoted.numbers) : cutQuestion(question);
    const found = findEntities(tokens, vocabulary, known, pivoted?.lead ?? 0, pivoted !== null);
    const named: Entities = {
      ...found,
      people: [...new Set([...found.people, ...(given.people ?? [])])],
      organisations: [...new Set([...found.organisations, ...(given.organisations ?? [])])],
      topics: [...found.topics, ...(given.topics ?? [])],
      documents: [...new Set([...found.documents, ...(given.documents ?? [])])],
    };
    const cues = scan(tokens);
    const counted = new Set([...cues.hits('count'), ...cues.hits('amount')].flatMap((h) => [h.at + h.length, h.at + h.length + 1, h.at + h.length + 2]));
    // Dates are read before the words left: "March" in "the March 2022 talks" is a month, not a name the articles lack.
    const read = readAspects(tokens, cues, pivoted?.yesNo, asked === 'en' && /[?？]\s*$/u.test(question));
    // "By phone rather than in person, right?", "是打电话而不是见面，对吧？": a meeting in person set aside, denied, beside
    // a format the question names is the alternative it rules out, not what it asks (a Yes for the phone talks).
    const setAside = (at: number) => [1, 2, 3].some((k) => negators.has(tokens[at - k]?.text ?? '') || negators.has(`${tokens[at - k - 1]?.text ?? ''} ${tokens[at - k]?.text ?? ''}`));
    const inPersonAside = read.inPerson && read.yesNo && found.formatTalks.length > 0 && cues.hits('inPerson').every((h) => setAside(h.at));
    const located = asked === 'zh' && read.which && !read.yesNo && locatesDoneAct(question) ? { ...read, located: true } : read;
    const own = inPersonAside ? { ...located, inPerson: false } : given.eachTalk === true ? { ...located, eachTalk: true } : located;
    // A first time claimed ("was that the first time…?"): read once, for the scope and for the rules.
    const firstTime = claimsFirstTime(question, asked, own.yesNo);
    // "the 2022 phone talks", "2022年4月那次电话会谈": a format right after a year (a month or day between) names that year's
    // talk. Not in a yes/no ("2022年4月那次电话会谈里有提到…吗？"), which asks what was said, and whose Yes stays the answer.
    const datedFormat = found.namedFormat && !own.yesNo && found.formatsAt.some((h) => {
      let k = h.at - 1;
      while (k >= 0 && (MONTH_SET.has(tokens[k]?.text ?? '') || /^\d{1,2}$/.test(tokens[k]?.text ?? ''))) k--;
      return /^(19|20)\d{2}$/.test(tokens[k]?.text ?? '');
    });
    // "the 2020 call and the 2022 talks", "cuộc điện đàm 2020": a format with a year just before it, in any question, or
    // in Vietnamese just after it (English "on the phone, 2020 or 2022" offers the years to choose from).
    const formatBesideYear = found.namedFormat && found.formatsAt.some((h) => {
      let k = h.at - 1;
      while (k >= 0 && (MONTH_SET.has(tokens[k]?.text ?? '') || /^\d{1,2}$/.test(tokens[k]?.text ?? ''))) k--;
      return /^(19|20)\d{2}$/.test(tokens[k]?.text ?? '') || (asked === 'vi' && /^(19|20)\d{2}$/.test(tokens[h.at + h.length]?.text ?? ''));
    });
    const countedScope = qualifiersApart(scopeWords(index, tokens, pluralGenericFormat(tokens, found) ? [] : found.formatTalks, named.people, { datedFormat, formatBesideYear, genericFormat: !found.namedFormat, everyTalk: own.both, translated: pivoted !== null, nounFirst: asked === 'vi', formatNamesTalk: found.namedFormat && found.formatTalks.length > 0 && named.documents.length === 0, yearBeforeTalk: pivoted !== null && named.documents.length === 0, firstTime, ownPeople: found.people, documentNamed: own.yesNo && named.documents.length > 0 }), cues, own.yesNo);
    // "When did the three talks take place?": a count beyond the talks reported, asked of them all, is put right and
    // answered of every talk; "did Song Tao attend all three?" claims the count, so it stays a talk that does not exist.
    // A total asked over them ("qua ba cuộc hội đàm … tổng cộng bao nhiêu văn kiện?") counts what the talks miscounted
    // would hold: no talks reported are that many, so none is answered.
    const overcount = own.yesNo || own.count ? null : countedScope.overcount;
    const uncounted = overcount ? { ...countedScope, constraints: countedScope.constraints.filter((c) => c.label.kind !== 'count') } : countedScope;
    const compared = comparedByOwnDetails(cues, uncounted.constraints);
    // "Năm 2022 ai … thay cho ông Quân của lần trước?": the details of the one replaced name no talk asked about.
    // (Not asked why: the reason someone was replaced is a career's, which the articles never give.)
    const replaced = own.yesNo || own.why ? [] : replacedPeople(cues, found.peopleAt, (t) => FUNCTION_WORDS.has(t.text) || STOP_WORDS.has(t.text), tokens);
    const comparedOrCounted = compared ? { ...uncounted, constraints: compared } : uncounted;
    const dates = { ...comparedOrCounted, constraints: withoutReplacedDetails(comparedOrCounted.constraints, replaced, index.byPerson) };
    const covered = found.covered.map((c, i) => c || dates.dateWords.has(i));
    // A side named anywhere ("is Song Tao Chinese?") is what is claimed, not a word of the claim.
    const sidesCovered = covered.map((c, i) => c || found.sidesAt.some((h) => i >= h.at && i < h.at + h.length));
    const claimOfPerson = own.yesNo ? personClaim(tokens, found.peopleAt, sidesCovered, claimWords) : null;
    const sideWords = new Set(found.sidesAt.flatMap((h) => Array.from({ length: h.length }, (_, k) => h.at + k)));
    // "did China help Vietnam?": "help" right after a party or person named is their act, not a request for the bot's,
    // and what is asked when nothing else is (beside a topic, "did Vietnam help China after the floods?", the topic
    // says what help, and "help" would only pull in every sentence that helps something).
    const agents = new Set([...found.sidesAt, ...found.peopleAt].map((h) => h.at + h.length - 1));
    const subjectless = named.topics.length + named.documents.length === 0;
    // So is help given ("what help did the Chinese side give?", "any concrete help").
    // And help between sides named by their nouns alone ("一方帮另一方"), with no side or person named to say whose.
    const bySide = (h: { readonly at: number }) => agents.size === 0 && helpBySide(tokens, h.at);
    const acted = new Set(cues.hits('help').filter((h) => subjectless && (agents.has(h.at - 1) || helpGiven(tokens, h, helpGivenWords) || bySide(h))).flatMap((h) => Array.from({ length: h.length }, (_, k) => h.at + k)));
    // Said of a document, a word of lasting asks its period ("how long does the plan last?", "kế hoạch … kéo dài mấy
    // năm"), no subject a statement could say better.
    const lasting = named.documents.length > 0 ? [...cues.covered(['u:duration'])] : [];
    // "In what way", "by what means" (用什么方式) ask how an act was done: the frame, no subject of "peaceful means" or
    // "flexible forms". "What form" names the forms a report gives ("hình thức nào": flexible forms of exchanges).
    const manner = cues.hits('manner').filter((h) => !tokens.slice(h.at, h.at + h.length).some((t) => t.lemma === 'form')).flatMap((h) => Array.from({ length: h.length }, (_, k) => h.at + k));
    const askingAt = new Set([...cues.covered(ASKING_GROUPS), ...lasting, ...manner].filter((i) => !acted.has(i)));
    const formatAsked = cues.has('inPerson') || cues.has('formatStrong') || cues.has('format');
    // A capitalised office beside a participant's name is his title as the question gives it (titled-name.ts).
    const titled = titleWordsBesideNames(tokens, found.peopleAt, found.sidesAt, lexicon.roles.offices);
    const wordTokens = titled.size === 0 ? tokens : tokens.map((t, i) => (titled.has(i) ? { ...t, cased: t.cased.toLowerCase() } : t));
    const words = readWords(wordTokens, covered, askingAt, vocabulary, plain, counted, sideWords, formatAsked, found.otherNamedAt);
    // A synonym of a topic's or a document's own keyword names it too ("schooling" → training, "quarrels" → disputes).
    // Not a noun of the asker's own ("my friend says…", "我朋友说…": no friendship).
    const askers = (word: string) => tokens.some((t, i) => t.cased === word && tokens[i - 1]?.text === ASKERS);
    const viaSynonym = words.concepts.filter((c) => c.weight >= 0.85 && c.weight < 1 && !c.asking && !askers(c.word));
    const single = <T>(index: PhraseIndex<T>, lemma: string) => (index.get(lemma) ?? []).filter((p) => p.words.length === 1 && p.lemmas[0] === lemma);
    const namedTopics: NamedTopic[] = [
      ...named.topics,
      ...viaSynonym.flatMap((c) => single(vocabulary.topics, c.lemma).map((p) => ({ topic: p.target, words: c.word.toLowerCase(), lang: 'en' as const, precise: false }))),
    ].filter((t, i, all) => all.findIndex((x) => x.topic === t.topic && x.words === t.words) === i);
    // "Trade in 2022, in US dollars": a currency is the unit of the other topic's figure (unit-topic.ts).
    const topics = withoutUnitTopics(namedTopics, currencyWords);
    const documents: Agreement[] = [...new Set([...named.documents, ...viaSynonym.flatMap((c) => single(vocabulary.documents, c.lemma).flatMap((p) => p.target))])];
    let entities: Entities = { ...named, topics, documents };
    // "From the first round to the second", "in one round … in the other": each talk is asked about.
    const sideBySide = setsTalksSideBySide(cues, dates.constraints, combine(index, dates.constraints, false).talks, index.all.length) || (asked === 'zh' && !own.yesNo && namesEachTalkByYear(dates.constraints, dates.periodYears, index.all.length))
      // (Not a yes/no: whether they were there, or held the same post, is asked of each person's own talk.)
      || (!own.yesNo && namesEachTalkByPerson(dates.constraints))
      || (!own.yesNo && choosesEachTalk(tokens));
    // "How long from the phone talks to the video talks?": the time between them.
    const between = !own.interval && spansTalks(tokens, cues, dates.constraints);
    const aspects = sideBySide || between ? { ...own, ...(sideBySide ? { eachTalk: true } : {}), ...(between ? { interval: true } : {}) } : own;
    // A wrong month, format or person in a question whose talk is otherwise clear is put right and answered;
    // "was Quan at the 2022 talks?" stays a question of who was there (answered No, with who was).
    // "What did the 2019 phone talks say of the floods?": what is asked about, reported at one talk alone, bears out
    // a format or person naming that talk, so the date is the slip.
    // So does an act whose object is its reason ("why did China thank Vietnam?"), with no topic or document named.
    const groundsAsked = [...new Set(words.concepts.filter((c) => c.weight >= SURE_CONCEPT && grounds.has(c.lemma)).map((c) => c.lemma))];
    const subject = subjectTalk(kb.talks, topics, documents) ?? (topics.length + documents.length === 0 ? stated.actTalk(groundsAsked) : null);
    // Asked what was signed, the talk where something was signed (when one alone) is the subject.
    const signedAt = own.commitment === 'signed' && documents.length === 0 ? talksSigning : [];
    const signing = signedAt.length === 1 ? (signedAt[0] ?? null) : null;
    const corrected = (found: TalkScope, cs: readonly Constraint[]): TalkScope => {
      const byPeople = (found.correction?.stand.length ?? 0) > 0 && signing ? correctByPeople(index, cs, signing) : null;
      if (byPeople) return { talks: [byPeople.talk], mismatch: null, correction: { ...byPeople, met: entities.people } };
      // A date slipped ("the 2019 phone talks … floods"), or a person at another talk than the month names ("the April
      // talks … Quan … vaccine passports"): the subject, reported at one talk alone, says which.
      // Who spoke there on the topics asked, in a statement using a word of the question's own beside them ("announced …
      // presented … worth"): a year alone is put right only by such a statement, and by the people named if they spoke it.
      const own = words.concepts.filter((c) => (!c.asking || SPEECH_ACTS.has(c.lemma)) && c.weight >= SURE_CONCEPT && !TALK_NOUNS.has(c.lemma)).map((c) => c.lemma);
      const telling = (at: Talk) => at.statements.filter((st) => topics.some((h) => st.topics.includes(h.topic)) && own.some((l) => stated.of(st).has(l)));
      const onTopic = (at: Talk) => ((bearing) => (bearing.length > 0 ? new Set(bearing.flatMap((st) => st.speakers)) : undefined))(telling(at));
      const bySubject = (at: Talk) => (found.mismatch?.kind === 'no-talk' ? correctBySubject(index, cs, at, onTopic(at)) : correctPersonBySubject(index, cs, at, !formatAsked));
      // "3月19日的会谈上签了哪两份文件": a day of the one talk that signed, in a month no talk was held in.
      const event = subject ?? signing;
      const byDay = found.mismatch?.kind === 'no-talk' && !found.correction && event ? correctDayBySubject(index, cs, event) : null;
      const named = byDay ? { ...found, correction: byDay } : found.mismatch && !found.correction && subject ? { ...found, correction: bySubject(subject) } : found;
      const asksPresence = named.mismatch?.kind === 'not-present' && aspects.yesNo && !cues.has('said');
      const yesNoOnAYear = named.correction?.yearSlip === true && aspects.yesNo;
      return named.correction && !asksPresence && !yesNoOnAYear ? { talks: [named.correction.talk], mismatch: null, correction: named.correction } : named;
    };
    // "in both calls", "was Quan at both talks?": when every talk is asked about, neither a word any talk could be
    // called by nor a person named picks a talk (the person's absence from one is then the answer).
    // "Both articles mention phone talks between leaders…": with nothing else naming a talk, a format word that names
    // only one of the talks set side by side is what is asked about ("did both mention phone talks…?"), not which talk
    // ("were both by video?" claims it).
    const alone = !dates.constraints.some((c) => c.kind !== 'format' && c.kind !== 'person') && new Set(dates.constraints.filter((c) => c.kind === 'format').flatMap((c) => c.talks)).size === 1;
    // "What did each article say the phone calls between leaders achieved?": the reports named as a pair mention it.
    const reports = pairsReports(tokens, cues);
    // "Which of Quan and Trung took part in 2022?": the people are the options (person-choice.ts); the talks of each
    // show which, so no detail narrows them (the year is then the heading of the talk that answers).
    const choosing = offersPersonChoice(tokens, entities.peopleAt, aspects.yesNo);
    const constraints = choosing ? [] : aspects.eachTalk
      ? dates.constraints.filter((c) => !(c.kind === 'format' && (c.generic === true || (alone && (aspects.both || reports) && (!aspects.yesNo || aspects.mentioned)))) && c.kind !== 'person')
      : dates.constraints;
    const scope = corrected(combineGiven(index, constraints, given.talks), constraints);
    // "Since both talks were by video, which signed…?": a format said of every talk that only some had is a premise to
    // put right, unless asked Yes or No (the format answer says it) or another detail is put right already. Said of
    // every talk ("两次会谈都是"), not of both sides ("双方").
    const heldAs = dates.constraints.filter((c) => c.kind === 'format' && c.ofEvery === true && c.generic !== true);
    const everyHeldAs = !own.yesNo && aspects.eachTalk && !reports && !scope.correction && heldAs.length === 1 && (heldAs[0]?.talks.length ?? 0) < index.all.length ? heldAs[0]?.talks : undefined;
    // Without a format among the constraints, the scope ignoring formats is the scope itself: not worked out twice.
    const formatless = constraints.filter((c) => c.kind !== 'format');
    const scopeIgnoringFormat = constraints.some((c) => c.kind === 'format') ? corrected(combineGiven(index, formatless, given.talks), formatless) : scope;
    const subjectsAsked = asides.subjects(question, asked, words.absent, words.absentKinds);
    const asking = askedPart(plain, subjectsAsked.absent, subjectsAsked.absentKinds);
    // A name the articles lack in a participant's place ("what did Wang Yi tell Quan in 2020?"): who held it is read instead.
    // "The 29 July 2020 call": the talk named by its very day.
    const [onlyTalk] = scope.talks?.length === 1 ? scope.talks : [];
    const dayNamed = onlyTalk !== undefined && dates.constraints.some((c) => c.label.kind === 'month' && c.label.day !== null && c.talks.length === 1 && c.talks[0] === onlyTalk);
    const standIn = aspects.yesNo ? null : findStandIn({ tokens, absent: asking.absent, absentKinds: asking.absentKinds, people: entities.peopleAt, sides: entities.sidesAt, talks: scope.mismatch ? null : scope.talks, links: roleLinks, formatNamed: entities.formatTalks.length > 0, subjects: topics.length + documents.length, subjectWords: topics.map((t) => t.words), offices: lexicon.roles.offices, dayNamed, dated: dates.constraints.some((c) => c.kind === 'year' || c.kind === 'month'), countries, titles: zhTitles, ...(asked === 'en' ? { familyNames } : {}) });
    // Where no one stands in, an office no participant of that side held is what the articles lack, not that side's participant.
    const unheld = standIn || aspects.yesNo ? null : unheldOffice({ tokens, absent: asking.absent, absentKinds: asking.absentKinds, people: entities.peopleAt, sides: entities.sidesAt, talks: scope.mismatch ? null : scope.talks, links: roleLinks, formatNamed: entities.formatTalks.length > 0, subjects: topics.length + documents.length, offices: lexicon.roles.offices }, kb.talks);
    const part = standIn ? { ...asking, absent: [], absentKinds: [] } : unheld ? { ...asking, absent: [unheld.words], absentKinds: ['name' as const] } : asking;
    if (standIn?.instead) entities = { ...entities, people: [...entities.people, standIn.instead] };
    // "How did the head of the International Liaison Department respond…?", "người đứng đầu Ban Liên lạc Đối ngoại đáp
    // lại…": an office of a body the talks' participants came from, said to speak, is the one who held it there; what he
    // said is asked, not who he is (no "who" asked) nor what the body is.
    if (entities.people.length === 0 && cues.hits('said').length > 0 && cues.hits('who').length === 0 && !aspects.yesNo && !aspects.eachTalk && !aspects.both) {
      const holders = officeHolders(entities.officesNamed, scope.talks && scope.talks.length > 0 ? scope.talks : kb.talks);
      if (holders.length > 0) entities = { ...entities, people: holders };
    }
    // "What did Song Tao tell Quan?": someone named before a verb of saying tells the person named right after it
    // ("说说黎怀忠和宋涛…" names no one telling); `at` is where the one told starts.
    const tellerBefore = (at: number) => entities.peopleAt.some((p) => p.at + p.length < at) || (standIn !== null && standIn.at < at);
    const toldHits = entities.peopleAt.filter((h) => speech.has(tokens[h.at - 1]?.text ?? '') && tellerBefore(h.at));
    // "What did the Vietnamese official tell his Chinese counterpart about the floods?": a word for a participant just
    // after a verb of saying (a possessive or a side between) is the person told, not who took part being asked.
    const sideAt = new Set(entities.sidesAt.flatMap((h) => Array.from({ length: h.length }, (_, k) => h.at + k)));
    const toldParticipant = cues.hits('who').some((h) => [1, 2, 3].some((k) =>
      speech.has(tokens[h.at - k]?.text ?? '') && tokens.slice(h.at - k + 1, h.at).every((t, j) => TOLD_FILLERS.has(t.text) || sideAt.has(h.at - k + 1 + j))));
    // "What did Song Tao tell the Vietnamese side?": a side just after a verb of saying, someone named before it, is
    // who was told; the teller's words are asked, not who he is.
    const toldSide = entities.sidesAt.some((h) => [1, 2].some((k) =>
      speech.has(tokens[h.at - k]?.text ?? '') && tokens.slice(h.at - k + 1, h.at).every((t) => TOLD_FILLERS.has(t.text)) && tellerBefore(h.at - k + 1)));
    // People named who were not at the talk meant: their side's participant there stands in for them.
    const stand = scope.correction?.stand ?? [];
    const people = stand.length === 0 ? entities.people : [...new Set(entities.people.flatMap((p) => {
      const s = stand.find((x) => x.asked === p);
      return s ? (s.instead ? [s.instead] : []) : [p];
    }))];
    // Read in Vietnamese or Chinese, the asking sentences are pivoted on their own to count their words.
    const askFrom = part.ask !== null ? Math.max(0, tokens.length - (pivoted === null ? tokenize(vocabulary, part.ask).tokens : tokensOf(part.ask, pivot(part.ask, asked as Exclude<Lang, 'en'>))).length) : 0;
    const dated = dates.constraints.some((c) => c.kind !== 'format');
    const askedAspects = withoutContextCounts(aspects, cues, askFrom);
    const subjectEndsAt = (at: number) => [...entities.peopleAt, ...entities.sidesAt].some((h) => h.at + h.length === at);
    const viewsOfNamed = aspects.yesNo ? [] : reportedViews(tokens, views, subjectEndsAt);
    const reporting = [...cues.hits('said'), ...cues.hits('agreements'), ...cues.hits('agreed'), ...cues.hits('hoped')].map((h) => h.at).concat(viewsOfNamed);
    const shapes = beyond({
      tokens,
      text: plain,
      first: firstWord(tokens),
      askFrom,
      sidesNamed: entities.sidesNamed.length,
      sideAt: (at) => entities.sidesAt.some((h) => h.at === at),
      people: people.length,
      documents: documents.length,
      reportedBefore: (at) => reporting.some((r) => r < at),
      covered,
    });
    // A wrong date, format or person stated in a yes/no sentence before the asking one is what that sentence asks;
    // so is an amount stated there ("1.5 million US dollars of supplies, right? What for?"), which the claim checker
    // may find given otherwise. A number that is no year is what may be such an amount.
    const amountAt = tokens.flatMap((t, i) => (/^\d/u.test(t.text) && !/^(19|20)\d\d$/u.test(t.text) ? [i] : []));
    const checked = asked === 'en' && (scope.correction || amountAt.length > 0) ? yesNoSpans(sentencesOf(plain), (x) => tokenize(vocabulary, x).tokens, (t) => readAspects(t, scan(t)).yesNo) : [];
    const inSpan = (at: number) => checked.some(([a, b]) => at >= a && at < b);
    const wrong = scope.correction?.details ?? [];
    const wrongPeople = new Set(scope.correction?.stand.map((x) => x.asked));
    const taggedBefore = asked !== 'en' && tagQuestionBefore(sentencesOf(plain), lexicon.glossaries[asked]?.yesNo.ends ?? []);
    const premiseAsked = pivoted?.tagged === true || (checked.length > 0 && (
      amountAt.some(inSpan) ||
      (wrong.includes('month') && [...dates.dateWords].some(inSpan)) ||
      (wrong.includes('person') && entities.peopleAt.some((h) => wrongPeople.has(h.target) && inSpan(h.at))) ||
      (wrong.includes('format') && cues.hits('formatStrong').some((h) => inSpan(h.at)))));
    // Someone named as replaced, who was not at the talk the question names: who held the place there is asked.
    const replacedAt = (scope.correction?.stand ?? []).some((x) => replaced.includes(x.asked));
    const features: Features = {
      tokens,
      cues,
      entities,
      scope,
      scopeIgnoringFormat,
      periodYears: dates.periodYears,
      aspects: askedAspects,
      distinctive: words.concepts.filter((c) => (vocabulary.distinctive.has(c.lemma) || vocabulary.distinctiveWording(c.lemma)) && c.weight >= 0.85 && !c.asking),
      concepts: words.concepts,
      absent: part.absent,
      absentKinds: part.absentKinds,
      askFrom,
      typedIn: asked,
      unreadable: asked === 'en' && unreadable(tokens, words.unmatched, (w) => lexicon.isEnglish(w)),
      firstTime,
      feelingAt: aspects.yesNo
        ? unreportedFeelingAt(tokens, askFrom, (t) => lexicon.vocabulary.has(t.lemma) || lexicon.vocabulary.has(t.text), (at) => [...entities.peopleAt, ...entities.sidesAt].some((h) => h.at + h.length === at))
        : -1,
      // "Who replaced Quan in 2022?": someone replaced at a talk the question names is no career after the talks.
      beyond: shapes.ask?.why === 'career' && replacedAt ? null : shapes.ask,
      replacedAt,
      unaskedFuture: shapes.unaskedFuture,
      // "黄平君认为…目前…", "what did Quan say currently stood in the way?": the present of what was reported, not today.
      // Whether something holds now is still asked of today ("宋涛说现在还是部长吗？").
      // So is a view asked of a talk the question dates ("2020年那通电话 越南官员觉得两党关系现在咋样": then, at that call).
      reportedPresent: (at) => !aspects.yesNo && cues.hits('storyPresent').some((h) => h.at <= at && at < h.at + h.length)
        && (reporting.some((r) => r < at && [...entities.peopleAt, ...entities.sidesAt].some((p) => p.at + p.length <= r))
          || (dated && tokens.some((t, k) => k < at && (views.has(t.text) || reporting.includes(k))))),
      toldPast: pivoted?.past === true,
      units,
      foreignVerb: (at) => {
        const t = tokens[at];
        return t !== undefined && (lexicon.isGeneral(t.text) || lexicon.isGeneral(t.lemma)) && !lexicon.vocabulary.has(t.lemma) && !lexicon.vocabulary.has(t.text) && !FUNCTION_WORDS.has(t.text);
      },
      uncoveredWord: (at) => words.uncovered.includes(tokens[at]?.cased ?? ''),
      tellsSomeone: toldHits.length > 0 || toldParticipant || toldSide,
      personClaim: claimOfPerson,
      asksGrounds: words.concepts.some((c) => c.weight >= 0.85 && grounds.has(c.lemma)),
      negated: (at) => [1, 2, 3].some((k) => negators.has(tokens[at - k]?.text ?? '') || negators.has(`${tokens[at - k - 1]?.text ?? ''} ${tokens[at - k]?.text ?? ''}`)),
      talkNamed: dates.constraints.some((c) => c.kind !== 'format') || (given.talks?.length ?? 0) > 0,
      talksOfPeople: talksOfPeople(index, entities.people),
      allTalks: index.all,
      otherEvent: findOtherEvent(tokens, askFrom, vocabulary.events, lexicon, vocabulary),
      personNouns,
      helpGivenWords,
    };
    const decided: Decision = ARITHMETIC.test(plain) || asksCalculation(tokens, CALCULATION_WORDS)
      ? { kind: 'refuse', refusal: { kind: 'unsupported', topic: 'maths' }, intent: 'unknown', rule: 'arithmetic' }
      : decide(features);
    // "Besides the congratulations, what tangible results…?": the subjects set aside are not what is asked (outcome-aside.ts).
    const outcome = decided.kind === 'intent' && decided.intent === 'topic' ? outcomeAside(features, decide) : null;
    const decision: Decision = outcome?.decision ?? decided;
    const intent = decision.intent;
    // Refused for a talk that does not exist as named: what the question asks beside that, should a correction answer it.
    const unscoped = decision.kind === 'refuse' && decision.refusal.kind === 'scope' ? decide({ ...features, scope: { talks: null, mismatch: null } }) : null;
    const unscopedIntent = unscoped?.kind === 'intent' ? unscoped.intent : null;
    let talkScope: TalkScope = decision.kind === 'intent' ? decision.scope : scope;
    // In a format question, format words are the subject ("in person or online?"), not a way to pick a talk.
    // So are they when a conversation gives the talk: "was it a phone call?" asks about that talk's format.
    const givenTalks = (given.talks?.length ?? 0) > 0;
    if (intent === 'format' && (scope.mismatch !== null || entities.formatCount > 1 || aspects.inPerson || cues.has('formatStrong') || cues.has('manner') || givenTalks)) {
      talkScope = scopeIgnoringFormat;
    }
    // Only topics the asking sentence names: a long message's context sentences set the scene, not the talk.
    const scoping = part.ask !== null ? entities.topics.filter((t) => saidIn(part.ask ?? '', t.words)) : entities.topics;
    if (talkScope.talks === null && TALK_LEVEL_INTENTS.has(intent) && scoping.length > 0) {
      const lists = [...new Set(scoping.map((t) => t.topic))].map((topic) => talksByTopic.get(topic) ?? []);
      const discussed = lists.length === 1 ? (lists[0] ?? []) : [...new Set(lists.flat())].sort((a, b) => byDate(a, b) || a.id.localeCompare(b.id));
      if (discussed.length > 0) talkScope = { talks: discussed, mismatch: null, byTopic: true };
    }
    // "What did Song Tao tell Quan?": the person told is not the one whose words are asked, when someone else speaks.
    const told = new Set(toldHits.map((h) => h.target));
    const speakers = people.filter((p) => !told.has(p));
    // "I'm writing an essay on ties during the pandemic… Which documents were signed?": in a long message, what was
    // signed is asked by the asking sentence; topics of the context before it set the scene, not a subject to sign on.
    // So are the names of a side's people at each talk ("…作业。两次会谈越方负责人分别叫什么？"): no subject's speakers.
    const namesAsked = intent === 'agreements' || (intent === 'who' && decision.rule === "a side's people's names");
    const topicsNamed = namesAsked && part.ask !== null ? entities.topics.filter((t) => saidIn(part.ask ?? '', t.words)) : entities.topics;
    const topicsAsked = outcome ? topicsNamed.filter((t) => !outcome.aside.includes(t.topic)) : topicsNamed;
    // "Apart from the medical donation, which agreements…?": a subject set aside is not the one agreements are asked on.
    const topicsAside = intent === 'agreements' ? topicsSetAside(tokens, cues, topicsNamed) : [];
    // "Was there any money or any signed paperwork?": the thing handed over is asked beside the signing, not signed on.
    const handedOver = intent === 'agreements' ? handedBeside(features) : [];
    // So is a document the context names when the asking part asks for the documents as a set ("关于两党干部交流的小论文…
    // 签了哪些文件？": which documents): every one signed, not the one whose subject the scene shares. Not when the asking
    // part points back at it ("…the cadre-training scheme. What period does it cover?").
    const asksSet = tokens.slice(askFrom).some((t) => DOCUMENT_SETS.has(t.text));
    const contextOnly = (d: Agreement) => entities.documentsAt.some((h) => h.target.includes(d)) && !entities.documentsAt.some((h) => h.at >= askFrom && h.target.includes(d));
    // A document guessed after "what did they sign" ("…, some kinda plan?") is offered, not asked about: all signed are asked.
    const signingAt = (i: number): boolean => cues.hits('signed').some((h) => h.at === i) && !entities.documentsAt.some((d) => i >= d.at && i < d.at + d.length);
    const guessed = intent === 'agreements' && aspects.besides !== true && aspects.commitment === 'signed' && documentGuessed(tokens, askFrom, entities.documentsAt, signingAt);
    const documentsAsked = guessed ? [] : intent === 'agreements' && asksSet && part.ask !== null && askFrom > 0 ? entities.documents.filter((d) => !contextOnly(d)) : entities.documents;
    const only = (ends: readonly Talk[]) => talkScope.talks !== null && talkScope.talks.every((t) => ends.includes(t));
    // Chinese puts "before" and "after" behind the talks they bound ("2022年会谈之后").
    const outsideMeetingAsked = outsideMeeting(tokens, askFrom, { earliestOnly: only(earliestTalks) }, lang === 'zh');
    const reading: Reading = {
      intent,
      lang,
      scope: talkScope,
      ...namedOf(entities),
      topics: topicsAsked.filter((t) => !handedOver.includes(t.topic)),
      ...(topicsAside.length > 0 ? { setAside: topicsAside } : {}),
      ...(handedOver.length > 0 ? { handedOver } : {}),
      documents: documentsAsked,
      people: intent === 'topic' && speakers.length > 0 ? speakers : people,
      concepts: words.concepts,
      unmatched: words.unmatched,
      uncovered: words.uncovered,
      periodYears: dates.periodYears,
      premises: decision.kind === 'intent' ? words.absent.filter((_, i) => words.absentKinds[i] === 'amount') : [],
      ...(intent !== 'format' && (presumesInPerson(features) || (!features.aspects.why && presumesTrip(features))) ? { presumedInPerson: true, ...(placesTalk(features) ? { placedTalk: true } : {}) } : {}),
      ...(standIn ? { standIn } : {}),
      ...(outsideMeetingAsked ? { outsideMeeting: outsideMeetingAsked } : {}),
      ...(unheld ? { unheldOffice: true } : {}),
      ...(premiseAsked ? { premiseAsked } : {}),
      ...(taggedBefore ? { taggedBefore } : {}),
      ...(unscopedIntent ? { unscopedIntent } : {}),
      ...(overcount ? { overcount } : {}),
      ...(everyHeldAs ? { everyHeldAs } : {}),
      ...(askedAspects.interval && statedSpan(plain) ? { spanStated: statedSpan(plain) ?? undefined } : {}),
      ...(claimOfPerson ? { personClaim: claimOfPerson } : {}),
      // Who stood in is kept by the correction; without one left in the scope, the names as asked are kept here.
      ...(stand.length > 0 && !talkScope.correction ? { peopleNamed: entities.people } : {}),
      aspects: askedAspects,
      said: { words: tokens.map((t) => t.text), text: plain, ...(askFrom > 0 ? { askFrom } : {}) },
      rule: decision.rule,
    };
    return decision.kind === 'intent'
      ? { kind: 'reading', reading }
      : { kind: 'refusal', refusal: decision.refusal, intent, reading, words: tokens.map((t) => t.text) };
  };

  const tokens = (typed: string) => {
    const asked = language(typed);
    const question = reordered(whenClauseLast(surface(cutQuestion(typed), asked), asked), asked);
    return tokensOf(question, asked === 'en' ? null : pivot(question, asked));
  };
  return { vocabulary, read, readWhole: readOne, language, tokens, during: kept.during };
}
