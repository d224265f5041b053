// The claim checker: a claim (a free sentence, or a question's reading) against the facts. The sentences
// the same ranking as answers finds (retrieval.ts), and the sentences that state its talks' dates, formats
// and participants, are each compared with the claim's checkable details (compare.ts). The sentence the
// claim is most about decides: it contradicts the claim when one detail differs and the rest holds, it
// supports it when every detail matches and it covers what the claim says, and it is related otherwise.
import { settingOnly } from './setting-only.js';
import type { Talk } from '../../facts/types.js';
import { uncorrected, type Reading } from '../../matching/reading.js';
import { queryOf, rankFacts } from '../retrieval.js';
import type { Citation, Knowledge } from '../types.js';
import type { ClaimIndex } from './claim-index.js';
import { compare, polarThing, sameFormat, type ArticleValue, type Comparison, type DetailResult } from './compare.js';
import { readDetails, type ClaimDetails, type DetailKind } from './details.js';
import type { EvidenceSentence } from './evidence.js';
import { articlesUse } from './articles-use.js';
import { partyIds } from './party-ids.js';
import { foreignPossession } from './foreign-possession.js';
import { foreignName } from './foreign-name.js';
import { unusedWords } from './unused-words.js';
import { foreignCompound } from './foreign-compound.js';
import { eventDoer } from './event-doer.js';
import { otherActOnly } from './timed-act.js';
import { byDate } from '../../facts/talk-order.js';

export type Verdict = 'supports' | 'contradicts' | 'related' | 'none';
export type MatchVerdict = Exclude<Verdict, 'none'>;

export interface Differ {
  readonly kind: DetailKind;
  readonly article: ArticleValue;
  /** The sentence that gives the article's value. */
  readonly citation: Citation;
}

export interface ClaimMatch {
  readonly citation: Citation;
  readonly talk: Talk;
  readonly verdict: MatchVerdict;
  /** For a contradicting match: the details it gives otherwise than the claim. */
  readonly differs: readonly Differ[];
  /** How well it fits the claim (0–1, more for the sentence giving a contradicted detail's value): to rank matches of several claims. */
  readonly score: number;
}

export interface ClaimCheck {
  readonly verdict: Verdict;
  /** The details that conflict, with the article's values (empty unless the verdict is contradicts). */
  readonly differs: readonly Differ[];
  /** Best first: the match the verdict rests on, then the others. */
  readonly matches: readonly ClaimMatch[];
}

/** A sentence is what the claim is about when it covers this much of the rest of the claim… */
export const ABOUT = 0.6;
/** …and supports it when it covers this much, every detail agreeing. */
export const SUPPORTS = 0.7;
/** …of which this share of its own words and names (beyond the details) must be covered. */
export const SAID = 0.5;
/** Below this share nothing the claim says is in the articles. */
export const RELATED = 0.2;
/** Words (a noun counts 1, a verb or adjective ½) a claim must share with a sentence to be related to it. */
const SUBSTANCE = 1.5;
/** A contradicting sentence this close to the best fitting one is what the claim is about. */
const CLOSE_CONTRADICTION = 0.15;
/** Details a sentence gives only where it speaks of the same thing as the claim (not the talk's date, format, people). */
const ALIGNED: ReadonlySet<DetailKind> = new Set(['polarity', 'kind', 'status', 'number', 'amount', 'period', 'place']);
/** Facts ranked for a claim, besides its talks' own sentences. */
const RANKED = 12;
/** Words between a date and a format that names the talk of that date with it ("the 2022 video talks"), fewer than. */
const ATTRIBUTIVE = 2;
/** Talks whose date, format and participants are read for one claim, at most. */
const MAX_TALKS = 8;

export interface Scored {
  readonly comparison: Comparison;
  /** Share of the claim, beyond the details that conflict, the sentence covers or agrees with. */
  readonly share: number;
  /** Share of the whole claim it covers or agrees with: how well it fits, to rank sentences by. */
  readonly fit: number;
  readonly conflicts: readonly Extract<DetailResult, { outcome: 'conflicts' }>[];
  readonly unknown: number;
  readonly verdict: MatchVerdict;
}

