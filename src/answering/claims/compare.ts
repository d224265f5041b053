// One claim against one article sentence: each checkable detail agrees, conflicts (with the article's
// value and the sentence that gives it) or cannot be told from it; and how much of the rest of the claim
// the sentence covers. The verdicts of check.ts are read off these.
import { agreedAsReported } from './agreed-as-reported.js';
import type { Organisation, Participant, Person, Talk } from '../../facts/types.js';
import type { ClaimIndex, ClaimFormat, Named, Place } from './claim-index.js';
import type { ClaimDetails, DetailKind } from './details.js';
import { talksUse } from './articles-use.js';
import { otherActHoped } from './agreed-act.js';
import { ACT_AFTER, cleftBefore, giverOf, otherParty, partiesAround, partyAtToken, partyNamedAt, type Acting } from './direction.js';
import type { EvidenceSentence, TalkEvidence } from './evidence.js';
import { giftHeads } from './gift-thing.js';
import { unspokenAct } from './main-act.js';
import { overlap } from './used-words.js';
import { hopedActClaimed } from './hoped-act.js';
import { carriedOutClaimed } from './carried-out.js';
import { talksCountedBeyond } from './talks-counted.js';
import type { DateMention, Mentions, PlaceMention, PolarityMention, Span } from './mentions.js';
import { STOP_WORDS } from '../../matching/cues.js';
import { setOf } from '../../set-of.js';
import { tellerOf, type Teller } from './teller.js';
import { nameWords } from './name-words.js';
import { talkPartyLemmas } from './party-words.js';
import { opposedQualities } from './opposite-quality.js';
import { receiving } from './kind-receiving.js';

/** The article's value of a detail that differs, as data (worded by the caller, in the reader's language). */
export type ArticleValue =
  | { readonly kind: 'number'; readonly value: number; readonly ordinal: boolean; readonly claimed: number; readonly noun: string }
  | { readonly kind: 'amount'; readonly amounts: readonly { readonly value: number; readonly unit: string | null }[]; readonly claimed: { readonly value: number; readonly unit: string | null; readonly bound?: 'above' | 'below' } }
  | { readonly kind: 'date'; readonly talk: Talk; readonly claimed: { readonly year: number | null; readonly month: number | null; readonly day: number | null } }
  | { readonly kind: 'period'; readonly from: number; readonly to: number; readonly claimed: { readonly from: number; readonly to: number } }
  | { readonly kind: 'place'; readonly place: Place; readonly claimed: Place }
  | { readonly kind: 'format'; readonly talk: Talk; readonly claimed: string }
  /** `named`: a name the articles lack, as the claim gives it in a participant's place ("Wang Yi"). */
  | { readonly kind: 'person'; readonly people: readonly Person[]; readonly claimed: readonly Person[]; readonly named?: string }
  /** `holder`: another participant of the talk whose post the claimed one is ("Trung, head of the ILD": Song Tao's). */
  | { readonly kind: 'role'; readonly person: Person; readonly role: string; readonly claimed: string; readonly denied?: boolean; readonly holder?: Person }
  | { readonly kind: 'polarity'; readonly words: string; readonly claimed: string }
  /** `ownVerb`: claimed done by the act's own verb, with no word of done ("now recognise"). */
  | { readonly kind: 'status'; readonly status: 'done' | 'hoped'; readonly words: string; readonly claimed: string; readonly ownVerb?: boolean }
  | { readonly kind: 'kind'; readonly words: string; readonly claimed: string };

/** One detail compared; `key` names the detail of the claim ("date:0"), the same whichever sentence it is compared with. */
export type DetailResult =
  | { readonly kind: DetailKind; readonly key: string; readonly outcome: 'agrees' }
  /** `soft`: cannot be told, but too common to say the sentence is about something else (a side's own country named as where). */
  | { readonly kind: DetailKind; readonly key: string; readonly outcome: 'unknown'; readonly soft?: boolean }
  | { readonly kind: DetailKind; readonly key: string; readonly outcome: 'conflicts'; readonly article: ArticleValue; readonly evidence: EvidenceSentence };

export interface Comparison {
  readonly sentence: EvidenceSentence;
  readonly results: readonly DetailResult[];
  /** Content units (words and names of the claim) the sentence or its talk covers, and how many there are. */
  readonly covered: number;
  readonly units: number;
  /** Of the units covered, those that are more than a word for a talk ("call", "held"): what makes it related. */
  readonly substance: number;
  /** Of those, the names (organisations, topics, documents). */
  readonly names: number;
  /** Units of the claim that are more than a word for a talk: what `substance` is a share of. */
  readonly matter: number;
  /** Details the sentence does not speak of at all (a polarity it has no word for): it cannot support the claim. */
  readonly unconfirmed: number;
  /** How many of the claim's words (content, and names other than people's) the sentence uses. */
  readonly used: number;
  /** Names of the talk's own parties the sentence does not name: covered for a contradiction, not for support. */
  readonly parties: number;
}

/** Words either side of a mention that say what it is about. */
const CONTEXT = 4;
/** Amounts within this share of each other are the same amount; "about" allows more. */
const EXACT = 0.01;
const LOOSE = 0.15;
/** Words more of the claim another sentence must use to be shown instead of the talk's own. */
const CLEARLY_CLOSER = 3;
/** Words of grammar at most between a word for talking and the format it says the talking took ("talked on the phone"). */
const TALKED_REACH = 3;
/** The weight of a verb, adjective or adverb among the words a sentence must cover. */
const GENERAL = 0.5;

/** A sentence's contexts are the same for every claim: read once per mention. */
const contexts = new WeakMap<Span, ReadonlySet<string>>();

/** The lemmas of content words within CONTEXT words of a mention. */
function contextOf(index: ClaimIndex, m: Mentions, span: Span): ReadonlySet<string> {
  const known = contexts.get(span);
  if (known) return known;
  const out = new Set<string>();
  const content = new Set(m.content);
  for (let i = Math.max(0, span.at - CONTEXT); i < Math.min(m.tokens.length, span.end + CONTEXT); i++) {
    if (i >= span.at && i < span.end) continue;
    const w = m.tokens[i]?.word;
    if (w && (content.has(i) || m.names.some((n) => i >= n.at && i < n.end))) for (const l of index.meanings(w)) out.add(l);
  }
  contexts.set(span, out);
  return out;
}

const overlaps = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));

/** The groups of the kinds of thing named within CONTEXT words of a mention ("disaster" of "the earthquake in China"). */
function kindsNear(m: Mentions, span: Span): ReadonlySet<string> {
  return new Set(m.kinds.filter((x) => x.end > span.at - CONTEXT && x.at < span.end + CONTEXT && (x.end <= span.at || x.at >= span.end)).map((x) => x.kind.group));
}

/** Words at most between a kind of thing and the place it is said to be in ("losses in many Chinese localities caused by the recent heavy rains"). */
const KIND_PLACE_REACH = 2 * CONTEXT;

/** The place of that kind nearest a kind of thing of the group, within reach: where the sentence says that thing was. */
function placeOfKind(m: Mentions, group: string, placeKind: string): Mentions['allPlaces'][number] | undefined {
  const gap = (a: Span, b: Span) => Math.max(a.at - b.end, b.at - a.end, 0);
  const near = m.allPlaces
    .filter((x) => x.place.kind === placeKind)
    .map((x) => ({ x, d: Math.min(...m.kinds.filter((k) => k.kind.group === group).map((k) => gap(x, k))) }))
    .filter((c) => c.d <= KIND_PLACE_REACH)
    .sort((a, b) => a.d - b.d);
  return near[0]?.x;
}

/** Words between a count and the party it is of ("the CPC's 20th congress", "the 13th National Congress of CPV"). */
const OWNER_REACH = 2;

/**
 * The party a count is of, named right before it, in its noun or right after it: two parties' ordinals ("the CPC's 20th
 * national congress", "the 13th National Congress of CPV") count different things.
 */
function ownerOf(index: ClaimIndex, m: Mentions, c: Span & { readonly nounAt: readonly number[] }): Organisation | null {
  const last = Math.max(c.end - 1, ...c.nounAt);
  // A party's own name, not a person's ("since Congress 14, Song Tao said…" names no owner of the congress).
  const partyAt = (i: number) => {
    const n = m.names.find((x) => i >= x.at && i < x.end);
    return n && n.named.kind === 'organisation' ? index.partyOf(n.named) : null;
  };
  const pause = (i: number) => /[,.;:!?()]/u.test(m.text.slice((m.tokens[i]?.at ?? 0) + (m.tokens[i]?.word.length ?? 0), m.tokens[i + 1]?.at ?? 0));
  for (let i = c.at - 1; i >= Math.max(0, c.at - OWNER_REACH) && !pause(i); i--) {
    const party = partyAt(i);
    if (party) return party;
  }
  // Its noun's words may run on to the party ("National Congress of CPV").
  for (let i = c.end; i <= Math.min(m.tokens.length - 1, last + OWNER_REACH) && !pause(i - 1); i++) {
    const party = partyAt(i);
    if (party) return party;
  }
  return null;
}

/** The stems of the words within CONTEXT words of a mention, grammar aside, whatever else they are part of ("as scheduled"). */
function stemsAround(index: ClaimIndex, m: Mentions, span: Span): ReadonlySet<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, span.at - CONTEXT); i < Math.min(m.tokens.length, span.end + CONTEXT); i++) {
    const t = m.tokens[i];
    if (t && (i < span.at || i >= span.end) && t.value === undefined && !index.functionWords.has(t.word)) out.add(index.stem(t.word));
  }
  return out;
}

/** Words either side of a polarity word the thing it is said of is looked for in ("exchanges … could not be held"). */
const THING_REACH = 8;

/**
 * How much of what the claim speaks of stands around the sentence's words of a polarity group: its words and names
 * (a noun 1, a verb or adjective ½; not the claim's own words of polarity), within THING_REACH. The thing a sentence
 * says "could not be held" or "continue" of is the one the claim means where the claim's words are around it.
 */
export function polarThing(index: ClaimIndex, claim: Mentions, sentence: Mentions, group: number): number {
  const own = new Set(claim.polarity.flatMap((p) => Array.from({ length: p.end - p.at }, (_, k) => p.at + k)));
  const named = new Set(claim.names.flatMap((n) => Array.from({ length: n.end - n.at }, (_, k) => n.at + k)));
  const words = [...new Set([...claim.content, ...named])].filter((i) => !own.has(i) && !index.functionWords.has(claim.tokens[i]?.word ?? ''));
  let best = 0;
  for (const x of sentence.polarity.filter((p) => p.senses.some((v) => v.group === group))) {
    const near = sentence.tokens.filter((_, k) => k >= x.at - THING_REACH && k < x.end + THING_REACH && (k < x.at || k >= x.end));
    const stems = new Set(near.map((t) => index.stem(t.word)));
    const lemmas = new Set(near.map((t) => index.lemma(t.word)));
    const said = words.filter((i) => {
      const w = claim.tokens[i]?.word ?? '';
      return stems.has(index.stem(w)) || index.meanings(w).some((l) => lemmas.has(l));
    });
    best = Math.max(best, said.reduce((n, i) => n + (index.general(claim.tokens[i]?.word ?? '') ? 0.5 : 1), 0));
  }
  return best;
}

