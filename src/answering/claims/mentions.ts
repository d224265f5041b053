// The checkable things a text mentions, read the same way from a claim and from an article sentence so the
// two can be compared: amounts, periods, dates, counts, places, formats, polarity and hoped-or-done markers,
// ranks and bodies of roles, and the names of the knowledge base. Everything else is content: the words
// that say what the text is about.
import { carriedFormat } from './carried-format.js';
import type { ClaimFormat, ClaimIndex, Kind, Named, Place, PolaritySense, Status } from './claim-index.js';
import { isYear, type ClaimToken } from './tokens.js';
import { postposedOrdinal } from './postposed-ordinal.js';

export interface Span {
  /** Index of the first token, and the index after the last. */
  readonly at: number;
  readonly end: number;
}

export interface AmountMention extends Span {
  readonly value: number;
  /** A currency code ("CNY"), or null for "worth 1.5 million". */
  readonly unit: string | null;
  readonly approximate: boolean;
  /** Given as a bound ("more than 300,000 USD", "under 1 million"): what the article's amount must pass. */
  readonly bound: 'above' | 'below' | null;
  /** A currency asked alone of the figure in play ("was it in USD?", "là usd hả?"): `value` is NaN, only the unit is claimed. */
  readonly alone?: true;
}

export interface PeriodMention extends Span {
  readonly from: number;
  readonly to: number;
}

/** "until 2030": the last year of a period, said alone. */
export interface PeriodEndMention extends Span {
  readonly to: number;
}

export interface PeriodStartMention extends Span {
  readonly from: number;
}

/** "a ten-year plan": how many years a period lasts. */
export interface PeriodLengthMention extends Span {
  readonly years: number;
}

export interface DateMention extends Span {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

export interface CountMention extends Span {
  readonly value: number;
  readonly ordinal: boolean;
  /** Lemmas of the words after the number, up to three content words ("legal", "document", "land"), and where they are. */
  readonly noun: readonly string[];
  readonly nounAt: readonly number[];
}

export interface PlaceMention extends Span {
  readonly place: Place;
}

export interface FormatMention extends Span {
  readonly format: ClaimFormat;
  readonly negated: boolean;
}

export interface PolarityMention extends Span {
  readonly group: number;
  /** +1 or -1, after negation ("no obstacles" is -1 of "obstacles"). */
  readonly sign: 1 | -1;
  /** Every group the phrase is in, the first its own, each with its sign after negation. */
  readonly senses: readonly PolaritySense[];
}

export interface KindMention extends Span {
  readonly kind: Kind;
}

export interface StatusMention extends Span {
  readonly status: Status;
}

export interface NamedMention extends Span {
  readonly named: Named;
}

export interface Mentions {
  /** The text read, to quote a mention as typed. */
  readonly text: string;
  readonly tokens: readonly ClaimToken[];
  readonly amounts: readonly AmountMention[];
  readonly periods: readonly PeriodMention[];
  /** Of a claim naming a document: the end of its period said alone ("runs until 2030"). */
  readonly periodEnds: readonly PeriodEndMention[];
  /** "kicks in from 2023": of a document, the first year of its period said alone. */
  readonly periodStarts: readonly PeriodStartMention[];
  /** Of a claim naming a document: the length of its period ("a ten-year plan"). */
  readonly periodLengths: readonly PeriodLengthMention[];
  /** A span of years said of no document ("heading the Commission for about a decade"): how long a state lasted. */
  readonly durations: readonly PeriodLengthMention[];
  readonly dates: readonly DateMention[];
  readonly counts: readonly CountMention[];
  readonly places: readonly PlaceMention[];
  /** Every place named, in names too ("Communist Party of China"): what a sentence is compared by. */
  readonly allPlaces: readonly PlaceMention[];
  readonly formats: readonly FormatMention[];
  readonly polarity: readonly PolarityMention[];
  readonly status: readonly StatusMention[];
  /** Kinds of a thing ("floods", "an earthquake"): still content and names too, compared as a detail besides. */
  readonly kinds: readonly KindMention[];
  readonly ranks: readonly Span[];
  readonly bodies: readonly Span[];
  readonly names: readonly NamedMention[];
  /** "The previous plan", "a later visit": about another one than the articles report. */
  readonly other: boolean;
  /**
   * Names the talks only as the time of what it says ("right after the July 2020 call, Vietnam sent…", "between the
   * 2020 and 2022 talks"): what it says happened is another act than the talks (timed-act.ts).
   */
  readonly timed: boolean;
  /** Names the talk's two parties as a pair ("the two sides", "both parties"). */
  readonly pair: boolean;
  /** Words for a party after a word naming a pair ("parties" of "both parties"). */
  readonly paired: ReadonlySet<number>;
  /** Content words (token indexes): what the text is about, beyond the mentions above and grammar. */
  readonly content: readonly number[];
  /** Of the content words, those a negator before them denies ("without coordinating", "never thanked"). */
  readonly negated: ReadonlySet<number>;
  /** Of the content words, those typed as a name ("the EU", "Wang"): capitalised, not opening the text. */
  readonly proper: ReadonlySet<number>;
  /** Names (of organisations, topics, documents) a negator denies ("without the international community"). */
  readonly negatedNames: readonly NamedMention[];
}

/** A negator this many words before a word negates it, unless punctuation comes between. */
const NEGATION_REACH = 3;
/** Words between a verb and a document's period it says the document covers, at most ("applies for the period 2021-2025"). */
const PERIOD_REACH = 3;
/** Words between a number and the noun it counts, at most ("three legal documents"). */
const NOUN_REACH = 3;

/** Words between the two words of a phrase for done ("agreed [at the April 2022 talks] to"), at most. */
const SPLIT_REACH = 6;

/** Words between a wish and what it wishes done ("wanted [the disputes] settled"). */
const WISHED_SPAN = 3;

/** Words, adverbs or a year, between a country and a verb of undergoing ("Vietnam in 2020 badly suffered…"). */
const UNDERGOING_REACH = 3;

/** Words between a link in time and the talk it places a claim after or before ("after the April 2022 party talks"). */
const TIME_LINK_REACH = 5;
/** Words at most between a date and a distance from something that says when that date was ("2019, a few years before"). */
const GLOSS_REACH = 3;

/** Prepositions that open a date ("in summer 2020", "on July 29"), and words at most between one and its date. */
const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'during', 'around']);
const DATE_LEAD = 2;

