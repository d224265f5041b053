import { defineIntent } from './definition.js';
import type { Agreement, Person, Statement, Talk, Topic } from '../../facts/types.js';
import { messagesFor } from '../../i18n/index.js';
import type { Messages } from '../../i18n/messages.js';
import { AFTER_TALKS, ANNOUNCING_ACTS, CHAT_WORDS, COPULAS, EXPECTATION, FUNCTION_WORDS, HOPE_LEMMAS, occasionNouns, OUTCOME_ASKED, PROPOSAL_LEMMAS, SAYING_LEMMAS, SPEECH_ACTS, TALK_NOUNS, TIME_UNITS, VERB_ADVERBS } from '../../matching/cues.js';
import { namedInAsking, type Concept, type NamedTopic, type Reading } from '../../matching/reading.js';
import { escapeRegExp } from '../../matching/normalize.js';
import { cite } from '../citations.js';
import { polarityOfAnything, polarityUnspoken, polarityWitnesses, settleYesNo, yesNoLead } from '../claims/yes-no.js';
import { namesThing, thingOfPolarity } from '../claims/polarity-thing.js';
import { answerFrom, asksOfEachTalk, choosesAmongTalks, led, line, MAX_TALKS_EACH, notAnswered, talksOf, type Line } from '../result.js';
import { corrected } from '../premise.js';
import { attendedByNamed, correctionCiting, namedByQuestion } from '../cited-both.js';
import { asksResponse, responsesTo } from '../response-elsewhere.js';
import { asksAmongTalks, citedWhereRaised } from '../raised-where.js';
import { answerOpenings } from '../opening.js';
import { answerYearsCounted } from '../years-counted.js';
import type { Answer, Citation, Knowledge } from '../types.js';
import { byDate } from '../../facts/talk-order.js';
import { chosenTalks } from '../chosen-talks.js';
import { answerHelpBetween } from '../help-between.js';
import { saidBeforeHope } from '../said-before-hope.js';
import { actOwnedByOthers } from '../owned-act.js';
import { actAnsweredAfter } from '../act-answered-after.js';

/** Most statements one answer lists, so a "what did Song Tao say?" answer stays readable. */
export const MAX_STATEMENTS = 8;

/** A concept at least this sure (the question's own word, a curated or first-sense synonym) picks statements. */
const CLOSE = 0.85;

/** With this many talks in scope or fewer, their own statements are read rather than an index's. */
const SCOPED_TALKS = 20;

/** Most statements read for one answer, newest first: answers prefer the newest, and stay fast with many talks. */
const MAX_LOOKED = 240;

/** A lemma in at most this many statements is rare enough to pick them out ("obstacles", "thank"). */
const DISTINCTIVE = 3;


/** The people whose words are asked for: those named who spoke at the talks, and the sides named as speaking. */
export function speakersAsked(k: Knowledge, reading: Reading, talks: readonly Talk[]): Person[] {
  if (reading.people.length === 0 && reading.sides.length === 0) return [];
  const inScope = new Set(talks);
  const spoke = (p: Person) => k.facts.statementsBy(p).length > 0 && k.facts.talksOfPerson(p).some((t) => inScope.has(t));
  const spoken = reading.people.filter(spoke);
  // "How did Song Tao respond to Quan's concerns?": one named only as the owner of what another answered is its
  // object, not a speaker asked (when someone else is named as more than an owner).
  const owners = reading.lang === 'en' ? spoken.filter((p) => onlyAsOwner(reading.said.text, p)) : [];
  const named = owners.length < spoken.length ? spoken.filter((p) => !owners.includes(p)) : spoken;
  const sides = new Set(reading.sides);
  const ofSides = [...k.facts.speakers].filter((p) => sides.has(p.party) && spoke(p));
  return [...new Set([...named, ...ofSides])];
}

/** A person's names as a pattern, each followed by any possessive, made once per person: it is asked on every answer that names him. */
const mentionPatterns = new WeakMap<Person, RegExp>();

function mentionOf(p: Person): RegExp {
  let pattern = mentionPatterns.get(p);
  if (!pattern) {
    const forms = [p.name, ...p.aliases].sort((a, b) => b.length - a.length).map(escapeRegExp);
    // Global, for matchAll, which matches on a copy: the pattern's own lastIndex stays 0.
    pattern = new RegExp(`\\b(?:${forms.join('|')})\\b(['’]s\\b)?`, 'giu');
    mentionPatterns.set(p, pattern);
  }
  return pattern;
}

/** Whether every mention of a person in an English question is a possessive ("Quan's"), with at least one. */
function onlyAsOwner(text: string, p: Person): boolean {
  const mentions = [...text.matchAll(mentionOf(p))];
  return mentions.length > 0 && mentions.every((m) => m[1] !== undefined);
}

interface Filter {
  readonly fits: (s: Statement) => boolean;
  /** Statements that can fit, newest first (all statements when nothing narrows them), read lazily. */
  readonly candidates: () => Iterable<Statement>;
  /** How well a fitting statement matches the question's topics and words, to keep the best when some stand out. */
  readonly score: (s: Statement) => number;
  /** What a statement shares with the question beyond words said at most talks: what tells its talk from others. */
  readonly evidence: (s: Statement) => number;
  /** Whether a statement gives the judgement a question asks of its subject ("how did he view…": "spoke highly of"). */
  readonly judges: (s: Statement) => boolean;
}

interface FilterOptions {
  /** Long or proper topic phrases ("East Sea") keep only the statements that use them. */
  readonly precise: boolean;
  /** A verb of saying the question uses ("thank") keeps only the statements reporting it. */
  readonly verbs: boolean;
  /** The question's rare words ("enhance") keep only the statements using them (unless set false). */
  readonly rare?: boolean;
}

const STRICT: FilterOptions = { precise: true, verbs: true };
/** A matched topic counts in a statement's score like a fairly rare word. */
const TOPIC_SCORE = 2.5;
/** Talks whose best statement scores below this share of the best are left out when some stand out… */
const NEAR_BEST = 0.75;
/** …and, within a talk, statements below this share of the best. */
const NEAR_BEST_STATEMENT = 0.45;

/** A statement on no topic asked fits when the question's words it uses weigh this much (about one rare word). */
const STRONG_CONTENT = 2.5;

/** Builds the test a statement must pass, where to look for statements that pass it, and how to rank them. */
// How many talks have a statement using a lemma, counted once per fact index: every filter asks of each of the
// question's words, and a common word's statements across a thousand talks are thousands.
const lemmaTalks = new WeakMap<Knowledge['facts'], Map<string, number>>();

function talksUsingLemma(facts: Knowledge['facts'], lemma: string): number {
  let counts = lemmaTalks.get(facts);
  if (counts === undefined) {
    counts = new Map();
    lemmaTalks.set(facts, counts);
  }
  let n = counts.get(lemma);
  if (n === undefined) {
    n = new Set(facts.statementsUsing(lemma).map((x) => facts.talkOf(x))).size;
    if (counts.size < 20_000) counts.set(lemma, n);
  }
  return n;
}