export function score(comparison: Comparison, other: boolean): Scored {
  const conflicts = comparison.results.filter((r): r is Extract<DetailResult, { outcome: 'conflicts' }> => r.outcome === 'conflicts');
  const agree = comparison.results.filter((r) => r.outcome === 'agrees').length;
  const unknown = comparison.results.length - agree - conflicts.length;
  // A soft unknown keeps a sentence from supporting the claim, not from contradicting it.
  const hard = comparison.results.filter((r) => r.outcome === 'unknown' && !r.soft).length;
  const units = comparison.units + comparison.results.length - conflicts.length;
  const share = units === 0 ? 0 : (comparison.covered + agree) / units;
  const all = comparison.units + comparison.results.length;
  const fit = all === 0 ? 0 : (comparison.covered + agree) / all;
  // Someone in a participant's place at the talk the sentence is of ("in July 2020 it was Trung who phoned Song Tao
  // about the floods and the sea"): who took part is the talk's, put right by the sentence naming its participants,
  // whatever else of the claim this sentence cannot tell.
  const swapped = conflicts.some((c) => c.kind === 'person' && c.evidence !== comparison.sentence && c.evidence.participants.length > 0);
  const verdict: MatchVerdict =
    other || (hard > 0 && !swapped)
      ? 'related'
      : conflicts.length > 0
        ? share + comparison.parties / Math.max(1, units) >= ABOUT
          ? 'contradicts'
          : 'related'
        : unknown === 0 &&
            share >= SUPPORTS &&
            comparison.unconfirmed === 0 &&
            (comparison.units === 0 || comparison.covered / comparison.units >= SAID) &&
            // What the claim says beyond the talk itself ("initiated by the Chinese side") is not vouched for by
            // the words for a talk the sentence shares with it.
            (comparison.matter === 0 || comparison.substance / comparison.matter >= SAID)
          ? 'supports'
          : 'related';
  return { comparison, share, fit, conflicts, unknown, verdict };
}

/** The talks a claim speaks of as events: those of the people, formats and dates it names (`all`: every talk when it names a detail of talks but none of these). */
function talksNamed(k: Knowledge, claim: ClaimDetails, all = true): Talk[] {
  const talks = k.kb.talks;
  const out = new Set<Talk>();
  for (const p of claim.people) for (const t of k.facts.talksOfPerson(p)) out.add(t);
  for (const f of claim.mentions.formats) if (f.format.kind === 'talks') for (const t of f.format.talks) out.add(t);
  for (const d of claim.mentions.dates) for (const t of talks) if (d.year !== null && t.date.startsWith(String(d.year))) out.add(t);
  if (all && out.size === 0 && talks.length <= MAX_TALKS && (claim.mentions.formats.length > 0 || claim.mentions.dates.length > 0 || claim.roles.length > 0)) return [...talks];
  return [...out].sort((a, b) => byDate(b, a)).slice(0, MAX_TALKS);
}

/**
 * The sentences worth comparing with a claim: the facts ranked for it, and its talks' own sentences; and, put in
 * `aside`, those of its talks that speak of other exchanges in the format it names ("phone talks between the two
 * Parties' General Secretaries"), which only relate to it.
 */
function candidates(k: Knowledge, index: ClaimIndex, reading: Reading, claim: ClaimDetails, aside: Set<EvidenceSentence>): EvidenceSentence[] {
  const out: EvidenceSentence[] = [];
  const seen = new Set<string>();
  const add = (s: EvidenceSentence | undefined) => {
    if (s && !seen.has(`${s.talk.id}\u0000${s.citation.quote}`)) {
      seen.add(`${s.talk.id}\u0000${s.citation.quote}`);
      out.push(s);
    }
  };
  // A wrong date must not hide the talk it got wrong: rank over every talk.
  for (const source of rankFacts(k, { ...queryOf(k, reading, true), talks: null }, RANKED)) {
    add(index.evidence(source.fact.talk).sentence(source.citation.quote));
  }
  for (const talk of talksNamed(k, claim)) {
    const e = index.evidence(talk);
    add(e.when);
    add(e.format);
    for (const s of e.participants.values()) add(s);
    if (claim.signed) for (const s of e.signed) add(s);
  }
  const formats = claim.mentions.formats.filter((f) => !f.negated).map((f) => f.format);
  for (const talk of formats.length > 0 ? talksNamed(k, claim) : []) {
    for (const s of index.evidence(talk).sentences) {
      const named = s.mentions.formats.some((x) => !x.negated && formats.some((f) => sameFormat(f, x.format)));
      if (named && !s.format && !seen.has(`${s.talk.id}\u0000${s.citation.quote}`)) {
        add(s);
        aside.add(s);
      }
    }
  }
  return out;
}

/** Grammar that puts a verb in the future or in a plan ("agreed to hold", "will meet"). */
const PLANNED = new Set(['to', 'will', 'would', 'shall']);

/** Words a planner may stand before "to" ("invited Song Tao to visit"). */
const PLANNER_REACH = 4;

/**
 * Talks planned for a year the articles report none in ("agreed to hold face-to-face talks in 2023"): other talks
 * than theirs, which the articles can relate to but never settle. So is a meeting or visit arranged to come ("agreed
 * to meet in person once…", "is set to visit Beijing before the end of 2020"), where no date names a month of a
 * talk held; not one said as the purpose of a trip made ("flew to Beijing to sit down with…").
 */