export const sameFormat = (a: ClaimFormat, b: ClaimFormat) =>
  a.kind === 'talks' && b.kind === 'talks' ? a.talks.length === b.talks.length && a.talks.every((t) => setOf(b.talks).has(t)) : a.kind === 'other' && b.kind === 'other' && a.id === b.id;

const near = (a: number, b: number, loose: boolean) => Math.abs(a - b) <= Math.max(a, b) * (loose ? LOOSE : EXACT);

/** A sentence that says how the talk was held: the talk's own, unless another says it of what the claim is about. */
function formatEvidence(index: ClaimIndex, m: Mentions, talk: TalkEvidence): EvidenceSentence {
  const own = overlap(index, m, talk.format);
  const best = talk.formats.map((s) => ({ s, n: overlap(index, m, s) })).sort((a, b) => b.n - a.n)[0];
  // Or closer, and saying every document, topic or body the claim names ("the 2021-2025 plan was signed in person").
  const names = m.names.filter((n) => n.named.kind !== 'person');
  const saysAll = (x: EvidenceSentence) => names.length > 0 && names.every((n) => m.tokens.slice(n.at, n.end).some((k) => !index.functionWords.has(k.word) && index.meanings(k.word).some((l) => x.lemmas.has(l))));
  return best && (best.n >= own + CLEARLY_CLOSER || (best.n > own && saysAll(best.s) && !saysAll(talk.format))) ? best.s : talk.format;
}

/**
 * `coverage: false` compares the details only (a yes/no question, whose answerer has found what it is
 * about): `covered` and `units` are then 0.
 */
/** Each participant's role words, per claim index: the same for every sentence of every talk the participant is at. */
const roleWordsOf = new WeakMap<ClaimIndex, WeakMap<Participant, ReadonlySet<string>>>();

/** The lemmas of a participant's role, organisation and party, in all their names: what a role claimed of them may use. */
function roleWords(index: ClaimIndex, held: Participant): ReadonlySet<string> {
  let ofIndex = roleWordsOf.get(index);
  if (ofIndex === undefined) {
    ofIndex = new WeakMap();
    roleWordsOf.set(index, ofIndex);
  }
  let known = ofIndex.get(held);
  if (known === undefined) {
    known = new Set(
      // The body's short names in every language too ("中联部" is the International Liaison Department, not another body).
      [held.role, held.organisation.name, ...held.organisation.aliases, held.organisation.acronym ?? '', held.party.name, held.party.acronym ?? '', ...held.party.aliases, ...Object.values(held.organisation.terms).flat()]
        .join(' ')
        .toLowerCase()
        .split(/[^\p{L}\d]+/u)
        .filter(Boolean)
        .map((w) => index.lemma(w)),
    );
    ofIndex.set(held, known);
  }
  return known;
}