function statementFilter(k: Knowledge, reading: Reading, speakers: readonly Person[], options: FilterOptions = STRICT): Filter {
  const { facts } = k;
  const uses = (s: Statement, lemma: string) => facts.ofStatement(s)?.lemmas.has(lemma) ?? false;
  // A topic named by a long or proper phrase the articles use ("first centenary goal", "East Sea") means the
  // statements using it; other topic words stand for the whole topic.
  const precise = options.precise ? reading.topics.filter((h) => h.precise && facts.topicUsesPhrase(h.topic, h.words, h.lang)) : [];
  const loose = reading.topics.filter((h) => !precise.includes(h)).map((h) => h.topic);
  // Organisations other than the talks' own parties (ASEAN, the DOC) must be named in the statement.
  const named = reading.organisations.filter((o) => !facts.own.has(o));
  const concepts = reading.concepts.filter((c) => c.weight >= 0.6 && facts.idf(c.lemma) > 0);
  const content = concepts.filter((c) => !c.asking);
  // A verb of a speech act ("thank", "urge") the articles use keeps only the statements reporting it.
  // Only the question's own verb or a curated alias of it: "mention" is no report of "noting".
  const acts = options.verbs
    ? concepts.filter((c) => c.via !== 'wordnet' && SPEECH_ACTS.has(c.lemma) && facts.statementsUsing(c.lemma).length > 0 && !givenAct(reading, c.word) && !actOwnedByOthers(reading, c.word, speakers, facts.speakers) && !(reading.aspects.saidToo === true && HOPE_LEMMAS.includes(c.lemma)))
    : [];
  // "How did he respond to the proposals…?": a wish beside another act is that act's object; the other act is asked.
  const verbs = actsBesideWish(acts);
  // "Why did he congratulate China?": the act alone asked, its object is the reason; with the object named too
  // ("why … on its 13th Congress?") the question asks beyond what the report says.
  const asksGrounds =
    reading.aspects.why &&
    (reading.concepts.some((c) => c.weight >= 0.6 && groundWord(facts, c)) || reading.topics.some((t) => facts.isGround(t.words))) &&
    reading.topics.every((t) => t.lang === 'en' && facts.isGround(t.words));
  // "What did Quan and Song Tao discuss at their meeting?": a talk noun naming the occasion is the talks themselves,
  // no rare word picking the statements that use it ("high-level meetings"). (Read in English: a pivot's words differ.)
  const occasion = reading.lang === 'en' ? occasionNouns(reading.said.words) : new Set<string>();
  const rare = content.filter((c) => c.weight >= CLOSE && !occasion.has(c.word.toLowerCase()) && facts.statementsUsing(c.lemma).length > 0 && facts.statementsUsing(c.lemma).length <= DISTINCTIVE);
  // Beside a topic, the words naming it or the talks ("during the 2022 talks") are no more content to match
  // other statements by: only the question's own further words are. (Read in English: a pivot's words differ.)
  const topicWords = new Set(reading.topics.flatMap((h) => h.words.toLowerCase().split(/[^\p{L}\p{N}]+/u)));
  const plain = (w: string) => topicWords.has(w) || TALK_NOUNS.has(w);
  const beside = reading.topics.length > 0 && reading.lang === 'en' ? content.filter((c) => !plain(c.word.toLowerCase()) && !plain(c.lemma)) : content;
  const contentScore = (s: Statement) => beside.reduce((n, c) => n + (uses(s, c.lemma) ? c.weight * facts.idf(c.lemma) : 0), 0);
  const bySpeakers = (s: Statement) => speakers.length === 0 || speakers.some((p) => s.speakers.includes(p));
  const rareMatters = rare.some((c) => speakers.length === 0 || speakers.some((p) => facts.speakersUsing(c.lemma).has(p)));
  const counting = reading.aspects.count || reading.aspects.amount;
  // "Which exchanges were maintained?": a statement using a loose topic's own word ("exchanges") that the topic's tags
  // miss is on it too when it also uses the question's further words ("maintained"). Not a word of an organisation's
  // name the question names ("International Liaison Department").
  const inName = (words: string) => reading.organisations.some((o) => [o.name, ...o.aliases].some((n) => n.toLowerCase().includes(words.toLowerCase())));
  const looseWords = reading.topics.filter((h) => !precise.includes(h) && h.lang === 'en' && !inName(h.words));
  const usesLooseWords = (s: Statement) => looseWords.some((h) => usesTopicWords(k, s, h)) && contentScore(s) > 0;
  const topicFits = (s: Statement) =>
    precise.some((h) => s.topics.includes(h.topic) && facts.usesPhrase(s, h.words, h.lang)) || loose.some((t) => s.topics.includes(t)) || usesLooseWords(s);
  // "Was it Song Tao who expressed sympathy over the floods?": a topic word that names an act (sympathy, the floods'
  // word) asked of a speaker is that act, not the whole topic: his thanks on the floods are no sympathy.
  // Each act binds only the statements on its own topic ("congratulate … on …, and sympathise … over …" asks both).
  // Read from the pivot's English in Vietnamese or Chinese, where it binds a yes/no ("是中方向越方表示慰问的吗？"), whose
  // Yes must not rest on another act on the topic; a question asking what was said still gets the speaker's words.
  // So does a why of the act ("宋涛为什么要对洪灾表示慰问？"): its reason is that act's, not another one's on the topic.
  const topicActs = new Map<Topic, string[]>();
  // So does a "which" ("Tống Đào đã chia buồn … về đợt mưa lũ nào?"): it takes the act as the speaker's, and his other
  // words on the topic (thanks) answer no "which occasion of that act".
  const whichAsked = reading.said.words.includes('which');
  if (speakers.length > 0 && (reading.lang === 'en' || reading.aspects.yesNo || reading.aspects.why || whichAsked)) {
    // Read in English: a Vietnamese or Chinese question's topic words are its pivot's English ("chia buồn" → condolences).
    // An act only a long message's context names, answered in the asking part ("I remember the Vietnamese party sending
    // condolences. How did the Chinese side respond…?"), is someone else's: the speaker's reply on its topic is asked.
    const answersContext = (t: Reading['topics'][number]) => !namedInAsking(reading, t) && reading.said.words.some((w) => RESPONSE_WORDS.has(w.toLowerCase()));
    for (const h of reading.topics.filter((t) => t.lang === 'en' && !answersContext(t) && !answeredAct(reading.said.words, t.words) && !actAnsweredAfter(reading, t, RESPONSE_WORDS) && !givenAct(reading, t.words))) {
      const act = facts.groundLemma(h.words);
      if (act !== null && facts.statementsUsing(act).length > 0) topicActs.set(h.topic, [...(topicActs.get(h.topic) ?? []), act]);
    }
  }
  // "Why did they keep growing?": a statement saying what led to the outcome the question names ("…, contributing to
  // continued growth") gives its reason; the question's own further word (beside its topic) must be in it.
  const outcomeAsked = (s: Statement) => reading.aspects.why && facts.givesOutcome(s) && rare.some((c) => uses(s, c.lemma));
  // "Why does Party cooperation matter?", "tại sao … quan trọng": the statement saying it matters ("plays an important
  // role in orienting the ties") gives the significance asked, as a cause answers a plain "why".
  const significanceAsked = reading.aspects.why && facts.asksSignificance(reading.said, reading.lang);
  const givesSignificance = (s: Statement) => significanceAsked && facts.givesSignificance(s);
  // "What did they say about the importance of the Party channel?", "kênh đảng có ý nghĩa thế nào với quan hệ…": how
  // much a subject matters is what the statement saying it matters on that subject gives, before others sharing its
  // words. The subject is the topic named first; one named after it ("… for the relations") is what it matters to.
  const mattering = !reading.aspects.yesNo && facts.asksSignificance(reading.said, reading.lang) ? firstNamed(reading)?.topic : undefined;
  const ranksSignificance = (s: Statement) => mattering !== undefined && s.topics.includes(mattering) && facts.givesSignificance(s);
  // "How did the Chinese official view Vietnam's fight against the pandemic?", "宋涛对…持什么看法": how someone judged a
  // subject is what the statement judging it gives ("spoke highly of…"), before one that only speaks of the subject.
  const judging = !reading.aspects.yesNo && reading.topics.length > 0 && facts.asksJudgement(reading.lang === 'en' ? reading.said.text.toLowerCase().split(/[^\p{L}\p{N}]+/u) : reading.said.words);
  const ranksJudgement = (s: Statement) => judging && facts.givesJudgement(s);
  // Two acts asked, each of its own talk ("in one round … thanked, in the other … gave supplies").
  const eachAct = reading.aspects.eachTalk && !reading.aspects.yesNo && reading.topics.length > 0;
  const rarely = (lemma: string) => facts.statementsUsing(lemma).length <= DISTINCTIVE;
  const actFits = (s: Statement) => [...topicActs].every(([topic, acts]) => !s.topics.includes(topic) || acts.every((l) => uses(s, l)));
  // "Phía Trung Quốc mong mở rộng giao lưu … trên những mặt nào?": a wish asked, reported with the very words the question
  // names its topic by ("hoped to keep promoting exchanges and cooperation in all realms"), is on that topic, whatever
  // the statement is filed under.
  const wishWorded = (s: Statement) => reading.aspects.hoped && reportsWish(k, s) && reading.topics.some((h) => facts.usesPhrase(s, h.words, h.lang));
  const fits = (s: Statement) => {
    if (!bySpeakers(s)) return false;
    if (!actFits(s)) return false;
    if (reading.aspects.why && !facts.givesCause(s) && !(asksGrounds && facts.givesGrounds(s)) && !outcomeAsked(s) && !givesSignificance(s)) return false;
    // "How many…?", "how much…?": only a statement that gives a number answers it (an amount, for a "how much").
    if (counting && !(reading.aspects.count ? facts.givesNumber(s) : facts.givesAmount(s))) return false;
    if (!named.every((o) => facts.namesOrganisation(s, o))) return false;
    // A speech act asked ("did Song Tao thank…", "how did he react") keeps the statements reporting it, and is enough.
    // A wish asked ("did he propose…?") is reported by any verb of wishing ("hoped", "called for"): they differ in
    // wording, not in what was said; done against wished is the claim checker's to tell.
    // Each talk asked on its own with no subject named ("in one round … thanks, in the other … gave"): another rare
    // word of the question is another act asked, and reports it as well.
    const otherAct = reading.aspects.eachTalk && reading.topics.length === 0 && rare.some((c) => !verbs.includes(c) && uses(s, c.lemma));
    // With a subject named for the other act ("一次中方道谢、一次中方送物资"): the act asked is one talk's own, reported
    // off that subject; only a verb the articles use rarely ("thank", not "say") so picks a statement.
    const ownAct = eachAct && verbs.some((v) => rarely(v.lemma) && uses(s, v.lemma));
    if (verbs.length > 0) return (otherAct || verbs.some((v) => uses(s, v.lemma) || (HOPE_LEMMAS.includes(v.lemma) && answersWish(k, s)))) && (reading.topics.length === 0 || topicFits(s) || ownAct || wishWorded(s));
    // With a topic: its statements, and others the question's words match strongly (not for a number, asked of the topic).
    // Asked how much the topic matters, the statement saying it matters is on it even when it names the topic in other
    // words than the question's phrase ("hợp tác qua kênh Đảng" for "hợp tác giữa hai Đảng").
    // A wish asked with no verb of its own ("中方说想…加强交流": wanted, read as the aspect only) is still reported in
    // the topic's very words by a statement filed elsewhere ("hoped to keep promoting exchanges… in all realms").
    if (reading.topics.length > 0) return topicFits(s) || wishWorded(s) || ranksSignificance(s) || (!counting && contentScore(s) >= STRONG_CONTENT);
    // Without one, the question's rare words pick statements; with none of them, everything the speakers said.
    if (rareMatters && options.rare !== false) return rare.some((c) => uses(s, c.lemma)) || contentScore(s) >= STRONG_CONTENT;
    return true;
  };
  // Look only where a fitting statement can be: under its topics, its words or its speakers.
  const pools: (readonly Statement[])[] = [];
  if (reading.topics.length > 0 || rareMatters) {
    pools.push(...reading.topics.map((h) => facts.statementsTagged(h.topic)), ...content.map((c) => facts.statementsUsing(c.lemma)));
    if (eachAct) pools.push(...verbs.filter((v) => rarely(v.lemma)).map((v) => facts.statementsUsing(v.lemma)));
  } else if (speakers.length > 0) {
    pools.push(...speakers.map((p) => facts.statementsBy(p)));
  }
  const candidates = () => (pools.length === 0 ? facts.statements : pools.length === 1 ? (pools[0] ?? []) : newestFirst(facts, pools));
  const topicSet = new Set(reading.topics.map((h) => h.topic));
  const phrases = reading.topics.filter((h) => h.words.includes(' '));
  // A wish asked ("what did Vietnam urge…?") is reported by any verb of wishing ("called on"), as `fits` takes it: it
  // weighs alike, so the statement on the subject is not outranked by one that only shares the question's verb.
  const wishedAlike = (s: Statement, c: Concept) => reading.aspects.hoped && HOPE_LEMMAS.includes(c.lemma) && verbs.includes(c) && answersWish(k, s);
  const weighed = concepts.filter((c) => (!c.asking || SPEECH_ACTS.has(c.lemma)) && (verbs.includes(c) || !acts.includes(c)));
  // "Since which event…?": a statement counting what it reports from a starting point names it.
  const startAsked = !reading.aspects.yesNo && facts.namesStart(reading.said.words);
  const score = (s: Statement) =>
    (startAsked && facts.givesStart(s) ? TOPIC_SCORE : 0) +
    (givesSignificance(s) || ranksSignificance(s) ? TOPIC_SCORE : 0) +
    (ranksJudgement(s) ? TOPIC_SCORE : 0) +
    (s.topics.some((t) => topicSet.has(t)) || !usesLooseWords(s) ? s.topics.filter((t) => topicSet.has(t)).length : 1) * TOPIC_SCORE +
    phrases.filter((h) => facts.usesPhrase(s, h.words, h.lang)).length * TOPIC_SCORE +
    weighed.reduce((n, c) => n + (uses(s, c.lemma) || wishedAlike(s, c) ? c.weight * facts.idf(c.lemma) : 0), 0);
  // The question's words said at most talks ("Vietnam", "relations", "cooperation") tell no talk from another: what
  // a statement shares with the question beyond them is its distinctive evidence.
  const allTalks = k.kb.talks.length;
  const generic = (lemma: string) => talksUsingLemma(facts, lemma) * 2 > allTalks;
  const distinctive = weighed.filter((c) => !generic(c.lemma));
  // So are the topic phrases of the question said at most talks ("quan hệ hai nước", relations between the two countries).
  const telling = phrases.filter((h) => facts.talksUsingPhrase(h.words, h.lang) * 2 <= allTalks);
  const evidence = (s: Statement) =>
    telling.filter((h) => facts.usesPhrase(s, h.words, h.lang)).length * TOPIC_SCORE +
    distinctive.reduce((n, c) => n + (uses(s, c.lemma) || wishedAlike(s, c) ? c.weight * facts.idf(c.lemma) : 0), 0);
  return { fits, candidates, score, evidence, judges: ranksJudgement };
}

/** A word of the question naming an act whose object is its reason: as typed, or (a Chinese or Vietnamese word read through its English) by its own lemma. */
function groundWord(facts: Knowledge['facts'], c: Concept): boolean {
  return facts.isGround(c.word) || (c.via === 'word' && facts.isGround(c.lemma));
}

/** Words of answering another's act ("respond to the sympathies"): the act after them is the other side's. */
const RESPONSE_WORDS: ReadonlySet<string> = new Set(['respond', 'responded', 'responds', 'responding', 'response', 'reply', 'replied', 'replies',
  'replying', 'react', 'reacted', 'reacts', 'reaction', 'answer', 'answered', 'acknowledge', 'acknowledged']);
/** How many words may stand between a word of answering and the act answered ("respond to Quan's kind sympathies"). */
const RESPONSE_REACH = 4;

/** Whether a topic's words stand as the object of a word of answering ("how did Song Tao respond to the sympathies?"). */
function answeredAct(words: readonly string[], topicWords: string): boolean {
  const first = topicWords.toLowerCase().split(/[^\p{L}\p{N}]+/u)[0] ?? '';
  return words.some((w, i) => w.toLowerCase() === first && words.slice(Math.max(0, i - RESPONSE_REACH), i).some((x) => RESPONSE_WORDS.has(x.toLowerCase())));
}

/** Whether a topic's words stand in the opening clause that states an event as given ("After Trung sent sympathies, …"): another's act. */
function givenAct(reading: Reading, words: string): boolean {
  const comma = reading.said.text.indexOf(',');
  if (reading.aspects.presumes !== true || comma < 0) return false;
  const first = words.toLowerCase().split(/[^\p{L}\p{N}]+/u)[0] ?? '';
  return first !== '' && reading.said.text.slice(0, comma).toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => sameWord(w, first));
}

/** Whether the question itself names a topic, its words as typed or in another form ("exchange" of "exchanges"). */
function namedLoosely(reading: Reading, t: Reading['topics'][number]): boolean {
  if (namedInAsking(reading, t)) return true;
  const said = [...reading.said.words, ...reading.said.text.toLowerCase().split(/[^\p{L}\p{N}]+/u)];
  return t.words.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => w.length >= 4 && said.some((x) => sameWord(x.toLowerCase(), w)));
}

/** One word in two forms ("sympathy", "sympathies"): the same but for an ending of up to three letters. */
function sameWord(a: string, b: string): boolean {
  const shared = [...a].findIndex((c, i) => b[i] !== c);
  const common = shared < 0 ? a.length : shared;
  return common >= 4 && common >= Math.max(a.length, b.length) - 3;
}

/** Speech acts asked; beside an act that is no wish ("respond"), the wishes are its object ("the proposals"), not asked. */
function actsBesideWish(acts: readonly Concept[]): readonly Concept[] {
  const other = acts.filter((c) => !HOPE_LEMMAS.includes(c.lemma));
  return other.length > 0 && other.length < acts.length ? other : acts;
}

