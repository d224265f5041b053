// Two clauses of one question, each naming its own talk ("In 2020 Vietnam offered China sympathy; what did Vietnam
// congratulate China on in 2022?", "Bài 2020 nói …, còn bài 2022 nói …?"): read whole, one subject's answer may
// crowd out the other talk's; each clause is asked of its own talk instead, and the answers are given in turn.
import type { Lang } from '../languages.js';
import { escapeRegExp } from '../matching/normalize.js';
import { answerFrom, line } from './result.js';
import type { Answer, Citation } from './types.js';

/** Marks that end a clause whatever follows: a semicolon. */
const SEMICOLON = /\s*[;；]\s*/u;
/** A comma, before a word joining another clause to it. */
const COMMA = '[,，、]\\s*';

/** The comma before a joiner, as a pattern made once per list: every question is tried for two clauses. */
const joinerPatterns = new WeakMap<readonly string[], RegExp>();
function joinedAt(joiners: readonly string[]): RegExp {
  let at = joinerPatterns.get(joiners);
  if (at === undefined) {
    // Latin joiners stand as words ("…, while in 2022"); Chinese ones run on into the next word ("，而2022年").
    const words = joiners.map((j) => (/^[\p{Script=Latin}\s]+$/u.test(j) ? `${escapeRegExp(j)}(?=[\\s\\p{P}]|$)` : escapeRegExp(j)));
    at = new RegExp(`${COMMA}(?=(?:${words.join('|')}))`, 'giu');
    joinerPatterns.set(joiners, at);
  }
  return at;
}

/**
 * The two clauses of a question joined by a semicolon, or by a comma and a joining word (`joiners`, kept at the head
 * of the second clause: "còn bài 2022…"); null when it is not two clauses so joined.
 */
export function twoClauses(text: string, joiners: readonly string[]): readonly [string, string] | null {
  const trimmed = text.trim();
  const bySemicolon = trimmed.split(SEMICOLON).filter((p) => p.trim() !== '');
  if (bySemicolon.length === 2) return [bySemicolon[0] ?? '', bySemicolon[1] ?? ''];
  if (bySemicolon.length > 2 || joiners.length === 0) return null;
  const cuts = [...trimmed.matchAll(joinedAt(joiners))];
  if (cuts.length !== 1) return null;
  const cut = cuts[0];
  if (!cut || cut.index === undefined) return null;
  const first = trimmed.slice(0, cut.index).trim();
  const second = trimmed.slice(cut.index + cut[0].length).trim();
  return first !== '' && second !== '' ? [first, second] : null;
}

/** The answers to the clauses, in turn, as one answer: each line keeps its own quotes, numbered anew. */
export function answersInTurn(lang: Lang, answers: readonly Answer[]): Answer {
  const cited = (a: Answer, n: number): Citation[] => {
    const c = a.citations[n - 1];
    return c ? [c] : [];
  };
  const lines = answers.flatMap((a) => a.lines.map((l) => line(l.text, l.cites.flatMap((n) => cited(a, n)))));
  return answerFrom(answers[0]?.intent ?? 'topic', lang, lines);
}