export function compare(index: ClaimIndex, claim: ClaimDetails, s: EvidenceSentence, talk: TalkEvidence, allTalks: readonly Talk[], coverage = true): Comparison {
  const results: DetailResult[] = [];
  const m = claim.mentions;
  const t = s.talk;
  // The detail being compared, as each loop below sets it.
  let key = '';
  const conflict = (kind: DetailKind, article: ArticleValue, evidence: EvidenceSentence = s): DetailResult => ({ kind, key, outcome: 'conflicts', article, evidence });
  const agrees = (kind: DetailKind): DetailResult => ({ kind, key, outcome: 'agrees' });
  const unknown = (kind: DetailKind, soft = false): DetailResult => (soft ? { kind, key, outcome: 'unknown', soft } : { kind, key, outcome: 'unknown' });

  for (const [i, a] of m.amounts.entries()) {
    key = `amount:${i}`;
    const comparable = s.amounts.filter((x) => a.unit === null || x.unit === a.unit);
    const [given] = s.amounts;
    if (s.amounts.length === 0) results.push(unknown('amount'));
    // A currency asked alone is the one the sentence gives its figure in (a second is that figure converted).
    else if (a.alone) results.push(given?.unit === a.unit ? agrees('amount') : given?.unit ? conflict('amount', { kind: 'amount', amounts: s.amounts, claimed: { value: a.value, unit: a.unit } }) : unknown('amount'));
    else if (a.bound !== null && comparable.length > 0) {
      // "More than 300,000 USD?": the article's amount passes the bound or not; the bound itself is neither.
      const passes = comparable.some((x) => (a.bound === 'above' ? x.value > a.value : x.value < a.value) && !near(x.value, a.value, false));
      const fails = comparable.some((x) => (a.bound === 'above' ? x.value < a.value : x.value > a.value) && !near(x.value, a.value, false));
      if (passes) results.push(agrees('amount'));
      else if (fails) results.push(conflict('amount', { kind: 'amount', amounts: s.amounts, claimed: { value: a.value, unit: a.unit, bound: a.bound } }));
      else results.push(unknown('amount'));
    } else if (comparable.some((x) => near(x.value, a.value, a.approximate))) results.push(agrees('amount'));
    else if (comparable.length > 0) results.push(conflict('amount', { kind: 'amount', amounts: s.amounts, claimed: { value: a.value, unit: a.unit } }));
    // The same value in another currency ("235,000 euros" of 235,000 USD): the currency is what differs.
    else if (a.unit !== null && s.amounts.some((x) => x.unit !== null && x.unit !== a.unit && near(x.value, a.value, a.approximate)))
      results.push(conflict('amount', { kind: 'amount', amounts: s.amounts, claimed: { value: a.value, unit: a.unit } }));
    else results.push(unknown('amount'));
  }

  for (const [i, p] of m.periods.entries()) {
    key = `period:${i}`;
    if (s.periods.length === 0) results.push(unknown('period'));
    else if (s.periods.some((x) => x.from === p.from && x.to === p.to)) results.push(agrees('period'));
    else {
      const x = s.periods[0];
      if (x) results.push(conflict('period', { kind: 'period', from: x.from, to: x.to, claimed: { from: p.from, to: p.to } }));
    }
  }

  // An end or a length said alone is compared with the article's period; a conflict shows the period it claims.
  const periodAlone = (kind: 'periodEnd' | 'periodStart' | 'periodLength', i: number, holds: (x: { from: number; to: number }) => boolean, claimed: (x: { from: number; to: number }) => { from: number; to: number }) => {
    key = `${kind}:${i}`;
    const x = s.periods[0];
    if (!x) results.push(unknown('period'));
    else if (s.periods.some(holds)) results.push(agrees('period'));
    else results.push(conflict('period', { kind: 'period', from: x.from, to: x.to, claimed: claimed(x) }));
  };
  for (const [i, e] of m.periodEnds.entries()) periodAlone('periodEnd', i, (x) => x.to === e.to, (x) => ({ from: x.from, to: e.to }));
  for (const [i, b] of m.periodStarts.entries()) periodAlone('periodStart', i, (x) => x.from === b.from, (x) => ({ from: b.from, to: x.to }));
  // A length beside the period itself ("a ten-year plan for 2021-2030") is that period's: compared once, as the period.
  for (const [i, l] of m.periods.length > 0 ? [] : m.periodLengths.entries()) periodAlone('periodLength', i, (x) => x.to - x.from + 1 === l.years, (x) => ({ from: x.from, to: x.from + l.years - 1 }));
  // How long someone held a post or a state lasted: the articles give no such span, so none vouches for it.
  for (const [i] of m.durations.entries()) {
    key = `duration:${i}`;
    results.push(unknown('period'));
  }

  const fits = (d: { year: number | null; month: number | null; day: number | null }, talkOf: Talk) => {
    const [y, mo, da] = talkOf.date.split('-').map(Number);
    return (d.year === null || d.year === y) && (d.month === null || d.month === mo) && (d.day === null || d.day === da);
  };
  // "The phone talks on July 29 were in 2021": a year said, with only grammar or words for holding talks between, of
  // the day and month another date of the claim names the talk by is that talk's year.
  const dayOf = (d: DateMention) => [...claim.anchored].find((a) => a !== d && a.year === null && a.month !== null && a.end <= d.at);
  const yearOfDay = (d: DateMention) => {
    const day = d.year !== null && d.month === null && d.day === null ? dayOf(d) : undefined;
    if (!day) return false;
    for (let k = d.at - 1; k >= day.end; k--) {
      const w = m.tokens[k]?.word ?? '';
      if (!index.functionWords.has(w) && !index.talkWords.has(w)) return false;
    }
    return true;
  };
  // A date fitting another talk names that talk only where the claim speaks of both talks, each by a year or format of
  // its own ("the 2020 call on July 29 and the 2022 talks on April 19"); beside only this talk's year ("the 2022 talks
  // took place on July 29"), or as the only name of a talk ("the 2022 talks" for the 2020 call), it is a detail the
  // claim gives the talk it speaks of.
  const named = (x: Talk, d: DateMention) =>
    m.dates.some((e) => e !== d && e.year !== null && fits(e, x)) || m.formats.some((f) => !f.negated && f.format.kind === 'talks' && f.format.talks.length === 1 && f.format.talks.includes(x));
  const namesOther = (d: DateMention, o: Talk) => (d.year !== null || named(o, d)) && named(t, d);
  for (const [i, d] of m.dates.entries()) {
    key = `date:${i}`;
    const [year, month] = t.date.split('-').map(Number);
    // "The July 2020 call and the April 2022 talks": a date naming another talk the claim also speaks of.
    const another = (d.year !== null && d.year !== year) || (d.month !== null && d.month !== month);
    if (fits(d, t)) results.push(agrees('date'));
    else if (m.dates.length > 1 && another && allTalks.some((o) => o !== t && fits(d, o) && namesOther(d, o))) continue;
    else if (claim.anchored.has(d) || yearOfDay(d)) results.push(conflict('date', { kind: 'date', talk: t, claimed: { year: d.year, month: d.month, day: d.day } }, talk.when));
    else results.push(unknown('date'));
  }

  // Words a detail accounts for (the noun of a count the sentence gives too): covered like the detail.
  const explained = new Set<number>();
  const signed = claim.signed;
  for (const [i, c] of m.counts.entries()) {
    key = `number:${i}`;
    if (c === signed) {
      // Compared where the documents or the talk itself are: not on a sentence about other documents.
      if (s.agreements.length === 0 && !s.when && !s.format && s.participants.length === 0) {
        results.push(unknown('number'));
        continue;
      }
      const n = talk.signed.length;
      const first = talk.signed[0];
      for (const i of c.nounAt) explained.add(i);
      if (n === c.value) results.push(agrees('number'));
      else if (first) results.push(conflict('number', { kind: 'number', value: n, ordinal: false, claimed: c.value, noun: m.tokens[c.end]?.word ?? '' }, first));
      else results.push(unknown('number'));
      continue;
    }
    if (c === claim.headCount) {
      // How many took part is the talk's, whatever the sentence says: put right by the sentence naming them, as a date is.
      const named = [...talk.participants.values()][0];
      if (!named) {
        results.push(unknown('number'));
        continue;
      }
      for (const i of c.nounAt) explained.add(i);
      const n = t.participants.length;
      if (n === c.value) results.push(agrees('number'));
      else results.push(conflict('number', { kind: 'number', value: n, ordinal: false, claimed: c.value, noun: m.tokens[c.end]?.word ?? '' }, named));
      continue;
    }
    // A count of a kind of thing ("the two prime ministers") is compared as that kind, below; an ordinal ("the 60th
    // anniversary of diplomatic ties") says which one, compared here as well as its kind.
    if (!c.ordinal && c.nounAt.some((at) => m.kinds.some((x) => at >= x.at && at < x.end))) continue;
    // The sentence's count of the same thing: the same noun, or the same words around it.
    // The claim's noun in its own word counts alike with the article's it means ("70th birthday" of "70th anniversary").
    const alikeTags = (l: string) => [...new Set([l, ...index.meanings(l)].flatMap((x) => (index.alike.has(x) ? [`#${index.alike.get(x)}`] : [])))];
    const noun = new Set(c.noun.flatMap((l) => [l, ...alikeTags(l)]));
    const context = contextOf(index, m, c);
    const owner = ownerOf(index, m, c);
    const aligned = s.mentions.counts.filter((x) => {
      const theirs = owner ? ownerOf(index, s.mentions, x) : null;
      if (owner && theirs && owner !== theirs) return false;
      const xs = new Set(x.noun.flatMap((l) => [l, ...(index.alike.has(l) ? [`#${index.alike.get(l)}`] : [])]));
      const shared = [...noun].filter((l) => xs.has(l)).length;
      // The claim's noun counted ("60 years") alike with the sentence's ("70th founding anniversary"): its first
      // noun, or the group it counts alike with, among the sentence's.
      const head = (l: string | undefined) => (l === undefined ? [] : [l, ...(index.alike.has(l) ? [`#${index.alike.get(l)}`] : [])]);
      const sameHead = (c.noun[0] === undefined ? [] : [c.noun[0], ...alikeTags(c.noun[0])]).some((l) => xs.has(l)) || head(x.noun[0]).some((l) => noun.has(l));
      // A count ("两位团长", two heads) against an ordinal ("the first centenary goal") says how many of one thing and
      // which one of another: alike only by the nouns counted alike ("60 years", "70th anniversary"), never by a word
      // around them both.
      const tagged = [...noun].some((l) => l.startsWith('#') && xs.has(l));
      if (c.ordinal !== x.ordinal && !tagged && shared < 2 && c.noun[0] !== x.noun[0]) return false;
      return shared > 0 && (shared >= 2 || c.noun[0] === x.noun[0] || sameHead || overlaps(context, contextOf(index, s.mentions, x)));
    });
    if (aligned.length > 0) for (const i of c.nounAt) explained.add(i);
    if (aligned.length === 0) results.push(unknown('number'));
    else if (aligned.some((x) => x.value === c.value)) results.push(agrees('number'));
    else {
      const x = aligned[0];
      if (x) results.push(conflict('number', { kind: 'number', value: x.value, ordinal: x.ordinal, claimed: c.value, noun: x.noun.join(' ') }));
    }
  }

  // A place the claim says something is or happens in, against the places the sentence says so of: those
  // around the same words, or any when the claim names a topic of the sentence (where the floods were).
  // A place qualified by another kind of area ("the maritime border"): one place, compared whole with the
  // sentence's own words for it ("land border"); the qualifier is no place of its own.
  const qualifies = (x: Span, y: Span | undefined) => y !== undefined && x.end === y.at;
  // The claim's words for a place given otherwise ("along the land border"): that detail, not words left uncovered.
  const misplaced = new Set<number>();
  const placed = (x: Span) => {
    for (let k = x.at; k < x.end; k++) misplaced.add(k);
    for (let k = x.at - 1; k >= 0 && (index.locatives.has(m.tokens[k]?.word ?? '') || index.functionWords.has(m.tokens[k]?.word ?? '')); k--) misplaced.add(k);
  };
  for (const [i, p] of m.places.entries()) {
    key = `place:${i}`;
    const head = m.places[i + 1];
    if (p.place.kind === 'area' && head?.place.kind === 'area' && head.place.id !== p.place.id && qualifies(p, head)) continue;
    const qualifier = m.places[i - 1];
    if (p.place.kind === 'area' && qualifier?.place.kind === 'area' && qualifier.place.id !== p.place.id && qualifies(qualifier, p)) {
      const own = new Set(m.tokens.slice(p.at, p.end).map((k) => k.word));
      const claimedWords = new Set(m.tokens.slice(qualifier.at, qualifier.end).map((k) => k.word));
      const theirs = s.mentions.allPlaces.filter((x) => x.place.id === p.place.id);
      // The sentence qualifies it otherwise: its own words ("land") or another area before it.
      const other = theirs.find((x) => {
        const before = s.mentions.allPlaces.find((y) => y.place.kind === 'area' && y.place.id !== x.place.id && qualifies(y, x));
        if (before) return before.place.id !== qualifier.place.id;
        const extra = s.mentions.tokens.slice(x.at, x.end).map((k) => k.word).filter((w) => !own.has(w) && !index.functionWords.has(w));
        return extra.length > 0 && extra.every((w) => !claimedWords.has(w));
      });
      if (other) {
        const label = (from: Mentions, x: Span) => spanWords(from, x);
        results.push(conflict('place', { kind: 'place', place: { ...p.place, label: label(s.mentions, other) }, claimed: { ...p.place, label: label(m, { at: qualifier.at, end: p.end }) } }));
        placed({ at: qualifier.at, end: p.end });
        continue;
      }
    }
    // Words for the talks themselves ("talked about the Ukraine war during the call") and their people's names ("Quan
    // and Song Tao discussed the Ukraine crisis") are round every place of a sentence of the talks: no sign that the
    // sentence says where the claim's thing is. (A side is what the talks' people act on: "called on China".)
    const { peopleWords } = ofClaim(index, m);
    const context = p.place.side ? contextOf(index, m, p) : new Set([...contextOf(index, m, p)].filter((l) => !index.talkWords.has(l) && !peopleWords.has(l)));
    const onTopic = m.names.some((n) => n.named.kind === 'topic' && s.topics.has(n.named.topic));
    // A kind of thing beside the place ("the earthquake in China") is what is placed, as the sentence's kind of the same
    // group beside its place ("the floods in China") is: the place of the thing, whichever kind each names it.
    // Only to agree: which of a sentence's places its thing is in is told by nearness alone, too loosely to contradict.
    const placedKinds = [...kindsNear(m, p)].flatMap((g) => placeOfKind(s.mentions, g, p.place.kind) ?? []).filter((x) => x.place.id === p.place.id);
    const alignedIn = (theirs: readonly PlaceMention[]) => [
      ...theirs.filter((x) => x.place.kind === p.place.kind && overlaps(context, contextOf(index, s.mentions, x))),
      ...(onTopic ? s.mentions.places.filter((x) => x.place.kind === p.place.kind) : []),
    ];
    // A side's country claimed as where something happened is compared with where the sentence says things happened,
    // where it says so, not with a side it names as an actor ("the Vietnamese official expressed sympathy … floods in
    // China" says the floods were in China).
    const where = p.place.side ? alignedIn(s.mentions.places) : [];
    const aligned = [...placedKinds, ...(where.length > 0 ? where : alignedIn(s.mentions.allPlaces))];
    // A side's country said to be where something is needs the sentence to say so; another place, only to name it.
    const named = !p.place.side && (s.mentions.allPlaces.some((x) => x.place.id === p.place.id) || s.places.has(p.place.id));
    if (aligned.some((x) => x.place.id === p.place.id)) results.push(agrees('place'));
    // Another place said as one more ("also sent aid to Laos and Cambodia"): beside the sentence's, not instead of it;
    // a side's country is what the talks speak of, still compared.
    else if (aligned[0] && !p.place.side && index.additive.all(m.tokens).length > 0) results.push(unknown('place'));
    else if (aligned[0]) {
      results.push(conflict('place', { kind: 'place', place: aligned[0].place, claimed: p.place }));
      placed(p);
    }
    else if (named || (!p.place.side && aboutPlace(index, s, m.tokens.slice(p.at, p.end).map((k) => k.word)))) results.push(agrees('place'));
    // Where in a side's own country: every sentence of the talks is about the two sides, few say where.
    else results.push(unknown('place', p.place.side));
  }

  // "Did they talk about the phone calls between…", "the 2022 talks mentioned phone talks": a format right after a word
  // making it the subject (determiners aside) is something talked of, not how the talk was held.
  const talkedOf = (at: number) => {
    let k = at - 1;
    while (k >= 0 && index.talkedAbout.determiners.has(m.tokens[k]?.word ?? '')) k--;
    return index.talkedAbout.links.has(m.tokens[k]?.word ?? '');
  };
  // A format said of a word for the talks before it, with only grammar or words for holding talks between and no
  // pause or verb of saying ("the April 2022 talks were held by phone"; not "according to the 2022 talks, phone
  // calls between…", "the 2022 talks said phone calls…").
  // Filler ("were just a phone call") and the talk's own people ("the talks between Trung and Song Tao were") stand
  // between them too.
  const personAt = (k: number) => m.names.some((n) => n.named.kind === 'person' && k >= n.at && k < n.end);
  const sideAt = (k: number) => m.allPlaces.some((x) => x.place.side && k >= x.at && k < x.end);
  const predicated = (at: number) => {
    if (talkedOf(at)) return false;
    const filler = new Set(index.ignore.all(m.tokens).flatMap((h) => Array.from({ length: h.length }, (_, k) => h.at + k)));
    for (let k = at - 1; k >= 0; k--) {
      const x = m.tokens[k];
      const next = m.tokens[k + 1];
      if (!x || !next || /[,.;:!?()]/.test(m.text.slice(x.at + x.word.length, next.at))) return false;
      if (index.talkNouns.has(x.word)) return true;
      // "The talks between Vietnam and China were…": the talk's sides, named after it, still leave the format its own.
      if (filler.has(k) || personAt(k) || sideAt(k)) continue;
      // One word qualifying the format after grammar ("were a regular phone call"), not a verb before it ("said phone
      // calls") nor a date naming a talk of its own ("the 2020 phone call and the 2022 video talks").
      const qualifies = k === at - 1 && !m.dates.some((d) => k >= d.at && k < d.end) && index.functionWords.has(m.tokens[k - 1]?.word ?? '') && !index.speech.has(m.tokens[k - 1]?.word ?? '');
      if (qualifies) continue;
      if ((!index.functionWords.has(x.word) && !index.talkWords.has(x.word)) || index.speech.has(x.word)) return false;
    }
    return false;
  };
  // The claim names this talk: by its date, else by its people ("the talks between Trung and Song Tao were…").
  const namesTalk =
    claim.anchored.size > 0 ? [...claim.anchored].every((d) => fits(d, t)) : claim.people.length > 0 && claim.people.every((p) => t.participants.some((x) => x.person === p));
  // A word for talking just before the format, only grammar between ("talked by phone", "talked on the phone",
  // "spoke over the phone"): the format is how those people talked.
  const talkedIn = (at: number) => {
    if (talkedOf(at)) return false;
    for (let k = at - 1; k >= Math.max(0, at - TALKED_REACH); k--) {
      const w = m.tokens[k]?.word ?? '';
      if (index.talkWords.has(w)) return true;
      if (!index.functionWords.has(w)) return false;
    }
    return false;
  };
  // Each format once ("written letters" names one).
  const formats = m.formats.filter((f, i) => m.formats.findIndex((g) => sameFormat(g.format, f.format) && g.negated === f.negated) === i);
  for (const [i, f] of formats.entries()) {
    key = `format:${i}`;
    // The sentence itself speaks of that format ("phone talks between the General Secretaries"); not when the
    // claim says it of the talk, its participants talking ("Trung and Song Tao talked by phone"): that is the
    // talk's own format.
    // Nor when the claim dates the talk it says it of ("The April 2022 talks were a phone call"): the talk's format.
    const ofTalk =
      (claim.people.length > 0 && claim.people.every((p) => t.participants.some((x) => x.person === p)) && talkedIn(f.at)) ||
      (formats.length === 1 && namesTalk && predicated(f.at));
    const own = !ofTalk && s.mentions.formats.some((x) => sameFormat(x.format, f.format) && x.negated === f.negated);
    const held = f.format.kind === 'talks' ? f.format.talks.includes(t) : f.format.inPerson ? !t.format.remote : false;
    const label = f.format.kind === 'talks' ? f.format.label : f.format.id;
    if (own || held !== f.negated) results.push(agrees('format'));
    // "The 2020 phone call and the 2022 video talks": a format of another talk the claim also names; not one it says
    // the talk was ("the 2020 phone call was actually a videoconference").
    else if (formats.length > 1 && f.format.kind === 'talks' && f.format.talks.some((o) => o !== t) && !f.negated && !predicated(f.at)) continue;
    // "Flew to Hanoi to meet Quan in person after their phone call": beside the talk's own format, named as such,
    // another is of another meeting the claim tells of, which the articles neither report nor rule out.
    else if (!f.negated && !predicated(f.at) && formats.some((g) => g !== f && !g.negated && (g.format.kind === 'talks' ? g.format.talks.includes(t) : g.format.inPerson && !t.format.remote))) results.push(unknown('format'));
    // Said of something else than the talk ("flexible exchange forms like in-person summits") where the sentence names
    // the forms of it ("such as phone talks between leaders"): that sentence puts it right, not the talk's own format.
    else if (!ofTalk && claim.people.length === 0 && s.mentions.formats.some((x) => !x.negated)) results.push(conflict('format', { kind: 'format', talk: t, claimed: label }));
    else results.push(conflict('format', { kind: 'format', talk: t, claimed: label }, formatEvidence(index, m, talk)));
  }

  // People: the speakers of what the sentence reports, and who took part in the talk.
  if (claim.people.length > 0) {
    const named = new Set(claim.people);
    // "…, Vietnam's Party envoy told Song Tao": the one person named is the one told, the speaker that side's official.
    const { teller } = ofClaim(index, m);
    const toldBy = teller !== null && claim.people.every((p) => teller.told.has(p)) && [...s.speakers].some((p) => p.party === teller.side);
    // The other way round ("China's envoy told Trung …" of what Trung said): the one told is who spoke.
    const toldSpoke = teller !== null && !toldBy && s.statements.length > 0 && [...s.speakers].some((p) => teller.told.has(p));
    const tellers = teller ? t.participants.filter((x) => x.party === teller.side).map((x) => x.person) : [];
    if (toldSpoke && tellers.length > 0) {
      key = 'person:teller';
      results.push(conflict('person', { kind: 'person', people: [...s.speakers], claimed: tellers }));
    } else if (s.speakers.size > 0 && s.statements.length > 0 && !claim.people.some((p) => s.speakers.has(p)) && !toldBy) {
      for (const p of claim.people) {
        key = `person:${p.id}`;
        // Someone who was not at the talk at all ("the Vietnamese side was led by Quan" of 2022): what is wrong is
        // who took part, which the sentence naming the one of that side who did gives.
        const instead = t.participants.some((x) => x.person === p) ? undefined : t.participants.find((x) => x.party === p.party && !named.has(x.person));
        const where = instead ? talk.participants.get(instead.person) : undefined;
        if (instead && where) results.push(conflict('person', { kind: 'person', people: [instead.person], claimed: [p] }, where));
        else results.push(conflict('person', { kind: 'person', people: [...s.speakers], claimed: claim.people }));
      }
    } else {
      for (const p of claim.people) {
        key = `person:${p.id}`;
        if (t.participants.some((x) => x.person === p)) {
          results.push(agrees('person'));
          continue;
        }
        const instead = t.participants.find((x) => x.party === p.party && !named.has(x.person));
        const where = instead ? talk.participants.get(instead.person) : undefined;
        if (instead && where) results.push(conflict('person', { kind: 'person', people: [instead.person], claimed: [p] }, where));
        else results.push(unknown('person'));
      }
    }
  }

  // A person said to act for a side ("Song Tao spoke for the Vietnamese side"): the side is his own party or it is
  // not, whatever else the sentence reports; the sentence naming him at the talk gives his party.
  const side = claim.personSide;
  const sideWhere = side ? talk.participants.get(side.person) : undefined;
  if (side && sideWhere) {
    key = 'person:side-of';
    if (side.person.party === side.party) results.push(agrees('place'));
    else results.push(conflict('place', { kind: 'place', place: sidePlace(side.person.party), claimed: sidePlace(side.party) }, sideWhere));
  }

  // A name the articles lack in a participant's place at this talk ("Quan talked by phone with Wang Yi"), as the
  // reading found it: that participant is who the articles name there.
  const standIn = claim.standIn;
  // The claim's words for the name given in that place: that detail, not words left uncovered.
  const namedInstead = new Set<number>();
  if (standIn?.instead && standIn.talk === t) {
    key = 'person:stand-in';
    const where = talk.participants.get(standIn.instead);
    if (where) {
      results.push(conflict('person', { kind: 'person', people: [standIn.instead], claimed: [], named: standIn.words }, where));
      // Only of a talk the claim names by its month or format ("on the July 2020 call"): "Quan's talks with Wang Yi" or
      // "talked … in 2020" may be another meeting, which the articles neither report nor rule out.
      if ([...claim.anchored].some((d) => d.month !== null) || m.formats.some((f) => !f.negated)) for (const k of nameAt(m, standIn.words)) namedInstead.add(k);
    }
  }

  // A side made to speak ("it was the Chinese official who raised…"), no one named: what the sentence reports
  // was said by someone of another side, and the sentence does not name that side at all (thanking "the
  // Vietnamese Party" is a reply to what it did).
  const speakingSides = new Set(claim.sides);
  // Whether the sentence names a speaking side: asked only when the claim makes a side speak (most compare no side).
  const namesSide = () =>
    [...s.mentions.names.map((n) => (n.named.kind === 'organisation' ? n.named.organisation.id : '')), ...s.mentions.allPlaces.filter((x) => x.place.side).map((x) => x.place.id)].some((id) =>
      [...speakingSides].some((o) => o.id === id),
    );
  if (claim.people.length === 0 && speakingSides.size > 0 && s.speakers.size > 0 && s.statements.length > 0) {
    key = 'person:side';
    const theirs = t.participants.filter((x) => speakingSides.has(x.party)).map((x) => x.person);
    if ([...s.speakers].some((p) => speakingSides.has(p.party))) results.push(agrees('person'));
    else if (theirs.length > 0 && !namesSide()) results.push(conflict('person', { kind: 'person', people: [...s.speakers], claimed: theirs }));
  }

  // Who gave to whom, against the giver of the gift the sentence gives the figure of: a side reversed is the
  // side the article names in its place (the recipient, "Vietnam", when the claim gives it to China).
  const giver = claim.giving ? giverOf(index, s.figures) : null;
  if (claim.giving && giver) {
    key = 'giving';
    const recipient = otherParty(t, giver);
    const { giver: claimedGiver, recipient: claimedRecipient } = claim.giving;
    // "Vietnam also sent supplies to China": a gift the other way said as one more is a return gift beside the one
    // reported, which the sentence neither gives nor denies.
    const returned = claimedGiver === recipient && claimedRecipient === giver && index.additive.all(m.tokens).length > 0;
    if (returned) results.push(unknown('place'));
    else if (claimedRecipient && recipient && claimedRecipient !== recipient) results.push(conflict('place', { kind: 'place', place: sidePlace(recipient), claimed: sidePlace(claimedRecipient) }));
    else if (claimedGiver && claimedGiver !== giver) results.push(conflict('place', { kind: 'place', place: sidePlace(giver), claimed: sidePlace(claimedGiver) }));
    else results.push(agrees('place'));
    // "Was it from the Chinese government?": a body of the side claimed as the giver, which the body the figure gives
    // as its giver ("the CPC's International Liaison Department") is not, nor its party, is given otherwise.
    const body = claim.giving.giverBody;
    const from = s.figures.map((f) => f.from);
    const [gave] = from;
    if (body && gave && (claimedGiver === null || claimedGiver === giver) && !from.some((o) => bodyNamed(index, o, body.body))) {
      key = 'giving:body';
      results.push(conflict('kind', { kind: 'kind', words: gave.name, claimed: body.words }));
    }
  }

  // "Vietnam gave China …": no one named, two sides named one after the other with words between and none that
  // joins them or turns the act round ("and", "from", "received"), the first acts on the second; a sentence whose
  // speakers are all of the second side reports the act the other way round.
  const order = m.allPlaces.filter((x) => x.place.side).sort((a, b) => a.at - b.at);
  const actor = order[0];
  const acted = order.find((x) => x.place.id !== actor?.place.id);
  const linked = (from: number, to: number) => m.tokens.slice(from, to).some((x) => index.sideLinks.has(x.word));
  // Only of an act reported done ("presented", "thanked"): one only proposed or hoped for by a side is no act of it.
  const hoped = s.mentions.status.some((x) => x.status === 'hoped');
  // A sentence whose speakers are all of the first side reports the act as claimed: the detail holds at that talk
  // ("did China's official praise Vietnam's fight against COVID?" holds by Song Tao's praise, whatever Quan said).
  // "It was China that sent Vietnam…": the cleft's "was" before the first side links nothing.
  const cleft = actor !== undefined && cleftBefore(m, actor.at);
  if (claim.people.length === 0 && speakingSides.size === 0 && actor && acted && acted.at > actor.end && !linked(cleft ? actor.at : 0, acted.at) && !hoped && s.speakers.size > 0 && s.statements.length > 0) {
    const all = (id: string) => [...s.speakers].every((p) => p.party.id === id);
    const theirs = t.participants.filter((x) => x.party.id === actor.place.id).map((x) => x.person);
    if (all(acted.place.id) && theirs.length > 0) {
      key = 'person:side';
      results.push(conflict('person', { kind: 'person', people: [...s.speakers], claimed: theirs }));
    } else if (all(actor.place.id)) {
      key = 'person:side';
      results.push(agrees('person'));
    }
  }

  // One side doing to the other what the sentence has the other do to it ("it was Vietnam that thanked China"
  // where the Chinese official thanked the Vietnamese Party): the same verb, the parties either side swapped.
  // (A claim read as one side acting on the other is checked below, with the act's nouns too.)
  const act = claim.acting ? null : reversedAct(index, m, s);
  if (act) {
    key = 'person:act';
    const people = (party: Organisation) => t.participants.filter((x) => x.party === party).map((x) => x.person);
    const doers = s.speakers.size > 0 ? [...s.speakers] : people(act.doer);
    if (doers.length > 0 && people(act.claimed).length > 0) results.push(conflict('person', { kind: 'person', people: doers, claimed: people(act.claimed) }));
  }

  // Who did the act to whom in a Vietnamese or Chinese claim, against the sentence with the same act: its doer
  // (the party before the verb, else its speakers') and its receiver (the party after). "越方祝贺中方" agrees with
  // "The Vietnamese official congratulated the Chinese Party"; the sides swapped, or the receiver given to the
  // doer's own side ("黎怀忠祝贺越南"), is contradicted by it.
  // A gift's direction is checked against its giver above.
  const actedAs = claim.acting && !(claim.giving && giver) ? sentenceActing(index, m, s, claim.acting) : null;
  if (claim.acting && actedAs && !hoped) {
    key = 'person:acting';
    const people = (party: Organisation) => t.participants.filter((x) => x.party === party).map((x) => x.person);
    const doers = s.speakers.size > 0 ? [...s.speakers] : people(actedAs.doer);
    // The doer given wrongly is one detail: not twice where the person named already conflicts ("it was Song Tao who…").
    const wrongPerson = results.some((r) => r.outcome === 'conflicts' && claim.people.some((p) => r.key === `person:${p.id}`));
    // The same people either side ("what did Song Tao say about Vietnam's achievements?", the doer read from
    // "Vietnam's" but the speaker named) put nothing right: no conflict.
    const claimedDoers = people(claim.acting.doer);
    const samePeople = claimedDoers.length === doers.length && claimedDoers.every((p) => doers.includes(p));
    if (actedAs.doer !== claim.acting.doer && doers.length > 0 && claimedDoers.length > 0) {
      if (!wrongPerson && !samePeople) results.push(conflict('person', { kind: 'person', people: doers, claimed: claimedDoers }));
    }
    else if (actedAs.receiver && actedAs.receiver !== claim.acting.receiver) results.push(conflict('place', { kind: 'place', place: sidePlace(actedAs.receiver), claimed: sidePlace(claim.acting.receiver) }));
    else if (actedAs.receiver && claim.acting.confirms) results.push(agrees('person'));
  }

  for (const [i, r] of claim.roles.entries()) {
    key = `role:${i}`;
    const held = t.participants.find((x) => x.person === r.person);
    const where = talk.participants.get(r.person);
    if (!held || !where || r.otherTime) {
      // Of someone who was not at this talk, the person says it (above): no sign the sentence is about something else.
      results.push(unknown('role', !held && claim.people.includes(r.person)));
      continue;
    }
    const known = roleWords(index, held);
    const role = held.role.toLowerCase();
    const wrongRank = r.rank !== null && !role.split(/\W+/).includes(r.rank);
    const wrongBody = r.body.some((l) => !known.has(l));
    const same = !wrongRank && !wrongBody;
    // A role denied ("no longer head of…") conflicts where it was held; denying another role says nothing of it.
    if (r.negated) results.push(same ? conflict('role', { kind: 'role', person: r.person, role: held.role, claimed: r.words, denied: true }, where) : unknown('role'));
    else if (!same) {
      // The post claimed, held at the talk by someone else: who held it is said too.
      const holder = r.body.length > 0 ? t.participants.find((x) => x.person !== r.person && (r.rank === null || x.role.toLowerCase().split(/\W+/).includes(r.rank)) && r.body.every((l) => roleWords(index, x).has(l))) : undefined;
      results.push(conflict('role', { kind: 'role', person: r.person, role: held.role, claimed: r.words, ...(holder ? { holder: holder.person } : {}) }, where));
    }
    else results.push(agrees('role'));
  }

  // Polarity, one detail per pair of opposites ("didn't disrupt … went ahead as planned" says one thing); a
  // polarity word the sentence has no word of that pair for is like any other word it does not cover.
  let missing = 0;
  let unconfirmed = 0;
  // With the word before ("some obstacles", "are maintaining", "settled by force"), unless it names who ("Song
  // Tao trashed", "the two sides dropped").
  const words = (x: Span, from: Mentions) => {
    const k = x.at - 1;
    const who = from.names.some((n) => k >= n.at && k < n.end) || from.allPlaces.some((p) => k >= p.at && k < p.end) || index.notCounted.has(from.tokens[k]?.word ?? '');
    return spanWords(from, { at: who ? x.at : Math.max(0, k), end: x.end });
  };
  // The talk itself held ("held phone talks") says nothing of another thing going on ("relations lost momentum").
  const talkHeld = (from: Mentions, x: Span) =>
    from.formats.some((f) => Math.abs(f.at - x.end) <= 1 || Math.abs(x.at - f.end) <= 1) || [x.at - 2, x.at - 1, x.end, x.end + 1].some((k) => index.talkNouns.has(from.tokens[k]?.word ?? ''));
  const agreed = new Set<number>();
  for (const group of new Set(m.polarity.map((p) => p.group))) {
    const mine = m.polarity.filter((p) => p.group === group);
    const first = mine[0];
    if (!first || mine.some((p) => p.sign !== first.sign) || !claimsPolarity(index, group, first.sign)) continue;
    key = `polarity:${group}`;
    const ofTalk = talkHeld(m, first) || index.talkPhrases.at(m.tokens, first.at) !== null;
    // A talk said only to have been held ("was the exchange held by phone?"): the talk's own holding is what it
    // claims, not other exchanges the sentence says could not be held; "held as scheduled", or "postponed", say
    // more than that it took place, which any sentence of the group may tell.
    const onlyHeld = ofTalk && first.sign > 0 && mine.every((p) => index.talkPhrases.at(m.tokens, p.at)?.length === p.end - p.at);
    // In any sense of the claim's phrase ("dropped" from the schedule against "could not be held"); a phrase of more
    // than one sense only where the sentence says it of the same thing, a word around both ("dropped flexible
    // formats" is "applied flexible forms", not exchanges that "could not be held").
    const claimed = new Map(first.senses.map((x) => [x.group, x.sign]));
    // A phrase after a pronoun naming no thing ("anything negative") holds in any of its senses: obstacles are negative too.
    const unnamed = mine.every((p) => index.indefinites.has(m.tokens[p.at - 1]?.word ?? ''));
    const sameThing = (x: PolarityMention) => (first.senses.length === 1 && x.senses.length === 1) || unnamed || mine.some((p) => overlaps(stemsAround(index, m, p), stemsAround(index, s.mentions, x)));
    const same = s.mentions.polarity.filter((x) => x.senses.some((v) => claimed.has(v.group)) && sameThing(x) && (onlyHeld ? talkHeld(s.mentions, x) : ofTalk || !talkHeld(s.mentions, x)));
    if (same.length === 0) {
      missing++;
      // Saying something did not happen, or went badly, is not confirmed by a sentence that does not speak of it.
      if (first.sign < 0) unconfirmed++;
    }
    else if (same.some((x) => x.senses.some((v) => claimed.get(v.group) === v.sign))) {
      results.push(agrees('polarity'));
      agreed.add(group);
    }
    else {
      const x = same[0];
      if (x) results.push(conflict('polarity', { kind: 'polarity', words: words(x, s.mentions), claimed: words(first, m) }));
    }
  }

  // A phrase the sentence agrees with, said with an alternative ("called off or pushed back"): the alternative's
  // words say the same thing, covered with it.
  for (const p of m.polarity) {
    if (!agreed.has(p.group) || !ALTERNATIVE_LINKS.has(m.tokens[p.end]?.word ?? '')) continue;
    for (let k = p.end + 1; k < Math.min(m.tokens.length, p.end + 1 + ALTERNATIVE_WORDS) && m.content.includes(k); k++) explained.add(k);
  }

  const conflicting = new Set<number>();
  // A quality the claim gives a thing opposite to the sentence's of it ("short-term" against "long-term"): the
  // sentence speaks of that detail, giving it otherwise; the claim's words for it are covered, as a count's noun is.
  for (const o of opposedQualities(index, m, s.mentions)) {
    key = `opposite:${o.claimed.at}`;
    results.push(conflict(o.period ? 'period' : 'polarity', { kind: 'polarity', words: spanWords(s.mentions, o.article), claimed: spanWords(m, o.claimed) }));
    for (let k = o.claimed.at; k < o.claimed.end; k++) explained.add(k);
  }
  // A kind of a thing ("an earthquake") against the kinds of it the sentence names ("floods"): the same kind
  // agrees, only others conflict, none says nothing (the word is then covered or not like any other). The
  // claim's words for a conflicting kind are that detail, not words left uncovered.
  const additive = index.additive.all(m.tokens).length > 0;
  for (const [i, c] of m.kinds.entries()) {
    key = `kind:${i}`;
    // The receiver ("sent to the Health Ministry") is compared with receivers only, the doer with doers.
    const role = receiving(index, m, c);
    const same = s.mentions.kinds.filter((x) => x.kind.group === c.kind.group && receiving(index, s.mentions, x) === role);
    if (same.length === 0) continue;
    // A member named after its group ("supplies" of "supplies") is the kind said generically: a claim saying it so
    // agrees with any member; a member the sentence does not name, where it says only the group ("mostly masks" of
    // "medical supplies"), cannot be told from it.
    const generic = (k: { readonly group: string; readonly member: string }) => k.member === k.group;
    // An umbrella ("a natural disaster") agrees with a member it covers ("floods"), not with the others ("COVID-19").
    if (same.some((x) => x.kind.member === c.kind.member || (c.kind.covers?.includes(x.kind.member) ?? false)) || generic(c.kind)) results.push(agrees('kind'));
    else if (same.every((x) => generic(x.kind))) results.push(unknown('kind'));
    // Another kind said as one more ("the ambassador also joined"): beside the sentence's, not instead of it.
    else if (additive) results.push(unknown('kind'));
    else {
      const x = same[0];
      if (!x) continue;
      for (let k = c.at; k < c.end; k++) conflicting.add(k);
      // The sentence's words for it, its kinds said together whole ("heavy rains and floods").
      const last = same.filter((y) => y.at - x.end <= 2).at(-1) ?? x;
      results.push(conflict('kind', { kind: 'kind', words: spanWords(s.mentions, { at: x.at, end: last.end }), claimed: spanWords(m, c) }));
    }
  }

  // Done or not, one detail: "signed an agreement settling the disputes" claims one thing done.
  const claimed = m.status.filter((x) => x.status !== 'hoped');
  const notDone = claimed.find((x) => x.status === 'notDone');
  const st = notDone ?? claimed[0];
  if (st) {
    key = 'status';
    // A marker that ends in grammar ("for having") is quoted with the verb after it ("for having cleared").
    const said = spanWords(m, { at: st.at, end: index.functionWords.has(m.tokens[st.end - 1]?.word ?? '') && st.end < m.tokens.length ? st.end + 1 : st.end });
    const hoped = s.mentions.status.find((x) => x.status === 'hoped');
    const hopedWords = hoped ? s.mentions.tokens.slice(hoped.at, hoped.end).map((k) => k.word).join(' ') : '';
    // "postponed" is not done as "could not be held" is: a word for not done that is a polarity the sentence agrees
    // with is settled there, one detail, not two. Not of the talk itself: the talks were held, whatever else was not.
    // So is one said as its alternative ("called off or delayed"): either is what the sentence says.
    const joined = (p: Span) => {
      const [from, to] = p.end <= st.at ? [p.end, st.at] : [st.end, p.at];
      return to > from && to - from <= 2 && m.tokens.slice(from, to).every((k) => ALTERNATIVE_LINKS.has(k.word));
    };
    const settled = st.status === 'notDone' && m.polarity.some((p) => p.sign < 0 && ((p.at < st.end && st.at < p.end) || joined(p)) && agreed.has(p.group) && !talkHeld(m, p));
    // Counted with the polarity, and agreeing: another sentence of the talk silent on it ("they have applied flexible
    // forms") leaves it no less settled here.
    if (s.status === null && settled) results.push(agrees('status'));
    // "Did they agree to keep working with the international community…?": agreeing is what a sentence reporting the
    // sides' agreement (agreed, affirmed) says, when agreeing is all it claims done, on that agreement's subjects (agreed-as-reported.ts).
    else if (s.status === null && st.status === 'done' && agreedAsReported(index, m, st.at, s)) results.push(agrees('status'));
    else if (s.status === null) results.push(unknown('status'));
    // What the sentence asks be complied with ("comply with three legal documents") was done already.
    else if (st.status === 'done' && s.status === 'hoped' && presupposedDone(index, m, s, st)) results.push(unknown('status'));
    // The claim itself takes it as done, in the object of its own word for carrying out ("wanted both countries to
    // carry out what their leaders had agreed on"): a hope to implement it says the same.
    else if (st.status === 'done' && s.status === 'hoped' && ownPresupposed(index, m, s, st)) results.push(agrees('status'));
    // "the mechanisms already in place" against "existing mechanisms": a state of a thing the sentence takes as existing.
    else if (st.status === 'done' && s.status === 'hoped' && existingThing(index, m, s, st)) results.push(agrees('status'));
    // "agreed to open more border gates" against a hope to reduce congestion: not the act the sentence hopes for.
    else if (st.status === 'done' && s.status === 'hoped' && otherActHoped(index, m, st, s)) results.push(unknown('status'));
    else if (st.status === 'done' && s.status === 'hoped') results.push(conflict('status', { kind: 'status', status: 'hoped', words: hopedWords, claimed: said }));
    else if (st.status === 'notDone' && s.status === 'done') {
      // The article's word for it: the kind of agreement (data/talks), else the sentence's own word for done.
      const done = s.mentions.status.find((x) => x.status === 'done');
      const words = s.agreements[0]?.kind ?? (done ? s.mentions.tokens.slice(done.at, done.end).map((k) => k.word).join(' ') : '');
      results.push(conflict('status', { kind: 'status', status: 'done', words, claimed: said }));
    }
    else results.push(agrees('status'));
  } else if (s.status === 'hoped') {
    // No word of done, but the act the sentence only hopes for stated as done or holding ("now recognise"), or the
    // thing it only proposes said carried out ("implemented the measures": carried-out.ts).
    const act = hopedActClaimed(index, m, s.mentions) ?? carriedOutClaimed(index, m, s.mentions);
    if (act) {
      key = 'status';
      results.push(conflict('status', { kind: 'status', status: 'hoped', words: spanWords(s.mentions, act.hope), claimed: spanWords(m, act.claimed), ownVerb: true }));
      // The claim's words carrying it out ("put into effect a package of") are that detail, not words left uncovered.
      for (let k = act.claimed.at; k < act.claimed.end; k++) explained.add(k);
    }
  }

  // A count of talks beyond those the articles report ("more than five times") is a figure no sentence gives.
  if (talksCountedBeyond(index, m, allTalks.length)) unconfirmed++;

  if (!coverage) return { sentence: s, results, covered: 0, units: 0, substance: 0, names: 0, matter: 0, unconfirmed, used: overlap(index, m, s), parties: 0 };
  // A word the claim denies ("without coordinating"): the sentence saying it plainly contradicts the claim, saying
  // it denied agrees, and not saying it cannot support a denial. Words for the talk itself are no claim of their own.
  for (const i of m.negated) {
    const w = m.tokens[i]?.word ?? '';
    if (index.talkWords.has(w)) continue;
    key = `denied:${i}`;
    const same = (k: number) => s.mentions.content.includes(k) && (index.meanings(w).some((l) => index.lemma(s.mentions.tokens[k]?.word ?? '') === l) || index.stem(w) === index.stem(s.mentions.tokens[k]?.word ?? ''));
    const found = s.mentions.tokens.map((_, k) => k).filter(same);
    const negator = m.tokens.slice(0, i).findLastIndex((_, k) => index.negators.at(m.tokens, k) !== null);
    if (found.length === 0) unconfirmed++;
    else if (found.some((k) => s.mentions.negated.has(k))) results.push(agrees('polarity'));
    else {
      const k = found[0] ?? 0;
      results.push(conflict('polarity', { kind: 'polarity', words: spanWords(s.mentions, { at: Math.max(0, k - 1), end: k + 1 }), claimed: spanWords(m, { at: negator < 0 ? i : negator, end: i + 1 }) }));
    }
  }
  // A name the claim denies ("without the international community"): the sentence naming it plainly contradicts
  // the claim, naming it denied agrees, and not naming it cannot support the denial.
  const thingOf = (n: Named) => (n.kind === 'organisation' ? n.organisation : n.kind === 'topic' ? n.topic : n.kind === 'document' ? n.agreement : n.person);
  for (const [i, n] of m.negatedNames.entries()) {
    key = `denied-name:${i}`;
    // A topic by the same words (one topic has many keywords: "international law" is not "disputes").
    const said = (x: Span, from: Mentions) => from.tokens.slice(x.at, x.end).map((k) => index.lemma(k.word)).filter((w) => !index.functionWords.has(w)).join(' ');
    const found = s.mentions.names.filter((x) => thingOf(x.named) === thingOf(n.named) && (n.named.kind !== 'topic' || said(x, s.mentions) === said(n, m)));
    if (found.length === 0) unconfirmed++;
    else if (found.some((x) => s.mentions.negatedNames.includes(x))) results.push(agrees('polarity'));
    else {
      const x = found[0];
      const negator = m.tokens.slice(0, n.at).findLastIndex((_, k) => index.negators.at(m.tokens, k) !== null);
      if (x) results.push(conflict('polarity', { kind: 'polarity', words: spanWords(s.mentions, { at: Math.max(0, x.at - 1), end: x.end }), claimed: spanWords(m, { at: negator < 0 ? n.at : negator, end: n.end }) }));
    }
  }
  // A noun says more of what the claim is about than a verb or an adjective.
  let units = missing * GENERAL;
  let covered = 0;
  let substance = 0;
  let matter = 0;
  // A word of asking said of the talks themselves ("the 2022 talks were requested by the Chinese side", "set up at the
  // request of"): who wanted them held, which no hope voiced at them says.
  const ofTalks = (at: number) => {
    for (let k = at - 1; k >= 0; k--) {
      const w = m.tokens[k]?.word ?? '';
      if (index.talkNouns.has(w)) return true;
      if (!index.functionWords.has(w) && !index.talkWords.has(w) && m.tokens[k]?.value === undefined && !m.dates.some((d) => k >= d.at && k < d.end)) return false;
    }
    return false;
  };
  const hopes = new Set(m.status.filter((x) => x.status === 'hoped' && !ofTalks(x.at)).map((x) => x.at));
  // Words of the claim the sentence does not say (its words for the talk aside).
  let loose = 0;
  // A post named in words of its own ("the external relations chief"): two words or more in a row of the post of
  // someone the sentence speaks of. One such word alone ("relations") is the claim's own subject.
  // A word for a body ("office", "department") beside one of the post's own words is that body ("the liaison office").
  const ofPost = (i: number) => index.meanings(m.tokens[i]?.word ?? '').some((l) => s.posts.has(l));
  const body = (i: number) => index.bodies.at(m.tokens, i)?.length === 1;
  const post = new Set(m.content.filter((i) => (ofPost(i) || body(i)) && ((m.content.includes(i - 1) && ofPost(i - 1)) || (m.content.includes(i + 1) && ofPost(i + 1)))));
  // A word for holding a post ("chairs", "led by", "heads"), of someone the sentence names with their post: what it
  // says of them is their post, which that sentence gives (compared as the role, where the claim names one).
  const postHeld = s.participants.some((p) => claim.people.includes(p.person));
  const holding = (i: number) => postHeld && index.titles.at(m.tokens, i)?.length === 1 && !index.offices.at(m.tokens, i);
  // Words of a phrase the lexicon gives an article word for ("kind words" → highly), as the question reader reads
  // it: said where the sentence has that word.
  // A word of the name of a party of the talk the sentence names ("Communist" of "Vietnam, China Communist Parties"
  // beside "the CPV and CPC"): the sentence says it by the party's name or acronym. (Not a word of a longer body's
  // name: "relations" of the Commission for External Relations is no word of the sentence on ties.)
  const bodyWords = talkPartyLemmas(index, s);
  const ofBody = (i: number) => !index.functionWords.has(m.tokens[i]?.word ?? '') && bodyWords.has(index.lemma(m.tokens[i]?.word ?? ''));
  const phrased = new Set(phrasesOf(index, m).filter((p) => p.lemmas.some((l) => s.lemmas.has(l))).flatMap((p) => Array.from({ length: p.length }, (_, k) => p.at + k)));
  const supported = (i: number) => supportVerbSaid(index, m, s.mentions, i);
  // The thing a claim's act of giving gives: unsaid by a sentence reporting no gift, it cannot vouch for the claim.
  const gifts = giftHeads(index, m, s.mentions);
  // An act between the claim's people the articles never speak of: no sentence vouches for it.
  const unspoken = unspokenAct(index, m, allTalks);
  for (const i of m.content) {
    if (conflicting.has(i) || misplaced.has(i) || namedInstead.has(i)) continue;
    const w = m.tokens[i]?.word ?? '';
    // A noun of anyone or anything at all ("some people") says no more of the claim's subject than a verb does.
    const weight = index.general(w) || index.genericNouns.has(w) ? GENERAL : 1;
    units += weight;
    // A noun the lexicon gives as one of the talks' people ("diplomat", "envoy": an official) names the person the
    // sentence reports, as "official" does.
    const talkWord = index.talkWords.has(w) || (!index.general(w) && index.meanings(w).some((l) => l !== w && index.attendees.has(l) && index.talkWords.has(l)));
    // A ranking ("the highest mountain") is said only by a sentence that ranks so too: "high-level" says no "highest".
    // "the biggest snag", "the main sore point": said by a sentence that singles the thing out ("…, especially the sea").
    const singled = (index.ranking.first.has(w) || superlative(index, w)) && s.mentions.tokens.some((k) => index.ranking.singling.has(k.word));
    const ranking = superlative(index, w) && !s.mentions.tokens.some((k) => k.word === w) && !singled;
    const said =
      !ranking && (explained.has(i) ||
      phrased.has(i) ||
      ofBody(i) ||
      index.meanings(w).some((l) => s.lemmas.has(l)) ||
      post.has(i) ||
      holding(i) ||
      (m.paired.has(i) && s.mentions.pair) ||
      s.stems.has(index.stem(w)) ||
      (s.status === 'hoped' && hopes.has(i)) ||
      supported(i));
    // Singled out, the ranking holds of what the sentence ranks; it shares nothing of the claim's subject by that.
    const hit = said || singled;
    // A name the claim gives that the sentence does not ("with the EU"), or a ranking ("its biggest trading
    // partner"): it cannot vouch for it.
    if (!hit && !talkWord && (m.proper.has(i) || superlative(index, w) || gifts.has(i) || i === unspoken)) unconfirmed++;
    if (!hit && !talkWord) loose++;
    if (hit || talkWord) covered += weight;
    if (said && !talkWord) substance += weight;
    if (!talkWord) matter += weight;
  }
  // Names: a person is a detail of their own (above); organisations, topics and documents are what it is about.
  const seen = new Set<unknown>();
  let namesCovered = 0;
  let parties = 0;
  for (const { named, at, end } of m.names) {
    if (named.kind === 'person' || misplaced.has(at)) continue;
    // The outlet that published the report ("according to VNA", "per VNA") says where the claim is from, not what.
    if (named.kind === 'organisation' && named.organisation.acronym !== null && named.organisation.acronym === s.citation.source) continue;
    const thing = named.kind === 'organisation' ? named.organisation : named.kind === 'topic' ? named.topic : named.agreement;
    if (seen.has(thing)) continue;
    seen.add(thing);
    units++;
    // A party of the talk named as part of a word for it ("the CPV-CPC talks", "the party call") says which talk it
    // is, as the talk's words do, nothing the claim says of it.
    const talkName = named.kind === 'organisation' && t.participants.some((p) => p.party === named.organisation) && beforeTalkNoun(index, m, end);
    if (!talkName) matter++;
    const own = m.tokens.slice(at, end).filter((k) => !index.functionWords.has(k.word));
    const used = own.filter((k) => index.meanings(k.word).some((l) => s.lemmas.has(l)) || s.stems.has(index.stem(k.word))).length / Math.max(1, own.length);
    // A party of the talk, said by a sentence that names its parties as a pair ("the two sides are maintaining…").
    const paired = named.kind === 'organisation' && s.mentions.pair && t.participants.some((p) => p.party === named.organisation);
    // A party said by its own official speaking ("He spoke highly of…" of "Chinese party official Song Tao").
    const spoken = named.kind === 'organisation' && [...s.speakers].some((p) => p.party === named.organisation);
    const got =
      named.kind === 'organisation'
        ? s.organisations.has(named.organisation) || used === 1 || paired || spoken
          ? 1
          : 0
        : named.kind === 'topic'
          ? Math.max(used, s.topics.has(named.topic) ? 0.5 : 0)
          : s.agreements.includes(named.agreement)
            ? 1
            : 0;
    // The talk's own parties ("the CPV-CPC exchanges") are what every sentence of it is about: enough for the
    // sentence to contradict a detail, no sign that it is the one the claim means.
    // Not where the sentence names the other party ("the 13th Congress of the CPV" is not the CPC's).
    const party = named.kind === 'organisation' ? named.organisation : null;
    const other = (id: string) => id !== party?.id && t.participants.some((p) => p.party.id === id);
    const namesOther = () => s.mentions.names.some((n) => n.named.kind === 'organisation' && other(n.named.organisation.id)) || s.mentions.allPlaces.some((x) => x.place.side && other(x.place.id));
    if (party && got === 0 && t.participants.some((p) => p.party === party) && !namesOther()) parties++;
    // A proper name of a topic the sentence only speaks of in general ("the Paracel Islands" of the sea): it cannot
    // vouch for that name.
    // Not one that only says which of another thing the sentence says in full it is ("COVID vaccine passports"),
    // where the sentence says every other word of the claim too.
    const head = loose === 0 ? m.names.find((n) => n.at === end && n.named.kind === 'topic' && n.named.topic !== thing) : undefined;
    const saysHead = head !== undefined && m.tokens.slice(head.at, head.end).every((k) => index.functionWords.has(k.word) || index.meanings(k.word).some((l) => s.lemmas.has(l)) || s.stems.has(index.stem(k.word)));
    // Typed in lower case, a word of it that is no English word and that the sentence does not say ("the paracel
    // islands"), nor one the articles ever use, marks it a name as well.
    const strange = own.some((k) => !index.english(k.word) && !index.english(index.lemma(k.word)) && !index.general(k.word) && !talksUse(index, allTalks, k.word));
    const proper = (used === 0 && own.every((k) => /^\p{Lu}/u.test(m.text.slice(k.at, k.at + 1)))) || strange;
    if (named.kind === 'topic' && at > 0 && proper && !saysHead) unconfirmed++;
    if (got === 0 && [...gifts].some((g) => g >= at && g < end)) unconfirmed++;
    covered += got;
    if (!talkName) substance += got;
    namesCovered += got;
  }
  return { sentence: s, results, covered, units, substance, names: namesCovered, matter, unconfirmed, used: overlap(index, m, s), parties };
}