/** Articles that bring in a thing not named before ("made an official visit"): an event the claim reports as new. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);

/** Words a closing tag may have before its closing word ("sounds", "is that"), at most. */
const TAG_REACH = 3;

/**
 * Where a closing tag starts ("…, sounds right?"): a clause after a pause that ends in a word closing a statement into
 * a question, with few words before that word; the text's length where there is none.
 */
function closingTag(index: ClaimIndex, text: string, tokens: readonly ClaimToken[]): number {
  const closer = index.tagClosers.all(tokens).find((h) => h.at + h.length === tokens.length);
  if (!closer) return tokens.length;
  for (let k = closer.at; k > 0 && k >= closer.at - TAG_REACH; k--) {
    const before = tokens[k - 1];
    const gap = before ? text.slice(before.at + before.word.length, tokens[k]?.at ?? 0) : '';
    if (/[,;:!?\-–—"“”]/u.test(gap)) return k;
  }
  return tokens.length;
}

/** The least figure said without a scale that a currency named apart makes an amount (not a count or a year's day). */
const LOOSE_AMOUNT = 1000;

/** Words a heading opening a claim may have before its colon, at most ("Key takeaways from the 2022 talks:"). */
const HEADING_REACH = 6;

/**
 * The words naming a kind of text ("TL;DR", "summary", "recap") in a heading that opens the text, up to a colon with
 * the claim after it: what the message is, not what it says happened. So is a heading of verbs and grammar alone,
 * naming nothing ("BREAKING:", "Forwarded:"), and the verbs beside a kind of text ("Summary pasted from a
 * briefing:"): how the message came, which no sentence of the articles says.
 */
function headingLabel(index: ClaimIndex, text: string, tokens: readonly ClaimToken[], taken: ReadonlySet<number>): ReadonlySet<number> {
  const colon = text.search(/[:：]/u);
  if (colon < 0) return new Set();
  const before = tokens.filter((t) => t.at < colon).length;
  if (before === 0 || before > HEADING_REACH || before >= tokens.length) return new Set();
  const out = new Set<number>();
  for (const h of index.reports.all(tokens)) if (h.at + h.length <= before) for (let i = h.at; i < h.at + h.length; i++) out.add(i);
  const heading = Array.from({ length: before }, (_, i) => i);
  const word = (i: number) => tokens[i]?.word ?? '';
  const verb = (i: number) => !taken.has(i) && tokens[i]?.value === undefined && index.general(word(i)) && !index.talkWords.has(word(i));
  const bare = heading.every((i) => out.has(i) || index.functionWords.has(word(i)) || verb(i));
  if (bare && heading.some((i) => out.has(i) || verb(i))) for (const i of heading) if (verb(i)) out.add(i);
  return out;
}

/** `documents`: the text names a document (a claim about the plan, the scheme), whose period an end or a length alone may give. */
/**
 * `glossed`: the claim is a Vietnamese or Chinese question read word by word in English, its terms spelt out in their
 * English names ("和平" → "international and regional issues"): a wish governs every act said after it in the claim.
 */
export function readMentions(index: ClaimIndex, text: string, tokens: readonly ClaimToken[], documents = false, glossed = false): Mentions {
  const taken = new Set<number>();
  const take = (s: Span) => {
    for (let i = s.at; i < s.end; i++) taken.add(i);
  };
  const free = (i: number) => i >= 0 && i < tokens.length && !taken.has(i);
  const word = (i: number) => tokens[i]?.word ?? '';
  const between = (i: number, j: number) => text.slice((tokens[i]?.at ?? 0) + (tokens[i]?.word.length ?? 0), tokens[j]?.at ?? 0);

  // Names of people and organisations first: a place inside one is part of the name.
  const names: NamedMention[] = [];
  const nameTokens = new Set<number>();
  for (const hit of index.actors.all(tokens)) {
    const m = { at: hit.at, end: hit.at + hit.length, named: hit.value };
    names.push(m);
    for (let i = m.at; i < m.end; i++) nameTokens.add(i);
  }
  const ignored = new Set<number>();
  for (const hit of index.ignore.all(tokens)) {
    take({ at: hit.at, end: hit.at + hit.length });
    for (let i = hit.at; i < hit.at + hit.length; i++) ignored.add(i);
  }

  const negated = (at: number) => {
    for (let i = at - 1; i >= Math.max(0, at - NEGATION_REACH - 2); i--) {
      if (/[,.;:!?()]/.test(between(i, i + 1))) return false;
      // A negator inside filler ("made no secret", "didn't hide") denies nothing.
      const hit = ignored.has(i) ? null : index.negators.at(tokens, i);
      if (hit && hit.at + hit.length <= at && at - (hit.at + hit.length) < NEGATION_REACH) return true;
    }
    return false;
  };

  // Amounts: "1.5 million CNY", "$235k", "about 350,000 USD", "15 million yuan".
  const amounts: AmountMention[] = [];
  // "Was the 1.5 million donation in USD?": a currency named apart from any number, the only one the claim names, is
  // the currency of a figure said without one (a scaled or large number), as if typed beside it.
  const loose = index.currencies.all(tokens).filter((h) => tokens[h.at - 1]?.value === undefined && index.scales.at(tokens, h.at - 1) === null && tokens[h.at + h.length]?.value === undefined);
  const apart = new Set(loose.map((h) => h.value)).size === 1 ? loose[0] : undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "a billion dollars", "one million yuan": the scale is the number.
    const counted = t?.value ?? (['a', 'one'].includes(word(i)) && index.scales.at(tokens, i + 1) ? 1 : undefined);
    if (!t || counted === undefined || t.suffix || taken.has(i)) continue;
    let end = i + 1;
    let value = counted;
    const scale = index.scales.at(tokens, end);
    if (scale) {
      value *= scale.value;
      end += scale.length;
    }
    let unit: string | null = null;
    const after = index.currencies.at(tokens, end);
    let start = i;
    if (after) {
      unit = after.value;
      end += after.length;
    } else if (word(i - 1) === '$') {
      unit = 'USD';
      start = i - 1;
    } else {
      // A currency that is the amount before's ("235.000 nhân dân tệ năm 2022") is not this number's.
      const before = [1, 2].map((k) => index.currencies.at(tokens, i - k)).find((h) => h && h.at + h.length === i && free(h.at));
      if (before) {
        unit = before.value;
        start = before.at;
      }
    }
    // Without a currency, only a value ("worth 1.5 million") is an amount; "500,000 face masks" counts masks.
    const valued = [1, 2, 3].some((k) => {
      const h = index.worth.at(tokens, start - k);
      return h !== null && h.at + h.length >= start - 1;
    });
    if (unit === null && apart && free(apart.at) && (scale !== null || (value >= LOOSE_AMOUNT && !isYear(t)))) {
      unit = apart.value;
      take({ at: apart.at, end: apart.at + apart.length });
    }
    if (unit === null && !valued) continue;
    const approx = [1, 2].some((k) => {
      const h = index.approximately.at(tokens, start - k);
      return h !== null && h.at + h.length === start;
    });
    // "More than", "under" just before it: a bound, unless given loosely ("just over" is about).
    const bounding = approx ? null : [1, 2, 3].map((k) => index.bounds.at(tokens, start - k)).find((h) => h !== null && h.at + h.length === start);
    const m = { at: start, end, value, unit, approximate: approx, bound: bounding?.value ?? null };
    amounts.push(m);
    take(m);
    i = end - 1;
  }

  // Periods: "2021-2025", "2021 to 2025", "from 2021 all the way to 2030", "between 2021 and 2025".
  const periods: PeriodMention[] = [];
  // "a plan running from 2021 through 2025": the words that open it are the period's own, no claim of their own.
  const opened = index.periodStarts.all(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    if (!a || !isYear(a) || taken.has(i)) continue;
    let j = -1;
    const b = tokens[i + 1];
    if (b && isYear(b) && /^\s*[-–—]\s*$/.test(between(i, i + 1))) j = i + 1;
    else {
      const link = index.periodLinks.at(tokens, i + 1);
      const y = link ? tokens[i + 1 + link.length] : undefined;
      if (link && y && isYear(y) && (word(i + 1) !== 'and' || word(i - 1) === 'between')) j = i + 1 + link.length;
    }
    const to = tokens[j]?.value ?? 0;
    const from = a.value ?? 0;
    if (j < 0 || to <= from || to - from > 30) continue;
    const opener = opened.find((h) => h.at + h.length === i && [...Array(h.length).keys()].every((k) => free(h.at + k)));
    const m = { at: opener ? opener.at : word(i - 1) === 'from' || word(i - 1) === 'between' ? i - 1 : i, end: j + 1, from, to };
    periods.push(m);
    take(m);
    i = j;
  }

  // A year after a word that bounds a document's period is that bound, not a date (taken so no date reads it).
  const boundYears = <M extends Span>(phrases: ClaimIndex['periodEnds'], make: (at: number, end: number, year: number) => M): M[] => {
    const out: M[] = [];
    for (const hit of documents ? phrases.all(tokens) : []) {
      const y = hit.at + hit.length;
      const t = tokens[y];
      if (!t || !isYear(t) || !free(y) || !free(hit.at)) continue;
      const m = make(hit.at, y + 1, t.value ?? 0);
      out.push(m);
      take(m);
    }
    return out;
  };
  // "The scheme runs until 2030": its period's end.
  const periodEnds: PeriodEndMention[] = boundYears(index.periodEnds, (at, end, to) => ({ at, end, to }));
  // "The scheme only kicks in from 2023": its period's start.
  const periodStarts: PeriodStartMention[] = boundYears(index.periodStarts, (at, end, from) => ({ at, end, from }));
  // "The scheme is for 2021 only": a year alone as a document's whole period, from and to it.
  periods.push(...boundYears(index.periodWhole, (at, end, year) => ({ at, end, from: year, to: year })));

  // Dates: "29 July 2020", "July 19, 2020", "august 2020", "april 29", "19/4/2022", "2020", "on the 29th".
  const dates: DateMention[] = [];
  const dayAt = (i: number) => {
    const t = tokens[i];
    return free(i) && t?.value !== undefined && !t.formatted && !t.suffix && Number.isInteger(t.value) && t.value >= 1 && t.value <= 31 ? t.value : null;
  };
  const yearAt = (i: number) => (free(i) && tokens[i] && isYear(tokens[i]) ? (tokens[i]?.value ?? null) : null);
  for (let i = 0; i < tokens.length; i++) {
    if (!free(i)) continue;
    const w = word(i);
    const month = index.months.get(w);
    if (month !== undefined) {
      const near = (k: number) => tokens[k]?.value !== undefined;
      // "may" and "march" are verbs too; abbreviations only beside a number.
      const ambiguous = w === 'may' || w === 'march' || w.length <= 4;
      if (ambiguous && !(near(i - 1) || near(i + 1) || (w !== 'may' && ['in', 'of', 'since', 'by', 'until'].includes(word(i - 1))))) continue;
      let at = i;
      let end = i + 1;
      let day = dayAt(i + 1);
      if (day !== null && yearAt(i + 1) === null) end = i + 2;
      else {
        day = dayAt(i - 1);
        if (day === null && word(i - 1) === 'of') day = dayAt(i - 2);
        if (day !== null) at = word(i - 1) === 'of' ? i - 2 : i - 1;
        else day = null;
      }
      const year = yearAt(end) ?? (word(end) === 'of' ? yearAt(end + 1) : null);
      if (year !== null) end = yearAt(end) !== null ? end + 1 : end + 2;
      const m = { at, end, year, month, day };
      dates.push(m);
      take(m);
      i = end - 1;
      continue;
    }
    // "19/4/2022": day, month and year with slashes.
    const d = dayAt(i);
    const mo = dayAt(i + 1);
    if (d !== null && mo !== null && mo <= 12 && /^\/$/.test(between(i, i + 1).trim()) && yearAt(i + 2) !== null && /^\/$/.test(between(i + 1, i + 2).trim())) {
      const m = { at: i, end: i + 3, year: yearAt(i + 2), month: mo, day: d };
      dates.push(m);
      take(m);
      i += 2;
      continue;
    }
    const y = yearAt(i);
    if (y !== null) {
      const m = { at: i, end: i + 1, year: y, month: null, day: null };
      dates.push(m);
      take(m);
      continue;
    }
    // "on the 29th": a day alone.
    const t = tokens[i];
    if (t?.ordinal && dayAt(i) !== null && word(i - 1) === 'the' && word(i - 2) === 'on') {
      const m = { at: i - 2, end: i + 1, year: null, month: null, day: t.value ?? null };
      dates.push(m);
      take(m);
    }
  }

  // "back in summer 2020": "back" before the preposition opening a date only says it was a while ago.
  for (const d of dates) {
    for (let k = d.at - 2; k >= Math.max(0, d.at - 1 - DATE_LEAD); k--) {
      if (word(k) === 'back' && DATE_PREPOSITIONS.has(word(k + 1)) && free(k)) taken.add(k);
    }
  }
  // Whether a date ends just before a position, with only grammar, numbers or a word of approximation between.
  const glossesDateAt = (i: number) =>
    dates.some((d) => d.end <= i && i - d.end <= GLOSS_REACH && [...Array(i - d.end).keys()].every((k) => index.functionWords.has(word(d.end + k)) || index.numbers.at(tokens, d.end + k) !== null || index.approximately.at(tokens, d.end + k) !== null));
  // Counts and ordinals: "three documents", "60 years", "12th National Congress", "second centenary goal".
  const counts: CountMention[] = [];
  const periodLengths: PeriodLengthMention[] = [];
  let pair = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!free(i) || nameTokens.has(i)) continue;
    const t = tokens[i];
    let value: number | null = null;
    let ordinal = false;
    let length = 1;
    if (t?.value !== undefined) {
      if (t.suffix || isYear(t)) continue;
      value = t.value;
      ordinal = t.ordinal === true;
    } else {
      const o = index.ordinals.at(tokens, i);
      const n = o ? null : index.numbers.at(tokens, i);
      const hit = o ?? n;
      if (!hit) continue;
      value = hit.value;
      ordinal = o !== null;
      length = hit.length;
    }
    const next = i + length;
    // "spoke on July 19, about ten days before the end of the month": a distance in time right after a date says when
    // that date was; it counts no days, and its words to the pause claim nothing of their own.
    if (!ordinal && index.distance.units.has(word(next)) && index.distance.links.has(word(next + 1)) && glossesDateAt(i)) {
      let end = next + 2;
      while (end < tokens.length && !/[,.;:!?()]/.test(between(end - 1, end))) end++;
      take({ at: i, end });
      continue;
    }
    // "The two sides", "both countries": the talk's own parties, named like its sides (not content, no count).
    // An ordinal never names them ("the 12th Party Congress" counts congresses), nor another number than two
    // ("more than 70 countries").
    // A word may qualify them between ("the two communist parties", "the two neighbouring countries").
    const qualified = (k: number) => tokens[k]?.value === undefined && !index.functionWords.has(word(k)) && !index.talkWords.has(word(k)) ? index.notCounted.at(tokens, k + 1) : null;
    const direct = ordinal || value !== 2 ? null : index.notCounted.at(tokens, next);
    const party = direct ?? (ordinal || value !== 2 ? null : qualified(next));
    if (party) {
      take({ at: i, end: party.at + party.length });
      pair = true;
      continue;
    }
    // "Between the two couldn't happen": "the two" with grammar next, no noun, is the pair.
    const bare = !ordinal && value === 2 && word(i - 1) === 'the' && (next >= tokens.length || (index.functionWords.has(word(next)) && !index.totals.at(tokens, next) && word(next) !== 'of'));
    if (bare) {
      take({ at: i, end: next });
      pair = true;
      continue;
    }
    // "The three officials on the call": people counted, a head count of a talk (details.ts), though the word may name talks.
    const attendees = ordinal ? null : index.attendees.at(tokens, next);
    if (attendees) {
      const m = { at: i, end: next, value, ordinal, noun: [index.lemma(word(next + attendees.length - 1))], nounAt: [next + attendees.length - 1] };
      counts.push(m);
      take(m);
      continue;
    }
    // A talk's word after a count ("two calls", "both parties") is the talks; after an ordinal only a word naming
    // talks is ("the second meeting": "the 12th Party Congress" is no party).
    if ((ordinal ? index.talkNouns : index.talkWords).has(word(next)) || index.months.has(word(next))) {
      // "mục tiêu 100 năm lần thứ hai": in a glossed question, an ordinal after a thing is the thing's (postposed-ordinal.ts).
      const thing = ordinal && glossed && index.talkNouns.has(word(next)) ? postposedOrdinal(index, tokens, i, next, value, free, nameTokens) : null;
      if (thing) {
        counts.push(thing);
        take(thing);
      }
      continue;
    }
    const noun: string[] = [];
    const nounAt: number[] = [];
    // "Were the legal documents 2 in total?" ("法律文件一共是两份吗"): the whole counted, named just before the count.
    const total = index.totals.at(tokens, next) ?? (word(next) === 'in' ? null : index.totals.at(tokens, next + 1));
    if (total && !ordinal) {
      for (let k = i - 1; k >= 0 && noun.length < NOUN_REACH; k--) {
        const w = word(k);
        if (tokens[k]?.value !== undefined) break;
        if (index.functionWords.has(w) && !index.alike.has(w)) { if (noun.length > 0) break; continue; }
        noun.unshift(index.lemma(w));
        nounAt.unshift(k);
      }
    }
    for (let k = next; !total && k < tokens.length && noun.length < NOUN_REACH && k < next + NOUN_REACH + 2; k++) {
      // What is counted ends at a pause ("by a third last year, says the agency": no agency counted).
      if (k > next && /[,.;:!?()]/.test(between(k - 1, k))) break;
      const w = word(k);
      if (tokens[k]?.value !== undefined) break;
      if (!index.functionWords.has(w) || index.alike.has(w)) {
        noun.push(index.lemma(w));
        nounAt.push(k);
      }
    }
    // "one" alone is a pronoun more often than a count: only before a thing counted, or a span of a document ("a one-year scheme").
    if (value === 1 && !ordinal && !index.signedThings.at(tokens, next) && !index.alike.has(word(next)) && !(documents && index.periodUnits.has(word(next)))) continue;
    if (noun.length === 0) continue;
    // "Seven decades": spans of years counted are that many years ("70 years", a "70th anniversary").
    const spanOf = (w: string) => index.periodSpans.at([{ word: w, at: 0 }], 0);
    // Counted, the span's word is plural ("decades"), a form the lemmas may not know.
    const span = ordinal || noun[0] === undefined ? null : (spanOf(noun[0]) ?? (noun[0].endsWith('s') ? spanOf(noun[0].slice(0, -1)) : null));
    const year = [...index.periodUnits][0];
    if (span && span.length === 1 && year !== undefined) {
      value *= span.value;
      noun[0] = year;
    }
    // "A ten-year cooperation plan": years counted before a document are how long its period lasts.
    if (documents && !ordinal && index.periodUnits.has(word(next))) {
      const m = { at: i, end: next + 1, years: value };
      periodLengths.push(m);
      take(m);
      continue;
    }
    const m = { at: i, end: next, value, ordinal, noun, nounAt };
    counts.push(m);
    take(m);
  }
  // "Runs for a whole decade": a word for a span of years, of a document, is its period's length as a count of years is.
  const durations: PeriodLengthMention[] = [];
  for (const hit of index.periodSpans.all(tokens)) {
    if (!free(hit.at)) continue;
    const m = { at: hit.at, end: hit.at + hit.length, years: hit.value };
    (documents ? periodLengths : durations).push(m);
    take(m);
  }

  // "both parties", "both sides": the pair, as "the two sides" is; "both" alone ("both have applied…") names it too.
  // Its word for a party stays content, covered by a sentence that names the pair.
  const paired = new Set<number>();
  // "They affirmed…" opening a sentence of the report: the two sides, as "the two sides affirmed…".
  if (index.pairOpeners.has(word(0))) pair = true;
  for (let i = 0; i < tokens.length; i++) {
    if (!free(i) || !index.pairWords.has(word(i))) continue;
    pair = true;
    const party = index.notCounted.at(tokens, i + 1);
    if (party) for (let k = i + 1; k < i + 1 + party.length; k++) paired.add(k);
  }

  // Places: kinds of area and other countries wherever they stand; the talks' own sides only where a place
  // is said ("floods in Vietnam"), since elsewhere they are the actors ("Vietnam pressed China").
  // "in northern Vietnam", "in the north of China": a locative, then words of a region of the place.
  const inRegion = (at: number) => {
    for (let i = at - 2; i >= Math.max(0, at - 4); i--) {
      if (!index.locatives.has(word(i))) continue;
      for (let k = i + 1; k < at; ) {
        const hit = index.regions.at(tokens, k);
        if (!hit) break;
        k += hit.length;
        if (k === at) return true;
      }
    }
    return false;
  };
  // "Vietnam suffered floods", "越南遭遇洪灾": a country undergoing an event (an adverb or two between) is where it was.
  const undergoes = (at: number) => {
    for (let k = at; k <= at + UNDERGOING_REACH; k++) {
      if (index.undergoing.at(tokens, k)) return true;
      // An adverb, a year, or a word left untranslated ("Việt Nam hứng chịu": "hứng suffered").
      if (!/ly$/u.test(word(k)) && !index.functionWords.has(word(k)) && !/^\d+$/u.test(word(k)) && !/[^\p{ASCII}]/u.test(word(k))) return false;
    }
    return false;
  };
  const places: PlaceMention[] = [];
  const allPlaces: PlaceMention[] = [];
  const allSidesAt = index.places.all(tokens).filter((h) => h.value.side);
  for (const hit of index.places.all(tokens)) {
    const m = { at: hit.at, end: hit.at + hit.length, place: hit.value };
    allPlaces.push(m);
    if (nameTokens.has(hit.at) || taken.has(hit.at)) continue;
    // "called on China": a preposition ending a phrase of status ("call on", "agreed on") is the verb's, no place word.
    const ofVerb = [2, 3].some((n) => index.status.at(tokens, hit.at - n)?.length === n);
    // "ảnh hưởng đến Việt Nam" (affected to Vietnam): a verb of striking with "to" after it, as the glossary words it.
    const struckTo = word(hit.at - 1) === 'to' && index.striking.has(word(hit.at - 2));
    // "越南洪灾", "Việt Nam [bị] lũ lụt": in a glossed question a side just before an event it undergoes is where it was.
    // But "越方就洪灾向中方表示慰问" (Vietnam, on the floods, to China expressed sympathy; the glossary drops "就"): with
    // the other side after "to", the side before the event is the one acting about it.
    const towardsOther = allSidesAt.some((o) => o.at > hit.at && word(o.at - 1) === 'to' && o.value.id !== hit.value.id);
    const undergone = glossed && !towardsOther && index.undergoneKinds.has(index.kinds.at([{ word: index.lemma(word(hit.at + hit.length)), at: 0 }], 0)?.value.member ?? '');
    // "passed on Vietnam's condolences": a side's possessive after a verb's particle owns what follows, no place ("in
    // Vietnam's central provinces" is one by its noun of places).
    const possessive = /^['’]s(?![\p{L}\p{M}])/u.test(text.slice((tokens[hit.at + hit.length - 1]?.at ?? 0) + word(hit.at + hit.length - 1).length));
    const localAfter = [0, 1, 2].some((k) => index.localNouns.at(tokens, hit.at + hit.length + k) !== null);
    const owner = possessive && !localAfter && word(hit.at - 1) === 'on' && /ed$/u.test(word(hit.at - 2));
    // "many provinces of Vietnam", "localities of China": a noun of places, then "of" the country, is where.
    const ofLocal = word(hit.at - 1) === 'of' && [2, 3].some((n) => index.localNouns.at(tokens, hit.at - n)?.length === n - 1);
    const locative =
      (index.locatives.has(word(hit.at - 1)) && !ofVerb && !owner) ||
      ofLocal ||
      struckTo ||
      undergone || inRegion(hit.at) || index.localNouns.at(tokens, hit.at + hit.length) !== null || undergoes(hit.at + hit.length);
    // "in Vietnam-China relations": a side's country beside the other's names the pair, not where.
    const pair = hit.value.side && [hit.at - 1, hit.at + hit.length].some((k) => index.places.at(tokens, k)?.value.side === true);
    // "on the Chinese side", "in the Vietnamese party": the side named with a word for a party, an actor still.
    const actor = index.notCounted.at(tokens, hit.at + hit.length) !== null;
    // Not a place said: the side as an actor, which every talk has.
    if (hit.value.side && (!locative || pair || actor)) {
      take(m);
      continue;
    }
    places.push(m);
    take(m);
  }

  const formats: FormatMention[] = [];
  // A format in the alternative put aside after another ("online rather than face to face", "by phone instead of by
  // video"): a talk has one format, so the one said first is claimed and this one denied.
  const putAside = (at: number) => {
    if (!formats.some((f) => !f.negated)) return false;
    for (let i = at - 1; i >= Math.max(0, at - NEGATION_REACH - 2); i--) {
      if (/[.;:!?()]/.test(between(i, i + 1))) return false;
      const hit = index.alternatives.at(tokens, i);
      if (hit && hit.at + hit.length <= at) return true;
    }
    return false;
  };
  for (const hit of index.formats.all(tokens)) {
    if (taken.has(hit.at)) continue;
    // "were flown to": something carried there, no format of the talk; how it went is a word of the claim's own.
    if (hit.value.kind === 'other' && carriedFormat(index, tokens, hit.at)) continue;
    const m = { at: hit.at, end: hit.at + hit.length, format: hit.value, negated: negated(hit.at) || putAside(hit.at) };
    formats.push(m);
    take(m);
  }

  const polarity: PolarityMention[] = [];
  const lemmas = tokens.map((t) => (t.value === undefined ? { ...t, word: index.lemma(t.word) } : t));
  for (const hit of index.polarity.all(lemmas)) {
    if (taken.has(hit.at) || (hit.value.form !== undefined && tokens[hit.at]?.word !== hit.value.form)) continue;
    const flip = negated(hit.at) ? -1 : 1;
    const senses = hit.value.senses.map((x) => ({ group: x.group, sign: (flip * x.sign) as 1 | -1 }));
    const m = { at: hit.at, end: hit.at + hit.length, group: hit.value.group, sign: (flip * hit.value.sign) as 1 | -1, senses };
    // "not held in person": the negation is about the format, not about holding the talks.
    if (negated(hit.at) && formats.some((f) => f.at >= m.end && f.at <= m.end + 1)) continue;
    // "applies for the 2021-2025 period": a verb right before a document's period says what it covers, no stance.
    if (documents && periods.some((p) => p.at >= m.end && p.at <= m.end + PERIOD_REACH && tokens.slice(m.end, p.at).every((t) => index.functionWords.has(t.word) || index.periodWhole.at(tokens, tokens.indexOf(t)) !== null || index.periodUnits.has(t.word) || t.word === 'period'))) continue;
    polarity.push(m);
    take(m);
  }

  // A word after a colon, a dash or an opening quote: where a clause with no subject starts ("his line was: settle…").
  // Not the text's first word, unless a quote opens the text ("\"Settle disputes…,\" Quan urges"): a Vietnamese or
  // Chinese claim is read in words whose order says less.
  const opensClause = (i: number) => {
    const prev = tokens[i - 1];
    const here = tokens[i];
    if (i === 0 && here !== undefined) return /^\s*["\u201c]\s*$/u.test(text.slice(0, here.at));
    return prev !== undefined && here !== undefined && /[:;\u2013\u2014"\u201c]/u.test(text.slice(prev.at + prev.word.length, here.at));
  };
  // Done or not: "signed", "put off"; but "asked that disputes be settled", "to sign" only wish it done.
  const status: StatusMention[] = [];
  // "Raised settling disputes peacefully", "提出…解决争端": a verb that puts forward the act said after it proposes it.
  const proposing = index.proposing.all(tokens).map((h) => ({ at: h.at, end: h.at + h.length, status: 'hoped' as const }));
  const wishedBefore = (at: number, wishes: readonly StatusMention[]) => wishes.find((s) => s.status === 'hoped' && s.end <= at && (glossed || at - s.end <= WISHED_SPAN));
  for (const hit of index.status.all(tokens)) {
    let value = hit.value === 'done' && negated(hit.at) ? ('notDone' as const) : hit.value;
    if (value === 'done' && ['be', 'to', 'would', 'will', 'should', 'could', 'can', 'must'].includes(word(hit.at - 1))) value = 'hoped';
    // "Quan's line was: settle disputes…": a verb of doing in its plain form opening a clause, no one before it, is
    // said as a call to do it (an imperative), not as done.
    if (value === 'done' && index.lemma(word(hit.at)) === word(hit.at) && opensClause(hit.at)) value = 'hoped';
    // "wanted disputes settled", "called for the congestion cleared": a wish just before governs what it wishes done.
    if (value === 'done' && wishedBefore(hit.at, status)) value = 'hoped';
    const proposer = value === 'done' ? wishedBefore(hit.at, proposing) : undefined;
    if (proposer) {
      value = 'hoped';
      if (!status.includes(proposer)) status.push(proposer);
    }
    const m = { at: hit.at, end: hit.at + hit.length, status: value };
    status.push(m);
    if (m.status !== 'hoped') take(m);
  }
  // "agreed at the April 2022 talks to recognise…": a phrase for done that ends in grammar ("agreed to"), with words
  // saying when, where or with whom between its two (a date, the talks, a name, a place; grammar), is that phrase.
  const aside = (k: number) => taken.has(k) || nameTokens.has(k) || index.functionWords.has(word(k)) || index.talkWords.has(word(k));
  const anchor = (k: number) => (taken.has(k) && !ignored.has(k)) || nameTokens.has(k) || index.talkNouns.has(word(k));
  // Such a verb with only those words after it to the clause's end ("…, agreed at the April talks") says it done too;
  // said in its past form only ("did they agree on anything at the talks?" asks).
  const past = (w: string) => index.lemma(w) !== w;
  const splitDone = (i: number) => {
    const m = { at: i, end: i + 1, status: negated(i) ? ('notDone' as const) : ('done' as const) };
    status.push(m);
    take(m);
  };
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    if (!head || !free(i) || index.functionWords.has(word(i)) || status.some((x) => x.at <= i && x.end > i)) continue;
    let k = i + 1;
    let found = false;
    for (; k < Math.min(tokens.length, i + 2 + SPLIT_REACH) && !/[,.;:!?()]/.test(between(k - 1, k)); k++) {
      const last = tokens[k];
      const hit = last && k > i + 1 && index.functionWords.has(last.word) ? index.status.at([head, last], 0) : null;
      if (hit?.value === 'done' && hit.length === 2 && free(k) && tokens.slice(i + 1, k).some((_, j) => anchor(i + 1 + j))) {
        splitDone(i);
        taken.add(k);
        found = true;
        break;
      }
      if (!aside(k)) break;
    }
    const clauseEnd = k === tokens.length || (k < tokens.length && /[,.;:!?()]/.test(between(k - 1, k)));
    if (!found && clauseEnd && k > i + 1 && index.doneHeads.has(head.word) && past(head.word) && tokens.slice(i + 1, k).some((_, j) => anchor(i + 1 + j))) splitDone(i);
  }
  // "already agreed to accept…", "finally settled": the verb after such an adverb is claimed done, unless denied.
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!index.doneAdverbs.has(word(i)) || !free(i + 1) || index.functionWords.has(word(i + 1)) || tokens[i + 1]?.value !== undefined) continue;
    if (status.some((x) => x.at <= i + 1 && x.end > i) || negated(i)) continue;
    // Only a verb said done ("agreed", "signed"), not a state ("already exist"); an -ing form only of a verb of doing
    // ("welcomes China and ASEAN finally signing the COC": the signing is said to have come), not "already existing".
    const verb = word(i + 1);
    const head = tokens[i + 1];
    const doneGerund = verb.endsWith('ing') && head !== undefined && index.lemma(verb) !== verb && index.status.at([{ ...head, word: index.lemma(verb) }], 0)?.value === 'done';
    if (!doneGerund && (index.lemma(verb) === verb || verb.endsWith('ing') || verb.endsWith('s'))) continue;
    const m = { at: i, end: i + 2, status: 'done' as const };
    status.push(m);
    take(m);
  }
  status.sort((a, b) => a.at - b.at);

  // Not taken: a kind the sentence also names ("floods") is covered as a word or topic, as it always was.
  // A kind set against another one named before it ("medical supplies rather than cash", "医疗物资而不是现金": read
  // "supplies not cash") is the alternative put aside: the claim is the first one, as with formats.
  // The sides named inside a kind's words ("the 60th anniversary of Vietnam-China diplomatic ties") say whose it is:
  // read without them, the words still name that kind.
  const sideWord = (i: number) => allPlaces.some((x) => x.place.side && i >= x.at && i < x.end);
  const kept = lemmas.flatMap((t, i) => (sideWord(i) ? [] : [{ t, i }]));
  const direct = index.kinds.all(lemmas);
  const around = index.kinds.all(kept.map((x) => x.t)).flatMap((h) => {
    const at = kept[h.at]?.i;
    const last = kept[h.at + h.length - 1]?.i;
    if (at === undefined || last === undefined || last + 1 - at === h.length) return [];
    return direct.some((d) => d.at < last + 1 && at < d.at + d.length) ? [] : [{ ...h, at, length: last + 1 - at }];
  });
  const found = [...direct, ...around].sort((a, b) => a.at - b.at);
  const setAgainst = (at: number) => {
    const alternative = [1, 2].map((n) => index.alternatives.at(tokens, at - n)).find((hit) => hit !== null && hit.at + hit.length === at);
    const contrast = alternative !== undefined || (tokens[at - 1]?.word === 'not' && found.some((h) => h.at + h.length === at - 1));
    return contrast && found.some((h) => h.at + h.length < at);
  };
  const kinds: KindMention[] = found.filter((h) => !setAgainst(h.at)).map((h) => ({ at: h.at, end: h.at + h.length, kind: h.value }));

  const ranks = index.ranks.all(tokens).map((h) => ({ at: h.at, end: h.at + h.length }));
  const bodies = index.bodies.all(tokens).map((h) => ({ at: h.at, end: h.at + h.length }));
  // Another event than the talks ("the 13th Congress took place in January 2021", "visited Hanoi in 2019"), dated
  // or placed, with no talk named: its date and format are that event's.
  // "After the videoconference, the General Secretary made a visit…": a talk named only as the time of what the claim
  // says happened, after a word linking it in time in the same clause, is not what the claim is of.
  const timeOnly = (at: number) => {
    for (let i = at - 1; i >= Math.max(0, at - TIME_LINK_REACH); i--) {
      if (/[,.;:!?()]/.test(between(i, i + 1))) return false;
      if (index.distance.links.has(word(i)) || index.distance.spans.has(word(i))) return true;
    }
    return false;
  };
  const talkNamed = tokens.some((t, i) => index.talkNouns.has(t.word) && !timeOnly(i));
  const timed = !talkNamed && tokens.some((t) => index.talkNouns.has(t.word));
  // The event is what the clause says happened: a verb of it ("visited"), or its noun before a talk's verb ("the
  // Congress took place"), or one brought in as a new one ("made an official visit"); not an event the talk spoke of
  // ("congratulated Vietnam on its Congress").
  // A talk's verb after it ("took place"), not a preposition of the talk's words ("summits between leaders").
  const introduced = (i: number) => [1, 2].some((k) => INDEFINITE.has(word(i - k)) && [...Array(k).keys()].every((j) => !/[,.;:!?()]/.test(between(i - k + j, i - k + j + 1))));
  const happened = (i: number) => introduced(i) || (word(i) !== lemmas[i]?.word && /(?:ed|ing)$/u.test(word(i))) || [1, 2, 3, 4].some((k) => index.eventVerbs.has(word(i + k)) || (index.talkPhrases.at(tokens, i + k) !== null && !index.talkNouns.has(word(i + k)) && !index.sideLinks.has(word(i + k))));
  // Said as done by someone ("Song Tao has visited Hanoi several times"), it is that event whether or not it is dated.
  const done = (i: number) => word(i) !== lemmas[i]?.word && /(?:ed|ing)$/u.test(word(i));
  const otherEvent = !talkNamed && lemmas.some((t, i) => free(i) && index.otherEvents.has(t.word) && happened(i) && (dates.length > 0 || formats.length > 0 || places.length > 0 || done(i)));
  // "held their phone talks in July 2019, before the pandemic": right after a date, such words say when that date
  // was, the date claimed of the talks, not another instance of them.
  const glossesDate = (at: number) => dates.some((d) => d.end === at);
  // "following the April talks", "preceding their call": a participle before what it governs places the claim after or
  // before the talks the articles report, not at another of them ("the following round").
  const governs = (h: { readonly at: number; readonly length: number }) =>
    h.length === 1 && /ing$/u.test(word(h.at)) && index.functionWords.has(word(h.at + 1));
  // "a few months after the July 2020 call", "days before the talks": what the claim says happened at a distance from them.
  // Not one glossing the date right before it ("on 29 July 2019, a year before the anniversary"): that date is the one
  // claimed of the talks, as with "before the pandemic".
  const datesGlossed = glossesDateAt;
  const distant = tokens.some((t, i) => index.distance.units.has(t.word) && index.distance.links.has(word(i + 1)) && !datesGlossed(i));
  const other = otherEvent || distant || index.otherInstance.all(tokens).some((h) => !taken.has(h.at) && !glossesDate(h.at) && !governs(h));

  for (const hit of index.subjects.all(tokens)) {
    if (taken.has(hit.at) || nameTokens.has(hit.at)) continue;
    names.push({ at: hit.at, end: hit.at + hit.length, named: hit.value });
  }
  for (const n of names) take(n);
  for (const r of ranks) take(r);

  // "…, sounds right?", "…, right?": a closing tag asks for the check and claims nothing.
  const tag = closingTag(index, text, tokens);
  // "TL;DR of the 2022 talks: …", "Recap: …": a heading names the kind of text, no claim; its details still hold.
  const label = headingLabel(index, text, tokens, taken);
  const content: number[] = [];
  tokens.forEach((t, i) => {
    if (taken.has(i) || t.value !== undefined || t.word === '$' || i >= tag || label.has(i)) return;
    if (index.functionWords.has(t.word) || index.months.has(t.word) || index.otherInstance.has(t.word)) return;
    if (index.negators.at(tokens, i) || index.sideTerms.has(t.word)) return;
    content.push(i);
  });
  // "Was it in USD?", "là usd hả?", "是美元吗？": a claim of no number and no other word than one currency and grammar asks
  // the currency of the figure in play, which the sentence's own figure (its first amount) is given in. Not "did they
  // mention dollars?": an act of its own.
  const inApart = (i: number) => apart !== undefined && i >= apart.at && i < apart.at + apart.length;
  if (amounts.length === 0 && apart && tokens.every((t, i) => inApart(i) || (t.value === undefined && index.functionWords.has(t.word)))) {
    amounts.push({ at: apart.at, end: apart.at + apart.length, value: Number.NaN, unit: apart.value, approximate: false, bound: null, alone: true });
    content.length = 0;
  }
  // A negator denies the first content word after it only: "not by phone but by video" denies no video.
  // Through a verb that only carries it ("hadn't managed to restart", "wasn't able to reopen") it denies the next.
  const carried = new Set(content.filter((i, k) => k > 0 && index.negationCarriers.has(word(content[k - 1] ?? -1)) && negated(content[k - 1] ?? -1) && i - (content[k - 1] ?? 0) <= 2));
  const negatedWords = new Set([
    ...content.filter((i, k) => negated(i) && !index.negationCarriers.has(word(i)) && !(k > 0 && (content[k - 1] ?? -1) >= i - NEGATION_REACH && negated(content[k - 1] ?? -1))),
    ...carried,
  ]);
  const typed = (i: number) => text.slice(tokens[i]?.at ?? 0, (tokens[i]?.at ?? 0) + (tokens[i]?.word.length ?? 0));
  const proper = new Set(content.filter((i) => {
    const w = typed(i);
    return /^\p{Lu}{2,6}$/u.test(w) || (i > 0 && /^\p{Lu}\p{Ll}/u.test(w) && !/[.!?:]\s*$/u.test(text.slice(0, tokens[i]?.at ?? 0)));
  }));
  // A name denied as a whole ("without the international community", "without reference to international law"):
  // a negator before it, with at most one content word between ("reference") and nothing turning it round ("but").
  const negatedNames = names.filter((n) => {
    if (n.named.kind === 'person') return false;
    for (let i = n.at - 1, words = 0; i >= Math.max(0, n.at - NEGATION_REACH - 2); i--) {
      if (/[,.;:!?()]/.test(between(i, i + 1))) return false;
      const hit = ignored.has(i) ? null : index.negators.at(tokens, i);
      if (hit && hit.at + hit.length <= n.at) return true;
      if (index.contrasts.has(word(i))) return false;
      if (index.functionWords.has(word(i)) || ignored.has(i)) continue;
      // One word of its own between ("without reference to…"); a detail between ("no obstacles in…") is what it denies.
      if (!content.includes(i) || ++words > 1) return false;
    }
    return false;
  });
  return { text, tokens, amounts, periods, periodEnds, periodStarts, periodLengths, durations, dates, counts, places, allPlaces, formats, polarity, status, kinds, ranks, bodies, names, other, timed, pair, paired, content, negated: negatedWords, proper, negatedNames };
}
