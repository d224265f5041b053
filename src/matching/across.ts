// Stage 5, beside the aspects: whether a question sets the talks side by side. "How did X change from the first
// round to the second?", "in one round … and in the other …", "the two sets of talks", "how did X differ between
// 2020 and 2022?" ask of each talk, not of the one a word happens to name; the answer gives each its line.
// The words are data (data/lexicon/en.json `across`); Vietnamese and Chinese reach them through the glossaries.
import type { CueScan } from './cue-scan.js';
import type { CueGroup } from './aspects.js';
import type { Person, Talk } from '../facts/types.js';
import type { Hit } from './entities.js';
import type { Constraint } from './scope.js';
import { DISTRIBUTIVES, ORDINALS, PAIRED_NOUNS, TALK_NOUNS } from './cues.js';
import type { Token } from './tokens.js';

/** Kinds of detail that name a talk by itself: two of one kind naming different talks set them side by side. */
const NAMING: ReadonlySet<Constraint['kind']> = new Set(['year', 'month', 'ordinal', 'format']);

/**
 * Whether the question is about each of the talks: it names them as a pair or one against the other, or it
 * names two talks (by year, month, ordinal or format) and asks how something differed or changed between them, or
 * which of them it was ("in 2020 or only in 2022?": each is answered whether).
 */
export function setsTalksSideBySide(cues: CueScan<CueGroup>, constraints: readonly Constraint[], named: readonly Talk[] | null, talkCount: number): boolean {
  if (talkCount < 2) return false;
  if (cues.has('acrossPair')) return true;
  // "The first call … or only later?": two ordinals are two talks, whatever else is asked.
  if (new Set(constraints.filter((c) => c.kind === 'ordinal').flatMap((c) => c.talks)).size >= 2) return true;
  // The talks the question's details name together: "the 2020 talk on zoom or by phone?" names one, however many formats.
  const byDetails = constraints.some((c) => NAMING.has(c.kind));
  if (cues.has('acrossPersist') && namedByYears(constraints)) return true;
  return byDetails && (named?.length ?? 0) >= 2 && (cues.has('acrossDiffer') || cues.has('acrossChoice'));
}

/** Two talks or more each named by a year of its own, and no year naming none ("in 2020 …; in 2022 …"). */
function namedByYears(constraints: readonly Constraint[]): boolean {
  const years = constraints.filter((c) => c.kind === 'year');
  return years.every((c) => c.talks.length === 1) && new Set(years.flatMap((c) => c.talks)).size >= 2;
}

/**
 * "2020年是中方感谢越方…，到了2022年中方又给了越方什么？": a Chinese question that opens a clause with each talk's year
 * (a year put first is the clause's topic), asking what (not whether), asks of each: what the one year's clause says
 * of its talk is no subject to look for in the other. Every year must name one talk: a year of a range ("2020–2030")
 * or a period's is no talk's clause. (In English or Vietnamese a year is as often the baseline, "so với năm 2020".)
 */
export function namesEachTalkByYear(constraints: readonly Constraint[], periodYears: readonly number[], talkCount: number): boolean {
  if (talkCount < 2 || periodYears.length > 0) return false;
  const years = constraints.filter((c) => c.kind === 'year');
  if (years.some((c) => c.talks.length !== 1)) return false;
  return new Set(years.flatMap((c) => c.talks)).size >= 2;
}

/**
 * "How long from the phone talks to the video talks?", "从电话会谈到视频会谈过了多久", "từ cuộc điện đàm đến cuộc hội đàm
 * trực tuyến là bao lâu": time asked over a stretch that opens at one talk and closes at another is the time between
 * them, not how long either lasted nor what came after the later one. The stretch's words and the time asked are
 * data (`across.spanFrom`, `spanTo`, `elapsed`, `lasting`); the two talks must each be named on their own (year, month, ordinal
 * or format), and a word of lasting keeps it a question of duration ("how long did the talks last from start to finish?").
 */