/** Words from a verb that says nothing beyond its noun to that noun ("offered [his deepest] condolences"). */
const SUPPORT_REACH = 3;

/**
 * A verb that says nothing beyond the noun after it ("offered condolences"), where the sentence says that noun (by its
 * meaning: "sympathies") after such a verb of its own ("expressed his sympathies"): the claim's verb says what the
 * sentence's does. Another verb before the noun ("rejected the proposal" against "welcomed the proposal") is no such verb.
 */
function supportVerbSaid(index: ClaimIndex, m: Mentions, s: Mentions, i: number): boolean {
  const support = (from: Mentions, k: number) => index.supportVerbs.has(index.lemma(from.tokens[k]?.word ?? ''));
  if (!support(m, i)) return false;
  for (let j = i + 1; j <= i + SUPPORT_REACH && j < m.tokens.length; j++) {
    const noun = m.tokens[j]?.word ?? '';
    if (index.functionWords.has(noun) || index.general(noun)) continue;
    const meanings = index.meanings(noun);
    return s.tokens.some((t, k) => meanings.includes(index.lemma(t.word)) && Array.from({ length: SUPPORT_REACH }, (_, d) => k - 1 - d).some((v) => v >= 0 && support(s, v)));
  }
  return false;
}

/** Words that join two words for one thing said otherwise ("called off or delayed"). */
const ALTERNATIVE_LINKS: ReadonlySet<string> = new Set(['or', 'and', 'nor']);
/** Words an alternative joined so may have ("pushed back"). */
const ALTERNATIVE_WORDS = 2;

