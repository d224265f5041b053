// A claim whose clauses are each of another talk ("Quan spoke by phone on July 19, 2020, and later Trung held video
// talks in 2022", "Vietnam's counterpart changed: Quan in 2020, Trung in 2022"): read whole, one talk's sentences
// settle it and the other clause goes unchecked, or neither talk covers enough of it to be more than related. Each
// clause is checked at its own talk instead, and the verdicts combined: a detail any clause gets wrong contradicts
// the claim, and it is supported only where every clause is.
import type { Talk } from '../../facts/types.js';
import type { Reading } from '../../matching/reading.js';
import type { Knowledge } from '../types.js';
import { uncorrected } from '../../matching/reading.js';
import { checkClaim, talksNamedEach, type ClaimCheck, type ClaimMatch } from './check.js';
import { readDetails } from './details.js';
import { eachTalkTexts } from './each-talk.js';

/** Marks between the clauses of a claim: commas and semicolons (Latin and Chinese); a colon ends its heading. */
const PAUSE = /[,;，；、]/gu;
const PAUSED = /[,;，；、]/u;
const HEADING = /[:：]/u;

/**
 * The talk a stretch of the claim is of: the one its dates and formats name; null for none, several when they name
 * more than one. Not its people: someone put at the wrong talk ("in the April 2022 video talks, Quan represented…") is
 * a detail to check at the talk the claim dates.
 */
type Anchor = Talk | null | 'several';

function anchorOf(k: Knowledge, reading: Reading): Anchor {
  const talks = new Set<Talk>(talksNamedEach(k, reading));
  return talks.size === 0 ? null : talks.size === 1 ? ([...talks][0] ?? null) : 'several';
}

interface Run {
  readonly text: string;
  readonly talk: Talk;
}

/**
 * The claim's stretches each of one talk, in order: its pieces between pauses, each joined to the last where it names
 * no other talk ("on July 19, 2020": a date's comma is no clause's end). Null unless at least two are of different
 * talks, or where one piece names several talks at once ("both the 2020 and 2022 talks": checked whole).
 */
function runsOf(k: Knowledge, body: string, read: (text: string) => Reading): Run[] | null {
  const cuts = [0, ...[...body.matchAll(PAUSE)].map((m) => (m.index ?? 0) + 1), body.length + 1];
  const runs: { start: number; end: number; talk: Talk | null }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = (cuts[i + 1] ?? 0) - 1;
    const piece = body.slice(start, end).trim();
    if (piece === '') continue;
    const anchor = anchorOf(k, read(piece));
    if (anchor === 'several') return null;
    const last = runs.at(-1);
    if (last && (anchor === null || last.talk === null || last.talk === anchor)) {
      last.end = end;
      last.talk = last.talk ?? anchor;
    } else runs.push({ start, end, talk: anchor });
  }
  const held = runs.flatMap((r) => (r.talk ? [{ text: body.slice(r.start, r.end).trim(), talk: r.talk }] : []));
  return held.length === runs.length && new Set(held.map((r) => r.talk)).size > 1 ? held : null;
}

/**
 * The claim checked clause by clause at the talks its clauses are each of, or null when it does not speak of
 * different talks in different clauses. A heading before a colon ("The sea came up in both conversations: …") frames
 * the clauses after it: it counts only where it is contradicted itself. A contradiction the claim read whole finds
 * (`whole`) stands unless a clause finds one of its own, and so does its support where every clause holds too.
 */
export function checkByTalkClauses(k: Knowledge, text: string, read: (text: string) => Reading, whole: ClaimCheck, limit: number): ClaimCheck {
  const split = clausesOf(k, text, read);
  // A talk's format or date the whole gets wrong may be one clause's put to another's talk ("Quan phoned Song Tao in
  // 2020, while the 2022 talks were by video"): clauses that each hold at their own talk settle it.
  const setting = whole.verdict === 'contradicts' && whole.differs.every((d) => d.kind === 'format' || d.kind === 'date');
  const contradicted = whole.verdict === 'contradicts' && !(split && setting);
  const clauses = split ? byClauses(k, split, read, limit, contradicted) : byEachTalk(k, text, read, limit, contradicted);
  if (whole.verdict === 'contradicts' && clauses?.verdict === 'related') return whole;
  // Supported whole and clause by clause: the whole's sentences show it best ("according to the 2022 talks, phone calls
  // between the General Secretaries built trust" names no other talk, though its format is the 2020 one's).
  return clauses && !(clauses.verdict === 'supports' && whole.verdict === 'supports') ? clauses : whole;
}

interface Clauses {
  readonly heading: string;
  readonly body: string;
  readonly runs: readonly Run[];
}

/** The claim's heading and its clauses each of one talk, or null when it has no clauses of different talks. */
function clausesOf(k: Knowledge, text: string, read: (text: string) => Reading): Clauses | null {
  if (!PAUSED.test(text)) return null;
  const colon = HEADING.exec(text);
  const heading = colon ? text.slice(0, colon.index).trim() : '';
  const body = colon ? text.slice(colon.index + 1) : text;
  const runs = runsOf(k, body, read);
  return runs ? { heading, body, runs } : null;
}