export function spansTalks(tokens: readonly Token[], cues: CueScan<CueGroup>, constraints: readonly Constraint[]): boolean {
  // "How long did the talks between 2020 and 2022 last?" asks how long they took; "the last talks" is an ordinal.
  const lasting = cues.hits('acrossLasting').some((h) => !TALK_NOUNS.has(tokens[h.at + h.length]?.text ?? ''));
  if (!cues.has('acrossElapsed') || lasting) return false;
  const from = cues.hits('acrossSpanFrom').map((h) => h.at);
  const opensBeforeClose = cues.hits('acrossSpanTo').some((h) => from.some((at) => at < h.at));
  const single = constraints.filter((c) => NAMING.has(c.kind) && c.talks.length === 1).flatMap((c) => c.talks);
  return opensBeforeClose && new Set(single).size >= 2;
}

/**
 * "Năm 2020 ông Quân …, còn năm 2022 ông Trung …?", "in 2020 Quan …, while in 2022 what did Trung …?": people each at
 * talks of their own (none shared), each at one the question names by its own details (year, month, ordinal, format),
 * set those talks side by side: each is asked of the one who was there, not of talks both attended (none).
 */
export function namesEachTalkByPerson(constraints: readonly Constraint[]): boolean {
  const people = constraints.filter((c) => c.kind === 'person');
  if (people.length < 2) return false;
  const named = new Set(constraints.filter((c) => NAMING.has(c.kind)).flatMap((c) => c.talks));
  const seen = new Set<Talk>();
  for (const c of people) {
    if (c.talks.some((t) => seen.has(t)) || !c.talks.some((t) => named.has(t))) return false;
    for (const t of c.talks) seen.add(t);
  }
  return true;
}

/**
 * "What was more specific the second time compared with 2020?": details of different kinds (an ordinal, a year, a
 * month, a format), each naming one talk and together two, joined by a word of comparing, name the two talks
 * compared, not one talk both must fit (there is none). They widen each other, as two years do ("2020 and 2022");
 * null when the question is not such.
 */
export function comparedByOwnDetails(cues: CueScan<CueGroup>, constraints: readonly Constraint[]): Constraint[] | null {
  if (!cues.has('acrossDiffer')) return null;
  const naming = constraints.filter((c) => NAMING.has(c.kind));
  const first = naming[0];
  if (!first || naming.some((c) => c.talks.length !== 1)) return null;
  const kinds = new Set(naming.map((c) => c.kind));
  // Each kind names one talk, another kind's another: "the second time … 2020".
  const byKind = [...kinds].map((kind) => new Set(naming.filter((c) => c.kind === kind).flatMap((c) => c.talks)));
  if (kinds.size < 2 || byKind.some((talks) => talks.size !== 1) || new Set(naming.flatMap((c) => c.talks)).size < 2) return null;
  return constraints.map((c) => (NAMING.has(c.kind) ? { ...c, kind: first.kind } : c));
}

/** The word after a passive that names its doer ("replaced by"). */
const PASSIVE_AGENT: ReadonlySet<string> = new Set(['by']);

/** Most words (titles, "the", "ông") between a word of replacing and the person replaced. */
const REPLACED_REACH = 2;

/**
 * "Năm 2022 ai … thay cho ông Hoàng Bình Quân?", "who replaced Quan in 2022?", "2022年接替黄平君的是谁", "Quan's successor
 * at the 2022 talks": a person named just after a word of replacing (`across.replacing`), or just before one of
 * succession (`across.successor`), is the one replaced, not whom the question asks about.
 */
export function replacedPeople(cues: CueScan<CueGroup>, peopleAt: readonly Hit<Person>[], between: (t: Token) => boolean, tokens: readonly Token[]): Person[] {
  const after = cues.hits('acrossReplacing').map((h) => h.at + h.length);
  const before = new Set(cues.hits('acrossSuccessor').map((h) => h.at));
  // "Quan was replaced by Trung": the one after "by" is who came in, not who was replaced.
  const gapOk = (from: number, to: number) => to - from <= REPLACED_REACH && tokens.slice(from, to).every((t) => between(t) && !PASSIVE_AGENT.has(t.text));
  return [...new Set(peopleAt.filter((p) => after.some((a) => a <= p.at && gapOk(a, p.at)) || before.has(p.at + p.length)).map((p) => p.target))];
}