/** Words either side of a verb its doer and the one it is done to are looked for in. */
const ACT_REACH = 4;

/**
 * A verb of the claim with a party before it and the other after ("Vietnam thanked China"), which the sentence
 * has with the parties the other way round: the party the sentence makes the doer, and the one the claim does.
 */
interface ClaimAct {
  readonly word: string;
  readonly before: Organisation;
  readonly after: Organisation;
}

/** The claim's act between two parties (claimActOf), read once per claim however many sentences it is compared with. */
const claimActs = new WeakMap<Mentions, { readonly index: ClaimIndex; readonly act: ClaimAct | null }>();

/** The claim's first content word with a party before and another after it ("China thanked Vietnam"), if any. */
function claimActOf(index: ClaimIndex, m: Mentions): ClaimAct | null {
  const known = claimActs.get(m);
  if (known?.index === index) return known.act;
  let act: ClaimAct | null = null;
  for (const i of m.content) {
    const w = m.tokens[i]?.word ?? '';
    if (index.talkWords.has(w) || index.general(w) === false) continue;
    const claimed = partiesAround(index, m, i, i + 1, ACT_REACH);
    if (!claimed.before || !claimed.after || claimed.before === claimed.after) continue;
    // "Vietnam and China thanked…", "was thanked by": no doer read from the order.
    if (m.tokens.slice(claimed.from, i + ACT_REACH).some((x) => index.sideLinks.has(x.word))) continue;
    act = { word: w, before: claimed.before, after: claimed.after };
    break;
  }
  claimActs.set(m, { index, act });
  return act;
}

