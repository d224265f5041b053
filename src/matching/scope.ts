// Stage 3: which talks a question is about, from years, months, days, ordinals, format words and the people
// it names. Talks are indexed once per engine, so a question costs lookups, not scans of every talk.
import type { Agreement, KnowledgeBase, Person, Talk, Topic } from '../facts/types.js';
import { inOrderOf } from '../facts/talk-order.js';
import { CARDINAL_NUMBERS, FUNCTION_WORDS, MEETING_VERBS, MEETING_YEAR_FILLERS, MONTHS, MONTH_ABBREVIATIONS, ORDINAL_NUMBERS, ORDINALS, TALK_NOUNS, YEAR_SPAN_LINKS } from './cues.js';
import type { ScopeLabel } from '../i18n/messages.js';
import type { Correction, Mismatch, TalkScope } from './reading.js';
import type { Token } from './tokens.js';
import { outnumbers, tallyDetails } from './detail-tally.js';
import { talksIn, yearParts } from './year-parts.js';

export interface TalkIndex {
  readonly all: readonly Talk[];
  readonly byYear: ReadonlyMap<number, readonly Talk[]>;
  readonly byMonth: ReadonlyMap<number, readonly Talk[]>;
  readonly byPerson: ReadonlyMap<Person, readonly Talk[]>;
  /** Agreement periods, each once ("2021-2025"). */
  readonly periods: readonly { readonly from: number; readonly to: number }[];
}

function group<K>(talks: readonly Talk[], key: (t: Talk) => K[]): Map<K, Talk[]> {
  const map = new Map<K, Talk[]>();
  for (const t of talks) {
    for (const k of key(t)) {
      const list = map.get(k) ?? [];
      // Talks come in order: one already listed under this key is the last one.
      if (list[list.length - 1] !== t) list.push(t);
      map.set(k, list);
    }
  }
  return map;
}

export function indexTalks(kb: KnowledgeBase): TalkIndex {
  const periods = new Map<string, { from: number; to: number }>();
  for (const t of kb.talks) for (const a of t.agreements) if (a.period) periods.set(`${a.period.from}-${a.period.to}`, a.period);
  return {
    all: kb.talks,
    byYear: group(kb.talks, (t) => [Number(t.date.slice(0, 4))]),
    byMonth: group(kb.talks, (t) => [Number(t.date.slice(5, 7))]),
    byPerson: group(kb.talks, (t) => t.participants.map((p) => p.person)),
    periods: [...periods.values()],
  };
}

type ConstraintKind = 'year' | 'month' | 'format' | 'person' | 'ordinal' | 'given';

export interface Constraint {
  readonly label: ScopeLabel;
  readonly talks: readonly Talk[];
  /** Constraints of one kind widen each other ("2020 and 2022"); different kinds narrow ("2022" and "phone"). */
  readonly kind: ConstraintKind;
  /** For a person constraint: whom it is about. */
  readonly person?: Person;
  /** A format named by a word any talk could be called ("call", "meeting"): when it fits no talk it is dropped unsaid. */
  readonly generic?: boolean;
  /** A format said of every talk ("since both talks were by phone"): the talks' own format, wrong where it is not theirs. */
  readonly ofEvery?: boolean;
  /**
   * A month beside a word naming talks ("the March talks", "hội đàm tháng 3"): it names the talk, not when an act was.
   * A format dated by a year just before it ("the 2022 phone talks"): the talk of that year, by a format it may not have had.
   */
  readonly namesTalk?: boolean;
  /** A format with a year beside it ("the 2020 call"): with another year named too, said of its own year's talk only. */
  readonly besideYear?: boolean;
  /** For a format: the people the question names ("宋涛在电话里宣布…"), who may say whose talk the format is taken for. */
  readonly namedWith?: readonly Person[];
}


function monthOf(words: readonly string[], i: number, translated = false): number | null {
  const w = words[i] ?? '';
  const near = (k: number) => /^\d{1,4}$/.test(words[k] ?? '');
  const index = MONTHS.indexOf(w);
  // "may" and "march" are also verbs: only a month next to a number, after "in" or before a talk ("the March talks").
  // A Vietnamese or Chinese question's month was a number ("tháng 3", "3月"), written as its name by the pivot.
  if (index >= 0) {
    if ((w === 'may' || w === 'march') && !translated && !(near(i - 1) || near(i + 1) || words[i - 1] === 'in' || TALK_NOUNS.has(words[i + 1] ?? ''))) return null;
    return index + 1;
  }
  const abbreviated = MONTH_ABBREVIATIONS[w];
  return abbreviated !== undefined && (near(i - 1) || near(i + 1)) ? abbreviated : null;
}

/** Words a talk's noun phrase may carry before its year: "the meeting in person in Beijing in 2021". */
const TALK_PHRASE = new Set(['in', 'at', 'on', 'of', 'the', 'a', 'person', 'face', 'to', 'direct', 'held']);

/** Whether the year at `i` dates a verb of meeting just before it ("when they met in 2021"): a talk is named by it. */
function datesMeeting(words: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = words[k] ?? '';
    if (MEETING_VERBS.has(w)) return true;
    if (!MEETING_YEAR_FILLERS.has(w)) return false;
  }
  return false;
}

/** Whether the year at `i` ends a noun phrase headed by a talk noun ("at the in-person meeting in Beijing 2021"). */
function closesTalkPhrase(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const t = tokens[k];
    if (!t) return false;
    if (TALK_NOUNS.has(t.text)) return true;
    const name = /^\p{Lu}/u.test(t.cased);
    if (!TALK_PHRASE.has(t.text) && !name) return false;
  }
  return false;
}

export interface ScopeWords {
  readonly constraints: readonly Constraint[];
  readonly periodYears: readonly number[];
  /** Positions of the words that named a date. */
  readonly dateWords: ReadonlySet<number>;
  /**
   * "Ba cuộc hội đàm… diễn ra vào những ngày nào?", "the three talks": more talks counted than the articles report, by a
   * cardinal and with no ordinal anywhere ("the second of the three talks" asks one talk that may not exist).
   */
  readonly overcount: { readonly count: number; readonly of: number } | null;
}