function plannedElsewhen(k: Knowledge, index: ClaimIndex, claim: ClaimDetails): boolean {
  const t = claim.mentions.tokens;
  const word = (i: number) => t[i]?.word ?? '';
  // A verb of meeting ("meet", "visit", "hold"), not a noun of the talks' words ("party-to-party").
  const meets = (w: string) => ((index.talkWords.has(w) && !index.talkNouns.has(w)) || index.otherEvents.has(index.lemma(w))) && index.general(w);
  const planned = t.some((x, i) => i > 0 && PLANNED.has(word(i - 1)) && index.talkWords.has(x.word) && !index.talkNouns.has(x.word));
  if (planned && claim.mentions.dates.some((d) => d.year !== null && !k.kb.talks.some((talk) => talk.date.startsWith(String(d.year))))) return true;
  const arranged = t.some(
    (x, i) =>
      meets(x.word) &&
      (['will', 'shall'].includes(word(i - 1)) || (word(i - 1) === 'to' && [...Array(PLANNER_REACH).keys()].some((d) => index.planners.has(word(i - 2 - d))))),
  );
  const heldMonth = claim.mentions.dates.some((d) => d.month !== null && k.kb.talks.some((talk) => talk.date.startsWith(`${d.year ?? talk.date.slice(0, 4)}-${String(d.month).padStart(2, '0')}`)));
  return arranged && !heldMonth;
}

/** Words of a name of someone the articles lack, at least ("Wang Yi", "liu jianchao"). */
const NAME_WORDS = 2;

/**
 * A name the articles lack said of one talk in a participant's place, where the reading found none (it reads
 * questions; a claim says it in more ways: "Quan's Chinese counterpart on that July 2020 call was Wang Yi",
 * "Wang Yi represented the Chinese party in the April 2022 talks with Trung"): words in a row that are no English
 * words, or typed as a name, among what nothing in the articles covers; the talk the claim dates or names by its
 * people and format; the place of the one participant of it the claim leaves free, or of the side it names.
 */
function standInOf(k: Knowledge, index: ClaimIndex, reading: Reading, claim: ClaimDetails): ClaimDetails['standIn'] {
  if (claim.standIn) return claim.standIn;
  const m = claim.mentions;
  // Said of the talks ("call", "talks", "by phone"), or with one of their people on a date the claim anchors to a
  // talk ("spoke with Hoang Binh Quan on July 29"); not of another event of the year ("a visit by Xi Jinping").
  const ofTalks = m.formats.length > 0 || m.tokens.some((t) => index.talkNouns.has(t.word)) || (claim.people.length > 0 && claim.anchored.size > 0);
  if (m.other || !ofTalks) return null;
  const names = nameRuns(index, reading, claim);
  const [run] = names;
  if (names.length !== 1 || !run) return null;
  // The doer of another event the claim names ("to prepare a visit by Nguyen Phu Trong to China") is that event's, not
  // in a participant's place at the talk.
  if (eventDoer(index, m.tokens, run[0] ?? 0)) return null;
  const talks = talksNamed(k, claim, false);
  const [talk] = talks;
  if (talks.length !== 1 || !talk) return null;
  const free = talk.participants.filter((p) => !claim.people.includes(p.person));
  const sided = free.filter((p) => reading.sidesNamed.includes(p.party));
  const instead = claim.people.length > 0 && claim.people.every((p) => talk.participants.some((x) => x.person === p)) && free.length === 1 ? free[0] : sided.length === 1 ? sided[0] : undefined;
  if (!instead) return null;
  const words = run.map((i) => m.text.slice(m.tokens[i]?.at ?? 0, (m.tokens[i]?.at ?? 0) + (m.tokens[i]?.word.length ?? 0))).join(' ');
  return { words, at: run[0] ?? 0, instead: instead.person, talk };
}

/**
 * Whether the claim names someone the articles lack whose family name is one of a talk party's ("nguyen phu trong", "Xi
 * Jinping"): a person of that side, whose doings at the talks' time ("visited Beijing later in 2022 after these talks")
 * the articles' talks relate to, as they do a participant's.
 */
function sidedStranger(k: Knowledge, index: ClaimIndex, reading: Reading, claim: ClaimDetails): boolean {
  const parties = partyIds(k.kb.talks);
  return nameRuns(index, reading, claim).some((run) => run.some((i) => parties.has(index.familyNames.get(claim.mentions.tokens[i]?.word ?? '') ?? '')));
}

