// Asks beyond the articles however they are worded, read from the words of data/lexicon/en.json `beyond` (Vietnamese
// and Chinese reach them through their glossaries): instructions to the bot, its own view, a judgement between the
// sides, what came after the talks, and texts to produce. Each is a shape of words rather than a list of sentences,
// so the next wording is caught too; answering any of them would be confidently wrong, the worst outcome.
import type { BeyondWords } from '../lexicon/schema.js';
import type { UnsupportedKind } from '../refusal-kinds.js';
import { FUNCTION_WORDS, MONTHS, TALK_NOUNS } from './cues.js';
import { makeCueScanner, type CueScan } from './cue-scan.js';
import type { Token } from './tokens.js';

/** Why a question is beyond the articles, and the kind of refusal it gets. */
export interface BeyondAsk {
  readonly kind: Extract<UnsupportedKind, 'instructions' | 'opinion' | 'future'>;
  readonly why: 'instruction' | 'production' | 'procedure' | 'own view' | 'judgement' | 'advice' | 'future tense' | 'career' | 'current post' | 'present' | 'next talks' | 'later year';
}

/** What of the question the reading found before: its words and the stages' findings the shapes need. */
export interface BeyondInput {
  readonly tokens: readonly Token[];
  /** The text as typed (chat markup gone), for a role label ("SYSTEM:"). */
  readonly text: string;
  /** The question's first word (after chat) and where its asking sentences start. */
  readonly first: number;
  readonly askFrom: number;
  /** Sides, parties and countries named ("Vietnam or China"). */
  readonly sidesNamed: number;
  /** Whether a side, party or country named starts at a position. */
  readonly sideAt: (at: number) => boolean;
  readonly people: number;
  /** Documents named ("the cooperation plan"): a year of their period is theirs ("the plan for 2023"). */
  readonly documents: number;
  /** Whether a verb of saying, agreeing or hoping stands before a position: what follows is reported ("said they will"). */
  readonly reportedBefore: (at: number) => boolean;
  /** Which words an entity of the articles covers (a topic, a document, a term). */
  readonly covered: readonly boolean[];
}

/** What the shapes read of a question: an ask beyond the articles, and which future words ask nothing after the talks. */
export interface BeyondReading {
  readonly ask: BeyondAsk | null;
  /**
   * Whether the future cue at a position asks nothing after the talks: a future reported ("both sides pledged they
   * would…", "hai bên hứa sẽ…"), or "future" before a thing the articles report ("the future COC").
   */
  readonly unaskedFuture: (at: number) => boolean;
}

/** Facts of the knowledge base the later-events shape reads: derived from data/, never written here. */
export interface BeyondContext {
  /** The year of the latest talk. */
  readonly latestYear: number | null;
  /** The month and day of each talk ("4-19"): a later year after a talk's own day and month misdates that talk. */
  readonly talkDays?: ReadonlySet<string>;
}

type Group =
  | 'openers' | 'askers' | 'dismiss' | 'frame' | 'rules' | 'earlier' | 'earlierEnds' | 'outside' | 'unbound' | 'markers' | 'persona' | 'labels' | 'links' | 'linkTies' | 'procedures'
  | 'self' | 'qualifiers' | 'views' | 'liking' | 'possessives' | 'owned' | 'comparatives' | 'predicates' | 'after' | 'choosers' | 'sides' | 'excess' | 'ought' | 'verdicts' | 'against' | 'outsiders'
  | 'future' | 'nounBefore' | 'request' | 'talks' | 'career' | 'bounds' | 'current' | 'next' | 'nextFrom' | 'posts' | 'periodEnds' | 'verbs' | 'recipients' | 'indefinite' | 'reports';

type Scan = CueScan<Group>;