/** The statements of several newest-first lists, merged newest first and each once, read only as far as needed. */
function* newestFirst(facts: Knowledge['facts'], pools: readonly (readonly Statement[])[]): Generator<Statement> {
  const at = pools.map(() => 0);
  const seen = new Set<Statement>();
  for (;;) {
    let best = -1;
    let bestOrder = Number.MAX_SAFE_INTEGER;
    pools.forEach((pool, p) => {
      const s = pool[at[p] ?? 0];
      if (s !== undefined && facts.orderOf(s) < bestOrder) {
        best = p;
        bestOrder = facts.orderOf(s);
      }
    });
    if (best < 0) return;
    const s = pools[best]?.[at[best] ?? 0];
    at[best] = (at[best] ?? 0) + 1;
    if (s && !seen.has(s)) {
      seen.add(s);
      yield s;
    }
  }
}

interface Said {
  readonly talk: Talk;
  readonly statements: readonly Statement[];
  readonly signed: readonly Agreement[];
}

/** The statements (and, for a topic, the documents signed on it) of the talks in scope that fit: newest talks first, capped. */
function collect(k: Knowledge, reading: Reading, talks: readonly Talk[], filter: Filter, speakers: readonly Person[]): Said[] {
  const inScope = new Set(talks);
  const fitting: Statement[] = [];
  // A few talks named: their own statements are fewer to read than a topic's across all talks.
  const pool: Iterable<Statement> = talks.length <= SCOPED_TALKS ? [...talks].reverse().flatMap((t) => t.statements) : filter.candidates();
  let looked = 0;
  for (const s of pool) {
    if (looked++ >= MAX_LOOKED || fitting.length >= MAX_STATEMENTS * 4) break;
    if (inScope.has(k.facts.talkOf(s)) && filter.fits(s)) fitting.push(s);
  }
  // "What did Vietnam want…?": a question about a wish is answered by the statements that report one (a hope, a
  // call, a proposal), when any fits; what was done or noted is not what was wanted. Not when talks are set side
  // by side (several named, each, both, compared): each keeps what it reported.
  const sideBySide = reading.aspects.eachTalk || reading.aspects.both || reading.intent === 'compare' || (reading.scope.talks?.length ?? 0) > 1;
  // "How did Song Tao respond to the proposals Vietnam raised?": the wish is the object of another act asked, which decides.
  const otherAct = reading.concepts.some((c) => c.via !== 'wordnet' && c.weight >= 0.6 && SPEECH_ACTS.has(c.lemma) && !HOPE_LEMMAS.includes(c.lemma) && k.facts.statementsUsing(c.lemma).length > 0);
  const wished = reading.aspects.hoped && !sideBySide && !otherAct ? fitting.filter((s) => answersWish(k, s)) : [];
  // A topic named is what is asked, the wish only how it was put ("how did Vietnam suggest building political
  // trust?"). When none of its statements is worded as a wish, wishes on other subjects answer instead only if they
  // match the question as well as the topic's best statement does ("giấy tờ y tế" read as the medical supplies is
  // the vaccine passports hoped for); fitting by a loose word ("building" the COC) they answer nothing.
  const asked = new Set(reading.topics.map((t) => t.topic));
  // A wish worded with the very words the question names its topic by ("giao lưu", exchanges: "promote exchanges and
  // cooperation in all realms") is on it, whatever the statement is filed under.
  const onTopic = (s: Statement) => s.topics.some((t) => asked.has(t)) || reading.topics.some((h) => k.facts.usesPhrase(s, h.words, h.lang));
  const bestOf = (list: readonly Statement[]) => Math.max(0, ...list.map((s) => filter.score(s)));
  const wishesAnswer = asked.size === 0 || wished.some(onTopic) || bestOf(wished) >= bestOf(fitting.filter(onTopic));
  if (wished.length > 0) fitting.splice(0, fitting.length, ...(wishesAnswer ? wished : fitting.filter((s) => !wished.includes(s))));
  // "How did Song Tao view Vietnam's fight against the pandemic?": a judgement asked is answered by the statements that
  // judge the subject ("spoke highly of…"), when any fits; one that only speaks of the subject is no judgement of it.
  // Only when a judging statement also matches best: a subject named more precisely elsewhere ("since the 13th Congress")
  // is what is asked.
  const judged = sideBySide ? [] : fitting.filter(filter.judges);
  if (judged.length > 0 && bestOf(judged) > bestOf(fitting.filter((s) => !filter.judges(s)))) fitting.splice(0, fitting.length, ...judged);
  // When some talks match the question much better than others ("which talk…?"), those are the answer.
  const scores = new Map(fitting.map((s) => [s, filter.score(s)]));
  // "Did both talks…": every talk stays.
  // "In 2020 Vietnam offered sympathy; what did it congratulate China on in 2022?": talks the question names one by
  // one, not to choose among, are each asked about, as "each" asks (talks a conversation gave are not so named).
  const namedEach = reading.intent === 'topic' && !reading.aspects.which && !reading.aspects.yesNo && !reading.scope.given && (reading.scope.talks?.length ?? 0) > 1;
  const sideBySideAsked = reading.aspects.both || reading.aspects.eachTalk || namedEach;
  // A yes/no is settled on all it found (a talk it leaves out could be the one saying otherwise).
  const byEvidence = !sideBySideAsked && !reading.aspects.yesNo;
  // Documents signed on the topic stand for their talk only when no one is asked about (they are no one's words).
  const talkScore = standings(k, reading, inScope, scores, !sideBySideAsked, speakers.length === 0, onTopic);
  const best = Math.max(0, ...talkScore.values());
  // A talk whose statements share with the question only what most talks say ("Vietnam", the topic's tag) is no
  // answer beside one whose statements share its distinctive words ("liaison", "scheduled"): it matched by chance.
  const talkEvidence = new Map<Talk, number>();
  for (const s of scores.keys()) talkEvidence.set(k.facts.talkOf(s), Math.max(talkEvidence.get(k.facts.talkOf(s)) ?? 0, filter.evidence(s)));
  // Only the leading talk's evidence (that of the talk matching best) sets it, so a talk matching better stays; and
  // only from its statements on the subject asked ("responded" to other issues is no evidence on COVID-19).
  const leading = new Set([...talkScore].filter(([, v]) => v >= best).map(([t]) => t));
  const distinct = Math.max(0, ...[...scores.keys()].filter((s) => leading.has(k.facts.talkOf(s)) && (asked.size === 0 || onTopic(s))).map((s) => filter.evidence(s)));
  const byTalk = new Map<Talk, Statement[]>();
  const talkBar = sideBySideAsked ? 0 : best * NEAR_BEST;
  const evidenced = (t: Talk) => !byEvidence || distinct === 0 || (talkEvidence.get(t) ?? 0) > 0;
  // Each talk asked about on its own ("in one round … in the other") keeps what fits it best, measured against itself.
  const statementBar = (x: Statement) => (reading.aspects.eachTalk || namedEach ? (talkScore.get(k.facts.talkOf(x)) ?? 0) : best) * NEAR_BEST_STATEMENT;
  const kept = fitting.filter((x) => (talkScore.get(k.facts.talkOf(x)) ?? 0) >= talkBar && evidenced(k.facts.talkOf(x)) && (scores.get(x) ?? 0) >= statementBar(x));
  for (const s of kept.slice(0, MAX_STATEMENTS)) {
    const talk = k.facts.talkOf(s);
    const list = byTalk.get(talk);
    if (list) list.push(s);
    else byTalk.set(talk, [s]);
  }
  const topics = new Set(reading.topics.map((t) => t.topic));
  const counting = reading.aspects.count || reading.aspects.amount;
  const signedOn = (talk: Talk) =>
    topics.size > 0 && speakers.length === 0
      ? talk.agreements.filter((a) => a.kind === 'signed' && a.topics.some((t) => topics.has(t)) && (!counting || k.facts.givesNumber(a)))
      : [];
  // Documents signed on the topic, at the talks that answer (or, when no statement does, at the newest talks in scope).
  const candidatesForSigning = byTalk.size > 0 ? [...byTalk.keys()] : topics.size > 0 && speakers.length === 0 ? talksSigningOn(k, topics, inScope) : [];
  const withSigning = new Set(candidatesForSigning.filter((t) => signedOn(t).length > 0));
  const chosen = new Set([...byTalk.keys(), ...withSigning]);
  const shown = [...chosen].sort((a, b) => byDate(a, b) || a.id.localeCompare(b.id));
  // Statements in the article's order.
  return shown.map((talk) => ({ talk, statements: talk.statements.filter((s) => byTalk.get(talk)?.includes(s)), signed: signedOn(talk) }));
}

/** How many of the topics asked a statement joins ("material support" and "the pandemic" in one sentence). */
function topicsJoined(s: Statement, asked: ReadonlySet<unknown>): number {
  return s.topics.filter((t) => asked.has(t)).length;
}

/**
 * How well each talk matches the question: the score of its best fitting statement. When talks are chosen among on a
 * topic asked (`choosing`), a talk stands by what it said on the topic and the documents signed on it there ("bồi dưỡng
 * cán bộ": the cadre training scheme); a statement fitting only by the question's other words ranks within its talk
 * but keeps no talk beside one the topic picks. Unless such a statement matches much better than anything on the
 * topic: then the topic was read loosely ("development" of "development momentum") and it is what is asked.
 */
function standings(k: Knowledge, reading: Reading, inScope: ReadonlySet<Talk>, scores: ReadonlyMap<Statement, number>, choosing: boolean, documents: boolean, onTopic: (s: Statement) => boolean): Map<Talk, number> {
  const asked = new Set(reading.topics.map((t) => t.topic));
  const counting = reading.aspects.count || reading.aspects.amount;
  const signed = new Map<Talk, number>();
  // A document the question names in its own words by a phrase of it ("干部培训", "cadre training"; not a conversation's,
  // nor a word as loose as "计划", plan) counts once more, as a topic phrase does.
  const said = reading.said.text.toLowerCase();
  const phrase = (w: string) => w.trim().includes(' ') || /^\p{Script=Han}{4,}$/u.test(w);
  const namedHere = (a: Agreement) => reading.documents.includes(a) && [...a.terms.en, ...a.terms[reading.lang]].some((w) => phrase(w) && said.includes(w.toLowerCase()));
  const named = (a: Agreement) => (namedHere(a) ? TOPIC_SCORE : 0);
  if (choosing && documents && asked.size > 0 && !counting) {
    // Only a talk with a document on a topic asked, or one the question names, can score: looked up, not every talk read.
    const signing = new Set([...[...asked].flatMap((t) => k.facts.agreementsOn(t)), ...reading.documents.flatMap((a) => agreementsOf(k, a))].map((p) => p.talk));
    for (const talk of signing) {
      if (!inScope.has(talk)) continue;
      const each = talk.agreements.filter((a) => a.kind === 'signed').map((a) => a.topics.filter((t) => asked.has(t)).length * TOPIC_SCORE + named(a));
      if (Math.max(0, ...each) > 0) signed.set(talk, Math.max(...each));
    }
  }
  const onIt = [...scores].filter(([s]) => onTopic(s)).map(([, v]) => v);
  const topicBest = Math.max(0, ...onIt, ...signed.values());
  const overall = Math.max(topicBest, ...scores.values());
  const byTopic = choosing && asked.size > 0 && topicBest > 0 && topicBest >= overall * NEAR_BEST;
  // Several topics asked together in a choice among the talks ("which talk gave material support against the
  // pandemic?"): where statements join them, a talk stands by those, not by one on a single topic of them (the pandemic
  // came up at both talks).
  const joined = (s: Statement) => topicsJoined(s, asked);
  const most = Math.max(0, ...[...scores.keys()].map(joined));
  // Only where the talks themselves are chosen among ("which talk…?"): "which officials said…" asks of something else.
  const joining = choosing && asked.size > 1 && most > 1 && choosesAmongTalks(reading, [...inScope]);
  const out = new Map<Talk, number>();
  for (const [s, score] of scores) {
    const talk = k.facts.talkOf(s);
    if ((!byTopic || onTopic(s)) && (!joining || joined(s) === most)) out.set(talk, Math.max(out.get(talk) ?? 0, score));
  }
  if (byTopic) for (const [talk, v] of signed) out.set(talk, Math.max(out.get(talk) ?? 0, v));
  return out;
}

// Each document with the talk it belongs to, indexed once per fact index: a document named is looked up, not searched for.
const documentTalks = new WeakMap<Knowledge['facts'], ReadonlyMap<Agreement, readonly { readonly talk: Talk; readonly agreement: Agreement }[]>>();

function agreementsOf(k: Knowledge, a: Agreement): readonly { readonly talk: Talk; readonly agreement: Agreement }[] {
  let index = documentTalks.get(k.facts);
  if (index === undefined) {
    const map = new Map<Agreement, { readonly talk: Talk; readonly agreement: Agreement }[]>();
    for (const pair of k.facts.agreements) map.set(pair.agreement, [...(map.get(pair.agreement) ?? []), pair]);
    documentTalks.set(k.facts, map);
    index = map;
  }
  return index.get(a) ?? [];
}

