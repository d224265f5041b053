// The checkable details of a claim: what its mentions say (mentions.ts), and what the reading adds (the
// people it names and the sides it makes speak), with three readings of its own: which dates say when the
// talks were, which count is a count of documents signed, and which roles it gives whom.
import { eventDoerNamed } from './event-doer.js';
import { normalize } from '../../matching/normalize.js';
import type { Organisation, Person } from '../../facts/types.js';
import type { Reading } from '../../matching/reading.js';
import type { StandIn } from '../../matching/stand-in.js';
import type { ClaimIndex } from './claim-index.js';
import { partyAtToken, readActing, readGiving, sideBodyAt, type Acting, type Giving } from './direction.js';
import { readPersonSide, type PersonSide } from './person-side.js';
import { readMentions, type CountMention, type DateMention, type Mentions, type NamedMention } from './mentions.js';
import { claimTokens, type ClaimToken } from './tokens.js';

/** Articles that may open the post said after "as" ("as the general secretary"). */
const AS_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

export { DETAIL_KINDS, type DetailKind } from '../../i18n/messages.js';

/** A role a claim gives someone: a rank ("deputy head") or a body ("Propaganda and Education Commission"). */
export interface RoleClaim {
  readonly person: Person;
  readonly rank: string | null;
  /** Lemmas naming the body, besides words for holding a post; empty when none is named. */
  readonly body: readonly string[];
  /** The claim's words for it, to quote back. */
  readonly words: string;
  /** Denied ("was no longer head of…", "never chaired…"): claims the person did not hold it. */
  readonly negated: boolean;
  /** Said of another time than the talks ("used to be…", "formerly"): the articles cannot tell. */
  readonly otherTime: boolean;
}

export interface ClaimDetails {
  readonly mentions: Mentions;
  readonly people: readonly Person[];
  /** The parties the claim makes speak ("Vietnam pressed…"). */
  readonly sides: readonly Organisation[];
  readonly roles: readonly RoleClaim[];
  /** A count of documents signed ("signed three documents"). */
  readonly signed: CountMention | null;
  /** A head count of the one talk the claim is about ("the three officials on the 2020 call"). */
  readonly headCount: CountMention | null;
  /** Dates that say when the talks were ("the 2020 call", "In July 2020, …", "spoke on July 19"). */
  readonly anchored: ReadonlySet<DateMention>;
  /** Who gave to whom ("Vietnam donated … to China"), when it says so. */
  readonly giving: Giving | null;
  /** Who did an act to whom in a Vietnamese or Chinese claim ("越方祝贺中方…"), when it names both. */
  readonly acting: Acting | null;
  /** A name the articles lack in a participant's place at a talk ("… talked by phone with Wang Yi"), as the reading found it. */
  readonly standIn: StandIn | null;
  /** A person said to act for a side ("Song Tao spoke for the Vietnamese side"): checked against his own party. */
  readonly personSide: PersonSide | null;
  /** Whether the claim names any detail to check. */
  readonly any: boolean;
}

/** Words after a Chinese claim's receiver its verb of giving may be in ("向越南提供医疗物资"). */
const GIVE_AFTER = 3;

/** Words before the place an office is held in ("ambassador to China", "envoy in Beijing"). */
const POSTED_AT: ReadonlySet<string> = new Set(['to', 'in']);

/** Words that open a relative clause giving a title ("Quan, who was then Vietnam's…"). */
const RELATIVE: ReadonlySet<string> = new Set(['who', 'was', 'is', 'then', 'at', 'the', 'time']);
/** Verbs that say what someone is ("Song Tao was China's foreign minister"): a title after them is a role claimed. */
const COPULAS: ReadonlySet<string> = new Set(['was', 'is']);

/** Words before a role's own words a negator may stand and still deny it ("was no longer the head of"). */
const ROLE_NEGATION_REACH = 6;

/** A date this many words from a talk word says when the talk was. */
const ANCHOR_REACH = 3;
/** Most words from a signing to a date that dates it ("signed the 2021-2025 cooperation plan in 2020"). */
const SIGNING_REACH = 8;
/** A role's words this many words after the person's name are theirs ("Song Tao, deputy head of…"). */
const ROLE_REACH = 12;
/** Words an office put before a name may take ("minister of foreign affairs"), and the words qualifying it. */
const OFFICE_REACH = 4;

/** Numbers as typed, with a range ("2021-2025", "2021至2025"): the glossary's words split them. */
const NUMBER_TEXT = /\d+(?:[.,]\d+)*(?:\s*[-–—~至到]\s*\d+(?:[.,]\d+)*)?/gu;

/**
 * The claim's text as the checker reads it: the typed text for English; otherwise the glossary's English
 * words, each number in them replaced by the number as typed ("2021 2025" → "2021-2025", "1 5" → "1.5").
 */