function reversedAct(index: ClaimIndex, m: Mentions, s: EvidenceSentence): { doer: Organisation; claimed: Organisation } | null {
  const sm = s.mentions;
  const claimed = claimActOf(index, m);
  if (!claimed) return null;
  const w = claimed.word;
  const same = (k: number) => sm.content.includes(k) && (index.meanings(w).some((l) => index.lemma(sm.tokens[k]?.word ?? '') === l) || index.stem(w) === index.stem(sm.tokens[k]?.word ?? ''));
  for (const k of sm.tokens.map((_, k) => k).filter(same)) {
    const there = partiesAround(index, sm, k, k + 1, ACT_REACH);
    const doer = there.before ?? (s.speakers.size > 0 && new Set([...s.speakers].map((p) => p.party)).size === 1 ? ([...s.speakers][0]?.party ?? null) : null);
    if (doer === claimed.after && there.after === claimed.before) return { doer, claimed: claimed.before };
  }
  return null;
}

/**
 * The doer and receiver a sentence gives the act a claim reads who did to whom: the first of the act's words (a verb,
 * or a noun of the act: "condolences" of "expressed his sympathies") the sentence has too, with the parties around it
 * there. Not where the sentence has both sides do it together ("Quan and Song Tao agreed"): that act has no direction.
 */