/** Runs of words of a name the articles lack ("Wang Yi", "liu jianchao"), by their token indices. */
function nameRuns(index: ClaimIndex, reading: Reading, claim: ClaimDetails): number[][] {
  const m = claim.mentions;
  const unmatched = new Set(reading.unmatched.map((w) => w.toLowerCase()));
  const foreign = (i: number) => m.content.includes(i) && !index.english(m.tokens[i]?.word ?? '');
  // Typed in lower case, a word of a name that is an English word too ("yi" of "wang yi") counts beside one that is none.
  const nameWord = (i: number) => {
    const w = m.tokens[i]?.word ?? '';
    const at = m.tokens[i]?.at ?? 0;
    return foreign(i) || (m.content.includes(i) && unmatched.has(w) && (/^\p{Lu}/u.test(m.text.slice(at, at + 1)) || foreign(i - 1) || foreign(i + 1)));
  };
  const runs: number[][] = [];
  for (const i of m.content) {
    const last = runs.at(-1);
    if (!nameWord(i)) continue;
    if (last && last.at(-1) === i - 1) last.push(i);
    else runs.push([i]);
  }
  // A name before a noun of its own, not its possessive ("the Vanguard Bank standoff"), names a thing, not a person.
  const thingNamed = (r: number[]) => {
    const next = (r.at(-1) ?? 0) + 1;
    const last = m.tokens[next - 1];
    const after = m.tokens[next];
    // Right after it, in the same phrase: no possessive, no pause ("Wang Yi, head of…" names the person).
    const between = last && after ? m.text.slice(last.at + last.word.length, after.at) : '';
    const w = after?.word ?? '';
    // A word for a kind of place there ("the Lang Son crossings", "… province") names a place, as a noun does a thing.
    const placeWord = m.allPlaces.some((p) => p.at === next && !p.place.side);
    return /^\s+$/u.test(between) && ((m.content.includes(next) && !index.general(w) && !index.talkWords.has(w)) || placeWord);
  };
  return runs.filter((r) => r.length >= NAME_WORDS && !thingNamed(r));
}