/** A role label opening a message: "SYSTEM:", "[admin]:". */
const LABEL = /^\s*[[(<*#]*\s*\S{1,15}?\s*[\])>*]*\s*[:：]/u;
const YEAR = /^(19|20)\d{2}$/;

export type BeyondReader = (input: BeyondInput) => BeyondReading;

/**
 * `bounds`: words before a talk's year that bound a career word to the talks' time ("by the 2022 talks").
 * `periodEnds`: the claim checker's words before the year a period ends ("until", "lasts to", "kéo dài tới" read
 * as "lasted to"), so a later year there is the end of what the talks set, not a later event.
 */
export function makeBeyondReader(words: BeyondWords, context: BeyondContext, periodEnds: readonly string[], bounds: readonly string[] = []): BeyondReader {
  const { instructions: i, opinion: o, judgement: j, later: l, production: p } = words;
  const scanner = makeCueScanner<Group>({
    openers: words.openers, askers: words.askers ?? [], dismiss: i.dismiss, frame: i.frame, rules: i.rules, earlier: i.earlier, earlierEnds: i.earlierEnds,
    outside: i.outside, unbound: i.unbound, markers: i.markers, persona: i.persona, labels: i.labels, links: i.links, linkTies: i.linkTies, procedures: i.procedures,
    self: o.self, qualifiers: o.qualifiers, views: o.views, liking: o.liking, possessives: o.possessives ?? [], owned: o.owned ?? [],
    comparatives: j.comparatives, predicates: j.predicates, after: j.after, choosers: j.choosers, sides: j.sides, excess: j.excess, ought: j.ought ?? [], verdicts: j.verdicts ?? [], against: j.against ?? [], outsiders: j.outsiders ?? [],
    future: l.future, nounBefore: l.nounBefore, request: l.request, talks: l.talks, career: l.career, bounds, current: l.current, next: l.next, nextFrom: l.nextFrom, posts: l.posts, periodEnds,
    verbs: p.verbs, recipients: p.recipients, indefinite: p.indefinite, reports: p.reports,
  });
  const ask = (input: BeyondInput, scan: Scan): BeyondAsk | null => {
    if (instructsBot(input, scan)) return { kind: 'instructions', why: 'instruction' };
    if (asksProduction(input, scan)) return { kind: 'instructions', why: 'production' };
    if (asksProcedure(input, scan)) return { kind: 'instructions', why: 'procedure' };
    if (asksOwnView(input, scan)) return { kind: 'opinion', why: 'own view' };
    if (judgesSides(input, scan) || judgesExcess(input, scan) || judgesThing(input, scan)) return { kind: 'opinion', why: 'judgement' };
    if (asksAdvice(input, scan) || asksOught(input, scan)) return { kind: 'opinion', why: 'advice' };
    const later = laterEvent(input, scan, context);
    return later ? { kind: 'future', why: later } : null;
  };
  return (input) => {
    const scan = scanner(input.tokens);
    return { ask: ask(input, scan), unaskedFuture: (at) => unaskedFuture(input, scan, at) };
  };
}

/** "They pledged they will…", "the future COC": see BeyondReading.unaskedFuture. */
export function unaskedFuture(input: BeyondInput, scan: Scan, at: number): boolean {
  const { tokens, covered } = input;
  if (scan.hits('future').some((h) => h.at === at) && input.reportedBefore(at)) return true;
  return tokens[at]?.text === 'future' && covered[at + 1] === true && !TALK_NOUNS.has(tokens[at + 1]?.text ?? '');
}

/** Whether the words from `from` up to `at` are all openers ("please", "now", "I want you to"): `at` starts an imperative. */
function imperativeAt(input: BeyondInput, scan: Scan, at: number): boolean {
  // "I write a lot about the sea": the asker tells what he does himself; nothing is asked of the bot.
  if (scan.hits('askers').some((h) => h.at + h.length === at)) return false;
  const opener = scan.covered(['openers']);
  const starts = new Set([0, input.first, input.askFrom]);
  for (let k = at; k >= 0; k--) {
    if (starts.has(k)) return true;
    if (!opener.has(k - 1)) return false;
  }
  return true;
}

/** Whether a hit of the group starts within `span` words after position `at`. */
function within(scan: Scan, group: Group, at: number, span: number): boolean {
  return scan.hits(group).some((h) => h.at > at && h.at <= at + span);
}

/**
 * Instructions to the bot: a phrase that is one wherever it stands ("from now on", "new instruction", "general
 * knowledge"); setting aside its frame or rules, said to it ("forget the articles", "ignore all previous
 * instructions", "disregard the above and…"); rules dropped ("no rules"); what it knows beyond the articles
 * ("what do you know beyond the reports"); a role given to it ("act as", "pretend"); a role label opening the message.
 */
export function instructsBot(input: BeyondInput, scan: Scan): boolean {
  const { tokens } = input;
  if (scan.has('markers')) return true;
  const dismissed = scan.hits('dismiss').some((h) => {
    if (!imperativeAt(input, scan, h.at)) return false;
    const end = h.at + h.length;
    if (within(scan, 'frame', end - 1, 4) || within(scan, 'rules', end - 1, 4)) return true;
    // "ignore the above and…", "forget everything you know": what came before, ending what is set aside.
    return scan.hits('earlier').some((e) => e.at >= end && e.at <= end + 3 && (e.at + e.length >= tokens.length || scan.hits('earlierEnds').some((x) => x.at === e.at + e.length)));
  });
  if (dismissed) return true;
  if (scan.hits('unbound').some((h) => within(scan, 'rules', h.at + h.length - 1, 2))) return true;
  if (scan.has('self') && scan.hits('outside').some((h) => within(scan, 'frame', h.at + h.length - 1, 3))) return true;
  const selfAt = new Set(scan.hits('self').map((h) => h.at));
  if (asksLink(scan)) return true;
  if (scan.hits('persona').some((h) => imperativeAt(input, scan, h.at) || selfAt.has(h.at - 1) || tokens[h.at - 1]?.text === 'to')) return true;
  return scan.hits('labels').some((h) => h.at === 0) && LABEL.test(input.text);
}

/** Words between a link word and the frame it is asked of ("the link to the original article"). */
const LINK_REACH = 3;

/**
 * The address of the articles asked ("send me the link to the article", "source url?", "xin link bài gốc"): a thing
 * the bot cannot give, however the request is worded; "the link between the two reports" is a tie, not an address.
 */
function asksLink(scan: Scan): boolean {
  const frame = scan.hits('frame');
  const ties = new Set(scan.hits('linkTies').map((h) => h.at));
  return scan.hits('links').some((h) => !ties.has(h.at + h.length)
    && frame.some((f) => (f.at >= h.at + h.length && f.at - (h.at + h.length) < LINK_REACH) || (f.at + f.length <= h.at && h.at - (f.at + f.length) < LINK_REACH)));
}

/**
 * How to go through a procedure of one's own ("how do I apply for a vaccine passport?", "在越南怎么申请疫苗护照，需要带
 * 什么材料？", "thủ tục xin hộ chiếu vắc xin"), in the asking part.
 */
export function asksProcedure(input: BeyondInput, scan: Scan): boolean {
  // (The articles report no procedure: "我想…怎么申请" is the asker's want, no report.)
  return scan.hits('procedures').some((h) => h.at >= input.askFrom);
}

/**
 * A text or a thing to make, asked of the bot: an imperative "write / compose / draft / generate / make (me) a …"
 * whose object is not a form of report on the articles ("write me a tweet", "generate a Python script"; but "write
 * a short summary of the 2022 talks" and "make a list of what they signed" are answered).
 */
export function asksProduction(input: BeyondInput, scan: Scan): boolean {
  const { tokens } = input;
  const recipients = scan.covered(['recipients']);
  const indefinite = scan.covered(['indefinite']);
  const reports = scan.covered(['reports']);
  return scan.hits('verbs').some((h) => {
    if (!imperativeAt(input, scan, h.at)) return false;
    let k = h.at + h.length;
    while (recipients.has(k)) k++;
    if (!(indefinite.has(k) || /^\d+$/.test(tokens[k]?.text ?? ''))) return false;
    while (indefinite.has(k) || /^\d+$/.test(tokens[k]?.text ?? '')) k++;
    if (k >= tokens.length) return false;
    // The thing made: the next few words, up to the first word of a report form.
    for (let m = k; m < Math.min(tokens.length, k + 3); m++) if (reports.has(m)) return false;
    return true;
  });
}

/**
 * The bot's own view: "you" or "your", perhaps "personally" or "own" between, and a verb or noun of a view of one's
 * own ("what do you personally think", "your own view", "说说你的看法" read as "you view"); or the noun before
 * "(of) you" ("ý kiến của bạn").
 */
export function asksOwnView(input: BeyondInput, scan: Scan): boolean {
  const { tokens } = input;
  const qualifier = scan.covered(['qualifiers']);
  const views = new Set(scan.hits('views').map((h) => h.at));
  const self = new Set(scan.hits('self').map((h) => h.at));
  const liking = new Map(scan.hits('liking').map((h) => [h.at, h.at + h.length]));
  const possessive = new Set(scan.hits('possessives').map((h) => h.at));
  const owned = new Set(scan.hits('owned').map((h) => h.at));
  for (const s of self) {
    let k = s + 1;
    for (let n = 0; n < 2 && qualifier.has(k) && !views.has(k) && !liking.has(k) && !owned.has(k); n++) k++;
    if (views.has(k)) return true;
    // "What's your personal take…?": a noun of a view the bot is said to hold ("take me through" holds none).
    if (possessive.has(s) && owned.has(k)) return true;
    // "Do you like Song Tao?", "bạn quý ai hơn": whom the bot likes, asked of it ("would you like to…" offers).
    const end = liking.get(k);
    if (end !== undefined && s >= input.askFrom && tokens[end]?.text !== 'to' && tokens[s - 1]?.text !== 'would') return true;
  }
  return scan.hits('views').some((h) => {
    const next = h.at + h.length;
    return self.has(next) || (tokens[next]?.text === 'of' && self.has(next + 1));
  });
}

/**
 * A judgement between the sides: a ranking word said of what is ranked ("is better", "did better", "better than",
 * last in the question, before the sides named) with a choice among the sides ("which party", "who" with two sides named, "who … better,
 * Vietnam or China"), not reported ("which side said relations were better" asks what was said).
 */
export function judgesSides(input: BeyondInput, scan: Scan): boolean {
  const { tokens } = input;
  const predicates = scan.covered(['predicates']);
  const ors = scan.hits('choosers').filter((h) => tokens[h.at]?.text === 'or').map((h) => h.at);
  let offered = false;
  const ranked = scan.hits('comparatives').some((h) => {
    if (h.at < input.askFrom || input.reportedBefore(h.at)) return false;
    const end = h.at + h.length;
    // "Who did it better, Vietnam or China?": the choice follows the ranking word.
    const choiceAfter = ors.some((at) => at > end && at <= end + 4);
    offered ||= choiceAfter;
    // Said of what is ranked: after "is"/"did", last, before "than", or before the sides named.
    return predicates.has(h.at - 1) || end >= tokens.length || scan.hits('after').some((a) => a.at === end) || input.covered[end] === true || choiceAfter;
  });
  // "Who's better at diplomacy?", "who is the better negotiator": "who" asking just before the ranking word ranks the people.
  const comparatives = scan.hits('comparatives').filter((h) => h.at >= input.askFrom && !input.reportedBefore(h.at));
  const who = tokens.some((t, at) => at >= input.askFrom && WHO.has(t.text) && comparatives.some((c) => c.at > at && c.at <= at + 4));
  if (who) return true;
  if (!ranked) return false;
  const sideNoun = new Set(scan.hits('sides').map((h) => h.at));
  const choice = scan.hits('choosers').filter((h) => h.at >= input.askFrom);
  const asking = choice.filter((h) => tokens[h.at]?.text !== 'or');
  // "Did Vietnam handle covid better than China?": one side ranked against the other, named after "than", asks the same choice.
  const against = scan.hits('comparatives').some((h) => h.at >= input.askFrom && !input.reportedBefore(h.at) && tokens[h.at + h.length]?.text === 'than' && input.sideAt(h.at + h.length + 1));
  return choice.some((h) => sideNoun.has(h.at + h.length) || sideNoun.has(h.at + h.length + 1)) || (choice.length > 0 && input.sidesNamed >= 2) || (asking.length > 0 && offered) || (against && input.sidesNamed >= 2);
}

const WHO = new Set(['who', 'whom', 'whos']);

/**
 * A judgement of excess: a word of excess after a verb of being or doing, before a word nothing in the articles
 * covers ("was he being too optimistic?", "was the aid too small?", "did China do too little?"), asked, not
 * reported. "Too" closing a clause ("did Vietnam raise it too?") is "also", not excess.
 */
export function judgesExcess(input: BeyondInput, scan: Scan): boolean {
  const { tokens } = input;
  const predicates = scan.covered(['predicates']);
  return scan.hits('excess').some((h) => {
    // Said of what is judged: right after the verb, or in a question opening with it ("was the aid too small?").
    const judged = predicates.has(h.at - 1) || (predicates.has(input.first) && h.at > input.first && h.at - input.first <= 5);
    if (h.at < input.askFrom || input.reportedBefore(h.at) || !judged) return false;
    const next = tokens[h.at + h.length];
    return next !== undefined && !FUNCTION_WORDS.has(next.text) && input.covered[h.at + h.length] !== true && !/^\d/u.test(next.text);
  });
}

/**
 * A judgement of a thing asked in a yes/no: a ranking word before "than" ("is the party channel more useful than
 * normal diplomacy?"), a verdict ("was the gift worth it?"), or the thing weighed against others the articles never
 * report ("is that a lot compared to what other countries gave?"), in a question opening with a verb of being or
 * doing, asked, not reported ("did they say the channel was more useful than…?" asks what was said).
 */
export function judgesThing(input: BeyondInput, scan: Scan): boolean {
  const { tokens } = input;
  const predicates = scan.covered(['predicates']);
  if (!predicates.has(input.askFrom) && !predicates.has(input.first)) return false;
  const asked = (at: number) => at > input.askFrom && !input.reportedBefore(at);
  const ranked = scan.hits('comparatives').some((h) => asked(h.at) && tokens[h.at + h.length]?.text === 'than');
  const outsiders = scan.hits('outsiders');
  const weighed = scan.hits('against').some((h) => asked(h.at) && outsiders.some((o) => o.at >= h.at + h.length && o.at <= h.at + h.length + AGAINST_REACH));
  return ranked || weighed || scan.hits('verdicts').some((h) => asked(h.at) && (predicates.has(h.at - 1) || h.at - input.askFrom <= VERDICT_REACH));
}

/** How far after "compared to" the others weighed against may stand ("compared to what other countries gave"). */
const AGAINST_REACH = 3;

/** How far into a yes/no a verdict may stand and still be said of its subject ("was the medical aid China sent worth it?"). */
const VERDICT_REACH = 8;

/** Advice asked: a question opening with a word of what ought to be ("should Vietnam trust China?"). */
export function asksOught(input: BeyondInput, scan: Scan): boolean {
  return scan.hits('ought').some((h) => h.at === input.askFrom || h.at === input.first);
}

/**
 * A recommendation: a ranking word asked, then "to" and a verb within a few words ("what's the best covid vaccine to
 * get", "which is better to buy"): what to do, which the articles never advise.
 */
export function asksAdvice(input: BeyondInput, scan: Scan): boolean {
  const { tokens } = input;
  return scan.hits('comparatives').some((h) => {
    if (h.at < input.askFrom || input.reportedBefore(h.at)) return false;
    const end = h.at + h.length;
    // What is done is not the articles' own ("the best way to sum up the talks" asks for a report).
    const ours = (from: number) => tokens.slice(from).some((t, i) => input.covered[from + i] === true || TALK_NOUNS.has(t.text));
    for (let k = end; k < Math.min(tokens.length - 1, end + 4); k++) if (tokens[k]?.text === 'to') return !ours(k + 2);
    return false;
  });
}

/** Words between "next" and the word naming talks ("the next round of talks", "their next phone call"). */
const NEXT_REACH = 3;

/**
 * Talks after the last one reported ("when is the next round of talks?", "did they set a date for their next
 * meeting?"): a word of "next" just before words naming talks, asked, and counted from no talk ("the next talks after
 * the 2020 call" are ones the articles may report).
 */
function nextTalks(input: BeyondInput, scan: Scan): boolean {
  if (scan.has('nextFrom')) return false;
  const talks = scan.hits('talks').map((h) => h.at);
  return scan.hits('next').some((h) => h.at >= input.askFrom && !input.reportedBefore(h.at) && talks.some((at) => at >= h.at + h.length && at - (h.at + h.length) < NEXT_REACH));
}

/** Verbs of a question in the present tense, first or after its question word ("is…", "who is…"). */
const PRESENT = new Set(['is', 'are', 'isnt', 'arent', 'has', 'have', 'does', 'do', 'whats', 'hows', 'wheres', 'whos']);

/**
 * What came after the talks: the future tense of what someone will do ("will Vietnam and China sign…?", not "will
 * you…" nor "they said they will…"); a career after the talks, of someone named ("who succeeded Song Tao?", "what
 * did he go on to do after leaving…?"); who holds a post now ("the current general secretary"); a year after the
 * latest talk, alone (no period) and beside no talk or document ("the 2023 ASEAN summit", not "the plan for 2023");
 * how things stand now ("is covid over in china now?").
 */
export function laterEvent(input: BeyondInput, scan: Scan, context: BeyondContext): BeyondAsk['why'] | null {
  const { tokens, askFrom } = input;
  const asked = (at: number) => at >= askFrom;
  const nounBefore = scan.covered(['nounBefore']);
  const request = new Set(scan.hits('request').map((h) => h.at));
  const future = scan.hits('future').some((h) => asked(h.at) && !nounBefore.has(h.at - 1) && !request.has(h.at + h.length) && !request.has(h.at - 1)
    && h.at + h.length < tokens.length && !input.reportedBefore(h.at)
    // "How many cadres will be trained under the scheme?": what a document reported provides, not what came after.
    && !(input.documents > 0 && tokens[h.at + h.length]?.text === 'be'));
  if (future) return 'future tense';
  const whoAsked = scan.hits('choosers').some((h) => tokens[h.at]?.text !== 'or');
  if (scan.hits('career').some((h) => asked(h.at) && !boundedByTalk(input, scan, h.at, context)) && (input.people > 0 || (whoAsked && scan.has('posts')))) return 'career';
  const posts = scan.hits('posts');
  if (scan.hits('current').some((c) => asked(c.at) && posts.some((p) => Math.abs(p.at - c.at) <= 2 || Math.abs(p.at + p.length - 1 - c.at) <= 2))) return 'current post';
  // "is covid over in china now?": a word of the present closing the question asks how things stand today (an
  // opening "now, who…" only turns to the question).
  // The verb may follow a question word and its noun ("what job does Quan have now?").
  const presentTense = [askFrom, askFrom + 1, askFrom + 2].some((k) => PRESENT.has(tokens[k]?.text ?? ''));
  if (presentTense && scan.hits('current').some((c) => asked(c.at) && c.at > askFrom + 1 && c.at + c.length === tokens.length)) return 'present';
  if (nextTalks(input, scan)) return 'next talks';
  if (context.latestYear === null) return null;
  const latest = context.latestYear;
  // "Did they hold talks in 2023?": a talk named by its year is the scope's to answer ("there were no talks in 2023").
  if (scan.has('talks')) return null;
  // "The plan for 2026", "does the plan run to 2030?": a document's period, which the scope and the claim checker read.
  if (input.documents > 0) return null;
  const ends = periodEnds(scan);
  const later = tokens.some((t, at) => {
    if (!asked(at) || !YEAR.test(t.text) || ends.has(at)) return false;
    // "2026-2030", "from 2022 to 2026": a period, which the scope reads ("No: 2021-2025, not 2026-2030").
    const range = [at - 3, at - 2, at - 1, at + 1, at + 2, at + 3].some((k) => k !== at && YEAR.test(tokens[k]?.text ?? ''));
    return Number(t.text) > latest && !range && !talkDayBefore(tokens, at, context);
  });
  return later ? 'later year' : null;
}

/**
 * "19 April 2023", "19/4/2023", "2023年4月19日": a year after a reported talk's own day and month is that talk
 * misdated, a slip the scope puts right (like a wrong month), not an event after the talks.
 */
function talkDayBefore(tokens: readonly Token[], at: number, context: BeyondContext): boolean {
  const days = context.talkDays;
  if (days === undefined) return false;
  const [a, b] = [tokens[at - 2]?.text ?? '', tokens[at - 1]?.text ?? ''];
  const month = (w: string) => (/^\d{1,2}$/.test(w) ? Number(w) : MONTHS.indexOf(w) + 1);
  const day = (w: string) => (/^\d{1,2}$/.test(w) ? Number(w) : 0);
  // Day before month only: "April 19 2023" may read "19" as a short year, and the scope then notes no slip.
  return days.has(`${month(b)}-${day(a)}`);
}

/**
 * "Who had replaced Quan by the 2022 talks?": a career word bounded, after it, by the year of a talk the articles
 * report asks who held the post then, which they answer; a later year ("by 2024") stays a later event.
 */
function boundedByTalk(input: BeyondInput, scan: Scan, at: number, context: BeyondContext): boolean {
  const latest = context.latestYear;
  if (latest === null) return false;
  return scan.hits('bounds').some((b) => {
    if (b.at <= at) return false;
    const next = input.tokens.slice(b.at + b.length, b.at + b.length + 3).find((t) => YEAR.test(t.text));
    return next !== undefined && Number(next.text) <= latest;
  });
}

/**
 * Where a year ends a period ("do both documents last until 2025?", "kéo dài tới năm 2025", "持续到2025年"): the end
 * of what the talks set, which the scope and the claim checker read, not a later event.
 */
function periodEnds(scan: Scan): ReadonlySet<number> {
  return new Set(scan.hits('periodEnds').map((h) => h.at + h.length));
}