/** The newest talks in scope where a document on one of the topics was signed, at most MAX_STATEMENTS. */
function talksSigningOn(k: Knowledge, topics: ReadonlySet<Topic>, inScope: ReadonlySet<Talk>): Talk[] {
  const out = new Set<Talk>();
  for (const topic of topics) {
    const facts = k.facts.factsTagged(topic);
    for (let i = facts.length - 1; i >= 0 && out.size < MAX_STATEMENTS; i--) {
      const f = facts[i];
      if (f && f.fact.kind === 'agreement' && f.fact.item.kind === 'signed' && inScope.has(f.talk)) out.add(f.talk);
    }
  }
  return [...out];
}

function* take<T>(items: Iterable<T>, n: number): Generator<T> {
  let i = 0;
  for (const item of items) {
    if (i++ >= n) return;
    yield item;
  }
}

/** Each talk's heading, then one bullet per statement or document, each with its citation. */
function render(m: Messages, found: readonly Said[]): Line[] {
  return found.flatMap((f) => [
    line(`${m.talkHeading(f.talk)}:`),
    ...f.statements.map((s) => line(m.bullet(m.statement(s)), [cite(f.talk, s)])),
    ...f.signed.map((a) => line(m.bullet(m.signedLine(a.parties, [a], null)), [cite(f.talk, a)])),
  ]);
}


/** Whether the question says a hope, call or proposal in the claim checker's words ("called for", "urged"). */
function saysWish(k: Knowledge, reading: Reading): boolean {
  const said = ` ${reading.said.words.join(' ')} `;
  // Asked when, a word of expectation ("when is the COC expected to be completed?") dates what is hoped, not the wish.
  const forecast = reading.intent === 'when' && !reading.aspects.yesNo;
  return k.claims().words.status.hoped.some((phrase) => !(forecast && EXPECTATION.has(phrase)) && said.includes(` ${phrase} `));
}

/**
 * A yes/no that sets one thing against the rest ("did he only want…?", "chỉ đề nghị…", "只希望…") is No when the
 * speakers of what answers it did the same kind of act there (a wish, for a wish) on other subjects: each talk's
 * statements on the subject asked, then those others. Empty otherwise.
 */
function alsoDone(k: Knowledge, reading: Reading, found: readonly Said[]): Said[] {
  if (!reading.aspects.yesNo || reading.topics.length === 0 || !k.claims().absolutes.exclusive(reading.lang, reading.said.text)) return [];
  const asked = new Set(reading.topics.map((t) => t.topic));
  return found.flatMap((f) => {
    const onAsked = f.statements.filter((s) => s.topics.some((t) => asked.has(t)));
    if (onAsked.length === 0) return [];
    const wish = onAsked.some((s) => reportsWish(k, s));
    const who = new Set(onAsked.flatMap((s) => s.speakers));
    const others = f.talk.statements.filter((s) => !s.topics.some((t) => asked.has(t)) && s.speakers.length > 0 && s.speakers.every((p) => who.has(p)) && reportsWish(k, s) === wish);
    return others.length > 0 ? [{ talk: f.talk, statements: [...onAsked, ...others], signed: [] }] : [];
  });
}

/** Whether a statement reports a hope, proposal or call. */
export function reportsWish(k: Knowledge, s: Statement): boolean {
  const lemmas = k.facts.ofStatement(s)?.lemmas;
  return lemmas !== undefined && HOPE_LEMMAS.some((l) => lemmas.has(l));
}

/**
 * Whether a statement answers a wish asked ("did Trung propose…?"): one of wishing, or one saying a thing is necessary
 * ("Trung said it is necessary to promote…"), a proposal in other words. Only for finding what was proposed: what
 * counts as merely hoped (not done) or as the same kind of act stays reportsWish's.
 */
export function answersWish(k: Knowledge, s: Statement): boolean {
  const lemmas = k.facts.ofStatement(s)?.lemmas;
  return reportsWish(k, s) || (lemmas !== undefined && PROPOSAL_LEMMAS.some((l) => lemmas.has(l)));
}

/**
 * A yes/no question that says a polarity ("did Quan raise any problems?", "was it all smooth?") is answered by
 * the statements that speak of it: when none of those found does, the statements of the talks in scope (the
 * speakers' own, when it names any) that do, with the sign asked, are the answer instead. Else as found.
 */
function witnessed(k: Knowledge, reading: Reading, talks: readonly Talk[], speakers: readonly Person[], found: Said[]): Said[] {
  // A subject carried over from the conversation, not named in the question ("was anything negative mentioned?"
  // after one on the partnership), does not narrow what speaks of the polarity asked.
  if (!reading.aspects.yesNo) return found;
  const ofFound = found.flatMap((f) => f.statements.map((s) => ({ t: f.talk, s })));
  const cites = ofFound.map(({ t, s }) => cite(t, s));
  if (reading.topics.some((t) => namedLoosely(reading, t))) return gainsaid(k, reading, talks, speakers, found, cites);
  // Those found that speak of it are the answer; when none does at all, the talks' other statements are looked at.
  // Those found speaking of it only with the other sign ("positive momentum" for "anything negative?") do not keep
  // the talks' statements with the sign asked ("obstacles") from answering, when the question names no thing of it
  // ("relations losing momentum" is that thing, which the found say otherwise).
  const spoken = !polarityUnspoken(k, reading, cites);
  const own = spoken ? polarityWitnesses(k, reading, cites) : [];
  if (spoken && own.length === 0 && !polarityOfAnything(k, reading)) return found;
  // Found naming the thing the polarity is said of ("flexible forms" of "maintain contact in flexible forms"), the talks'
  // other statements answer only when they name it too: the polarity alone ("maintaining momentum") is not it.
  const thing = own.length > 0 ? new Set<string>() : thingOfPolarity(k, reading);
  const ofThing = thing.size > 0 && ofFound.some(({ s }) => namesThing(k, s, thing));
  const pool = own.length > 0 ? ofFound : talks.flatMap((t) => t.statements.filter((s) => (speakers.length === 0 || speakers.some((p) => s.speakers.includes(p))) && (!ofThing || namesThing(k, s, thing))).map((s) => ({ t, s })));
  // None with the sign asked ("no problems at all?"): those with the other sign ("there were obstacles") answer No.
  const pooled = pool.map(({ t, s }) => cite(t, s));
  const agreeing = own.length > 0 ? own : polarityWitnesses(k, reading, pooled);
  const witnesses = agreeing.length > 0 || spoken ? agreeing : polarityWitnesses(k, reading, pooled, 'conflicts');
  if (witnesses.length === 0 || (spoken && found.some((f) => f.signed.length > 0))) return found;
  const chosen = pool.filter(({ t, s }) => witnesses.some((c) => c.talk === t.id && c.quote === cite(t, s).quote)).slice(0, MAX_STATEMENTS);
  const byTalk = [...new Set(chosen.map((x) => x.t))].sort((a, b) => byDate(a, b) || a.id.localeCompare(b.id));
  return byTalk.map((talk) => ({ talk, statements: chosen.filter((x) => x.t === talk).map((x) => x.s), signed: [] }));
}

/**
 * "Did Quan say there were no problems in the relationship?": a polarity said of a subject named, that none of the
 * statements found on it speaks of, while another statement of the talks on that subject (by its tags or its own
 * words: "obstacles in bilateral relations") says it with the other sign. That statement answers first: it makes
 * the No. Else as found.
 */
function gainsaid(k: Knowledge, reading: Reading, talks: readonly Talk[], speakers: readonly Person[], found: Said[], cites: readonly Citation[]): Said[] {
  if (found.length === 0 || !polarityUnspoken(k, reading, cites)) return found;
  const onSubject = (s: Statement) => reading.topics.every((t) => s.topics.includes(t.topic) || usesTopicWords(k, s, t) || usesTopicPhrase(k, s, t.topic));
  const inScope = new Set(found.map((f) => f.talk));
  const pool = talks.filter((t) => inScope.has(t)).flatMap((t) => t.statements.filter((s) => onSubject(s) && (speakers.length === 0 || speakers.some((p) => s.speakers.includes(p)))).map((s) => ({ t, s })));
  const against = polarityWitnesses(k, reading, pool.map(({ t, s }) => cite(t, s)), 'conflicts');
  if (against.length === 0) return found;
  const first = pool.filter(({ t, s }) => against.some((c) => c.talk === t.id && c.quote === cite(t, s).quote));
  return found.map((f) => {
    const put = first.filter((x) => x.t === f.talk).map((x) => x.s);
    return { ...f, statements: [...put, ...f.statements.filter((s) => !put.includes(s))].slice(0, MAX_STATEMENTS) };
  });
}

/**
 * In a "how much", a topic named only by a word for money is the amount asked: when the question names what the
 * amount is of as another subject (a topic, or a thing a topic's statements mention, "losses"), those subjects, which
 * no figure of that topic answers. Else none.
 */
function amountOfOther(k: Knowledge, reading: Reading): Topic[] {
  // Asked of each talk or which ("which talk mentioned the aid amount, which the anniversary?"): subjects side by side.
  const { which, eachTalk, both } = reading.aspects;
  if (!reading.aspects.amount || which || eachTalk || both) return [];
  const byMoney = reading.topics.filter((t) => k.facts.isMoney(t.words));
  if (byMoney.length === 0) return [];
  const money = new Set(byMoney.map((t) => t.topic));
  const others = reading.topics.filter((t) => !money.has(t.topic)).map((t) => t.topic);
  const lemma = (w: string) => k.claims().lemma(w.toLowerCase());
  const mentioned = [...k.kb.topics.values()].filter(
    (t) => !money.has(t) && reading.concepts.some((c) => c.weight >= 0.85 && t.mentionedOnly.some((m) => !m.includes(' ') && lemma(m) === c.lemma)),
  );
  // "How much money did China give for COVID?": a subject a statement on the money reports with it is what the sum was for.
  const linked = (t: Topic) => [...money].some((m) => k.facts.statementsTagged(m).some((st) => st.topics.includes(t)));
  return [...new Set([...others, ...mentioned])].filter((t) => !linked(t));
}

/**
 * A yes/no on a topic whose further words (the act asked: "set", "target") are carried only by statements found on
 * other things, none on the topic carrying them: the statements on the topic, to answer with no Yes. Else null.
 */
function actApart(k: Knowledge, reading: Reading, found: readonly Said[]): Said[] | null {
  // Read in English only: a pivot's words are looser ("khen", praise, against "spoke highly of"), and a Vietnamese or
  // Chinese Yes already needs its own words in what is cited.
  if (reading.lang !== 'en' || reading.topics.length === 0 || found.some((f) => f.signed.length > 0)) return null;
  // "Did Vietnam bring up vaccine passports?": a cue word (of saying, asking) asks whether the topic came up, which its
  // statements say; so does a question setting the talks side by side ("raised in 2020 the way it was in 2022?").
  const { eachTalk, both } = reading.aspects;
  // A topic named by the articles' own long phrase ("the first centenary goal") is the very thing its statements report.
  if (reading.topics.some((t) => t.precise)) return null;
  if (eachTalk || both || reading.concepts.some((c) => c.asking || (c.weight >= 0.6 && SPEECH_ACTS.has(c.lemma)))) return null;
  const onTopic = (st: Statement) =>
    reading.topics.some((t) => st.topics.includes(t.topic) || usesTopicWords(k, st, t) || usesTopicPhrase(k, st, t.topic));
  const statements = found.flatMap((f) => f.statements);
  const off = statements.filter((st) => !onTopic(st));
  if (off.length === 0 || off.length === statements.length) return null;
  // The question's own further words: not its asking, nor the words naming its topics or the talks.
  const topicWords = new Set(reading.topics.flatMap((t) => [...t.words.toLowerCase().split(/[^\p{L}\p{N}]+/u), ...t.topic.keywords.flatMap((w) => w.toLowerCase().split(' '))]));
  const uses = (st: Statement, lemma: string) => k.facts.ofStatement(st)?.lemmas.has(lemma) ?? false;
  const further = reading.concepts.filter(
    (c) => c.weight >= 0.6 && !c.asking && k.facts.idf(c.lemma) > 0 && !TALK_NOUNS.has(c.lemma) && !TALK_NOUNS.has(c.word.toLowerCase()) && !topicWords.has(c.lemma) && !topicWords.has(c.word.toLowerCase()),
  );
  // The act is a word as typed (a related word, "stop" read as "fight", is no act asked) and a distinctive one, said
  // in at most two facts ("set", "target"): a common one ("cooperation", "held") says nothing of what was asked.
  const act = further.filter((c) => c.weight >= 1 && k.facts.factsUsing(c.lemma).length <= 2 && off.some((st) => uses(st, c.lemma)));
  if (act.length === 0 || statements.some((st) => onTopic(st) && act.some((c) => uses(st, c.lemma)))) return null;
  return found.map((f) => ({ ...f, statements: f.statements.filter(onTopic) })).filter((f) => f.statements.length > 0);
}