/** Compares a claim with every candidate sentence, best first. */
export function compareAll(k: Knowledge, reading: Reading): { claim: ClaimDetails; scored: Scored[] } {
  const index = k.claims();
  const read = readDetails(index, reading);
  const standIn = standInOf(k, index, reading, read);
  const claim = standIn === read.standIn ? read : { ...read, standIn, any: true };
  const other = claim.mentions.other || plannedElsewhen(k, index, claim);
  const aside = new Set<EvidenceSentence>();
  const scored = candidates(k, index, reading, claim, aside).map((s) => {
    const comparison = compare(index, claim, s, index.evidence(s.talk), k.kb.talks);
    const first = score(comparison, other || aside.has(s));
    // An act the talks only time differs from them as another event, not as a wrong detail (timed-act.ts).
    return first.verdict === 'contradicts' && otherActOnly(claim, first.conflicts) ? score(comparison, true) : first;
  });
  // On ties, the sentence that states what the claim names of the talk: its participants, date, format; a date only
  // where the claim dates that talk alone ("in both the 2020 and 2022 talks" dates neither).
  const datesOnly = (t: Talk) => [...claim.anchored].every((d) => d.year === null || t.date.startsWith(String(d.year)));
  const people = new Set(claim.people);
  const holds = new Map(
    scored.map((x) => {
      const s = x.comparison.sentence;
      return [x, 2 * s.participants.filter((p) => people.has(p.person)).length + (s.when && claim.anchored.size > 0 && datesOnly(s.talk) ? 1 : 0) + (s.format && claim.mentions.formats.length > 0 ? 1 : 0)];
    }),
  );
  // Ranked by how much of the claim each fits; on ties a verdict before a mere relation, fewer conflicts, what it
  // states of the talk, the claim's words it uses, then as retrieval ranked them.
  const order = new Map(scored.map((s, i) => [s, i]));
  const several = talksEach(k, claim).length > 1;
  const wording = new Map<Talk, number>();
  for (const s of scored) if (s.verdict === 'supports') wording.set(s.comparison.sentence.talk, Math.max(wording.get(s.comparison.sentence.talk) ?? 0, s.comparison.used));
  const acrossTalks = (a: Talk, b: Talk) => (a === b ? 0 : (wording.get(b) ?? 0) - (wording.get(a) ?? 0) || byDate(b, a));
  const dated = (s: Scored) => s.conflicts.filter((c) => c.kind === 'date').length;
  const weight = { supports: 0, contradicts: 1, related: 2 } as const;
  // A sentence on other exchanges in the claim's format only relates the claim where nothing else decides it.
  const apart = (x: Scored) => (aside.has(x.comparison.sentence) ? 1 : 0);
  scored.sort(
    (a, b) =>
      apart(a) - apart(b) ||
      b.fit - a.fit || weight[a.verdict] - weight[b.verdict] || b.share - a.share || a.conflicts.length - b.conflicts.length ||
      // A date the claim gives the talk names the talk: the person or role given wrongly, not the date.
      dated(a) - dated(b) ||
      // A claim held at each of several talks it names: shown first at the talk that says it in more of its own
      // words, then at the latest (how a report spreads a talk's date, format and people over its sentences is no
      // measure of which talk the claim is more about).
      (several && a.verdict === 'supports' ? acrossTalks(a.comparison.sentence.talk, b.comparison.sentence.talk) : 0) ||
      (holds.get(b) ?? 0) - (holds.get(a) ?? 0) ||
      // Of supporting sentences, the one that says it in more of the claim's own words ("the International Liaison
      // Department of the Communist Party of China" for "the Chinese Communist Party's International Liaison Department").
      (a.verdict === 'supports' ? b.comparison.used - a.comparison.used : 0) || (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
  return { claim, scored };
}

/**
 * What a sentence itself says of the claim: a contradiction only where it gives the differing value (a
 * statement of the talk does not contradict a wrong date; the sentence giving the date does).
 */
const own = (s: Scored): MatchVerdict =>
  s.verdict === 'contradicts' && !s.conflicts.some((c) => c.evidence === s.comparison.sentence) ? 'related' : s.verdict;

const differsOf = (s: Scored): Differ[] => s.conflicts.map((c) => ({ kind: c.kind, article: c.article, citation: c.evidence.citation }));

const matchOf = (s: EvidenceSentence, verdict: MatchVerdict, differs: readonly Differ[], score: number): ClaimMatch => ({ citation: s.citation, talk: s.talk, verdict, differs, score });

/** The checker's verdict on a claim, with its matches (at most `limit`). */
export function checkClaim(k: Knowledge, asked: Reading, limit = 5): ClaimCheck {
  const { claim, scored } = compareAll(k, uncorrected(asked));
  // A sentence of the talk the claim dates ("the 2020 call was initiated by…"), fitting most of what it says: related
  // to it, though it shares only the talk; so another talk's date is not what the claim gets wrong.
  const dated = (s: Scored) =>
    s.share >= ABOUT && s.comparison.results.some((r) => r.kind === 'date' && r.outcome === 'agrees' && [...claim.anchored].some((d) => r.key === `date:${claim.mentions.dates.indexOf(d)}`));
  // The claim speaks of the articles' talks by a word for them ("during their talks", "at the April 2022 talks").
  const talkNamed = !claim.mentions.other && claim.mentions.tokens.some((t) => k.claims().talkNouns.has(t.word));
  // Someone the articles lack, of a talk's side by the family name: no foreign subject, related at the talk it dates.
  const stranger = sidedStranger(k, k.claims(), uncorrected(asked), claim);
  // Read by its capitals: an English claim's.
  if (asked.lang === 'en' && !stranger && (foreignSubject(k, claim, talkNamed) || foreignPossession(k, claim, talkNamed) || unusedWords(k, claim, talkNamed) || foreignName(k, claim, talkNamed) || foreignCompound(k, claim, talkNamed))) return { verdict: 'none', differs: [], matches: [] };
  const kept = scored.filter((s) => s.verdict !== 'related' || related(s, talkNamed, stranger) || dated(s));
  const best = bothTalks(k, claim, kept) ?? pick(kept, polarityWords(k.claims(), claim));
  if (!best) return { verdict: 'none', differs: [], matches: [] };
  const matches: ClaimMatch[] = [];
  const seen = new Set<string>();
  const push = (m: ClaimMatch) => {
    const key = `${m.talk.id}\u0000${m.citation.quote}`;
    if (seen.has(key) || matches.length >= limit) return;
    seen.add(key);
    matches.push(m);
  };
  const differs = best.verdict === 'contradicts' ? differsOf(best) : [];
  const talk = best.comparison.sentence.talk;
  // A contradiction is shown with the sentence that gives the right value (the talk's date, a participant…).
  if (best.verdict === 'contradicts') for (const c of best.conflicts) push(matchOf(c.evidence, 'contradicts', differs, best.fit + 1));
  push(matchOf(best.comparison.sentence, own(best), own(best) === 'contradicts' ? differs : [], best.fit + 1));
  // A claim held at each of several talks it names ("in both the 2020 and the 2022 talks") is shown holding at each:
  // the best sentence of every other one of them next.
  if (best.verdict === 'supports') {
    for (const t of talksEach(k, claim).filter((x) => x !== talk)) {
      const at = scored.find((s) => s.comparison.sentence.talk === t && s.verdict === 'supports');
      if (at) push(matchOf(at.comparison.sentence, 'supports', [], at.fit + 1));
    }
  }
  // A claim of someone named ("Song Tao was at both talks") is borne out by a sentence naming them or saying what
  // they alone said ("He spoke highly of…"); what "the two sides" said at the same talk only relates to it.
  const claimed = new Set(claim.people);
  const ofClaimed = (x: Scored) => {
    const { participants, speakers } = x.comparison.sentence;
    return claimed.size === 0 || participants.some((p) => claimed.has(p.person)) || (speakers.size === 1 && [...speakers].some((p) => claimed.has(p)));
  };
  // Another talk's sentences differ from the claim by being of another talk: related, not contradicting.
  for (const s of scored) {
    if (s === best || !related(s, talkNamed, stranger)) continue;
    const said = s.comparison.sentence.talk === talk || own(s) !== 'contradicts' ? own(s) : 'related';
    const verdict = said === 'supports' && !ofClaimed(s) ? 'related' : said;
    push(matchOf(s.comparison.sentence, verdict, verdict === 'contradicts' ? differsOf(s) : [], s.fit));
  }
  return { verdict: best.verdict, differs, matches };
}

/** The talks a question or claim names each by its date or format ("were both the 2020 and 2022 talks by video?"). */
export function talksNamedEach(k: Knowledge, reading: Reading): Talk[] {
  return talksEach(k, readDetails(k.claims(), uncorrected(reading)));
}

/** The talks a claim names each by its date or format ("the 2020 phone call and the 2022 video talks"). */
function talksEach(k: Knowledge, claim: ClaimDetails): Talk[] {
  const m = claim.mentions;
  return k.kb.talks.filter((t) => m.dates.some((d) => d.year !== null && t.date.startsWith(String(d.year))) || m.formats.some((f) => !f.negated && f.format.kind === 'talks' && f.format.talks.includes(t)));
}

/**
 * A claim of several talks, each named by its date or format ("Quan took part in both the 2020 phone call and the
 * 2022 video talks", "both the 2020 and 2022 talks were held by video"), holds only if it holds at each: where it
 * fits one talk best, another of them that states otherwise who took part (the person, the role) or how it was held
 * (its format), in its own sentence of that, contradicts it.
 */
function bothTalks(k: Knowledge, claim: ClaimDetails, scored: readonly Scored[]): Scored | undefined {
  const best = scored[0];
  if (!best || best.verdict !== 'supports') return undefined;
  const named = talksEach(k, claim);
  if (named.length < 2) return undefined;
  // The sentence naming that talk's participants, or stating its format: not one of what someone else said there.
  // A format the claim gives that talk itself is no format claimed of it; nor one that names another talk with its
  // date ("the 2020 call and the 2022 video talks": the video is the 2022 talks').
  const m = claim.mentions;
  const ownFormat = (t: Talk) =>
    m.formats.some((f) => !f.negated && ((f.format.kind === 'talks' && f.format.talks.includes(t)) || m.dates.some((d) => d.end <= f.at && f.at - d.end < ATTRIBUTIVE)));
  const states = (s: Scored, c: Scored['conflicts'][number]) => {
    const e = k.claims().evidence(s.comparison.sentence.talk);
    if (c.kind === 'format') return c.evidence === e.format && !ownFormat(s.comparison.sentence.talk);
    return (c.kind === 'person' || c.kind === 'role') && [...e.participants.values()].includes(s.comparison.sentence);
  };
  return scored.find(
    (s) => s.verdict === 'contradicts' && s.comparison.sentence.talk !== best.comparison.sentence.talk && named.includes(s.comparison.sentence.talk) && s.conflicts.every((c) => states(s, c)),
  );
}

/**
 * Whether the claim is about a thing the articles never name ("The Amazon rainforest spans…", "The Tokyo Olympics were
 * pushed back… because of the pandemic"): its first word of substance is a proper name no sentence of any talk uses,
 * and it names none of the talks' people, parties or sides, nor the talks. Words it shares with them in passing
 * ("the pandemic", "countries") are not what it speaks of.
 */
function foreignSubject(k: Knowledge, claim: ClaimDetails, talkNamed: boolean): boolean {
  const m = claim.mentions;
  const first = m.content[0];
  if (first === undefined || talkNamed) return false;
  const typed = (i: number) => m.text.slice(m.tokens[i]?.at ?? 0, (m.tokens[i]?.at ?? 0) + (m.tokens[i]?.word.length ?? 0));
  const capital = (i: number) => /^\p{Lu}/u.test(typed(i));
  // The opening word is capitalised anyway (at the start, after "Fwd:"): a name where the next word carries the
  // capital on ("Ha Long Bay was named…"), in a claim that gives no detail of a talk (a date, a format: "Nguyen Phu
  // Trong and Xi Jinping spoke by phone in January 2020" is of the talks' time, related).
  const opens = capital(first) && m.proper.has(first + 1) && m.content.includes(first + 1) && m.dates.length === 0 && m.formats.length === 0;
  // Typed without a capital at all ("the tokyo olympics got pushed…", "pho is…"): no word is marked a name, so a
  // place before the first word of substance, or that word where it is no English word ("despite" is), is read as a
  // name would be, where no sentence of the articles uses it.
  const place = m.allPlaces.find((p) => !p.place.side && p.at < first);
  const opening = m.tokens[place?.at ?? first]?.word ?? '';
  const chat = !/\p{Lu}/u.test(m.text) && (place !== undefined || !k.claims().english(opening)) && !articlesUse(k, opening);
  // "Paris recorded its hottest July day…", "Japan's prime minister flew to Canberra…": a place the articles never
  // name opens it, typed as a name, and it names nothing of theirs (no topic, document, person or side), whatever its
  // month or verb of travel shares with the talks.
  // Typed all in lower case, the place opens it as a name would ("the mekong is the longest river in southeast asia").
  const placed = place !== undefined && (capital(place.at) || chat) && !articlesUse(k, opening) && m.names.length === 0 && claim.people.length === 0 && !m.allPlaces.some((p) => p.place.side);
  if (placed) return true;
  if (!(m.proper.has(first) || opens || chat) || claim.people.length > 0) return false;
  if (m.names.some((n) => n.named.kind !== 'topic' && n.named.kind !== 'document') || m.allPlaces.some((p) => p.place.side)) return false;
  // A name before it ("the CPV's …") is what it is about.
  if (m.names.some((n) => n.at < first)) return false;
  // The whole name ("Great Barrier Reef"): one of its words the articles never use makes it another thing.
  const run: number[] = [];
  for (let i = first; (i === first || m.proper.has(i)) && m.content.includes(i); i++) run.push(i);
  return run.some((i) => !articlesUse(k, m.tokens[i]?.word ?? ''));
}

/**
 * The sentence the claim is most about. A contradiction nearly as close as the best wins: a claim with one
 * wrong detail fits the sentence that corrects it less well than one that never speaks of that detail.
 */
/** The last word of each of the claim's polarity phrases of more than one word ("lost (their) momentum" → momentum). */
function polarityWords(
  index: ClaimIndex,
  claim: ClaimDetails,
): { readonly words: ReadonlySet<string>; readonly lemma: (w: string) => string; readonly grammar: ReadonlySet<string>; readonly thing: (s: Scored, key: string) => number } {
  const { tokens, polarity } = claim.mentions;
  const words = polarity.filter((p) => p.end - p.at > 1).map((p) => tokens[p.end - 1]?.word ?? '');
  // How much of what the claim speaks of the sentence says its polarity of that group ("polarity:1") around (-1: no group).
  const thing = (s: Scored, key: string) => {
    const group = Number(/^polarity:(\d+)$/u.exec(key)?.[1] ?? NaN);
    return Number.isNaN(group) ? -1 : polarThing(index, claim.mentions, s.comparison.sentence.mentions, group);
  };
  return { words: new Set(words.filter(Boolean).map((w) => index.lemma(w))), lemma: (w) => index.lemma(w), grammar: index.functionWords, thing };
}

/** How far after a sentence's polarity word the thing it is said of may stand ("maintaining positive development momentum"). */
const POLARITY_REACH = 4;

function pick(scored: readonly Scored[], phrase: ReturnType<typeof polarityWords> | null = null): Scored | undefined {
  const chosen = pickFirst(scored, phrase);
  return chosen && phrase ? (aboutTheThing(scored, chosen, phrase) ?? chosen) : chosen;
}

/**
 * Against a sentence contradicting the claim's polarity about something else ("continue coordinating"), one of the same
 * talk giving it otherwise about the very thing its phrase names ("lost their positive momentum": "maintaining …
 * momentum"), though it says less of the rest of the claim: the verdict is the same, and that sentence shows it.
 */
function aboutTheThing(scored: readonly Scored[], chosen: Scored, phrase: ReturnType<typeof polarityWords>): Scored | undefined {
  const polarOnly = (s: Scored) => s.conflicts.length > 0 && s.conflicts.every((c) => c.kind === 'polarity');
  if (chosen.verdict !== 'contradicts' || !polarOnly(chosen)) return undefined;
  const namesIt = (s: Scored) => {
    const { tokens, polarity } = s.comparison.sentence.mentions;
    // A thing, not a word of grammar ending the phrase ("pushed back on").
    return polarity.some((x) => tokens.slice(x.end, x.end + POLARITY_REACH).some((t) => !phrase.grammar.has(t.word) && phrase.words.has(phrase.lemma(t.word))));
  };
  if (namesIt(chosen)) return undefined;
  const closer = scored.find((s) => s !== chosen && s.verdict !== 'supports' && s.comparison.sentence.talk === chosen.comparison.sentence.talk && polarOnly(s) && namesIt(s));
  return closer ? { ...closer, verdict: 'contradicts' } : undefined;
}

function pickFirst(scored: readonly Scored[], phrase: ReturnType<typeof polarityWords> | null = null): Scored | undefined {
  const best = scored[0];
  if (!best) return best;
  // A sentence of the same talk giving the claim's polarity otherwise about the very thing its phrase names
  // ("lost momentum" against "maintaining … momentum") settles it, over one agreeing about something else
  // ("exchanges could not be held").
  const namesIt = (s: Scored) => {
    if (!phrase) return false;
    const { tokens, polarity } = s.comparison.sentence.mentions;
    const near = polarity.flatMap((x) => tokens.slice(x.end, x.end + POLARITY_REACH).map((t) => phrase.lemma(t.word)));
    return near.some((w) => phrase.words.has(w) && !best.comparison.sentence.lemmas.has(w));
  };
  const opposes = (s: Scored) =>
    best.verdict === 'supports' &&
    s.verdict === 'contradicts' &&
    s.comparison.sentence.talk === best.comparison.sentence.talk &&
    s.conflicts.length > 0 &&
    s.conflicts.every((c) => c.kind === 'polarity') &&
    namesIt(s);
  const opposing = scored.find(opposes);
  if (opposing) return opposing;
  if (best.verdict === 'contradicts') {
    // A date the claim gives names the talk it means: a sentence of that talk that contradicts the claim in no
    // more details (the person who held the post then) is what it gets wrong, rather than the date.
    const dated = (s: Scored) => s.conflicts.some((c) => c.kind === 'date');
    const keeps = (s: Scored) => s.verdict === 'contradicts' && !dated(s) && s.conflicts.length <= best.conflicts.length && s.fit >= best.fit - 2 * CLOSE_CONTRADICTION;
    return dated(best) ? (scored.find(keeps) ?? best) : best;
  }
  // Against a supporting sentence, only a contradiction of the same talk (another talk is just another talk).
  // Nor another talk that differs only in being another talk (its date, its format) from the one the claim's date names.
  const otherTalk = (s: Scored) =>
    s.comparison.sentence.talk !== best.comparison.sentence.talk &&
    s.conflicts.every((c) => c.kind === 'date' || c.kind === 'format') &&
    best.comparison.results.some((r) => r.kind === 'date' && r.outcome === 'agrees');
  // Against a supporting sentence that agrees on a polarity, one giving that polarity otherwise rivals it only where it
  // says it of as much of what the claim speaks of: "exchanges … didn't happen on time" is settled by "exchanges …
  // could not be held as scheduled", not contradicted by "continue coordinating with the international community".
  const otherThing = (s: Scored) =>
    phrase !== null &&
    best.verdict === 'supports' &&
    s.conflicts.every((c) => c.kind === 'polarity' && best.comparison.results.some((r) => r.key === c.key && r.outcome === 'agrees')) &&
    s.conflicts.every((c) => phrase.thing(s, c.key) >= 0 && phrase.thing(s, c.key) < phrase.thing(best, c.key));
  // Against a supporting sentence that gives the claim's kind of thing (the floods), one giving another kind (the
  // pandemic) speaks of another thing, not of this one otherwise: "Vietnam's backing during China's flood recovery".
  const otherKind = (s: Scored) =>
    best.verdict === 'supports' && s.conflicts.every((c) => c.kind === 'kind' && best.comparison.results.some((r) => r.key === c.key && r.outcome === 'agrees'));
  const rival = (s: Scored) =>
    s.verdict === 'contradicts' &&
    s.fit >= best.fit - CLOSE_CONTRADICTION &&
    (best.verdict === 'related' || s.comparison.sentence.talk === best.comparison.sentence.talk) &&
    !otherTalk(s) &&
    !otherThing(s) &&
    !otherKind(s);
  // A sentence that speaks of a detail of the claim the best one does not settle (its polarity, the count, the
  // kind…) and gives it otherwise is what the claim is about, though the conflict costs it fit: the sentence of
  // the same talk that says "some obstacles" settles "no obstacles whatsoever in bilateral ties".
  const settles = (s: Scored) =>
    best.verdict === 'related' &&
    s.verdict === 'contradicts' &&
    s.comparison.sentence.talk === best.comparison.sentence.talk &&
    s.conflicts.every((c) => ALIGNED.has(c.kind) && !best.comparison.results.some((r) => r.key === c.key && r.outcome !== 'unknown'));
  // Of several, the one that uses most of the claim's own words (a talk's opening "held" is no "momentum").
  const settling = scored.filter(settles).sort((a, b) => b.comparison.used - a.comparison.used)[0];
  // Of several close contradictions, the one that says more of the rest of the claim, then more of its own words: "does
  // not attach much importance to its partnership" is settled by "attach great importance to … the … partnership", not by
  // "discussed in depth important issues".
  const rivals = scored.filter(rival);
  const closest = rivals.reduce<Scored | undefined>((a, b) => (!a || b.share > a.share || (b.share === a.share && b.comparison.used > a.comparison.used) ? b : a), undefined);
  return closest ?? settling ?? best;
}

/**
 * Whether a sentence has anything to do with the claim: it shares a name or more than one word with it (not
 * counting words for a talk), a person the claim names took part, two details agree (a date and a format), the
 * claim names the talks by a word for them and the sentence is of the talk it dates or shares a word with it, or it
 * names someone of a talk's side the articles lack and the sentence is of the talk it dates.
 */
function related(s: Scored, talkNamed: boolean, stranger = false): boolean {
  const agreeing = s.comparison.results.filter((r) => r.outcome === 'agrees');
  const c = s.comparison;
  // A claim of what the talks did, named by a word for them, is on their subject where the sentence is of the talk it
  // dates, or shares what it says they did ("discussed"), however foreign what it says they did it about.
  const ofTalks = talkNamed && (c.substance > 0 || agreeing.some((r) => r.kind === 'date'));
  // Only a talk's setting shared (a side named by its capital, a date), with no talk named: another event (setting-only.ts).
  if (!talkNamed && !stranger && settingOnly(c)) return false;
  // Someone of a talk's side the articles do not name, at the time of the talk the sentence is of.
  const sidedThen = stranger && agreeing.some((r) => r.kind === 'date');
  return s.share >= RELATED && (c.names > 0 || c.substance >= SUBSTANCE || agreeing.some((r) => r.kind === 'person') || agreeing.length >= 2 || ofTalks || sidedThen);
}