function sentenceActing(index: ClaimIndex, m: Mentions, s: EvidenceSentence, acting: Acting): { doer: Organisation; receiver: Organisation | null } | null {
  const sm = s.mentions;
  const speakers = new Set([...s.speakers].map((p) => p.party));
  // A figure, a date, a kind of event ("flood relief") is what the act is about, not the act.
  const detail = [...m.amounts, ...m.dates, ...m.counts, ...m.kinds, ...m.allPlaces];
  // A light verb's object says the act ("sent Vietnam its sympathies"): the words after the receiver, where the verb
  // itself is not in the sentence.
  const object = Array.from({ length: ACT_AFTER }, (_, k) => acting.to + 1 + k).filter((i) => i < m.tokens.length && !acting.act.includes(i));
  for (const i of [...acting.act, ...object]) {
    const w = m.tokens[i]?.word ?? '';
    if (STOP_WORDS.has(w) || index.functionWords.has(w) || index.sideLinks.has(w) || index.talkWords.has(w) || index.speech.has(w) || partyAtToken(index, m, i)) continue;
    if (detail.some((x) => i >= x.at && i < x.end)) continue;
    const meant = new Set(index.meanings(w));
    const stem = index.stem(w);
    const same = (k: number) => meant.has(index.lemma(sm.tokens[k]?.word ?? '')) || stem === index.stem(sm.tokens[k]?.word ?? '');
    for (const k of sm.tokens.map((_, k) => k).filter(same)) {
      const there = partiesAround(index, sm, k, k + 1, ACT_REACH);
      if (there.before && jointly(index, sm, there.from)) continue;
      // No party just before it: the speaker did it, unless the sentence names a party earlier, whose act it may be
      // ("thanked the Vietnamese Party … for supporting": the support is Vietnam's, not the speaker's).
      const spoken = speakers.size === 1 && !sm.tokens.slice(0, k).some((_, j) => partyNamedAt(index, sm, j) !== null);
      const doer = there.before ?? (spoken ? ([...speakers][0] ?? null) : null);
      if (doer) return { doer, receiver: there.after };
    }
  }
  return null;
}

/** Words before a party's name a joining word ("and") may stand at, with the other party before it ("Quan and Song Tao"). */
const JOIN_REACH = 3;