/** Whether a statement says the words a topic was named by, as typed or by their lemmas ("developments"). */
function usesTopicWords(k: Knowledge, s: Statement, t: Reading['topics'][number]): boolean {
  if (k.facts.usesPhrase(s, t.words, t.lang)) return true;
  const lemmas = k.facts.ofStatement(s)?.lemmas;
  return t.lang === 'en' && lemmas !== undefined && t.words.split(' ').every((w) => lemmas.has(w) || lemmas.has(k.claims().lemma(w)));
}

/** Whether a statement uses a phrase of two words or more that names the topic (its keywords): it is on that topic. */
function usesTopicPhrase(k: Knowledge, s: Statement, topic: Topic): boolean {
  return topic.keywords.some((w) => w.includes(' ') && k.facts.usesPhrase(s, w, 'en'));
}

/** What was said about the topics asked, by whom, at each talk in scope (statements and signed documents). */
export function answerTopic(k: Knowledge, reading: Reading): Answer {
  // "How many years old were ties at the videoconference?": counted on from an anniversary the articles number.
  const counted = reading.aspects.yearsCounted === true ? answerYearsCounted(k, reading) : null;
  if (counted) return counted;
  // "Did Vietnam send money for the floods? How much?": the figure is what is finally asked, of subjects joined (money,
  // floods). When what the question is about is reported, but nothing of it gives a figure, no Yes or No answers it
  // (a figure of one subject alone, the supplies' worth, is no amount for the floods): the refusal of the figure does.
  // "How much money was the damage?": the money word names the amount asked; what it is of (the losses of the floods)
  // is another subject, which the articles give no figure for, whatever other sum they report (the supplies' worth).
  const ofOther = amountOfOther(k, reading);
  if (ofOther.length > 0) return notAnswered('topic', reading.lang, messagesFor(reading.lang).noFigure(ofOther.map((t) => messagesFor(reading.lang).topic(t))));
  const subjects = new Set(reading.topics.map((t) => t.topic)).size;
  if (subjects > 1 && reading.aspects.yesNo && (reading.aspects.count || reading.aspects.amount) && (reading.premises ?? []).length === 0) {
    const asked = { ...reading.aspects, yesNo: false };
    const figure = answerTopic(k, { ...reading, aspects: asked });
    if (!figure.answered && answerTopic(k, { ...reading, aspects: { ...asked, count: false, amount: false } }).answered) return figure;
  }
  const helped = answerHelpBetween(k, reading);
  if (helped) return helped;
  const talks = talksOf(k, reading);
  const speakers = speakersAsked(k, reading, talks);
  const openings = answerOpenings(reading, talks, speakers);
  if (openings) return openings;
  // Strict first; then a topic phrase the talks in scope do not use ("East Sea" in 2020) stands for its topic,
  // and, unless the question asks whether, a verb they do not use ("put forward") no longer narrows.
  let filter = statementFilter(k, reading, speakers);
  let found = collect(k, reading, talks, filter, speakers);
  const strictFound = found.length > 0;
  const relaxed = [
    ...(reading.topics.some((t) => t.precise) ? [{ precise: false, verbs: true }] : []),
    ...(!reading.aspects.yesNo && reading.concepts.some((c) => SPEECH_ACTS.has(c.lemma)) ? [{ precise: false, verbs: false }] : []),
  ];
  for (const options of relaxed) {
    if (found.length > 0) break;
    filter = statementFilter(k, reading, speakers, options);
    found = collect(k, reading, talks, filter, speakers);
  }
  // "宋涛2020年说想跟越南在哪些方面加强合作？": a rare word of the question ("enhance") that the person asked used only at
  // another talk picks none of what he said at the talk named, though he spoke there: "he said nothing" would be false.
  // What he said there, ranked by the question's words, is the answer.
  if (found.length === 0 && spokeThere(reading, talks, speakers)) {
    filter = statementFilter(k, reading, speakers, { precise: false, verbs: false, rare: false });
    found = collect(k, reading, talks, filter, speakers);
  }
  const m = messagesFor(reading.lang);
  // "Why did Vietnam thank China for help with the floods?": the act asked is reported of the other side. Who did
  // it comes first, beside what the speakers asked about said on it (a yes/no question is answered No below).
  // "Why did Vietnam give China medical supplies?": nothing of theirs fits at all, and the other side's statements do.
  // Only a plain question about a topic: no amount the articles lack ("a 5 million USD aid package"), and a figure
  // asked only when nothing of the speakers' answers it ("how much did Vietnam donate to China?": China gave, and how much).
  const figureAsked = reading.aspects.count || reading.aspects.amount;
  const plainAsk = reading.intent === 'topic' && !reading.aspects.yesNo && (!figureAsked || found.length === 0) && (reading.premises ?? []).length === 0;
  // An act: a speech act named ("thank"), or one whose reason is asked ("why did Vietnam donate…"); what someone
  // merely said about a subject ("what did Song Tao say about the sea?") is not reported of him, and stays so.
  // A topic word naming an act ("sympathy" of the floods) is that act too.
  const namedAct = reading.topics.some((t) => t.lang === 'en' && k.facts.groundLemma(t.words) !== null);
  // So is a figure of a subject asked of a side that reported nothing on it, named by the reports' own words ("医疗物资",
  // not "救灾物资" or "钱" for the supplies): who gave it, and how much, answers.
  const namedAsReported = reading.topics.length > 0 && reading.topics.every((t) => k.facts.statementsTagged(t.topic).some((st) => k.facts.usesPhrase(st, t.words, t.lang)));
  const act = reading.aspects.why || namedAct || (figureAsked && namedAsReported) || reading.concepts.some((c) => c.weight >= 0.6 && SPEECH_ACTS.has(c.lemma));
  // With no topic, an act whose object is its reason ("why did Quan thank China?") is the subject itself.
  const groundsAct = reading.aspects.why && reading.concepts.some((c) => c.weight >= 0.6 && groundWord(k.facts, c));
  const actedBy = strictFound || !plainAsk || !act || speakers.length === 0 || (reading.topics.length === 0 && !groundsAct) ? [] : actsOfOthers(k, reading, talks, speakers);
  if (actedBy.length > 0) {
    const others = [...new Set(actedBy.flatMap((f) => f.statements.flatMap((st) => st.speakers)))];
    found = mergeSaid([...found, ...actedBy]);
    return corrected(answerFrom('topic', reading.lang, render(m, found)), [m.doneByOthers(speakers, others)], reading.aspects.yesNo);
  }
  const byOthers = actDoneByOthers(k, reading, talks, speakers, found);
  if (byOthers) return corrected(answerFrom('topic', reading.lang, render(m, byOthers.found)), [m.doneByOthers(speakers, byOthers.others)], true);
  // One side asked, not both set side by side ("一次是越方慰问中方，一次是中方…"): what it said there stays beside who did it.
  // So does one person asked, with no side ("是宋涛先对越南遭受洪灾表示慰问的吧？他具体怎么说的？").
  const oneAsked = reading.sides.length === 1 || (reading.sides.length === 0 && reading.people.length === 1);
  const reversed = plainAsk && oneAsked && !reading.aspects.both && !reading.aspects.eachTalk ? actOfTheOtherSide(k, reading, talks, speakers, found) : null;
  if (reversed) return corrected(answerFrom('topic', reading.lang, render(m, mergeSaid([...found, ...reversed.found]))), [m.doneByOthers(speakers, reversed.others)], reading.premiseAsked === true || reading.taggedBefore === true);
  found = witnessed(k, reading, talks, speakers, found);
  found = wholeAt(reading, found);
  const cites = found.flatMap((f) => [...f.statements.map((s) => cite(f.talk, s)), ...f.signed.map((a) => cite(f.talk, a))]);
  // "Did Trung call on China to comply with two legal documents?": a detail differs; No, and the right one.
  // (That something was only hoped for is said below, as the articles' words rather than a bare No.)
  const settled = reading.aspects.yesNo && found.length > 0 ? settleYesNo(k, reading, cites) : null;
  // "Was the 2022 aid meant to help with floods?": two subjects joined, and what answers says nothing of one (that
  // came up elsewhere): the link asked is not what the report gives, so No, with what it does say.
  // Only a subject the answer's talks never raised counts: a topic tag is coarse, a talk silent on it is not.
  const joined = reading.aspects.yesNo && reading.topics.length > 1 && found.length > 0;
  const raisedAt = (talk: Talk, t: Topic) => talk.statements.some((st) => st.topics.includes(t)) || talk.agreements.some((a) => a.topics.includes(t));
  const raisedElsewhere = (t: Topic) => k.kb.talks.some((talk) => !found.some((f) => f.talk === talk) && raisedAt(talk, t));
  // A topic tag is coarse: a topic whose own words a statement found uses ("many Chinese localities" for the
  // localities) is raised there, whatever the statement's tags.
  const wordsUsed = (t: Reading['topics'][number]) => found.some((f) => f.statements.some((st) => usesTopicWords(k, st, t)));
  const unraised = joined ? reading.topics.filter((t) => !found.some((f) => raisedAt(f.talk, t.topic)) && raisedElsewhere(t.topic) && !wordsUsed(t)) : [];
  // One phrase naming both ("the situation at sea", "tình hình trên biển") is one subject, not two joined.
  // In English the last noun of a compound is what it names ("covid aid" is aid): a head no talk there raised is not linked by its modifier.
  // A topic tag is coarse: a head whose own words a statement there uses ("economic ties") is raised there.
  // Chinese puts a modifier before its noun as English does ("抗疫物资", read "covid supplies").
  const headOf = (u: Reading['topics'][number], t: Reading['topics'][number]) =>
    (reading.lang === 'en' || reading.lang === 'zh') && modifies(saidText(reading), t.words, u.words) && !found.some((f) => f.statements.some((st) => usesTopicWords(k, st, u)));
  // A subject named twice ("donate covid supplies": the gift, by its verb and by its noun) is one: it is headed by the
  // modifier when any of its words is.
  const headed = (u: Reading['topics'][number], t: Reading['topics'][number]) => reading.topics.some((w) => w.topic === u.topic && headOf(w, t));
  const unlinked = unraised.length > 0 && unraised.every((u) => reading.topics.every((t) => t.topic === u.topic || apart(reading.said.text, u.words, t.words) || headed(u, t)));
  // "Did China give Vietnam vaccines?": a statement the question's other words matched (the gift) is no Yes to a
  // subject it is not on (vaccines); what it says is still the answer.
  // A topic word the statement uses itself ("developments at sea") is on it whatever its tags.
  // So is one using a phrase of the topic's own ("obstacles in the bilateral relations" for "the relationship"): a
  // phrase of two words or more, never a single word shared by many subjects ("developments").
  const onTopic = (t: Reading['topics'][number]) =>
    found.some((f) => f.statements.some((st) => st.topics.includes(t.topic) || usesTopicWords(k, st, t) || usesTopicPhrase(k, st, t.topic)) || f.signed.some((a) => a.topics.includes(t.topic)));
  // One phrase naming two ("the situation at sea", "tình hình trên biển") is one subject: the one the answer is on.
  const covered = reading.topics.filter(onTopic);
  const onEveryTopic = reading.topics.every((t) => covered.includes(t) || covered.some((u) => !apart(reading.said.text, t.words, u.words) && !headOf(t, u)));
  // "Were the medical supplies meant for flood relief?": two subjects said apart, each reported at another talk and
  // none reporting both: what is asked is of the first one named, checked where it is reported (the other's talk
  // confirms nothing of it): No when a detail differs there, otherwise neither Yes nor No.
  // A verb, adjective or adverb before a noun ("economic ties") qualifies it; only a noun names a second subject.
  const noun = (w: string) => !k.claims().general(w);
  // Two words for one topic ("medical aid", "relief") are one subject. In English a noun right before another names
  // what the other is for ("flood relief": relief for the floods): two subjects joined, as with words between.
  const topicApart = (t: Reading['topics'][number], u: Reading['topics'][number]) =>
    t.topic === u.topic || (reading.lang === 'en' ? apartAsTyped(reading.said.text, t.words, u.words) : apart(saidText(reading), t.words, u.words)) || (reading.lang === 'en' && (nounBefore(reading.said.text, t.words, u.words, noun) || nounBefore(reading.said.text, u.words, t.words, noun)));
  const apartAll = reading.topics.every((t, i) => reading.topics.every((u, j) => i === j || topicApart(t, u)));
  // One statement found that is on every subject (by its tags or its own words: "cooperation through the Party channel
  // plays an important role in orienting Vietnam-China ties") links them, whatever the talk's tags.
  const oneStatement = found.some((f) => f.statements.some((st) => reading.topics.every((t) => st.topics.includes(t.topic) || usesTopicWords(k, st, t))));
  // "Were the medical supplies vaccines?": two subjects joined by a copula alone ask whether one is the other (typed
  // side by side they are no compound): a talk raising each apart says nothing of that, only one statement on both does.
  const identity = joined && reading.lang === 'en' && identityAsked(reading.said, reading.topics.map((t) => t.words));
  const together = !joined || oneStatement || (!identity && (!apartAll || found.some((f) => reading.topics.every((t) => raisedAt(f.talk, t.topic)))));
  const subject = together ? null : firstNamed(reading);
  const subjectFound = subject ? found.filter((f) => raisedAt(f.talk, subject.topic)) : [];
  if (subject && subjectFound.length > 0 && !unlinked) {
    const own = cites.filter((c) => subjectFound.some((f) => f.talk.id === c.talk));
    const there = settleYesNo(k, reading, own);
    if (there.lead === 'no' && there.correction) return answerFrom('topic', reading.lang, [there.correction, ...render(m, subjectFound)]);
  }
  // "2020年通话时中方有没有捐赠抗疫物资？价值多少？": the gift is what is asked, "covid" only what it was for. Asked of
  // a talk that never raised the gift, it is answered as the gift alone would be (not said there, where it came up, no
  // figure), not by what that talk said of its modifier; a plain yes/no keeps its No below.
  const heads = unlinked && reading.scope.talks !== null ? reading.topics.filter((u) => unraised.some((x) => x.topic === u.topic) && reading.topics.some((t) => t.topic !== u.topic && headed(u, t))) : [];
  const headAlone = heads.length > 0 ? answerTopic(k, { ...reading, topics: heads }) : null;
  if (headAlone && (headAlone.answered || reading.aspects.amount || reading.aspects.count)) return headAlone;
  const lead = unlinked ? m.no : !together ? null : settled && (onEveryTopic || settled.lead !== 'yes') ? yesNoLead(k, reading, cites, { says: 'yes', line: m.yes }, settled) : null;
  // "Did he only want China to recognise the passports?": the other things he asked for there make it No.
  const alsoSaid = unlinked || settled?.lead === 'no' ? [] : alsoDone(k, reading, found);
  if (alsoSaid.length > 0) return answerFrom('topic', reading.lang, [m.no, ...render(m, alsoSaid)]);
  // "Did the 2022 talks set a trade target?": the act asked is found only in statements on other things ("set the
  // orientation", "the first centenary goal") and the topic's own statements are silent on it. No statement carries
  // both, so no Yes: what the articles report on the topic, and that they do not mention the act.
  const onItsTopic = settled !== null && settled.lead !== 'no' && lead !== m.no ? actApart(k, reading, found) : null;
  if (onItsTopic) return answerFrom('topic', reading.lang, [m.actNotReported([...new Set(reading.topics.map((t) => m.topic(t.topic)))]), ...render(m, onItsTopic)]);
  if (settled?.lead === 'no' && settled.correction && settled.differs.some((d) => d !== 'status')) return answerFrom('topic', reading.lang, [settled.correction, ...render(m, found)]);
  // "Have they recognised each other's vaccine passports?": the report has only a hope or a proposal of it.
  // Saying Yes would be wrong; the articles do not say it was done, and this is what they do say.
  // "When did they start recognising vaccine passports?" takes the same for granted, unless it asks when it was said.
  // "When", with a topic asked: its own statements say whether it was done; another matched by a loose word of the
  // question ("正式", formally, read as "official") says nothing of it. (A yes/no weighs all it found.)
  const onAsked = (s: Statement) => reading.aspects.yesNo || reading.topics.length === 0 || reading.topics.some((t) => s.topics.includes(t.topic));
  // A hope stated as given ("after the proposal, when did…?") is no speech act asked about.
  const given = (lemma: string) => reading.aspects.hopeGiven === true && HOPE_LEMMAS.includes(lemma);
  // The unit of time a "when" names ("in which year", "năm nào", "哪一年") is the date asked, no act asked about; nor
  // is a verb only a loose synonym reads as one ("expected" as "ask"): "when is the COC expected to be completed?".
  const whenAct = (c: Concept) => !given(c.lemma) && !TIME_UNITS.has(c.lemma) && (c.asking || (SPEECH_ACTS.has(c.lemma) && c.via !== 'wordnet'));
  const asksDone = reading.aspects.yesNo || (reading.intent === 'when' && !reading.concepts.some(whenAct));
  const askedWish = (c: Concept) => c.weight >= 0.6 && HOPE_LEMMAS.includes(c.lemma) && (reading.aspects.yesNo || c.via !== 'wordnet');
  // "After the 2022 talks, have they recognised vaccine passports?": an outcome asked of the time after the talks is
  // asked of the subjects it names, not of the talks' other statements its word for the talks finds.
  const words = reading.said.words;
  const afterTalks = words.some((w, i) => AFTER_TALKS.has(w) && TALK_NOUNS.has(words[i + (words[i + 1] === 'the' ? 2 : 1)] ?? ''));
  const ofNamed = (s: Statement) => !afterTalks || reading.topics.length === 0 || reading.topics.some((t) => s.topics.includes(t.topic));
  const onlyHopes = (said: readonly Said[]) =>
    asksDone &&
    !reading.aspects.hoped &&
    !reading.aspects.mentioned &&
    // "Did Quan push for…?" asks whether it was wished, which the report says.
    // (Not a hope stated as given: "after the proposal, when did they…?" asks what came of it.)
    (reading.aspects.hopeGiven === true || !reading.concepts.some(askedWish)) &&
    // "Did Vietnam have any views on it?": what was thought of it is asked, which the hope they report answers.
    !reading.concepts.some((c) => c.asking && SAYING_LEMMAS.has(c.lemma)) &&
    said.length > 0 &&
    said.some((f) => f.statements.some((s) => onAsked(s) && ofNamed(s))) &&
    // "黎怀忠有没有呼吁中方…落实DOC？": the wish itself said in the question (the claim checker's words of hoping, read
    // from the pivot's English too) asks whether it was wished, which a statement on every subject it names says.
    // ("…biên giới trên biển", at sea, against a statement on the land border, stays unconfirmed.)
    // A subject the statement names in the asker's own words ("和平", peace, of "by peaceful means") is on it too.
    !(reading.aspects.hopeGiven !== true && saysWish(k, reading) && said.some((f) => f.statements.some((s) => reading.topics.every((t) => s.topics.includes(t.topic) || usesTopicWords(k, s, t))))) &&
    said.every((f) => f.signed.length === 0 && f.statements.filter(onAsked).filter(ofNamed).every((s) => HOPE_LEMMAS.some((l) => k.facts.ofStatement(s)?.lemmas.has(l)) && !saidBeforeHope(k, s, reading.concepts)));
  const hopedOnly = onlyHopes(found);
  const asked = found.map((f) => ({ ...f, statements: f.statements.filter(onAsked) })).filter((f) => f.statements.length > 0);
  if (hopedOnly) return notAnswered('topic', reading.lang, [m.onlyHoped, ...render(m, asked).map((l) => l.text)].join('\n'));
  // "Did China end up doing it?": what came of a thing after the talks, which the reports never say. Whoever they
  // report hoping for or proposing it on the subject asked (not only the side asked of) is what they do say.
  const outcome = asksDone && reading.aspects.yesNo && reading.topics.length > 0 && OUTCOME_ASKED.some((p) => ` ${words.join(' ')} `.includes(` ${p} `));
  // An act the question names that a statement found reports ("did China end up sending supplies?": presented) is done.
  const actReported = reading.concepts.some((c) => !c.asking && c.weight >= 0.6 && found.some((f) => f.statements.some((s) => !HOPE_LEMMAS.includes(c.lemma) && k.facts.ofStatement(s)?.lemmas.has(c.lemma))));
  if (outcome && !actReported) {
    const wide = collect(k, reading, talks, statementFilter(k, { ...reading, concepts: [] }, [], { precise: false, verbs: false }), []);
    const hope = (s: Statement) => onAsked(s) && HOPE_LEMMAS.some((l) => k.facts.ofStatement(s)?.lemmas.has(l));
    const hopes = wide.map((f) => ({ ...f, signed: [], statements: f.statements.filter(hope) })).filter((f) => f.statements.length > 0);
    if (hopes.length > 0 && wide.every((f) => f.signed.length === 0)) return notAnswered('topic', reading.lang, [m.onlyHoped, ...render(m, hopes).map((l) => l.text)].join('\n'));
  }
  if (found.length > 0) {
    // "Did … both times?", "in each round": each talk asked about gets its line, the ones that did not report it too.
    // A talk the strict reading missed is read once more loosely (its own words for the topic) before it is called silent.
    const shown = new Set(found.map((f) => f.talk));
    const missing = asksOfEachTalk(reading, talks) ? talks.filter((t) => !shown.has(t)) : [];
    // Only a statement on the very topic asked counts: "both times" must not be made true by a loosely related sentence.
    // A topic named by an English phrase the articles use ("the 'first centenary goal' congrats") is that phrase's
    // statements: another talk's statement on the topic sharing none of its words (praise in general) does not make
    // that talk answer too; one sharing its noun ("developments at sea" for "the East Sea") still does.
    const named = reading.topics.filter((t) => t.precise && t.lang === 'en' && k.facts.topicUsesPhrase(t.topic, t.words, t.lang));
    const asked = new Set(reading.topics.map((t) => t.topic));
    const sharesWord = (st: Statement, words: string) => {
      const lemmas = k.facts.ofStatement(st)?.lemmas;
      return lemmas !== undefined && words.split(' ').some((w) => !FUNCTION_WORDS.has(w) && (lemmas.has(w) || lemmas.has(k.claims().lemma(w))));
    };
    const onNamed = (st: Statement) => named.every((t) => !st.topics.includes(t.topic) || sharesWord(st, t.words.toLowerCase()));
    const loosely = statementFilter(k, reading, speakers, { precise: false, verbs: false });
    // Several topics asked together ("pledged to work with the international community against covid", "material
    // support against the pandemic"): where a statement found joins them, a missed talk answers only by one joining as
    // many, not by one topic alone (the pandemic comes up at both talks).
    const joined = (st: Statement) => topicsJoined(st, asked);
    const together = Math.max(0, ...found.flatMap((f) => f.statements.map(joined)));
    const loose: Filter = { ...loosely, fits: (st) => joined(st) >= Math.max(1, together) && onNamed(st) && loosely.fits(st) };
    const more = asked.size === 0 ? [] : missing.flatMap((t) => collect(k, reading, [t], loose, speakers));
    if (more.length > 0) found = [...found, ...more].sort((a, b) => byDate(a.talk, b.talk) || a.talk.id.localeCompare(b.talk.id));
    // "Was it mentioned in either talk?" is answered by the talks that mention it: a silent one is no evidence to cite;
    // nor where an act taken as done happened ("那事是哪次会谈提的？", matching/cleft.ts): it chose no talk. "…, and if so
    // which one?" chooses among the talks, and a choice gives each talk its line, as "which talk…?" does.
    const eitherAnswered = (reading.aspects.yesNo && reading.aspects.anyTalk === true && !reading.aspects.which) || reading.aspects.located === true;
    const silent = eitherAnswered ? [] : missing.filter((t) => !more.some((f) => f.talk === t));
    return answerFrom('topic', reading.lang, [
      // "Were the floods in Vietnam?": Yes only if every detail asked matches what was said (No is above); a yes/no
      // true of some talks only is not a plain Yes.
      silent.length > 0 && reading.aspects.yesNo && reading.aspects.anyTalk !== true ? m.notEach : lead,
      reading.aspects.which && chosenTalks(m, [...new Set(found.map((f) => f.talk))], talks),
      ...render(m, found),
      ...silent.map((t) => line(m.notInReport(t), [cite(t, t.format)])),
    ]);
  }
  // "Did Song Tao express sympathy over the floods?" The topic came up at that talk, but not from him: No, with what was said.
  if (reading.aspects.yesNo && reading.topics.length > 0) {
    // Unless the speech act that narrowed was not the question's own verb but one read into another word ("their
    // COVID response" is no "responded"): then No would be a guess. The speakers' statements on the topic are the
    // answer, with Yes only if the checker finds every detail.
    const readInto = reading.concepts.filter((c) => SPEECH_ACTS.has(c.lemma) && c.weight < 1);
    if (readInto.length > 0) {
      const own = collect(k, reading, talks, statementFilter(k, { ...reading, concepts: reading.concepts.filter((c) => !readInto.includes(c)) }, speakers), speakers);
      if (own.length > 0) {
        const cited = own.flatMap((f) => [...f.statements.map((s) => cite(f.talk, s)), ...f.signed.map((a) => cite(f.talk, a))]);
        const check = settleYesNo(k, reading, cited);
        const first = check.lead === 'no' ? check.correction : check.lead === 'yes' ? m.yes : null;
        return answerFrom('topic', reading.lang, [first, ...render(m, own)]);
      }
    }
    // What he said, in other words ("across every field" for "in all realms"): no No about his words; what he said
    // is the answer, with a No only where the checker finds a detail given otherwise, and no Yes (the wording differs).
    const own = paraphrasedBy(k, reading, talks, speakers);
    if (own.length > 0) {
      const check = settleYesNo(k, reading, own.flatMap((f) => f.statements.map((s) => cite(f.talk, s))));
      return answerFrom('topic', reading.lang, [check.lead === 'no' ? check.correction : null, ...render(m, own)]);
    }
    const instead = collect(k, reading, talks, statementFilter(k, { ...reading, concepts: [] }, [], { precise: false, verbs: false }), []);
    // "Did Song Tao send vaccines?": what others said on it is only a hope, so neither he nor anyone is reported
    // doing it: the articles' hope is the answer, not a No about his words.
    if (instead.length > 0 && onlyHopes(instead)) return notAnswered('topic', reading.lang, [m.onlyHoped, ...render(m, instead).map((l) => l.text)].join('\n'));
    if (instead.length > 0) return answerFrom('topic', reading.lang, [m.notAsAsked(speakers), ...render(m, instead)]);
  }
  const others = saidElsewhere(k, reading, talks, filter.fits);
  const nothing = nothingSaid(m, reading, talks, speakers, others);
  // "Was ASEAN mentioned in the 2020 talks?": the report of the talks asked about has nothing on a subject the
  // articles do report (elsewhere): that is the answer, No, with that report cited. Not for a why, a figure or a
  // speaker: "nothing said" is then not a plain No to what was asked.
  const named = reading.scope.talks;
  // "Did Quan and Song Tao talk about vaccines in 2020?": every one who took part in the talks named is the talks.
  const everyone = named !== null && speakers.length > 0 && named.every((t) => t.participants.every((p) => speakers.includes(p.person)));
  // "Did Quan also mention the land border?" of his 2020 call: nobody there spoke of it; it came up only at another
  // talk, by others. His silence is then the talk's: a plain No, with where it did come up. Only what he said is so
  // (a verb of saying, or whether it came up): a deed ("did China send aid in 2020?") may lie outside any report.
  // So is an act of saying named by its topic's own word ("did Trung express sympathy over the floods?": condolences).
  const actSaid = reading.topics.some((t) => {
    const act = k.facts.groundLemma(t.words);
    return act !== null && SPEECH_ACTS.has(act);
  });
  const saying = reading.aspects.mentioned || actSaid || reading.concepts.some((c) => c.weight >= 0.6 && SPEECH_ACTS.has(c.lemma));
  const silentTalk = saying && named !== null && speakers.length > 0 && speakers.every((p) => named.every((t) => t.participants.some((x) => x.person === p))) && others.length > 0 && others.every(({ t }) => !named.includes(t));
  // An act named is cited where it was done, beside the named talk's silence (the hint names that talk).
  const plainNo = reading.aspects.yesNo && !reading.aspects.why && !reading.aspects.count && !reading.aspects.amount && (speakers.length === 0 || everyone || silentTalk);
  if (plainNo && named && named.length <= MAX_TALKS_EACH && reading.topics.length > 0 && others.some(({ t }) => !named.includes(t))) {
    const raisedAt = [...new Set(others.filter(({ t }) => !named.includes(t)).map(({ t }) => t.id))];
    return { ...answerFrom('topic', reading.lang, [line(led(m.no, nothing), [...named.map((t) => cite(t, t.format)), ...(asksAmongTalks(reading) || (silentTalk && actSaid) ? citedWhereRaised(others, named) : [])])]), raisedAt };
  }
  // "What did the two sides say about China's floods during their 2022 video call?": a subject the talk named never
  // reported, that another talk did, is a premise put right: where it came up, then what was said there (by those asked).
  // Not a question whether or where it came up ("was it also discussed in 2020?"), nor one of a document or its name, nor a
  // long message, whose context sentences may name the subject the question does not.
  const { yesNo, why, count, amount, mentioned, besides, both, which, eachTalk, definition, aboutAgreement, commitment } = reading.aspects;
  // A figure asked of what a named person said there ("the supplies Song Tao announced in the 2020 call": his words,
  // dated wrongly) is put right too, as his statement pins the subject; a side's figure ("how much aid did China give in
  // 2020?") stays refused: nothing ties it to what was given elsewhere.
  // So is a figure of what a side announced there ("2020年通话中中方宣布捐赠的医疗物资价值多少？"): an announcement is a
  // statement of theirs, dated wrongly, as a speaker's is; a deed alone ("how much did China give?") still is not.
  const announced = reading.concepts.some((c) => ANNOUNCING_ACTS.has(c.lemma) && c.weight >= 1 && c.via !== 'wordnet');
  const figureOfSpeaker = (count || amount) && (reading.people.length > 0 || announced);
  // A why of an act dated at the wrong talk ("why did Song Tao donate … during the 2020 talks?") is put right the same
  // way: the statements found elsewhere are only those that give its cause (filter.fits), so the reason follows.
  const plainWhat = !yesNo && (!(count || amount) || figureOfSpeaker) && !mentioned && besides !== true && !both && !which && !eachTalk && !definition && !aboutAgreement && commitment === null
    && reading.intent === 'topic' && reading.said.words.length <= PREMISE_QUESTION_WORDS
    // A why's topic found by two words ("donate medical supplies": the verb read as "donated") is named when one of
    // them is; other questions keep the stricter test, or a subject only in an opening "after …" clause would count.
    && reading.topics.every((t) => (why ? reading.topics.some((o) => o.topic === t.topic && namedInAsking(reading, o)) : namedInAsking(reading, t) || inflectedInAsking(reading, t)));
  // A subject the talk named uses the very words of ("the relationship", of the partnership) is no subject it never reported.
  const unsaidThere = (talks: readonly Talk[]) => reading.topics.every((t) => !talks.some((talk) => talk.statements.some((st) => usesTopicWords(k, st, t))));
  // Speakers asked by their side ("越方", "China") are that side's people at the other talk too.
  const askedSpeaker = (p: Person) => speakers.includes(p) || (reading.sides.includes(p.party) && !reading.people.some((q) => q.party === p.party));
  // A side's verb no statement elsewhere uses ("Vietnam proposed …; how did China respond?") is asked of what was said
  // there, and does not keep it from being found.
  const putRight = plainWhat && named && reading.topics.length > 0 && unsaidThere(named);
  const onTopics = (st: Statement) => reading.topics.every((t) => st.topics.includes(t.topic));
  // "越方…提出…，中方是怎么回应的？": the side that raised it and the side responding are both named, so neither is the
  // reading's side; what was raised is still the subject put right, and the response there is part of the answer.
  const response = putRight && asksResponse(reading);
  const elsewhere = putRight && others.length === 0 && (reading.sides.length > 0 || response) ? saidElsewhere(k, reading, talks, filter.fits, { precise: true, verbs: false }).filter(({ s }) => onTopics(s)) : others;
  // An act with a reason named of a person ("Trung chia buồn … lũ lụt", in 2022) that his side did at a talk he took no
  // part in is that side's deed there, put right by who held his place; what he merely said stays his own. Not a why:
  // the claim checker puts its talk and speaker right, citing only where it was done (engine.ts, wrongPremise).
  const actNamed = !why && reading.topics.some((t) => k.facts.isGround(t.words)) || reading.concepts.some((c) => c.weight >= 0.6 && groundWord(k.facts, c));
  // One person asked: beside another ("after Trung expressed sympathy, what did the Chinese official say?") his act is
  // a premise of the other's words, put right by the claim checker.
  const heldPlace = (p: Person, talk: Talk) => actNamed && speakers.length === 1 && speakers.some((q) => q.party === p.party && reading.people.includes(q) && !talk.participants.some((x) => x.person === q));
  const raisedThere = putRight ? elsewhere.filter(({ t, s }) => !named.includes(t) && (speakers.length === 0 || response || s.speakers.some((p) => askedSpeaker(p) || heldPlace(p, t)))) : [];
  const there = saidAt(response ? [...raisedThere, ...responsesTo(k, raisedThere)] : raisedThere);
  if (there.length > 0) {
    // Put right by where it came up: said as such, not as "no figure" (that was asked of the talk that never reported it).
    const where = reading.aspects.count || reading.aspects.amount || why ? nothingSaid(m, { ...reading, aspects: { ...reading.aspects, count: false, amount: false, why: false } }, talks, speakers, others) : elsewhere === others ? nothing : nothingSaid(m, reading, talks, speakers, elsewhere);
    // Not at the talk named, at another: the named one's report is cited for its silence when the question put a
    // person of it there (cited-both.ts).
    return { ...corrected(answerFrom('topic', reading.lang, render(m, there)), [correctionCiting(where, response ? namedByQuestion(reading, named ?? []) : attendedByNamed(reading, namedByQuestion(reading, named ?? [])))], false), raisedAt: [...new Set(there.map((f) => f.talk.id))] };
  }
  return notAnswered('topic', reading.lang, nothing);
}