/**
 * "… thay cho ông Quân của lần trước?" (Quan of the last talk), "instead of Quan from the earlier call": the details
 * naming only talks the replaced people attended describe them, not the talk asked. They are dropped when the others
 * name a talk none of those people attended; the people's own constraints stay, so the scope puts them right with
 * who held their place there.
 */
export function withoutReplacedDetails(constraints: readonly Constraint[], replaced: readonly Person[], byPerson: ReadonlyMap<Person, readonly Talk[]>): readonly Constraint[] {
  if (replaced.length === 0) return constraints;
  const theirs = new Set(replaced.flatMap((p) => byPerson.get(p) ?? []));
  const describes = (c: Constraint) => c.kind !== 'person' && c.talks.length > 0 && c.talks.every((t) => theirs.has(t));
  const elsewhere = constraints.some((c) => c.kind !== 'person' && c.talks.some((t) => !theirs.has(t)));
  return elsewhere ? constraints.filter((c) => !describes(c)) : constraints;
}

/**
 * "What did each say…?", "what did both achieve?", "each of them": a distributive (`distributives.every`) standing
 * alone, followed by no noun (a talk noun spreads it over the talks, "both sides" over the sides), stands for things a
 * long message's context named; `verb` and `grammar` tell the words that may follow such a pronoun.
 */
export function refersToEach(tokens: readonly Token[], verb: (t: Token) => boolean, grammar: (t: Token) => boolean): boolean {
  return tokens.some((t, i) => {
    if (!DISTRIBUTIVES.every.has(t.text)) return false;
    const next = tokens[i + 1];
    if (next === undefined) return true;
    if (TALK_NOUNS.has(next.text) || TALK_NOUNS.has(next.lemma) || PAIRED_NOUNS.has(next.text)) return false;
    return verb(next) || grammar(next);
  });
}

/** Most words ("of the two") between a distributive and the reports' noun. */
const REPORTS_REACH = 3;

/**
 * "Both articles mention phone talks between leaders…", "each report", "the two articles": the reports named as a
 * pair (`across.reports` after a distributive or "two"). What they mention is asked, so a format beside it is a
 * subject of theirs, not how every talk was held.
 */
export function pairsReports(tokens: readonly Token[], cues: CueScan<CueGroup>): boolean {
  const pairing = (t: Token | undefined) => t !== undefined && (DISTRIBUTIVES.every.has(t.text) || t.text === 'two' || t.text === '2');
  return cues.hits('acrossReports').some((h) => {
    for (let k = 1; k <= REPORTS_REACH; k++) {
      const t = tokens[h.at - k];
      if (pairing(t)) return true;
      if (t === undefined || !DISTRIBUTIVES.between.has(t.text)) return false;
    }
    return false;
  });
}

/**
 * Words that follow a word of order said of the one chosen, never one before its noun: "earlier of the two", "later
 * than the other", "came first, the call or the videoconference?".
 */
const ORDER_FOLLOWERS: ReadonlySet<string> = new Set(['of', 'than', 'the', 'a', 'an']);

/**
 * "Of the two rounds of talks, which one took place earlier?", "哪次会谈更早", "cuộc nào sớm hơn": a word of order
 * (`ordinals`: earlier, later, first, more recent) said of the one chosen, not before a noun it picks out ("the
 * earlier talks"), asks which talk came first: each talk's date answers it, whichever the word points at.
 */
export function asksOrderOfTalks(tokens: readonly Token[], cues: CueScan<CueGroup>): boolean {
  // "哪一次先举行" (which first held): a word of order before a verb of holding is said of the talk, as after it.
  const held = new Set(cues.hits('heldVerb').map((h) => h.at));
  return tokens.some((t, i) => {
    if (ORDINALS[t.text] === undefined) return false;
    const next = tokens[i + 1];
    return next === undefined || ORDER_FOLLOWERS.has(next.text) || held.has(i + 1);
  });
}