/** Whether the party named at token `at` of a sentence is joined to another one before it ("Quan and Song Tao agreed"). */
function jointly(index: ClaimIndex, sm: Mentions, at: number): boolean {
  const party = partyNamedAt(index, sm, at);
  let i = at;
  while (i > 0 && partyNamedAt(index, sm, i - 1) === party) i--;
  const link = sm.tokens[i - 1]?.word ?? '';
  if (!index.sideLinks.has(link) || index.actDirection.doerAfter.has(link)) return false;
  for (let k = i - 2; k >= Math.max(0, i - 1 - JOIN_REACH); k--) if (partyNamedAt(index, sm, k)) return true;
  return false;
}

/** What a claim says whatever sentence it is compared with, read once per claim (not once per sentence). */
interface ClaimReadOnce {
  readonly index: ClaimIndex;
  /** The article words of the people it names ("Quan", "Song Tao"). */
  readonly peopleWords: ReadonlySet<string>;
  /** A teller described by side and post ("Vietnam's Party envoy told Song Tao"), or null. */
  readonly teller: Teller | null;
}
const readOnce = new WeakMap<Mentions, ClaimReadOnce>();

function ofClaim(index: ClaimIndex, m: Mentions): ClaimReadOnce {
  const known = readOnce.get(m);
  if (known?.index === index) return known;
  const peopleWords = new Set(m.names.filter((n) => n.named.kind === 'person').flatMap((n) => m.tokens.slice(n.at, n.end).flatMap((k) => index.meanings(k.word))));
  const read = { index, peopleWords, teller: tellerOf(index, m) };
  readOnce.set(m, read);
  return read;
}

/** The claim's phrases the lexicon gives article words for (ClaimIndex.phraseAt), read once per claim. */
const claimPhrases = new WeakMap<Mentions, { readonly index: ClaimIndex; readonly phrases: readonly { at: number; length: number; lemmas: readonly string[] }[] }>();

function phrasesOf(index: ClaimIndex, m: Mentions): readonly { at: number; length: number; lemmas: readonly string[] }[] {
  const known = claimPhrases.get(m);
  if (known?.index === index) return known.phrases;
  const phrases: { at: number; length: number; lemmas: readonly string[] }[] = [];
  for (let i = 0; i < m.tokens.length; i++) {
    const hit = index.phraseAt(m.tokens, i);
    // Not inside a proper name ("the World Cup" is no "the world").
    if (!hit || Array.from({ length: hit.length }, (_, k) => i + k).some((k) => m.proper.has(k))) continue;
    phrases.push({ at: i, ...hit });
    i += hit.length - 1;
  }
  claimPhrases.set(m, { index, phrases });
  return phrases;
}

/** Where the claim's tokens spell a name as the reading gave it ("Wang Yi"): the indexes of its words, or none. */
function nameAt(m: Mentions, name: string): number[] {
  const words = nameWords(name);
  const at = m.tokens.findIndex((_, i) => words.length > 0 && words.every((w, k) => m.tokens[i + k]?.word === w));
  return at < 0 ? [] : words.map((_, k) => at + k);
}

/** "biggest", "largest": a superlative, read off its lemma ("big"). */
const superlative = (index: ClaimIndex, w: string) => w.endsWith('est') && index.lemma(w) !== w && w.startsWith(index.lemma(w).slice(0, 2));

/** Whether a claim's word of a pair of opposites, on that side, is a detail to check (data/lexicon/en.json `polarity[].checked`). */
/** Whether a body's words ("government") are in the name of an organisation or of its party: what it is called. */
function bodyNamed(index: ClaimIndex, o: Organisation, body: string): boolean {
  const party = index.partyOf({ kind: 'organisation', organisation: o });
  const names = [o, ...(party ? [party] : [])].flatMap((x) => [x.name, ...x.aliases]).map((n) => ` ${nameWords(n).join(' ')} `);
  return names.some((n) => n.includes(` ${body} `));
}

export const claimsPolarity = (index: ClaimIndex, group: number, sign: 1 | -1): boolean => sign < 0 || index.words.polarity[group]?.checked !== 'negative';

/** A party's side as a place, to word a side given in the other's place. */
const sidePlace = (party: Organisation): Place => ({ id: party.id, label: party.sides.find((w) => /^\p{Lu}/u.test(w)) ?? party.name, kind: 'country', side: true });

/** A mention's own words, as its text has them. */
const spanWords = (m: Mentions, x: Span) => {
  const first = m.tokens[x.at];
  const last = m.tokens[x.end - 1];
  if (!first || !last) return '';
  // As typed, up to a closing bracket right after the last word ("Association of Southeast Asian Nations (ASEAN)").
  const end = last.at + (/^[\p{L}\p{M}\d'’$]+(?:[.,]\d+)*/u.exec(m.text.slice(last.at))?.[0].length ?? last.word.length);
  return m.text.slice(first.at, end + (m.text.slice(end, end + 1) === ')' ? 1 : 0));
};

/** The sentence is on a topic named by the place's words ("at sea" of the sea topic). */
function aboutPlace(index: ClaimIndex, s: EvidenceSentence, words: readonly string[]): boolean {
  const stems = new Set(words.map((w) => index.stem(w)));
  return [...s.topics].some((t) => t.keywords.some((k) => k.toLowerCase().split(/\s+/).some((w) => stems.has(index.stem(w)))));
}

/** How many words after a word like "existing" the thing it qualifies may be ("existing cooperative mechanisms"). */
const EXISTING_REACH = 3;
/** Words between a thing and its state ("mechanisms that are already in place"). */
const STATE_LINKS: ReadonlySet<string> = new Set(['that', 'which', 'are', 'is', 'were', 'was']);

/**
 * Whether the claim's word for done is a state of the noun just before it ("the mechanisms already in place",
 * "the documents in force"), and the sentence takes that thing as existing ("existing mechanisms"): the claim says
 * of it what the sentence presupposes, not that an act the sentence hopes for was done.
 */
function existingThing(index: ClaimIndex, m: Mentions, s: EvidenceSentence, done: Span): boolean {
  let i = done.at - 1;
  while (i >= 0 && (index.doneAdverbs.has(m.tokens[i]?.word ?? '') || STATE_LINKS.has(m.tokens[i]?.word ?? ''))) i--;
  const w = m.tokens[i]?.word ?? '';
  if (i < 0 || index.functionWords.has(w) || m.tokens[i]?.value !== undefined) return false;
  const sm = s.mentions.tokens;
  return index.presupposing.all(sm).some((h) => sm.slice(h.at + h.length, h.at + h.length + EXISTING_REACH).some((t) => index.lemma(t.word) === index.lemma(w)));
}

/** How many words after a word like "comply with" its object may reach ("three legal documents on land border management"). */
const PRESUPPOSED_REACH = 8;
/** How many more of the claim's words must stand there than elsewhere in the sentence. */
const PRESUPPOSED_SHARE = 2;

/**
 * Whether the words of the claim the sentence has (its people and the word for done aside) stand mostly in the
 * object of a word that takes a thing already done ("comply with", "implementation of"): the claim says done what
 * the sentence takes for done, however much it hopes of it.
 */
/**
 * Whether the claim takes its done word as given, in the object of its own word for carrying out ("to carry out what
 * their leaders had already agreed on"), and the sentence takes the same as given: every word of that object is in
 * the object of one of the sentence's own such words ("implement the common perceptions reached by their Party
 * leaders"). Not a thing the sentence only hopes for ("comply with the already concluded Code of Conduct").
 */
function ownPresupposed(index: ClaimIndex, m: Mentions, s: EvidenceSentence, done: Span): boolean {
  const own = index.presupposing.all(m.tokens).find((h) => h.at + h.length <= done.at && done.at - (h.at + h.length) < PRESUPPOSED_REACH);
  if (!own) return false;
  const spans = index.presupposing.all(s.mentions.tokens).map((h) => ({ at: h.at + h.length, end: h.at + h.length + PRESUPPOSED_REACH }));
  const from = own.at + own.length;
  const object = Array.from({ length: PRESUPPOSED_REACH }, (_, k) => from + k).filter(
    (i) => i < m.tokens.length && (i < done.at || i >= done.end) && !index.functionWords.has(m.tokens[i]?.word ?? '') && !STOP_WORDS.has(m.tokens[i]?.word ?? '') && !index.doneAdverbs.has(m.tokens[i]?.word ?? '') && !index.talkWords.has(m.tokens[i]?.word ?? ''),
  );
  const inside = (i: number) => {
    const w = m.tokens[i]?.word ?? '';
    return s.mentions.tokens.some((t, k) => (index.meanings(w).includes(index.lemma(t.word)) || index.stem(w) === index.stem(t.word)) && spans.some((x) => k >= x.at && k < x.end));
  };
  return object.length > 0 && object.every(inside);
}

function presupposedDone(index: ClaimIndex, m: Mentions, s: EvidenceSentence, done: Span): boolean {
  const hits = index.presupposing.all(s.mentions.tokens);
  const spans = hits.map((h) => ({ at: h.at + h.length, end: h.at + h.length + PRESUPPOSED_REACH }));
  if (spans.length === 0) return false;
  // "had already implemented the common perceptions": the act the claim says done is the sentence's own presupposing
  // verb ("to implement …"), the very act it hopes for, not a thing it takes as done.
  const doneWords = m.tokens.slice(done.at, done.end).map((t) => t.word);
  const sameAct = (w: string) => doneWords.some((d) => !index.doneAdverbs.has(d) && (index.stem(d) === index.stem(w) || index.meanings(d).includes(index.lemma(w))));
  if (hits.some((h) => s.mentions.tokens.slice(h.at, h.at + h.length).some((t) => sameAct(t.word)))) return false;
  // The claim's own word for the presupposing verb ("carry out" of "implement") is neither in its object nor outside.
  const verb = (k: number) => hits.some((h) => k >= h.at && k < h.at + h.length);
  const people = m.names.filter((n) => n.named.kind === 'person');
  // Every word but grammar: a place or a number ("three land border documents") says what was done as much as a noun.
  const words = m.tokens.map((_, i) => i).filter((i) => (i < done.at || i >= done.end) && !index.functionWords.has(m.tokens[i]?.word ?? '') && !people.some((n) => i >= n.at && i < n.end) && !index.talkWords.has(m.tokens[i]?.word ?? ''));
  let inside = 0;
  let outside = 0;
  for (const i of words) {
    const w = m.tokens[i]?.word ?? '';
    const same = (k: number) => index.meanings(w).some((l) => index.lemma(s.mentions.tokens[k]?.word ?? '') === l) || index.stem(w) === index.stem(s.mentions.tokens[k]?.word ?? '');
    const at = s.mentions.tokens.map((_, k) => k).filter(same);
    if (at.length === 0 || at.every(verb)) continue;
    if (at.some((k) => spans.some((x) => k >= x.at && k < x.end))) inside++;
    else outside++;
  }
  // Mostly there: a word of the claim's own telling ("referred" to them) may meet another of the sentence's words.
  return inside > 0 && inside >= PRESUPPOSED_SHARE * outside;
}

/** Whether a talk's noun follows the name ending at `end`, past other names and dashes ("CPV-CPC talks"). */
function beforeTalkNoun(index: ClaimIndex, m: Mentions, end: number): boolean {
  let i = end;
  for (let n = m.names.find((x) => x.at === i); n; n = m.names.find((x) => x.at === i)) i = n.end;
  return index.talkNouns.has(m.tokens[i]?.word ?? '');
}