/**
 * Whether a plain "what did he say" of a person at a talk named (no subject, no figure, no why, no yes/no) asks of
 * someone who spoke there: nothing of his fitting the question's words is then no silence of his.
 */
function spokeThere(reading: Reading, talks: readonly Talk[], speakers: readonly Person[]): boolean {
  const { yesNo, why, count, amount } = reading.aspects;
  if (yesNo || why || count || amount || reading.intent !== 'topic' || reading.topics.length > 0 || reading.organisations.length > 0) return false;
  if (reading.scope.talks === null || speakers.length === 0) return false;
  return talks.some((t) => t.statements.some((s) => s.speakers.some((p) => speakers.includes(p))));
}

/**
 * "Did the CPC's liaison department donate medical supplies to help Vietnam fight COVID-19?", no talk named: a yes/no
 * joining subjects is answered by the talks that raised them all (the gift), not by one that raised only a part (COVID).
 * Unless every talk is asked about ("both times", "in either talk", "which talk"): then each has its line.
 */
function wholeAt(reading: Reading, found: Said[]): Said[] {
  const { yesNo, both, eachTalk, anyTalk, which } = reading.aspects;
  const subjects = [...new Set(reading.topics.map((t) => t.topic))];
  if (!yesNo || both || eachTalk || anyTalk === true || which || reading.scope.talks !== null || subjects.length < 2 || found.length < 2) return found;
  const raisedAll = (talk: Talk) => subjects.every((t) => talk.statements.some((st) => st.topics.includes(t)) || talk.agreements.some((a) => a.topics.includes(t)));
  const whole = found.filter((f) => raisedAll(f.talk));
  return whole.length > 0 ? whole : found;
}

