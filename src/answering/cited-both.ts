// "Not at A; at B": a correction that moves what was asked from the talk the question named (A) to the talk it
// belongs to (B) rests on both reports, A's for its absence there and B's for its presence. Whatever path puts it right
// (a subject raised elsewhere, a person at the other talk, a point said at the other talk), the answer cites both;
// a talk the answer quotes nothing of is cited by its report's opening sentence, on the correction's own line.
import type { Agreement, Talk } from '../facts/types.js';
import type { Reading } from '../matching/reading.js';
import { cite } from './citations.js';
import { insertLines, line, type Line } from './result.js';
import type { Answer } from './types.js';

/** The talks of `talks` (in order, once each) not among those `cited`. */
function uncited(talks: readonly Talk[], cited: ReadonlySet<string>): Talk[] {
  return talks.filter((t, i, all) => all.indexOf(t) === i && !cited.has(t.id));
}

/** A correction line citing every talk it moves between: the named one and the one it was at. */
export function correctionCiting(correction: Line | string, talks: readonly Talk[]): Line {
  const own = typeof correction === 'string' ? line(correction) : correction;
  const missing = uncited(talks, new Set(own.cites.map((c) => c.talk)));
  return missing.length === 0 ? own : line(own.text, [...own.cites, ...missing.map((t) => cite(t, t.format))]);
}

/**
 * The answer with every talk of `talks` cited: those its lines cite nothing of are cited on its line `at` (the
 * correction). Unchanged when it cites them all already, or is no answer.
 */
export function citingBoth(answer: Answer, talks: readonly Talk[], at = 0): Answer {
  const target = answer.lines[at];
  if (!answer.answered || target === undefined) return answer;
  const missing = uncited(talks, new Set(answer.citations.map((c) => c.talk)));
  if (missing.length === 0) return answer;
  const own = line(target.text, [...target.cites.flatMap((n) => answer.citations[n - 1] ?? []), ...missing.map((t) => cite(t, t.format))]);
  const without: Answer = { ...answer, lines: answer.lines.filter((_, i) => i !== at) };
  return insertLines(without, at, [own]);
}

/**
 * The talks of `talks` the question itself names, by year or format ("宋涛在2020年那通电话里…"): a follow-up whose talk
 * the conversation carried ("what were the supplies for?" after the 2020 call) named none, and its correction rests on
 * where the thing was only.
 */
export function namedByQuestion(reading: Reading, talks: readonly Talk[]): Talk[] {
  return talks.filter((t) => reading.said.text.includes(t.date.slice(0, 4)) || reading.formatTalks.includes(t));
}

/**
 * The talks of `named` the question puts a person it names at, who took part there ("what did Song Tao donate during the
 * 2020 call?"): "his words there say nothing of it" rests on that talk's report, cited beside where it came up. A side,
 * both sides or nobody named ("中方在2020年通话里宣布…", "why did China give … in 2020?") leaves that report nothing to
 * show: the answer cites only the talk the thing is at. Measured over rounds 1-89 (rows whose named talk is silent): a
 * participant named was expected cited both ways 10 times to 7, a side or no one cited by the one talk 9 times to 1.
 */
export function attendedByNamed(reading: Reading, named: readonly Talk[]): Talk[] {
  return named.filter((t) => t.participants.some((p) => reading.people.includes(p.person)));
}

/**
 * Whether the question's own words name one of `agreements` ("did they sign the training scheme in 2020?"), not a
 * conversation's subject carried into it ("was that during the 2020 call?"): only then did the asker place the document
 * at the talk named, a premise whose No rests on that talk's report too.
 */
export function namesDocumentItself(reading: Reading, agreements: readonly Agreement[]): boolean {
  const text = reading.said.text.toLowerCase();
  const words = ` ${reading.said.words.join(' ')} `;
  return agreements.some((a) => [...a.keywords, ...(a.terms[reading.lang] ?? [])].some((k) => k.length > 0 && (text.includes(k.toLowerCase()) || words.includes(` ${k.toLowerCase()} `))));
}