export function claimText(reading: Reading, foreign: ReadonlyMap<string, string> = new Map(), country: (term: string) => string | null = () => null, undergoing: (words: readonly string[], i: number) => boolean = () => false): string {
  if (reading.lang === 'en') return reading.said.text;
  const typed = [...reading.said.text.matchAll(NUMBER_TEXT)].map((x) => x[0].replace(/\s*[-–—~至到]\s*/u, '-'));
  const out: string[] = [];
  let skip = 0;
  const words = reading.said.words;
  for (const [i, w] of words.entries()) {
    if (!/^\d/.test(w)) {
      // "越南遭遇洪灾": a side's term undergoing an event is its country, where the event was, read as its English
      // name so the place is checked as "Vietnam suffered floods" is.
      const place = undergoing(words, i) ? country(w) : null;
      // A name or term of the facts in the question's language: checked by its English name.
      // A term no English name is kept for ("viet_nam") is read as its words ("viet nam": a side's name).
      const english = place ?? foreign.get(w);
      if (english !== undefined && english !== null) out.push(english);
      else if (/\d/u.test(w)) out.push(namedNumbers(w, typed));
      else out.push(w.replace(/_/g, ' '));
      continue;
    }
    if (skip > 0) {
      skip--;
      continue;
    }
    const number = typed.shift();
    if (number === undefined) out.push(w);
    else {
      // The glossary's ordinal of a number typed plain ("Đại hội 12" → "12th national congress") stays an ordinal.
      const suffix = /^\d+([a-z]+)$/.exec(w)?.[1];
      out.push(suffix !== undefined && /^\d+$/.test(number) ? `${number}${suffix}` : number);
      skip = number.split(/[^\d]+/).filter(Boolean).length - 1;
    }
  }
  return out.join(' ');
}

/**
 * A term of the facts holding a number ("covid_19", "ky_niem_70_nam"), as the checker reads it: the number is part
 * of the name, as in "COVID-19", not a count or a date claimed, so it is bound to the word before it ("covid-19",
 * "ky niem-70 nam"). The numbers typed for it are taken from `typed`, which the words after it read in order.
 */
function namedNumbers(term: string, typed: string[]): string {
  const parts = term.split('_');
  let held = parts.filter((p) => /^\d/u.test(p)).length;
  while (held > 0 && typed.length > 0) held -= (typed.shift() ?? '').split(/[^\d]+/u).filter(Boolean).length;
  return parts.reduce((text, p, i) => (i === 0 ? p : `${text}${/^\d/u.test(p) ? '-' : ' '}${p}`), '');
}

/**
 * Whether a question may have a detail to check, told cheaply: a digit, a person named, or a word that can
 * start a detail. Yes/no answers ask this first; most have none, and cost nothing more.
 */
export function mayHaveDetails(index: ClaimIndex, reading: Reading): boolean {
  if (reading.people.length > 0 || /\d/.test(reading.said.text)) return true;
  // A side's own term may name the doer or the receiver of an act ("越方祝贺中方").
  if (reading.said.words.some((w) => index.partyTerms.has(w))) return true;
  // A term of the facts in Vietnamese or Chinese is checked by its English name, which may hold a detail.
  return reading.said.words.some((w) => index.triggers.has(w) || index.triggers.has(index.lemma(w)) || index.foreign.has(w));
}

/** A reading's details, read once however many checks of one answer ask for them. */
const read = new WeakMap<Reading, { readonly index: ClaimIndex; readonly details: ClaimDetails }>();

export function readDetails(index: ClaimIndex, reading: Reading): ClaimDetails {
  const known = read.get(reading);
  if (known?.index === index) return known.details;
  const details = detailsOf(index, reading);
  read.set(reading, { index, details });
  return details;
}

/** The claim's text as the checker reads it, with the knowledge base's names and terms (claimText). */
function claimTextOf(index: ClaimIndex, reading: Reading): string {
  const country = (term: string) => {
    const party = index.sideTerms.has(term) ? index.partyTerms.at([{ word: term, at: 0 }], 0)?.value : null;
    return party?.sides.find((w) => /^\p{Lu}/u.test(w)) ?? null;
  };
  return claimText(reading, index.foreign, country, (words, i) => undergoes(index, words, i));
}

/**
 * Whether a side's term at word i of a Vietnamese or Chinese question is where an event happened: before a verb of
 * undergoing ("越南遭遇洪灾"), before an event undergone ("越南洪灾", "Việt Nam [bị] lũ lụt"), or after a verb of an event
 * striking it ("洪水影响到越南", "ảnh hưởng đến Việt Nam").
 */