/** A word's stem for comparing inflections ("donate" asked, the topic's "donated"). */
const stem = (w: string) => w.toLowerCase().replace(/(ing|ed|es|d|s)$/u, '').replace(/e$/u, '');

/** Whether every word of a topic's words is in the asking sentence inflected otherwise ("did Song Tao donate", "donated"). */
function inflectedInAsking(reading: Reading, t: NamedTopic): boolean {
  const asked = new Set(reading.said.words.map(stem));
  const words = t.words.split(/\s+/u).filter((w) => w.length > 0);
  return words.length > 0 && words.every((w) => asked.has(stem(w)));
}

/** Most words of a question whose subject, asked of a talk that never reported it, is put right by where it came up. */
const PREMISE_QUESTION_WORDS = 25;

/** The share of a question's words one statement of a person must use to be taken as what he said, told otherwise. */
const PARAPHRASE_SHARE = 0.6;
/** Words of its own a question must have to be a paraphrase at all: one or two ("China") are in many statements. */
const PARAPHRASE_WORDS = 4;

/**
 * The statements of the people asked about, at the talks asked, that use most of the question's own words (its
 * content, not its asking): a paraphrase of what they said. Empty when no one statement uses enough of them.
 */
function paraphrasedBy(k: Knowledge, reading: Reading, talks: readonly Talk[], speakers: readonly Person[]): Said[] {
  // A person named: a side ("did Vietnam…", "中越…") speaks through everyone of it, on every subject.
  if (speakers.length === 0 || !speakers.every((p) => reading.people.includes(p))) return [];
  const content = reading.concepts.filter((c) => !c.asking && c.weight >= 0.6 && k.facts.idf(c.lemma) > 0);
  if (content.length < PARAPHRASE_WORDS) return [];
  const share = (s: Statement) => content.filter((c) => k.facts.ofStatement(s)?.lemmas.has(c.lemma) === true).length / content.length;
  return talks.flatMap((talk) => {
    const statements = talk.statements.filter((s) => s.speakers.some((p) => speakers.includes(p)) && share(s) >= PARAPHRASE_SHARE);
    return statements.length > 0 ? [{ talk, statements, signed: [] }] : [];
  });
}