/** How the question names its talks: a format said of no talk in particular, of every talk, words translated from vi/zh. */
export interface ScopeOptions {
  readonly genericFormat?: boolean;
  readonly everyTalk?: boolean;
  readonly translated?: boolean;
  /** A Vietnamese question: its modifiers, ordinals too, follow their noun ("lần sau", the later time). */
  readonly nounFirst?: boolean;
  /** A first time claimed ("was that the first time they talked?"): its "first" names no talk (first-time.ts). */
  readonly firstTime?: boolean;
  /**
   * The question names a talk by its own format and no document: a lone year in it dates that talk, however far
   * from the talk noun ("2021年中越两党视频会谈", "cuộc gọi năm 2021"), not a plan's period.
   */
  readonly formatNamesTalk?: boolean;
  /**
   * A Vietnamese or Chinese question naming no document: a year before a talk noun it modifies dates that talk, however
   * many words stand between ("2021年中越两党对外部门负责人那次会谈"), as Chinese puts every modifier before its noun.
   */
  readonly yearBeforeTalk?: boolean;
  /**
   * The format word is dated by a year just before it ("the 2022 phone talks", "2022年那次电话会谈"): it names the talk
   * of that year, held some way, not other talks of that format its report speaks of.
   */
  readonly datedFormat?: boolean;
  /** A format named with a year just before or after it ("the 2020 call", "cuộc điện đàm 2020"): said of that year's talk. */
  readonly formatBesideYear?: boolean;
  /** The people the question's own words name (not those a conversation carries): whose talks an ordinal counts. */
  readonly ownPeople?: readonly Person[];
  /**
   * The question names a document: two years it joins into a span ("does the scheme cover 2016 to 2020?") are a
   * period claimed of that document, checked against its own, not the years of talks held then.
   */
  readonly documentNamed?: boolean;
}

/** Most words between a year and the talk noun it dates, in a question whose modifiers precede their noun. */
const MODIFIER_REACH = 10;

/** Most words of the parties in "talks between … and …" before a year that dates those talks. */
const BETWEEN_REACH = 8;

/**
 * "The talks between Vietnam and the United States in 2023", "hội đàm giữa Việt Nam và Hoa Kỳ năm 2023": a year
 * right after the parties a talk noun says were between dates that talk, however many words the parties take.
 */
function endsTalkBetween(words: readonly string[], i: number): boolean {
  const end = words[i - 1] === 'in' ? i - 1 : i;
  for (let k = end - 1; k >= Math.max(0, end - BETWEEN_REACH); k--) {
    if (words[k] === 'between') return TALK_NOUNS.has(words[k - 1] ?? '') && words.slice(k + 1, end).includes('and');
  }
  return false;
}

/**
 * "What did they sign in april 22?": "in" before a month and two digits after it dates a month of a year ('22), as
 * chat writes it, not a day: when no talk of that month fell on that day and one fell in that month of that year.
 * ("On April 22", or a day no talk of the year has, stays a day: a slip put right.)
 */
function yearAfterMonth(words: readonly string[], i: number, inMonth: readonly Talk[]): number | null {
  const typed = words[i + 1] ?? '';
  if (words[i - 1] !== 'in' || !/^\d\d$/.test(typed)) return null;
  const year = SHORT_YEAR_CENTURY + Number(typed);
  const day = Number(typed);
  const onDay = inMonth.some((t) => Number(t.date.slice(8)) === day);
  return !onDay && inMonth.some((t) => Number(t.date.slice(0, 4)) === year) ? year : null;
}

/** The talks every person named took part in. */
function sharedTalks(index: TalkIndex, people: readonly Person[]): readonly Talk[] {
  return index.all.filter((t) => people.every((p) => (index.byPerson.get(p) ?? []).includes(t)));
}

/** How far an ordinal may stand from the talk noun it counts: before it ("lần điện đàm thứ hai"), or after with a name between ("第二次给黄平君打电话"). */
const ORDINAL_NOUN_BEFORE = 2;
const ORDINAL_NOUN_AFTER = 4;

/** Whether a talk noun stands near the ordinal at `i`, so that it counts talks. */
function talkNear(words: readonly string[], i: number): boolean {
  return words.slice(Math.max(0, i - ORDINAL_NOUN_BEFORE), i + 1 + ORDINAL_NOUN_AFTER).some((x, k) => k !== Math.min(i, ORDINAL_NOUN_BEFORE) && TALK_NOUNS.has(x));
}

const YEAR = /^(19|20)\d{2}$/;

/** The other end of a span of two years the year at `i` is one end of, side by side ("2016-2020") or joined ("2016 to 2020"). */
function spanEnd(words: readonly string[], i: number): number | null {
  const joined = (link: number, other: number) => YEAR.test(words[other] ?? '') && YEAR_SPAN_LINKS.has(words[link] ?? '');
  const other = YEAR.test(words[i + 1] ?? '') ? i + 1 : YEAR.test(words[i - 1] ?? '') ? i - 1 : joined(i + 1, i + 2) ? i + 2 : joined(i - 1, i - 2) ? i - 2 : null;
  return other === null ? null : Number(words[other]);
}

/** The century a two-digit year of chat is in ("april 22"). */
const SHORT_YEAR_CENTURY = 2000;