function undergoes(index: ClaimIndex, words: readonly string[], i: number): boolean {
  const next = words[i + 1] ?? '';
  if (index.undergoing.at([{ word: next, at: 0 }], 0) !== null) return true;
  const kind = index.kinds.at([{ word: index.lemma(next), at: 0 }], 0)?.value;
  // "越方就洪灾向中方表示慰问" (Vietnam, on the floods, to China expressed sympathy): the other side after "to" is the one
  // acted towards, and the side before the event acts about it.
  const party = (w: string | undefined) => (w !== undefined && index.sideTerms.has(w) ? index.partyTerms.at([{ word: w, at: 0 }], 0)?.value : undefined);
  const towardsOther = words.some((w, k) => k > i && w === 'to' && party(words[k + 1]) !== undefined && party(words[k + 1]) !== party(words[i]));
  if (kind && index.undergoneKinds.has(kind.member)) return !towardsOther;
  const before = words[i - 1] === 'to' ? words[i - 2] : words[i - 1];
  return before !== undefined && index.striking.has(before);
}

/** Each reading's claim text and its tokens: the signs and the details of one reading read the same words (also mention-signs.ts). */
const wordsOf = new WeakMap<Reading, { readonly index: ClaimIndex; readonly text: string; readonly tokens: readonly ClaimToken[] }>();

export function claimWordsOf(index: ClaimIndex, reading: Reading): { readonly text: string; readonly tokens: readonly ClaimToken[] } {
  const known = wordsOf.get(reading);
  if (known?.index === index) return known;
  const text = claimTextOf(index, reading);
  const words = { index, text, tokens: claimTokens(text) };
  wordsOf.set(reading, words);
  return words;
}

/** What a claim's words may state, told cheaply before its details are read. */
export interface ClaimSigns {
  /** A digit, or a word for a number, an ordinal or a scale ("three", "second", "a million"). */
  readonly number: boolean;
  /** A currency's name or sign ("yuan", "US dollars", "$"). */
  readonly currency: boolean;
  /** A word a role starts from: a rank, a body, a title or an office ("deputy", "commission", "head", "foreign minister"). */
  readonly role: boolean;
}

/** Each reading's signs, told once. */
const signsOf = new WeakMap<Reading, { readonly index: ClaimIndex; readonly signs: ClaimSigns }>();

/**
 * Whether the claim may state a number, a currency, and a role. Amounts, periods and counts all start at a number, and an
 * amount has a unit only beside a currency (mentions.ts): without them the claim has none, and its details need not
 * be read to tell.
 */
export function claimSigns(index: ClaimIndex, reading: Reading): ClaimSigns {
  const known = signsOf.get(reading);
  if (known?.index === index) return known.signs;
  const { tokens } = claimWordsOf(index, reading);
  const number = tokens.some((t, i) => t.value !== undefined || index.numbers.at(tokens, i) !== null || index.ordinals.at(tokens, i) !== null || index.scales.at(tokens, i) !== null);
  const currency = tokens.some((t, i) => t.word === '$' || index.currencies.at(tokens, i) !== null);
  // Every role detailsOf reads is found at one of these (a rank or a body, a title or an office after or before a name).
  const role = tokens.some((_, i) => index.titles.at(tokens, i) !== null || index.offices.at(tokens, i) !== null || index.ranks.at(tokens, i) !== null || index.bodies.at(tokens, i) !== null);
  const signs = { number, currency, role };
  signsOf.set(reading, { index, signs });
  return signs;
}

/** Whether the claim may state a number (claimSigns). */
export function mayStateNumber(index: ClaimIndex, reading: Reading): boolean {
  return claimSigns(index, reading).number;
}