/** The statements reporting the act asked (its verb, on its topic) by speakers other than those asked. */
function actsOfOthers(k: Knowledge, reading: Reading, talks: readonly Talk[], speakers: readonly Person[]): Said[] {
  const asked = new Set(reading.topics.map((t) => t.topic));
  // No topic asked: the statements reporting the act itself ("thanked").
  const acts = reading.concepts.filter((c) => c.weight >= 0.6 && SPEECH_ACTS.has(c.lemma)).map((c) => c.lemma);
  const about = (st: Statement) => (asked.size > 0 ? st.topics.some((t) => asked.has(t)) : acts.some((l) => k.facts.ofStatement(st)?.lemmas.has(l) ?? false));
  const others = (options: FilterOptions) =>
    collect(k, reading, talks, statementFilter(k, reading, [], options), [])
      .map((f) => ({ ...f, statements: f.statements.filter((st) => !st.speakers.some((p) => speakers.includes(p)) && about(st)), signed: [] }))
      .filter((f) => f.statements.length > 0);
  const strict = others(STRICT);
  // A verb of saying the talks never use ("give" for "presented") narrows nothing, as for the speakers asked.
  return strict.length > 0 || reading.concepts.some((c) => SPEECH_ACTS.has(c.lemma) && c.via !== 'wordnet') ? strict : others({ precise: false, verbs: false });
}

/**
 * "Did Vietnam praise China's achievements against COVID-19?": a yes/no naming an act by a topic word ("praise") and a
 * side or person who did no such act: what was found of theirs is on the other subject only (COVID-19). When the
 * other side did that act, the direction asked is reversed: No, and who did it, with their statements on that act.
 */
function actDoneByOthers(k: Knowledge, reading: Reading, talks: readonly Talk[], speakers: readonly Person[], found: readonly Said[]): { found: Said[]; others: Person[] } | null {
  if (!reading.aspects.yesNo || speakers.length === 0 || found.length === 0) return null;
  // The act's word as read ("praise", the pivot's English of "赞扬", "khen ngợi").
  const acts = new Set(reading.topics.filter((t) => k.facts.groundLemma(t.words) !== null).map((t) => t.topic));
  const subjects = reading.topics.filter((t) => !acts.has(t.topic)).map((t) => t.topic);
  if (acts.size === 0 || subjects.length === 0) return null;
  // The act on the subject asked: Trung's congratulations on the centenary goal are no praise of China's COVID fight.
  const onAct = (st: Statement) => st.topics.some((t) => acts.has(t)) && subjects.every((t) => st.topics.includes(t));
  if (found.some((f) => f.statements.some(onAct))) return null;
  const done = actsOfOthers(k, reading, talks, speakers)
    .map((f) => ({ ...f, statements: f.statements.filter(onAct) }))
    .filter((f) => f.statements.length > 0);
  if (done.length === 0) return null;
  return { found: done, others: [...new Set(done.flatMap((f) => f.statements.flatMap((st) => st.speakers)))] };
}

/**
 * "2020年中方代表对越南遭受的洪灾表示慰问时都说了什么？": an act with a reason ("慰问", sympathy) asked of a side whose
 * statements found on the subject never do it (Song Tao thanked), while the other side's do (Quan expressed sympathy):
 * the sides are reversed, put right by who did it, with their statements on that act.
 */
function actOfTheOtherSide(k: Knowledge, reading: Reading, talks: readonly Talk[], speakers: readonly Person[], found: readonly Said[]): { found: Said[]; others: Person[] } | null {
  if (speakers.length === 0 || found.length === 0) return null;
  const lemmas = [...new Set(reading.topics.map((t) => k.facts.groundLemma(t.words)).filter((l): l is string => l !== null))];
  if (lemmas.length === 0) return null;
  const doesAct = (st: Statement) => lemmas.some((l) => k.facts.ofStatement(st)?.lemmas.has(l) === true);
  if (found.some((f) => f.statements.some(doesAct))) return null;
  const done = actsOfOthers(k, reading, talks, speakers)
    .map((f) => ({ ...f, statements: f.statements.filter(doesAct) }))
    .filter((f) => f.statements.length > 0);
  if (done.length === 0) return null;
  return { found: done, others: [...new Set(done.flatMap((f) => f.statements.flatMap((st) => st.speakers)))] };
}

/** Statements of several lists, each talk once, oldest talk first and its statements in the article's order. */
function mergeSaid(lists: readonly Said[]): Said[] {
  const byTalk = new Map<Talk, Set<Statement>>();
  const signed = new Map<Talk, Agreement[]>();
  for (const f of lists) {
    byTalk.set(f.talk, new Set([...(byTalk.get(f.talk) ?? []), ...f.statements]));
    signed.set(f.talk, [...new Set([...(signed.get(f.talk) ?? []), ...f.signed])]);
  }
  return [...byTalk.keys()]
    .sort((a, b) => byDate(a, b) || a.id.localeCompare(b.id))
    .map((talk) => ({ talk, statements: talk.statements.filter((st) => byTalk.get(talk)?.has(st)), signed: signed.get(talk) ?? [] }));
}

/**
 * Where the question's subject did come up, other than in what it asked (the talks in scope, as `fits` reads
 * them): a refusal points there, and a yes/no about a talk that never reported it is a No.
 */
function saidElsewhere(k: Knowledge, reading: Reading, talks: readonly Talk[], fits: (s: Statement) => boolean, options: FilterOptions = STRICT): { t: Talk; s: Statement }[] {
  const anyone = statementFilter(k, reading, [], options);
  const inScope = new Set(talks);
  return [...take(anyone.candidates(), MAX_LOOKED)]
    .filter((s) => anyone.fits(s) && !(inScope.has(k.facts.talkOf(s)) && fits(s)))
    .slice(0, MAX_STATEMENTS)
    .map((s) => ({ t: k.facts.talkOf(s), s }));
}

/** Statements found one by one, as what was said at each talk (oldest first). */
function saidAt(found: readonly { t: Talk; s: Statement }[]): Said[] {
  return mergeSaid(found.map(({ t, s }) => ({ talk: t, statements: [s], signed: [] })));
}

function nothingSaid(m: Messages, reading: Reading, talks: readonly Talk[], speakers: readonly Person[], elsewhere: readonly { t: Talk; s: Statement }[]): string {
  const subject = [...new Set([...reading.topics.map((t) => m.topic(t.topic)), ...reading.organisations.map((o) => m.organisationShort(o))])];
  // Point to where the subject did come up, so the user can ask about that instead.
  const hint =
    subject.length > 0 && elsewhere.length > 0
      ? { dates: [...new Set(elsewhere.map(({ t }) => t.date))].sort().slice(-5), by: [...new Set(elsewhere.flatMap(({ s }) => s.speakers))] }
      : null;
  if (reading.aspects.why) return m.notWhy(subject);
  if (reading.aspects.count || reading.aspects.amount) return m.noFigure(subject);
  return m.notSaid(talks.length === 1 ? (talks[0] ?? null) : null, speakers, subject, hint);
}

/** The question as its topics' words stand in it: a Vietnamese or Chinese one by the glossary's English words. */
const saidText = (reading: Reading) => (reading.lang === 'en' ? reading.said.text : reading.said.words.join(' '));

/** Of the topics a question names, the one it names first (its words earliest in the text). */
function firstNamed(reading: Reading): Reading['topics'][number] | undefined {
  const lower = saidText(reading).toLowerCase();
  const at = (t: Reading['topics'][number]) => {
    const i = lower.indexOf(t.words.toLowerCase());
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...reading.topics].sort((a, b) => at(a) - at(b))[0];
}

/**
 * Where a topic's words stand in a question's text, as typed or without an ending of a verb's: a topic read by its
 * keyword ("flooding") may be typed in another form of it ("flood relief"). (Not a plural's: "goods" is no "good".)
 */
function phraseAt(lower: string, words: string): { readonly at: number; readonly length: number } | null {
  const exact = lower.indexOf(words.toLowerCase());
  if (exact >= 0) return { at: exact, length: words.length };
  const stems = words.toLowerCase().split(/\s+/u).map((w) => w.replace(/(?:ing|ed)$/u, '')).filter(Boolean);
  if (stems.length === 0 || stems.some((s) => s.length < 3)) return null;
  const hit = new RegExp(`(?<![\\p{L}\\p{N}])${stems.map((s) => `${escapeRegExp(s)}\\p{L}*`).join('\\s+')}`, 'u').exec(lower);
  return hit ? { at: hit.index, length: hit[0].length } : null;
}

/** Whether `modifier`'s words stand right before `head`'s ("covid aid"): a compound naming the head. */
function modifies(text: string, modifier: string, head: string): boolean {
  const lower = text.toLowerCase();
  const i = lower.indexOf(modifier.toLowerCase());
  const j = lower.indexOf(head.toLowerCase());
  return i >= 0 && j > i && lower.slice(i + modifier.length, j).trim() === '';
}

/** Coordinators: subjects joined by them are asked together, not one as the other. */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'as', 'well']);

/**
 * "Were the medical supplies vaccines?", "was the gift masks": a yes/no opened by a copula whose subjects (in the
 * order typed) have nothing between them but function words, the second ending it: it asks whether the first is the second.
 */
function identityAsked(said: Reading['said'], phrases: readonly string[]): boolean {
  const words = said.words;
  // After chat only ("so were…", "ok is…").
  const copula = words.findIndex((w) => COPULAS.has(w));
  if (copula < 0 || !words.slice(0, copula).every((w) => CHAT_WORDS.has(w) || FUNCTION_WORDS.has(w)) || phrases.length !== 2) return false;
  const lower = said.text.toLowerCase();
  const spans = phrases.map((p) => phraseAt(lower, p)).filter((s): s is { at: number; length: number } => s !== null).sort((a, b) => a.at - b.at);
  const [first, second] = spans;
  if (!first || !second || second.at < first.at + first.length) return false;
  const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // The second names what the first is, ending the question ("…vaccines?"), not a word before another ("covid related").
  if (wordsOf(lower.slice(second.at + second.length)).length > 0) return false;
  const between = wordsOf(lower.slice(first.at + first.length, second.at));
  return between.every((w) => (FUNCTION_WORDS.has(w) || CHAT_WORDS.has(w) || VERB_ADVERBS.has(w)) && !COORDINATORS.has(w));
}

/** Whether more than two words stand between two places of a text, in either order. */
function moreThanTwoWordsBetween(lower: string, i: { readonly at: number; readonly length: number }, j: { readonly at: number; readonly length: number }): boolean {
  const [first, second] = i.at < j.at ? [i, j] : [j, i];
  return lower.slice(first.at + first.length, second.at).trim().split(/\s+/u).filter(Boolean).length > 2;
}

/** `apart`, with either phrase found in another form of its words ("flood" of "flooding"). */
function apartAsTyped(text: string, a: string, b: string): boolean {
  const lower = text.toLowerCase();
  const i = phraseAt(lower, a);
  const j = phraseAt(lower, b);
  if (i === null || j === null) return false;
  return moreThanTwoWordsBetween(lower, i, j);
}

/**
 * Whether a modifier's word, typed in any form of it ("flood" of "flooding"), stands right before a head word typed as
 * the topic has it ("relief"), and the head is one word: a noun compound ("flood relief"), not a phrase ("at sea").
 */
function nounBefore(text: string, modifier: string, head: string, noun: (word: string) => boolean): boolean {
  const lower = text.toLowerCase();
  if (/\s/u.test(head.trim())) return false;
  const i = phraseAt(lower, modifier);
  if (i !== null && !noun(lower.slice(i.at, i.at + i.length).split(/\s+/u).at(-1) ?? '')) return false;
  const j = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(head.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u').exec(lower);
  return i !== null && j !== null && j.index > i.at && lower.slice(i.at + i.length, j.index).trim() === '';
}

/** Whether two phrases of a question stand apart (more than two words between them); unknown when either is not found. */
function apart(text: string, a: string, b: string): boolean {
  const lower = text.toLowerCase();
  const i = lower.indexOf(a.toLowerCase());
  const j = lower.indexOf(b.toLowerCase());
  if (i < 0 || j < 0) return false;
  return moreThanTwoWordsBetween(lower, { at: i, length: a.length }, { at: j, length: b.length });
}

export const topicIntent = defineIntent({
  name: 'topic',
  answer: answerTopic,
  decidesYesNo: true,
  aboutTheEvent: false,
  aboutPeople: false,
  aboutStatements: true,
  coverage: 'asked',
  evidence: { ownWords: [], topicPicksTalk: false },
  followUp: { asksAgain: true, sameAtAnotherTalk: false, needsNoSubject: false },
});