function byClauses(k: Knowledge, { heading, body, runs }: Clauses, read: (text: string) => Reading, limit: number, contradicted: boolean): ClaimCheck | null {
  const subject = openingPerson(k, read(body));
  // A later clause that leaves the claim's subject out ("Quan, who did the 2020 call, also led… the 2022 talks") is said
  // of that subject.
  const checks = runs.map((r, i) => {
    const rest = i > 0 && subject ? subjectless(k, read(r.text)) : null;
    return checkClaim(k, read(rest !== null && subject ? `${subject} ${rest}` : r.text), limit);
  });
  const framing = heading === '' ? null : checkClaim(k, read(heading), limit);
  const wrong = [framing, ...checks].find((c): c is ClaimCheck => c?.verdict === 'contradicts');
  return combined(checks, runs.map((r) => r.text), wrong, contradicted, limit);
}

/**
 * One claim said of several talks named together ("both the 2020 call and the 2022 video talks were by video", "Quan
 * did the 2020 call and the 2022 talks too"): it holds only where it holds at each, so it is checked at each talk by
 * its text with the other talks' names left out (each-talk.ts), and the verdicts combined as clauses' are.
 */
function byEachTalk(k: Knowledge, text: string, read: (text: string) => Reading, limit: number, contradicted: boolean): ClaimCheck | null {
  const texts = eachTalkTexts(k, read(text));
  if (!texts) return null;
  const checks = texts.map((t) => checkClaim(k, read(t.text), limit));
  // A contradiction counts at the talk kept (another's date is no detail of what is left), and only a verdict each talk
  // settles does: what one talk merely relates to leaves the claim read whole.
  const wrong = checks.find((c, i) => c.verdict === 'contradicts' && c.matches[0]?.talk === texts[i]?.talk);
  if (!wrong && !checks.every((c) => c.verdict === 'supports')) return null;
  return combined(checks, texts.map((t) => t.text), wrong, contradicted, limit);
}

/** The verdicts of a claim's parts combined: a contradicted part contradicts it, it is supported where each part is. */
function combined(checks: readonly ClaimCheck[], texts: readonly string[], wrong: ClaimCheck | undefined, contradicted: boolean, limit: number): ClaimCheck | null {
  // Each part's best match in turn, the contradicting one's first.
  const merged = (first: ClaimCheck | null): ClaimMatch[] => {
    const out: ClaimMatch[] = [];
    const seen = new Set<string>();
    const rest = checks.filter((c) => c !== first);
    const ordered = first ? [first, ...rest] : rest;
    for (const m of [...ordered.flatMap((c) => c.matches.slice(0, 1)), ...ordered.flatMap((c) => c.matches.slice(1))]) {
      const key = `${m.talk.id}\u0000${m.citation.quote}`;
      if (!seen.has(key) && out.length < limit) {
        seen.add(key);
        out.push(m);
      }
    }
    return out;
  };
  if (wrong) return { verdict: 'contradicts', differs: wrong.differs, matches: merged(wrong) };
  if (contradicted) return null;
  if (checks.every((c) => c.verdict === 'supports')) {
    // Shown first at the clause that fits its talk best; of clauses fitting as well, the one saying more.
    const fit = (i: number) => checks[i]?.matches[0]?.score ?? 0;
    const words = (i: number) => texts[i]?.split(/\s+/u).length ?? 0;
    const at = checks.reduce((a, _, b) => (fit(b) > fit(a) || (fit(b) === fit(a) && words(b) > words(a)) ? b : a), 0);
    const best = checks[at] ?? null;
    return { verdict: 'supports', differs: [], matches: merged(best) };
  }
  if (checks.every((c) => c.verdict === 'none')) return null;
  return { verdict: 'related', differs: [], matches: merged(null).map((m) => ({ ...m, verdict: m.verdict === 'contradicts' ? 'related' : m.verdict, differs: [] })) };
}

/**
 * The person a claim opens with as its subject ("Hoang Binh Quan, who did the 2020 call…"), in the words it names them
 * by; null when it opens otherwise.
 */
function openingPerson(k: Knowledge, reading: Reading): string | null {
  const m = readDetails(k.claims(), uncorrected(reading)).mentions;
  const name = [...m.names].sort((a, b) => a.at - b.at)[0];
  if (!name || name.named.kind !== 'person' || m.content.some((i) => i < name.at)) return null;
  const from = m.tokens[name.at];
  const to = m.tokens[name.end - 1];
  return from && to ? m.text.slice(from.at, to.at + to.word.length) : null;
}

/**
 * A clause that goes on with the claim's subject left out ("…, also led Vietnam's side at the 2022 talks"), from its
 * first word of substance; null where it names someone or a side, or where that word is a date, a format, a word for
 * the talks or a name ("…, while the 2022 talks were by video" has a subject of its own).
 */
function subjectless(k: Knowledge, reading: Reading): string | null {
  const index = k.claims();
  const claim = readDetails(index, uncorrected(reading));
  const m = claim.mentions;
  const first = m.content[0];
  if (first === undefined || m.names.some((n) => n.at < first) || claim.people.length > 0 || claim.sides.length > 0) return null;
  const within = (s: { readonly at: number; readonly end: number }) => s.at <= first && first < s.end;
  if (m.dates.some(within) || m.formats.some(within) || m.names.some(within) || m.allPlaces.some(within) || index.talkNouns.has(m.tokens[first]?.word ?? '') || m.proper.has(first)) return null;
  // From its first word of substance: a joining word before it ("and later chaired…") joins it to the subject no more.
  return m.text.slice(m.tokens[first]?.at ?? 0);
}