function detailsOf(index: ClaimIndex, reading: Reading): ClaimDetails {
  const { text, tokens } = claimWordsOf(index, reading);
  const mentions = readMentions(index, text, tokens, reading.documents.length > 0 || reading.aspects.aboutAgreement, reading.lang !== 'en');
  const word = (i: number) => tokens[i]?.word ?? '';
  const raw = (i: number) => text.slice(tokens[i]?.at ?? 0, (tokens[i]?.at ?? 0) + (tokens[i]?.word.length ?? 0));

  const talkTokens = new Set<number>();
  for (const h of index.talkPhrases.all(tokens)) for (let i = h.at; i < h.at + h.length; i++) talkTokens.add(i);
  for (const f of mentions.formats) for (let i = f.at; i < f.end; i++) talkTokens.add(i);
  const talkish = (i: number) => talkTokens.has(i);
  // Filler between ("phoned each other on July 29", "at the end of") and the names of those who talked ("phoned
  // Song Tao in August") do not count towards the reach.
  const filler = new Set<number>();
  for (const h of index.ignore.all(tokens)) for (let i = h.at; i < h.at + h.length; i++) filler.add(i);
  for (const n of mentions.names) if (n.named.kind === 'person') for (let i = n.at; i < n.end; i++) filler.add(i);
  const near = (from: number, step: 1 | -1): boolean => {
    for (let i = from, seen = 0; i >= 0 && i < tokens.length && seen < ANCHOR_REACH; i += step) {
      if (talkish(i)) return true;
      if (!filler.has(i)) seen++;
    }
    return false;
  };
  // "Quan signed the plan in 2020": a date after a signing of a document the talks signed, within the act's words, dates
  // the act, as a talk's would ("the DOC was signed in 2002" dates another signing).
  const signedBefore = (at: number) => reading.documents.length > 0 && mentions.status.some((s) => s.status === 'done' && s.end <= at && at - s.end <= SIGNING_REACH);
  // So does a year alone after a verb of giving, within the act's words ("presented medical supplies to Vietnam in
  // 2020"): the articles report a gift as one talk's news, so the year is that talk's, given otherwise. Not a month ("the
  // supplies reached Hanoi in May 2022": when they arrived, which the articles do not say), nor a noun ("supplies").
  const thing = (at: number) => mentions.kinds.some((k) => at >= k.at && at < k.end);
  const gifts = index.giving.all(tokens.map((t) => ({ ...t, word: index.lemma(t.word) }))).filter((h) => h.value === 'give' && !thing(h.at));
  // Not one more gift ("did China send similar aid in 2020 too?"): another act, which the articles may not report.
  const another = index.additive.all(tokens).length > 0;
  const givenBefore = (d: (typeof mentions.dates)[number]) => !another && d.month === null && gifts.some((h) => h.at + h.length <= d.at && d.at - (h.at + h.length) <= SIGNING_REACH);
  const anchored = new Set(mentions.dates.filter((d) => d.at <= 2 || near(d.at - 1, -1) || near(d.end, 1) || signedBefore(d.at) || givenBefore(d)));

  // "Three documents", "the two documents": a count of what the talks signed. So is "three cooperation documents"
  // said signed ("签了三份合作文件"): a word may qualify the thing counted; without a signing, "three legal
  // documents on the border" are other documents.
  const done = mentions.status.some((x) => x.status === 'done');
  // A count the articles' own name for a topic starts with ("three legal documents" of the land border) names
  // those things, as the articles count them: not what the talks signed, however the question asks of them.
  const topicName = (c: CountMention) => index.subjects.at(tokens, c.at)?.value.kind === 'topic';
  // Nothing said signed, documents counted with their subject after them ("two documents on sea border management")
  // are the documents on that subject, as the articles count them: compared with that count, not with what was signed.
  const onSubject = (c: CountMention) => !done && c.nounAt.slice(1).some((at) => index.subjects.at(tokens, at)?.value.kind === 'topic');
  const signed = mentions.counts.find((c) => !topicName(c) && !onSubject(c) && (index.signedThings.at(tokens, c.end) !== null || (done && c.nounAt.slice(0, 2).some((at) => index.signedThings.at(tokens, at) !== null)))) ?? null;
  // "The three officials on the 2020 call", "four people took part": how many took part in the one talk it names, the
  // people counted said to be at it (a talk's word or one of attending right after them; "the floods killed 150 people"
  // counts others). A count of one side's people ("three Chinese officials") or across talks is no head count of a talk.
  const oneTalk = reading.scope.talks?.length === 1;
  const atTalk = (c: CountMention) => {
    const after = (c.nounAt[0] ?? c.end) + 1;
    if ([after, after + 1].some((i) => index.attending.at(tokens, i) !== null)) return true;
    // "on the 2020 phone call" (or before, as Chinese puts it: "2020年通话的三位官员"): a talk's word, past words of
    // grammar and a year.
    const talkWithin = (from: number, step: 1 | -1, reach: number) => {
      for (let i = from, seen = 0; i >= 0 && i < tokens.length && seen < reach; i += step) {
        if (talkish(i)) return true;
        // A word of attending ("involved four officials") says they were at it: no other act.
        if (!index.functionWords.has(word(i)) && tokens[i]?.value === undefined && index.attending.at(tokens, i) === null) seen++;
      }
      return false;
    };
    // Before the count, the word of substance right before it is what it counts for: a verb of another act ("the
    // floods Quan mentioned in July 2020 had killed 140 people") makes them others, however near the talk's words;
    // one of attending does not ("the 2020 call involved four officials").
    return talkWithin(after, 1, 2) || talkWithin(c.at - 1, -1, 1);
  };
  const headCount = oneTalk ? (mentions.counts.find((c) => c !== signed && !c.ordinal && index.attendees.at(tokens, c.end) !== null && atTalk(c)) ?? null) : null;

  // Whose role: the person named before the role's words (an apposition), else the nearest after.
  const persons = mentions.names.filter((n) => n.named.kind === 'person');
  const ownerOf = (at: number): Person | null => {
    const before = persons.filter((p) => p.end <= at && at - p.end <= ROLE_REACH).sort((a, b) => b.end - a.end)[0];
    const after = persons.filter((p) => p.at > at && p.at - at <= ROLE_REACH).sort((a, b) => a.at - b.at)[0];
    const owner = before ?? after;
    return owner && owner.named.kind === 'person' ? owner.named.person : null;
  };
  /** Whether punctuation ends a clause between tokens `i` and `i + 1`. */
  const breakAfter = (i: number) => /[,.;:!?()]/.test(text.slice((tokens[i]?.at ?? 0) + (tokens[i]?.word.length ?? 0), tokens[i + 1]?.at ?? text.length));
  /**
   * "Quan took part in the 2020 talks as head of…", "represented by Song Tao in his capacity as China's…": a role
   * after "as" is the capacity of the person named last before it in the clause, however far the words between.
   */
  const capacityOf = (as: number): NamedMention | null => {
    if (word(as) !== 'as' || word(as - 1) === 'such' || word(as + 1) === 'well') return null;
    // "Song Tao, as China's foreign minister, …": set off by commas right after the name, the capacity is still theirs.
    const named = persons.find((n) => n.end === as);
    if (named) return named;
    for (let i = as - 1; i >= 0 && !breakAfter(i); i--) {
      const p = persons.find((n) => i >= n.at && i < n.end);
      if (p) return p;
    }
    return null;
  };
  // Words the reading found no meaning for, typed as names may be ("Wang Yi").
  const unknownWords = new Set(reading.unmatched.map((w) => w.toLowerCase()));
  /** Whether the role's words at `from` stand after a comma that follows a name the articles lack. */
  const apposedToUnknown = (from: number) => from > 0 && breakAfter(from - 1) && unknownWords.has(word(from - 1)) && !persons.some((p) => p.end === from);
  // A negator before the role's words, in the same clause and after the person it is said of, denies it.
  const denier = (at: number): number | null => {
    for (let i = at - 1; i >= Math.max(0, at - ROLE_NEGATION_REACH); i--) {
      if (/[,.;:!?()]/.test(text.slice((tokens[i]?.at ?? 0) + (tokens[i]?.word.length ?? 0), tokens[i + 1]?.at ?? 0))) return null;
      if (persons.some((p) => i >= p.at && i < p.end)) return null;
      if (index.negators.at(tokens, i)) return i;
    }
    return null;
  };
  /** The role's words as claimed, from the negator that denies it ("no longer head of…"). */
  const role = (person: Person, rank: string | null, body: string[], from: number, to: number, deniedFrom = from): RoleClaim => {
    const by = denier(deniedFrom);
    const at = by ?? from;
    return { person, rank, body, words: tokens.slice(at, to).map((_, k) => raw(at + k)).join(' '), negated: by !== null, otherTime: elsewhen };
  };
  // A role said of another time than the talks, anywhere in the claim ("Trung used to be … before leading…").
  const elsewhen = index.otherTime.all(tokens).length > 0;
  const roles: RoleClaim[] = [];
  for (const r of mentions.ranks) {
    const person = ownerOf(r.at);
    // "deputy head", "deputy foreign minister": the title right after the rank, or after a word qualifying it.
    const at = [r.end, r.end + 1].find((i) => index.titles.at(tokens, i) && (i === r.end || !index.functionWords.has(word(r.end))));
    if (person && at !== undefined) roles.push(role(person, word(r.at), [], r.at, at + 1));
  }
  // A noun for a post as such ("身份" read as "role") names no body: "his role as ILD head" is that body's role.
  const bodyWord = (i: number) => !index.functionWords.has(word(i)) && !index.titles.at(tokens, i) && !index.postNouns.at(tokens, i) && tokens[i]?.value === undefined;
  // The organisation name a body's words stand in: its other bodies ("… Department of the CPC Central Committee",
  // a Chinese or Vietnamese term read as its English name) are the same role, not another.
  const orgOf = (at: number) => mentions.names.find((n) => n.named.kind === 'organisation' && at >= n.at && at < n.end);
  const bodiesSeen = new Set<NamedMention>();
  const inName = (i: number) => mentions.names.some((n) => n.named.kind === 'person' && i >= n.at && i < n.end);
  for (const b of mentions.bodies) {
    const org = orgOf(b.at);
    if (org && bodiesSeen.has(org)) continue;
    const before: number[] = [];
    // Not past a name nor the talk's words ("2020年通话时黄平君是中联部部长": the pivot's order puts them right before).
    for (let i = b.at - 1; i >= 0 && before.length < 6 && !inName(i) && !talkish(i); i--) {
      if (bodyWord(i)) before.push(i);
      else if (word(i) !== 'and') break;
    }
    const after: number[] = [];
    if (word(b.end) === 'for' || word(b.end) === 'of') {
      const capitalised = (i: number) => /^\p{Lu}/u.test(raw(i));
      for (let i = b.end + 1; i < tokens.length && after.length < 3 && bodyWord(i); i++) {
        if (capitalised(b.end + 1) ? !capitalised(i) : after.length >= 2) break;
        after.push(i);
      }
    }
    const body = [...before.reverse(), ...after].map((i) => index.lemma(word(i)));
    const first = before[0] ?? b.at;
    // The title before the body ("head of the … Department") is where a denial stands before.
    let start = first;
    while (start > 0 && word(start - 1) !== 'as' && (index.titles.at(tokens, start - 1) || index.functionWords.has(word(start - 1)) || mentions.names.some((n) => n.named.kind !== 'person' && start - 1 >= n.at && start - 1 < n.end)) && !index.negators.at(tokens, start - 1)) start--;
    const capacity = capacityOf(start - 1);
    // "Wang Yi, head of the … Department, spoke with Quan": set off after a name the articles lack, the role is that name's.
    if (!capacity && apposedToUnknown(start)) continue;
    const person = capacity?.named.kind === 'person' ? capacity.named.person : ownerOf(b.at);
    if (!person) continue;
    if (org) bodiesSeen.add(org);
    roles.push(role(person, null, body, first, (after[after.length - 1] ?? b.end - 1) + 1, start));
  }
  // A title given in apposition ("Song Tao, China's foreign minister", "Quan, Vietnam's ambassador"): the title
  // and the words qualifying it, between the name and the title, are the role claimed; a verb with nothing
  // qualifying it ("Trung, who led…") claims none.
  const taken = new Set(roles.flatMap((r) => r.words.split(' ')));
  for (const p of persons) {
    // "Quan, who was Vietnam's …": the relative words before the apposition are no part of it.
    let at = p.end;
    while (at < tokens.length && RELATIVE.has(word(at))) at++;
    // "was serving as", "acted as": a verb of holding a post says what someone is, as "was" does.
    const holding = index.postVerbs.at(tokens, at);
    if (holding) at += holding.length;
    if (at >= tokens.length || p.named.kind !== 'person') continue;
    // Set off by a comma, as an apposition is ("Trung, Vietnam's …"), or said of them ("Song Tao was China's
    // foreign minister"); "Trung chairs the Commission" is a verb.
    const prev = tokens[p.end - 1];
    // "Song Tao took part as China's…": the capacity said after "as" further on in the clause.
    // After "was", only where no title follows it ("Song Tao was on the 2020 call as China's foreign minister").
    // "Was Song Tao the General Secretary…?": a question opening with the copula says of the name after it what follows.
    const inverted = p.at > 0 && COPULAS.has(word(p.at - 1)) && (p.at === 1 || breakAfter(p.at - 2));
    // A title after "as" is the capacity's ("Song Tao was there as China's foreign minister"), not the copula's.
    const capacity = tokens.findIndex((_, i) => i >= p.end && capacityOf(i) === p);
    const titled =
      (COPULAS.has(word(p.end)) || inverted) && Array.from({ length: 5 }, (_, k) => at + k).some((i) => (capacity < 0 || i < capacity) && index.titles.at(tokens, i) !== null);
    const as = titled || holding !== null ? -1 : capacity;
    if (as >= 0) at = as + 1;
    // "…as the CPV general secretary": the article opens the post's words, no part of them.
    if (as >= 0) while (at < tokens.length && AS_ARTICLES.has(word(at))) at++;
    // Vietnamese and Chinese drop the copula from the pivot ("Tống Đào có phải là Bộ trưởng…": "song tao foreign
    // minister"): an office right after the name is said of them.
    const dropped = reading.lang !== 'en' && as < 0 && Array.from({ length: 3 }, (_, k) => at + k).some((i) => index.offices.at(tokens, i) !== null);
    // So is a title right after the name with the body's words after it ("Tống Đào là Trưởng Ban Kinh tế Trung ương":
    // "song tao head economy trung_uong"): the words after the title name the body he is said to head.
    const titleAt = reading.lang !== 'en' && as < 0 && !dropped ? index.titles.at(tokens, at) : null;
    if (titleAt && !taken.has(raw(at))) {
      const tail: number[] = [];
      // A country or an organisation after the title says whose head ("trưởng đoàn phía Trung Quốc"), not which body;
      // and one word of the body at least must be read: a word left as typed ("đoàn") may name no body (a delegation).
      const side = (i: number) => index.places.at(tokens, i) !== null || mentions.names.some((n) => n.named.kind === 'organisation' && i >= n.at && i < n.end);
      const unread = new Set(reading.unmatched.map((w) => normalize(w)));
      for (let i = at + titleAt.length; i < tokens.length && tail.length < 5 && bodyWord(i) && !inName(i) && !side(i); i++) tail.push(i);
      if (tail.some((i) => !unread.has(normalize(word(i))))) {
        const end = (tail[tail.length - 1] ?? at) + 1;
        roles.push({ person: p.named.person, rank: null, body: tail.map((i) => index.lemma(word(i))), words: tokens.slice(at, end).map((_, k) => raw(at + k)).join(' '), negated: false, otherTime: elsewhen });
        continue;
      }
    }
    const copula = COPULAS.has(word(p.end)) || inverted || holding !== null || as >= 0 || dropped;
    if (!prev || (!copula && !text.slice(prev.at + prev.word.length, tokens[p.end]?.at ?? 0).includes(','))) continue;
    for (let i = at; i < Math.min(tokens.length, at + 5); i++) {
      const title = index.titles.at(tokens, i);
      if (!title) {
        if (!bodyWord(i) || (copula && index.ignore.at(tokens, i))) break;
        continue;
      }
      // After "was", a title said as a noun ("the head"), not a verb ("was running", "was headed by").
      const noun = word(i) === index.lemma(word(i)) || !/(?:ing|ed|s)$/u.test(word(i));
      if (copula && !noun) break;
      const qualifiers = tokens.slice(at, i).map((_, k) => word(at + k).replace(/['’]s$/u, '')).filter((w) => !index.functionWords.has(w));
      const titleWord = word(i);
      if (taken.has(raw(i)) || (qualifiers.length === 0 && index.general(titleWord))) break;
      // "Trung, who chairs the Commission…": a title right after "who" is the verb of holding the post (the body
      // after it is read with the title above), no title of its own.
      if (qualifiers.length === 0 && i > p.end && word(i - 1) === 'who') break;
      // An office ("foreign minister", "ambassador") is a role of its own; a word for holding a post ("chief",
      // "head") fits any role, as the body loop above reads it: only the words qualifying it can differ.
      // The office may run on past the title ("Minister of Foreign Affairs"): its words after the title are the role too.
      const officeEnd = Array.from({ length: i - at + 1 }, (_, k) => at + k)
        .map((j) => j + (index.offices.at(tokens, j)?.length ?? -tokens.length))
        .filter((end) => end >= i + title.length)
        .reduce((a, b) => Math.max(a, b), -1);
      const office = officeEnd >= 0;
      const end = Math.max(officeEnd, i + title.length);
      const tail = tokens.slice(i + title.length, end).map((_, k) => word(i + title.length + k)).filter((w) => !index.functionWords.has(w));
      roles.push({ person: p.named.person, rank: null, body: (office ? [...qualifiers, titleWord, ...tail] : qualifiers).map((w) => index.lemma(w)), words: tokens.slice(at, end).map((_, k) => raw(at + k)).join(' '), negated: false, otherTime: elsewhen });
      break;
    }
  }
  // An office put right before the name ("China's foreign minister Song Tao", "Vietnamese Prime Minister Trung"):
  // the office and the words qualifying it before it are the role claimed, as an apposition's are.
  // Vietnamese puts the country after the office ("Bộ trưởng Ngoại giao Trung Quốc Tống Đào": "foreign minister
  // china song tao"): a side's name between them qualifies the office, as "Chinese" before it does.
  const officeEnd = (at: number): number => {
    if (reading.lang === 'en') return at;
    const side = Array.from({ length: Math.min(at, OFFICE_REACH) }, (_, k) => at - 1 - k).find((k) => {
      const place = index.places.at(tokens, k);
      return place !== null && place.value.side && k + place.length === at;
    });
    return side ?? at;
  };
  // Set off by a comma, the office may name where it serves first ("Vietnam's ambassador to China, Quan"): the post
  // is the office's words, the place after it only where it is held.
  const postedAt = (at: number): number => {
    const last = tokens[at - 1];
    if (!last || !text.slice(last.at + last.word.length, tokens[at]?.at ?? 0).includes(',')) return at;
    for (let k = at - 1; k >= Math.max(1, at - OFFICE_REACH); k--) {
      const place = index.places.at(tokens, k);
      if (place !== null && k + place.length === at && POSTED_AT.has(word(k - 1))) return k - 1;
    }
    return at;
  };
  for (const p of persons) {
    if (p.named.kind !== 'person') continue;
    const before = postedAt(officeEnd(p.at));
    for (let i = Math.max(0, before - OFFICE_REACH); i < before; i++) {
      const office = index.offices.at(tokens, i);
      if (!office || i + office.length !== before || tokens.slice(i, p.at).some((_, k) => taken.has(raw(i + k)))) continue;
      let from = i;
      while (from > 0 && i - from < OFFICE_REACH && bodyWord(from - 1) && !persons.some((q) => from - 1 >= q.at && from - 1 < q.end)) from--;
      const body = tokens.slice(from, p.at).map((_, k) => word(from + k).replace(/['’]s$/u, '')).filter((w) => !index.functionWords.has(w));
      // The words put right are the office's: the side after it is no part of the title the asker gave.
      roles.push({ person: p.named.person, rank: null, body: body.map((w) => index.lemma(w)), words: tokens.slice(from, before).map((_, k) => raw(from + k)).join(' '), negated: false, otherTime: elsewhen });
      break;
    }
  }

  // "As China's foreign minister, what did Song Tao say…": a capacity put before the clause, naming nobody before
  // it, is said of the first person named after it; its words run to the comma that closes it.
  for (let a = 0; a < tokens.length; a++) {
    if (word(a) !== 'as' || capacityOf(a) !== null || word(a + 1) === 'well') continue;
    if (persons.some((n) => n.at < a)) continue;
    const p = persons.find((n) => n.at > a && n.named.kind === 'person');
    if (!p || p.named.kind !== 'person') continue;
    let end = a + 1;
    while (end < p.at && !breakAfter(end)) end++;
    const span = Array.from({ length: Math.min(end, p.at - 1) - a }, (_, k) => a + 1 + k);
    if (!span.some((i) => index.offices.at(tokens, i) !== null) || span.some((i) => taken.has(raw(i)))) continue;
    const body = span.map((i) => word(i).replace(/['’]s$/u, '')).filter((w) => !index.functionWords.has(w));
    roles.push({ person: p.named.person, rank: null, body: body.map((w) => index.lemma(w)), words: span.map((i) => raw(i)).join(' '), negated: false, otherTime: elsewhen });
    break;
  }

  // Read in English word order: a Vietnamese or Chinese claim's pivot words keep names a side's term holds ("phía Trung Quốc").
  const acting = readActing(index, mentions, reading.lang);
  // "宋涛宣布向中国提供医疗物资": an act of giving read so is a direction of giving, checked against the gift's giver.
  const gives = acting && index.giving.all(tokens.map((t) => ({ ...t, word: index.lemma(t.word) }))).some((h) => h.value === 'give' && h.at >= acting.from && h.at <= acting.to + GIVE_AFTER);
  // A body named with the giver's side ("中国政府向越南…", "nhận … từ chính phủ Trung Quốc") is the giver claimed ("government").
  const doerAt = !acting ? -1 : acting.from > 0 && partyAtToken(index, mentions, acting.from - 1) === acting.doer ? acting.from - 1 : acting.to;
  const doerBody = acting && doerAt >= 0 && partyAtToken(index, mentions, doerAt) === acting.doer ? sideBodyAt(index, mentions, doerAt, reading.lang === 'vi') : null;
  // Quoted back in the question's own words, which the body's glossed word finds ("government": "chính phủ").
  const giverBody = doerBody && { ...doerBody, words: doerBody.body };
  const giving = reading.lang === 'en' ? readGiving(index, mentions, text) : acting && gives ? { giver: acting.doer, recipient: acting.receiver, giverBody } : null;
  const any =
    (giving || acting ? 1 : 0) +
    mentions.amounts.length + mentions.periods.length + mentions.periodEnds.length + mentions.periodStarts.length + mentions.periodLengths.length + mentions.dates.length + mentions.counts.length + mentions.places.length + mentions.formats.length +
      mentions.polarity.length + mentions.kinds.length + mentions.status.filter((s) => s.status !== 'hoped').length + reading.people.length + roles.length >
    0;
  // "Vietnam's ambassador also joined the talks": one more taking part, in no participant's place.
  const added = reading.standIn?.instead && index.additive.all(tokens).length > 0 ? reading.standIn.instead : null;
  // "a visit by Nguyen Phu Trong": the doer of another event, in no participant's place (event-doer.ts).
  const doer = reading.standIn ? eventDoerNamed(index, mentions.tokens, reading.standIn.words) : false;
  const standIn = reading.standIn?.instead && !added && !doer ? reading.standIn : null;
  const personSide = readPersonSide(index, mentions);
  return { mentions, people: added ? reading.people.filter((p) => p !== added) : reading.people, sides: reading.sides, roles, signed, headCount, anchored, giving, acting, standIn, personSide, any: any || standIn !== null };
}