export function scopeWords(index: TalkIndex, tokens: readonly Token[], formatTalks: readonly Talk[], people: readonly Person[], { genericFormat = false, everyTalk = false, translated = false, nounFirst = false, formatNamesTalk = false, yearBeforeTalk = false, firstTime = false, datedFormat = false, formatBesideYear = false, ownPeople = [], documentNamed = false }: ScopeOptions = {}): ScopeWords {
  const words = tokens.map((t) => t.text);
  const constraints: Constraint[] = [];
  const periodYears: number[] = [];
  const dateWords = new Set<number>();
  const inPeriod = (year: number) => index.periods.some((p) => year >= p.from && year <= p.to);

  // "From the first round to the second", "in the first call, or only later?": an ordinal without its noun is the
  // other talk of a pair when another ordinal names a talk with one.
  const elliptical: { w: string; talk: Talk }[] = [];
  const cardinals: number[] = [];
  // "The summer of 2020", "late July": a part of a year or month narrows the date as a month does (year-parts.ts).
  const placed = yearParts(words, (k) => (k >= 0 && k < words.length ? monthOf(words, k, translated) : null));
  const partWords = new Set(placed.flatMap((p) => p.at));
  for (const { part, at } of placed) {
    for (const k of at) dateWords.add(k);
    constraints.push({ label: { kind: 'part', part }, talks: talksIn(part, index.all), kind: 'month' });
  }
  words.forEach((w, i) => {
    if (partWords.has(i)) return;
    if (/^(19|20)\d{2}$/.test(w)) {
      const year = Number(w);
      const talks = index.byYear.get(year) ?? [];
      dateWords.add(i);
      // A year of an agreement's period is the period's ("the plan for 2021"), unless a talk is named by it ("the 2021 meeting").
      const ofTalk = [i - 4, i - 3, i - 2, i - 1, i + 1, i + 2].some((k) => TALK_NOUNS.has(words[k] ?? '')) || closesTalkPhrase(tokens, i) || datesMeeting(words, i) || endsTalkBetween(words, i);
      // So is a year after its month ("tháng 4/2021", "April 2021"): a date, which no period is given by.
      const dated = i > 0 && monthOf(words, i - 1, translated) !== null;
      // A year beside another ("from 2021 to 2025") is a period's, whatever talk is named.
      const before = yearBeforeTalk && words.slice(i + 1, i + 1 + MODIFIER_REACH).some((x) => TALK_NOUNS.has(x));
      const lone = (formatNamesTalk || before) && ![i - 3, i - 2, i - 1, i + 1, i + 2, i + 3].some((k) => /^(19|20)\d{2}$/.test(words[k] ?? ''));
      // Two years side by side that are an agreement's period ("the 2021-2025 plan", "2021至2025年合作计划") name that
      // period, even beside a talk noun ("the talks that signed the 2021-2025 plan"): no talk is dated by them.
      const span = index.periods.some((p) => (p.from === year && words[i + 1] === String(p.to)) || (p.to === year && words[i - 1] === String(p.from)));
      if (talks.length === 0 && inPeriod(year) && (span || (!ofTalk && !dated && !lone))) periodYears.push(year);
      // A span of two years beside a document named ("2016 to 2020", "covers 2020 to 2024") is the period claimed of
      // it, outside every period or overlapping one: the year that has a talk would otherwise date it, and the period
      // claimed would go unchecked. Near a talk noun too ("the plan signed via videoconference covers 2020 to 2024"),
      // when one end dates no talk: talks spanned ("the talks from 2020 to 2022") are dated at both ends.
      else if (documentNamed && !dated && ((end) => end !== null && (!ofTalk || [year, end].some((y) => (index.byYear.get(y) ?? []).length === 0)))(spanEnd(words, i))) periodYears.push(year);
      else constraints.push({ label: { kind: 'year', year }, talks, kind: 'year' });
      return;
    }
    const month = monthOf(words, i, translated);
    if (month !== null) {
      const dayIndex = [i - 1, i + 1].find((k) => {
        const d = Number(words[k]);
        return Number.isInteger(d) && d >= 1 && d <= 31;
      });
      const inMonth = index.byMonth.get(month) ?? [];
      const shortYear = yearAfterMonth(words, i, inMonth);
      if (shortYear !== null) {
        dateWords.add(i).add(i + 1);
        constraints.push({ label: { kind: 'month', month, day: null }, talks: inMonth, kind: 'month' });
        constraints.push({ label: { kind: 'year', year: shortYear }, talks: index.byYear.get(shortYear) ?? [], kind: 'year' });
        return;
      }
      const day = dayIndex === undefined ? undefined : Number(words[dayIndex]);
      if (dayIndex !== undefined) dateWords.add(dayIndex);
      dateWords.add(i);
      const talks = day === undefined ? inMonth : inMonth.filter((t) => Number(t.date.slice(8)) === day);
      const namesTalk = TALK_NOUNS.has(words[i + 1] ?? '') || TALK_NOUNS.has(words[i - 1] ?? '');
      constraints.push({ label: { kind: 'month', month, day: day ?? null }, talks, kind: 'month', ...(namesTalk ? { namesTalk } : {}) });
      return;
    }
    // "The third round of talks": beyond the talks the articles report, so none.
    // Vietnamese and Chinese put the ordinal after the noun phrase ("vòng trao đổi thứ ba" → "round discuss third").
    const nth = ORDINAL_NUMBERS[w];
    const talkNoun = TALK_NOUNS.has(words[i + 1] ?? '') || (nth !== undefined && nth > 2 && [words[i - 1], words[i - 2]].some((b) => b === 'round' || b === 'rounds'));
    if (nth !== undefined && nth > index.all.length && talkNoun) {
      constraints.push({ label: { kind: 'ordinal', word: w }, talks: [], kind: 'ordinal' });
      return;
    }
    // "宋涛第二次给黄平君打电话", "their next call": a talk between the people named counted beyond the talks they
    // shared, which the articles never report, though the articles do report that many talks in all. "The second
    // talks" counts the talks of the articles, whoever held them.
    if (nth !== undefined && words[i - 1] !== 'the' && ownPeople.length >= 2 && nth > sharedTalks(index, ownPeople).length && talkNear(words, i)) {
      constraints.push({ label: { kind: 'ordinal', word: w }, talks: [], kind: 'ordinal' });
      return;
    }
    // "All three talks", "三次中越党际会谈" ("third china vietnam 党际 talks"): more talks than the articles report, so
    // none as counted; the words between may name the talks' sides or kind, never grammar ("three documents at the talks").
    const counted = CARDINAL_NUMBERS[w] ?? nth;
    // "three of the talks": the partitive is no grammar between.
    const from = i + 1 + (words[i + 1] === 'of' ? (words[i + 2] === 'the' ? 2 : 1) : 0);
    // A digit counts only the noun right after it: "all 3 talks", but not "三份法律文件，会谈中" ("3 法律文件 talks"),
    // where a glossary left the count of documents as a digit.
    const reach = /^\d+$/.test(w) ? [0] : [0, 1, 2, 3];
    // Looked for only after a count beyond the talks: most words are none.
    const beforeTalks = () => reach.find((k) => TALK_NOUNS.has(words[from + k] ?? '') && words.slice(from, from + k).every((b) => !FUNCTION_WORDS.has(b) && !/\d/.test(b)));
    if (counted !== undefined && counted > index.all.length && beforeTalks() !== undefined) {
      constraints.push({ label: { kind: 'count', count: counted, of: index.all.length }, talks: [], kind: 'ordinal' });
      if (nth === undefined) cardinals.push(counted);
      return;
    }
    // "the first talks", "the second meeting"; "more recently", "most recently" need no noun.
    const ordinal = firstTime && ORDINALS[w] === 'first' ? undefined : (ORDINALS[w] ?? (w === 'recently' ? 'last' : undefined));
    // "the latest one" is a talk, but "最近一场比赛" (most recent one match) points at a match: "one" before a noun that
    // names no talk counts it. After "most recent" such a noun is what is meant, as after "the latest".
    const pointed = words[i + 1] === 'one' ? words[i + 2] : words[i + 1];
    // A noun follows only where the talk words do not stand before ("cuộc hội đàm gần đây nhất là…": talks most recent).
    const ofOther = pointed !== undefined && !TALK_NOUNS.has(words[i - 2] ?? '') && !TALK_NOUNS.has(pointed) && !FUNCTION_WORDS.has(pointed) && !/\d/.test(pointed);
    const comparative = (words[i - 1] === 'more' || words[i - 1] === 'most') && (w === 'recently' || (w === 'recent' && !ofOther));
    // Vietnamese puts the ordinal after its noun ("lần sau", "cuộc hội đàm thứ hai": talk later, talks second).
    // Beside a choice among the talks ("ở lần nào, và đến lần sau…": which talk, and the later one) it is relative to
    // the one chosen, as an ordinal without its noun is.
    const choosing = words.some((x, j) => x === 'which' && TALK_NOUNS.has(words[j + 1] ?? ''));
    const afterNoun = nounFirst && !choosing && TALK_NOUNS.has(words[i - 1] ?? '') && words[i - 1] !== 'one';
    const talkNamed = (TALK_NOUNS.has(words[i + 1] ?? '') && !(words[i + 1] === 'one' && ofOther)) || afterNoun;
    const talk = ordinal === undefined ? undefined : ordinal === 'first' ? index.all[0] : index.all[index.all.length - 1];
    if (talk && (talkNamed || comparative)) constraints.push({ label: { kind: 'ordinal', word: w }, talks: [talk], kind: 'ordinal' });
    else if (talk) elliptical.push({ w, talk });
  });
  const ordinals = constraints.filter((c) => c.kind === 'ordinal' && c.talks.length > 0);
  for (const { w, talk } of elliptical) {
    if (ordinals.some((c) => !c.talks.includes(talk))) constraints.push({ label: { kind: 'ordinal', word: w }, talks: [talk], kind: 'ordinal' });
  }

  // One constraint per format named: they widen each other ("phone or video").
  const byFormat = new Map<string, Talk[]>();
  for (const talk of formatTalks) {
    const list = byFormat.get(talk.format.label);
    if (list) list.push(talk);
    else byFormat.set(talk.format.label, [talk]);
  }
  for (const talks of byFormat.values()) if (talks[0]) constraints.push({ label: { kind: 'format', talk: talks[0] }, talks, kind: 'format', generic: genericFormat, ...(everyTalk ? { ofEvery: true } : {}), ...(datedFormat ? { namesTalk: true } : {}), ...(formatBesideYear ? { besideYear: true } : {}), ...(people.length > 0 ? { namedWith: people } : {}) });
  for (const person of people) {
    const talks = index.byPerson.get(person) ?? [];
    if (talks.length > 0 && talks.length < index.all.length) constraints.push({ label: { kind: 'person', person }, talks, kind: 'person', person });
  }
  const ordinalNamed = words.some((w) => ORDINAL_NUMBERS[w] !== undefined || ORDINALS[w] !== undefined);
  const counts = constraints.filter((c) => c.label.kind === 'count');
  const [count] = cardinals;
  const overcount = count !== undefined && !ordinalNamed && counts.length === cardinals.length && cardinals.every((c) => c === count) ? { count, of: index.all.length } : null;
  return { constraints, periodYears, dateWords, overcount };
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/** Each label once (the same year named twice is one label). */
function uniqueLabels(constraints: readonly Constraint[]): ScopeLabel[] {
  const seen = new Set<string>();
  return constraints.map((c) => c.label).filter((l) => {
    const key = JSON.stringify(l, (k, v: unknown) => (k === 'talk' || k === 'person' ? (v as { id: string }).id : v));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How far a year misremembered lies from the talk's own at most. */
const YEAR_SLIP = 1;

/** Details that may be wrong in a question about a talk that exists; a year or an ordinal names the talk itself. */
const CORRECTABLE: ReadonlySet<ConstraintKind> = new Set(['month', 'format', 'person']);

/**
 * "Who met Song Tao on 19 April 2020?": a day and month exactly one talk's, a year exactly another's, and no other
 * detail (a person at one talk only, a format) to choose between them. Either part may be the slip, so no one talk
 * is meant: the articles report no talk that day, and answering one of the two would be a guess.
 */
function splitDate(constraints: readonly Constraint[]): boolean {
  const [dayTalk] = constraints.find((c) => c.kind === 'month' && c.label.kind === 'month' && c.label.day !== null && c.talks.length === 1)?.talks ?? [];
  const yearTalks = constraints.filter((c) => c.kind === 'year' && c.talks.length === 1).flatMap((c) => c.talks);
  const witnesses = constraints.filter((c) => c.kind !== 'year' && c.kind !== 'month' && c.generic !== true && c.talks.length === 1);
  return dayTalk !== undefined && yearTalks.length > 0 && !yearTalks.includes(dayTalk) && witnesses.length === 0;
}

/**
 * The one talk the question's other details name when some of them fit no talk: the fewest correctable
 * details are dropped, and the talk must be the only one left and the same whichever details go. A wrong year
 * or a talk beyond the last is never corrected: those talks are not in the articles. Unless the year comes with
 * a day and month that are exactly one talk's ("July 29, 2021"): then the year is the slip, like a wrong month.
 */
function correct(index: TalkIndex, constraints: readonly Constraint[]): Correction | null {
  if (anotherDay(index, constraints) || anotherMonth(index, constraints)) return null;
  // The year stands when dropping other details names a talk ("19 April 2020" is the 2020 talk, misdated).
  const fullDate = constraints.some((c) => c.kind === 'month' && c.label.kind === 'month' && c.label.day !== null && c.talks.length === 1);
  if (splitDate(constraints)) return null;
  const withYear = (c: Constraint) => CORRECTABLE.has(c.kind) || c.kind === 'year';
  const fixed = correctDropping(index, constraints, (c) => CORRECTABLE.has(c.kind), fullDate) ?? (fullDate ? correctDropping(index, constraints, withYear, fullDate) : null);
  if (fixed) return fixed;
  // So it may when two other details of different kinds each name that one talk alone ("the April 2021
  // videoconference": April and video are both the 2022 talk's). One slip is likelier than a talk the articles
  // missed that matches both, but the year may be the one meant: marked for the reader. With one detail ("the
  // December 2021 videoconference") the talk asked may be one the articles do not report.
  const named = constraints.filter((c) => c.kind !== 'year' && c.generic !== true && c.talks.length === 1);
  // A date wrong in every part ("5 September 2021": no talk that day, that month or that year) is another event, not a
  // slip: the April of "April 2021" is the 2022 talk's month, nothing of "5/9/2021" is any talk's.
  const dates = constraints.filter((c) => c.kind === 'year' || c.kind === 'month');
  const dateAllWrong = dates.some((c) => c.kind === 'month') && dates.every((c) => c.talks.length === 0);
  // A year of another talk ("Quan's 2022 phone call": 2022 is the videoconference's) is no slip but a third witness.
  const yearOfTalk = dates.some((c) => c.kind === 'year' && c.talks.length > 0);
  const corroborated = !dateAllWrong && !yearOfTalk && named.length >= 2 && new Set(named.map((c) => c.talks[0])).size === 1 && new Set(named.map((c) => c.kind)).size >= 2;
  const slipped = corroborated ? correctDropping(index, constraints, withYear, fullDate) : null;
  return slipped ? { ...slipped, yearSlip: true } : null;
}

// The talks of a list that discuss each topic or signed each document, in the list's order: indexed once per list
// (a knowledge base's lives as long as its engine), so a question's subject is a lookup, not a scan of every talk.
const subjectIndexes = new WeakMap<readonly Talk[], { readonly byTopic: ReadonlyMap<Topic, readonly Talk[]>; readonly byDocument: ReadonlyMap<Agreement, readonly Talk[]> }>();

function listed<K>(map: Map<K, Talk[]>, key: K): Talk[] {
  let list = map.get(key);
  if (list === undefined) {
    list = [];
    map.set(key, list);
  }
  return list;
}

function subjectIndex(talks: readonly Talk[]): { readonly byTopic: ReadonlyMap<Topic, readonly Talk[]>; readonly byDocument: ReadonlyMap<Agreement, readonly Talk[]> } {
  let found = subjectIndexes.get(talks);
  if (found === undefined) {
    const byTopic = new Map<Topic, Talk[]>();
    const byDocument = new Map<Agreement, Talk[]>();
    for (const t of talks) {
      for (const topic of new Set(t.statements.flatMap((st) => st.topics))) listed(byTopic, topic).push(t);
      for (const d of new Set(t.agreements)) listed(byDocument, d).push(t);
    }
    found = { byTopic, byDocument };
    subjectIndexes.set(talks, found);
  }
  return found;
}

/**
 * The one talk at which everything a question asks about is reported, and no other talk: the floods of the 2020
 * call, the documents signed in 2022. Null when nothing is named, or it is reported at more talks or none.
 */
export function subjectTalk(talks: readonly Talk[], topics: readonly { readonly topic: Topic }[], documents: readonly Agreement[]): Talk | null {
  if (topics.length + documents.length === 0) return null;
  // Only talks with the first subject can have them all.
  const [firstTopic] = topics;
  const [firstDocument] = documents;
  const { byTopic, byDocument } = subjectIndex(talks);
  const candidates = (firstTopic ? byTopic.get(firstTopic.topic) : firstDocument ? byDocument.get(firstDocument) : undefined) ?? [];
  // A second talk with them all settles it: none is the one.
  let one: Talk | null = null;
  for (const t of candidates) {
    if (!topics.every((h) => t.statements.some((st) => st.topics.includes(h.topic))) || !documents.every((d) => t.agreements.includes(d))) continue;
    if (one !== null) return null;
    one = t;
  }
  return one;
}

/**
 * A date no talk has, in a question whose format or people name one talk and whose subject is reported there alone
 * ("the 2019 phone talks … floods", "the March 2021 videoconference … the training scheme signed"): two things
 * bear the talk out, so the date is the slip, even a date wrong in every part. With nothing but a date and a format
 * ("what was said in the 2021 videoconference?") the talk may be one the articles do not report: none.
 */
export function correctBySubject(index: TalkIndex, constraints: readonly Constraint[], subject: Talk, speakers?: ReadonlySet<Person>): Correction | null {
  if (anotherDay(index, constraints) || anotherMonth(index, constraints)) return null;
  const dates = constraints.filter((c) => c.kind === 'year' || c.kind === 'month');
  const others = constraints.filter((c) => c.kind !== 'year' && c.kind !== 'month');
  // Two years are a period's ("the 2021-2030 plan") or two talks', no one date slipped.
  const yearsNamed = dates.filter((c) => c.kind === 'year').length;
  // A lone year a slip away from a talk's, no later than the latest ("Trong hội đàm năm 2021, ông Tống Đào … vật tư y tế"):
  // the subject, reported at one talk alone, by the people named if any (`speakers`), with nothing else naming another
  // talk, says which. A later year may be talks the articles never saw; a year far off dates another event (1979).
  const years = index.all.map((t) => Number(t.date.slice(0, 4)));
  const [only] = dates;
  const slip = (year: number) => year <= Math.max(...years) && years.some((y) => Math.abs(y - year) <= YEAR_SLIP);
  const spoke = (c: Constraint) => c.kind !== 'person' || (c.person !== undefined && speakers?.has(c.person) === true);
  const loneYear = speakers !== undefined && dates.length === 1 && only?.label.kind === 'year' && slip(only.label.year) && others.every(spoke);
  if (dates.length === 0 || yearsNamed > 1 || (others.length === 0 && !loneYear) || others.some((c) => c.generic === true || !c.talks.includes(subject))) return null;
  const pinned = others.some((c) => c.kind !== 'ordinal' && c.talks.length === 1);
  if (!pinned && !loneYear) return null;
  const talks = others.length === 0 ? [subject] : (combine(index, others, false).talks ?? []);
  if (pinned ? talks.length !== 1 || talks[0] !== subject : !talks.includes(subject)) return null;
  return { talk: subject, wrong: uniqueLabels(constraints.filter((c) => c.kind !== 'person')), details: ['month'], stand: [], yearSlip: true };
}

/**
 * "两党在3月19日的会谈上签了哪两份文件?", "what did they sign at the 19 March talks?": a day in a month no talk fell in,
 * whose day is the one talk's that alone reported what is asked (what was signed, a subject of its own). The day and
 * the subject both bear that talk out, so the month is the slip, put right. A day alone ("the talks of 15 March") or
 * a day of another talk than the subject's names other talks: refused as such.
 */
export function correctDayBySubject(index: TalkIndex, constraints: readonly Constraint[], subject: Talk): Correction | null {
  if (!anotherDay(index, constraints)) return null;
  const dates = constraints.filter((c) => c.kind === 'year' || c.kind === 'month');
  const others = constraints.filter((c) => c.kind !== 'year' && c.kind !== 'month');
  if (dates.some((c) => c.kind === 'year') || others.some((c) => c.generic !== true && !c.talks.includes(subject))) return null;
  const days = dates.flatMap((c) => (c.label.kind === 'month' && c.label.day !== null ? [c.label.day] : []));
  if (days.length !== 1 || days[0] !== Number(subject.date.slice(8, 10))) return null;
  return { talk: subject, wrong: uniqueLabels(dates), details: ['month'], stand: [] };
}

/**
 * "What did Song Tao and Le Hoai Trung sign during their 2020 phone call?": the people named, together at one talk
 * alone, and the thing asked reported there alone (what was signed), bear that talk out against a date or format
 * that names another: the date and format are the slip, not the people (a person put in another's place would answer
 * of a talk where nothing was signed). Null unless a person named was at no talk the other details name.
 */
export function correctByPeople(index: TalkIndex, constraints: readonly Constraint[], subject: Talk): Correction | null {
  const people = constraints.filter((c) => c.kind === 'person');
  const others = constraints.filter((c) => c.kind !== 'person');
  if (people.length === 0 || others.length === 0 || others.some((c) => c.kind === 'ordinal')) return null;
  const together = combine(index, people, false).talks ?? [];
  if (together.length !== 1 || together[0] !== subject) return null;
  const wrong = others.filter((c) => c.generic !== true && !c.talks.includes(subject));
  if (wrong.length === 0) return null;
  const details = [...new Set(wrong.map((c) => (c.kind === 'format' ? 'format' : 'month')))];
  return { talk: subject, wrong: uniqueLabels(wrong), details, stand: [], yearSlip: true };
}

/**
 * "During the April talks, what did Quan say about vaccine passports?": a month naming one talk and a person
 * who was at another are a slip either way; the subject asked, reported at the talk the other details name and at
 * none of the person's, bears those details out: the person is the slip, put right by who held his side's place
 * there (as a year beside him would have it). Not when that one is named too ("Quan and Trung"): talks between them.
 */
export function correctPersonBySubject(index: TalkIndex, constraints: readonly Constraint[], subject: Talk, formatCounts = true): Correction | null {
  const people = constraints.filter((c) => c.kind === 'person' && c.generic !== true);
  const others = constraints.filter((c) => c.kind !== 'person' && c.generic !== true);
  const absent = people.filter((c) => !c.talks.includes(subject));
  // A date names the talk ("the April talks"); a format alone may be the slip instead ("Quan and Song Tao signed it
  // online": the person stays, the format is put right by the claim checker), unless the subject and the format
  // together outnumber the person ("黄平君和宋涛视频签署的2021-2025年合作计划": the plan and the video are the 2022 talk's).
  // Not a format asked about ("how did Quan sign it online?"): the format is then what the answer says, no witness.
  const dated = others.some((c) => c.kind === 'month' || c.kind === 'year');
  if (absent.length === 0 || absent.some((c) => c.talks.length === 0)) return null;
  if (!dated && !(formatCounts && others.length > 0 && outnumbers(tallyDetails(constraints, subject), subject, absent))) return null;
  const where = combine(index, others, false).talks ?? [];
  if (where.length !== 1 || where[0] !== subject) return null;
  const named = new Set(people.flatMap((c) => (c.person ? [c.person] : [])));
  const stand = absent.flatMap((c) => (c.person ? [{ asked: c.person, instead: subject.participants.find((p) => p.person.party === c.person?.party)?.person ?? null }] : []));
  if (stand.some((s) => s.instead !== null && named.has(s.instead))) return null;
  return { talk: subject, wrong: [], details: ['person'], stand };
}

/**
 * A month no talk was held in, and no year ("the phone call on 15/3", "last November"): nothing of the date is any
 * talk's, so it names another event, as a year without talks does; not a slip of a talk's date.
 */
function anotherMonth(index: TalkIndex, constraints: readonly Constraint[]): boolean {
  const months = constraints.filter((c) => c.kind === 'month');
  const noYear = !constraints.some((c) => c.kind === 'year');
  return noYear && months.length > 0 && months.every((c) => c.label.kind === 'month' && !index.byMonth.has(c.label.month)) && !(months.every((c) => c.namesTalk === true) && personNamesTalk(constraints));
}

/**
 * "The March talks between Trung and Song Tao": a person who was at one talk alone names that talk, so a month naming
 * the talks, that no talk was held in, is the slip, put right as the talk of that person ("what did Trung sign in
 * Beijing last November?" names another event).
 */
function personNamesTalk(constraints: readonly Constraint[]): boolean {
  const people = constraints.filter((c) => c.kind === 'person' && c.generic !== true);
  const talks = new Set(people.flatMap((c) => c.talks));
  return people.some((c) => c.talks.length === 1) && talks.size >= 1 && people.every((c) => c.talks.length > 0) && combinedOne(people);
}

/** Whether the people named were together at exactly one talk. */
function combinedOne(people: readonly Constraint[]): boolean {
  const [first, ...rest] = people;
  if (!first) return false;
  const shared = first.talks.filter((t) => rest.every((c) => c.talks.includes(t)));
  return shared.length === 1;
}

/**
 * "The phone talks on 15 March", "cuộc điện đàm ngày 15/3": a day and a month in which no talk fell, with no year
 * of a talk beside them, name another day's talks, whatever their format: refused as talks the articles do not
 * report, in every language alike. A day in a talk's month ("15 July") or a talk's year ("15 March 2020") is a slip.
 */
function anotherDay(index: TalkIndex, constraints: readonly Constraint[]): boolean {
  const dates = constraints.filter((c) => c.kind === 'year' || c.kind === 'month');
  const dayOfNoMonth = dates.some((c) => c.label.kind === 'month' && c.label.day !== null && (index.byMonth.get(c.label.month) ?? []).length === 0);
  return dayOfNoMonth && dates.every((c) => c.talks.length === 0);
}

function correctDropping(index: TalkIndex, constraints: readonly Constraint[], canDrop: (c: Constraint) => boolean, fullDate: boolean): Correction | null {
  const correctable = constraints.filter(canDrop);
  const hard = constraints.filter((c) => !canDrop(c));
  // A question names a few details; a long paste naming many is no question about one talk.
  if (correctable.length === 0 || constraints.length > 5) return null;
  for (let drop = 1; drop <= correctable.length; drop++) {
    const found = new Map<Talk, Constraint[]>();
    let ambiguous = false;
    for (let mask = 1; mask < 1 << correctable.length; mask++) {
      const dropped = correctable.filter((_, i) => (mask & (1 << i)) !== 0);
      if (dropped.length !== drop) continue;
      const kept = [...hard, ...correctable.filter((c) => !dropped.includes(c))];
      if (kept.length === 0) continue;
      const talks = combine(index, kept, false).talks ?? [];
      if (talks.length === 0) continue;
      const talk = talks[0];
      if (talks.length > 1 || !talk) {
        ambiguous = true;
        continue;
      }
      if (found.size > 0 && !found.has(talk)) ambiguous = true;
      found.set(talk, dropped);
    }
    if (ambiguous) return null;
    const [entry] = found;
    if (!entry) continue;
    const [talk, found_] = entry;
    // A format the talk's own article speaks of ("the phone talks between the General Secretaries" in the 2022
    // report) names something it reports, not a wrong format: dropped, but not corrected. Not beside the talk's
    // very day ("the phone talks of 19 April 2022"): that names the talk, by a format it was not held in. Nor when said
    // of every talk ("since both talks were by phone"): that is how the question takes the talks to have been held.
    // Nor when the question names the talk's own participants as the ones who talked that way ("when Song Tao and
    // Trung spoke by phone in April 2022"): that is how it takes their talk to have been held.
    if (!fullDate && outvoted(index, talk, found_)) return null;
    if (!fullDate && twoSlips(talk, found_)) return null;
    const body = talk.article.body.toLowerCase();
    const people = constraints.filter((c) => c.kind === 'person');
    // "2022年宋涛在电话里宣布…": people named who all took part in the talk, those at every talk too, take the format for
    // theirs, not for the other phone talks the report speaks of.
    const participants = (c: Constraint) => (c.namedWith ?? []).length > 0 && (c.namedWith ?? []).every((p) => talk.participants.some((x) => x.person === p));
    const betweenThem = people.length > 0 && people.every((c) => c.talks.includes(talk));
    const reported = (c: Constraint) => !fullDate && !betweenThem && !participants(c) && c.ofEvery !== true && c.namesTalk !== true && c.kind === 'format' && c.label.kind === 'format' && body.includes(c.label.talk.format.label.toLowerCase());
    const dropped = found_.map((c) => (reported(c) ? { ...c, generic: true } : c));
    const present = new Set(talk.participants.map((p) => p.person));
    const stand = dropped.flatMap((c) =>
      c.person && !present.has(c.person) ? [{ asked: c.person, instead: talk.participants.find((p) => p.person.party === c.person?.party)?.person ?? null }] : [],
    );
    // "The call between Quan and Trung": the one there in place of a person named is named too, so the question is of
    // talks between them, which the articles do not report. Unless a year or an ordinal names the talk itself ("their
    // 2022 videoconference"): then one of them is the slip.
    const named = new Set(constraints.flatMap((c) => (c.person ? [c.person] : [])));
    if (hard.length === 0 && stand.some((s) => s.instead !== null && named.has(s.instead))) return null;
    // A person who was not there is said by `stand`; a generic word ("call") needs no correction.
    // Worded with the details that did fit ("no talks in March, in 2022"), unless only a person was wrong.
    const wrong = dropped.some((c) => c.generic !== true && c.kind !== 'person') ? constraints.filter((c) => c.generic !== true && c.kind !== 'person') : [];
    // A wrong year of a full date is a wrong date, put right as a month or day is.
    const details = [...new Set(dropped.filter((c) => c.generic !== true).map((c) => (c.kind === 'year' ? 'month' : c.kind)))].filter((k): k is 'month' | 'format' | 'person' => CORRECTABLE.has(k));
    return { talk, wrong: uniqueLabels(wrong), details, stand };
  }
  return null;
}

/**
 * "黎怀忠在2020年11月那次电话里跟宋涛谈了什么？", "the December 2020 videoconference": a month the talk was not held in
 * and another detail it does not have (a person who was not there, a format it was not held in),
 * both dropped, leave the talk placed by its year (and what it shares with the question) alone. Two slips of
 * different kinds, neither of them the other talk's, are no likelier than talks the articles do not report: refused,
 * not put right.
 */
function twoSlips(talk: Talk, dropped: readonly Constraint[]): boolean {
  const real = dropped.filter((c) => c.generic !== true);
  const month = real.some((c) => c.kind === 'month');
  const format = real.some((c) => c.kind === 'format');
  const absent = real.some((c) => c.kind === 'person' && c.person !== undefined && !talk.participants.some((p) => p.person === c.person));
  // Not a format and a person: the person names the talk they were at, a document or a place may carry the format.
  return month && (absent || format);
}

/**
 * "黄平君和宋涛2022年通电话", "Trung's 2020 videoconference": the details dropped, two of different kinds, name
 * another talk together (Quan and the phone are the 2020 call's), against a year alone. Two slips are no likelier
 * than a talk the articles do not report, and the year is not put right: no talk is pinned, so none is answered.
 */
function outvoted(index: TalkIndex, talk: Talk, dropped: readonly Constraint[]): boolean {
  const real = dropped.filter((c) => c.generic !== true);
  if (real.length < 2 || new Set(real.map((c) => c.kind)).size < 2) return false;
  const other = combine(index, real, false).talks ?? [];
  return other.length === 1 && other[0] !== talk;
}

export function combine(index: TalkIndex, constraints: readonly Constraint[], corrections = true): TalkScope {
  if (constraints.length === 0) return { talks: null, mismatch: null };
  let talks: readonly Talk[] | null = null;
  const narrow = (allowed: readonly Talk[]) => {
    const set = new Set(allowed);
    talks = (talks ?? [...set]).filter((t) => set.has(t));
  };
  // "the 2020 call and the 2022 talks": each year named has its own talk; a format that fits one of them only is said
  // of that one, and narrows no other.
  const years = constraints.filter((c) => c.kind === 'year' && c.talks.length > 0);
  const saidOfOneYear = (c: Constraint) => c.kind === 'format' && c.besideYear === true && c.ofEvery !== true && years.length > 1 && years.some((y) => !y.talks.some((t) => c.talks.includes(t))) && years.some((y) => y.talks.some((t) => c.talks.includes(t)));
  for (const kind of ['year', 'month', 'format', 'ordinal', 'given', 'person'] as const) {
    const ofKind = constraints.filter((c) => c.kind === kind && !saidOfOneYear(c));
    if (ofKind.length === 0) continue;
    if (kind === 'person') {
      // People narrow one another too: "Quan and Trung" together were at no talk.
      for (const c of ofKind) narrow(c.talks);
    } else {
      narrow(unique(ofKind.flatMap((c) => c.talks)));
    }
  }
  const found = new Set<Talk>(talks ?? []);
  // Oldest first, as the talks are kept: a few found are sorted, many are picked from all in order.
  const sorted = inOrderOf(index.all, found);
  if (sorted.length > 0) return { talks: sorted, mismatch: null };
  const people = constraints.filter((c) => c.kind === 'person');
  const others = constraints.filter((c) => c.kind !== 'person');
  const where = people.length > 0 && others.length > 0 ? combine(index, others).talks : null;
  // "Was Quan at the 2022 talks?": the talks exist, the person was not there.
  if (people.length > 0 && where && where.length > 0) {
    const absent = people.flatMap((c) => (c.person ? [{ person: c.person, talks: c.talks }] : []));
    const mismatch: Mismatch = { kind: 'not-present', absent, where, labels: uniqueLabels(others) };
    return { talks: [], mismatch, correction: corrections ? correct(index, constraints) : null };
  }
  return { talks: [], mismatch: { kind: 'no-talk', labels: uniqueLabels(constraints) }, correction: corrections ? correct(index, constraints) : null };
}

/**
 * The talks in scope when a conversation gives talks for the ones a question leaves open ("who was there?"):
 * the question's own dates, formats and ordinals win over them, and so does a person it names who was not at
 * them ("and what did Trung say?" is about the talks Trung was at).
 */
export function combineGiven(index: TalkIndex, constraints: readonly Constraint[], given: readonly Talk[] | undefined): TalkScope {
  const own = combine(index, constraints);
  const first = given?.[0];
  if (!given || !first || constraints.some((c) => c.kind !== 'person')) return own;
  // Never shown: a mismatch with the given talks falls back to the question's own scope.
  const label: ScopeLabel = { kind: 'month', month: Number(first.date.slice(5, 7)), day: Number(first.date.slice(8, 10)) };
  const scoped = combine(index, [...constraints, { label, talks: given, kind: 'given' }]);
  return scoped.mismatch ? own : { ...scoped, given: true };
}
