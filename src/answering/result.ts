import type { Talk } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';
import type { Lang } from '../languages.js';
import type { Reading } from '../matching/reading.js';
import { sameCitation } from './citations.js';
import type { Answer, AnswerLine, Citation, Intent, Knowledge } from './types.js';

/** One line of an answer as an answerer writes it, and the citations its claim rests on (none for a lead such as "Yes."). */
export interface Line {
  readonly text: string;
  readonly cites: readonly Citation[];
}

export const line = (text: string, cites: readonly Citation[] = []): Line => ({ text, cites });

type LineLike = Line | string | null | undefined | false;

/** Lines of plain text (a refusal's, a note's): one per line break, citing nothing. */
function plainLines(text: string): Line[] {
  return text.split('\n').map((t) => line(t));
}

const given = (lines: readonly LineLike[]): Line[] =>
  lines.flatMap((l) => (typeof l === 'string' ? plainLines(l) : typeof l === 'object' && l !== null ? [l] : []));

/**
 * The plain rendering of an answer's lines, the one `Answer.text` holds: each line followed by the numbers of
 * its citations ("… [1][2]"), and the "did you mean" sentence after the first line (a refusal's reason).
 */
export function answerText(lines: readonly AnswerLine[], lang: Lang, suggestion?: string): string {
  const rendered = lines.map((l) => (l.cites.length > 0 ? `${l.text} ${l.cites.map((n) => `[${n}]`).join('')}` : l.text));
  if (suggestion) rendered[0] = `${rendered[0] ?? ''}${messagesFor(lang).didYouMean(suggestion)}`;
  return rendered.join('\n');
}

/**
 * Lines numbered against `citations`: a cited sentence not yet listed is added at the end, so each gets a
 * number the first time a line cites it.
 */
function numbered(lines: readonly Line[], citations: Citation[]): AnswerLine[] {
  const numberOf = (c: Citation) => {
    let i = citations.findIndex((x) => sameCitation(x, c));
    if (i < 0) i = citations.push(c) - 1;
    return i + 1;
  };
  return lines.map((l) => ({ text: l.text, cites: [...new Set(l.cites.map(numberOf))] }));
}

/** The same answer with other lines (and suggestion), `text` rendered again from them. */
function withLines(answer: Answer, lines: readonly AnswerLine[], citations: readonly Citation[], suggestion = answer.suggestion): Answer {
  const { suggestion: _old, ...rest } = answer;
  return { ...rest, lines, citations, text: answerText(lines, answer.lang, suggestion), ...(suggestion ? { suggestion } : {}) };
}

/**
 * An answer from its lines: each cited sentence gets a number the first time a line cites it, each line
 * carries the numbers of its citations, and `citations` lists the sentences in that order.
 */
export function answerFrom(intent: Intent, lang: Lang, lines: readonly LineLike[]): Answer {
  const citations: Citation[] = [];
  const out = numbered(given(lines), citations);
  return { answered: true, intent, lines: out, text: answerText(out, lang), citations, lang };
}

/** A refusal (or help): its text, one line per line break, citing nothing. */
export function notAnswered(intent: Intent, lang: Lang, text: string | readonly string[]): Answer {
  const lines = numbered(given(typeof text === 'string' ? [text] : text), []);
  return { answered: false, intent, lines, text: answerText(lines, lang), citations: [], lang };
}

/**
 * Lines put before an answer (a correction, a note): their quotes come first, and the answer's own numbers
 * move up past them.
 */
export function prependLines(answer: Answer, lines: readonly LineLike[]): Answer {
  const first = given(lines);
  const added: Citation[] = [];
  for (const c of first.flatMap((l) => l.cites)) {
    if (!answer.citations.some((x) => sameCitation(x, c)) && !added.some((x) => sameCitation(x, c))) added.push(c);
  }
  const citations = [...added, ...answer.citations];
  const moved = answer.lines.map((l) => ({ text: l.text, cites: l.cites.map((n) => n + added.length) }));
  return withLines(answer, [...numbered(first, citations), ...moved], citations);
}

/**
 * Lines put inside an answer, before its line `at` (0: first): every citation is numbered again in the order the
 * lines now cite it, so the numbers still count up from the top.
 */
export function insertLines(answer: Answer, at: number, lines: readonly LineLike[]): Answer {
  const own = (l: AnswerLine): Line => line(l.text, l.cites.flatMap((n) => answer.citations[n - 1] ?? []));
  const all = [...answer.lines.slice(0, at).map(own), ...given(lines), ...answer.lines.slice(at).map(own)];
  const citations: Citation[] = [];
  const out = numbered(all, citations);
  // A quote no line cites (none is expected) is kept, after the others.
  for (const c of answer.citations) if (!citations.some((x) => sameCitation(x, c))) citations.push(c);
  return withLines(answer, out, citations);
}

/** Lines of plain text put after an answer ("what I can answer"), citing nothing. */
export function appendLines(answer: Answer, lines: readonly LineLike[]): Answer {
  const citations = [...answer.citations];
  const after = numbered(given(lines), citations);
  return withLines(answer, [...answer.lines, ...after], citations);
}

/** A lead word ("No.", "不是。") before a sentence: a space after Latin punctuation, none after CJK punctuation. */
export const led = (lead: string, text: string): string => (/[\u3000-\u303f\uff00-\uffef]$/u.test(lead) ? `${lead}${text}` : `${lead} ${text}`);

/** The answer with a "did you mean" question a renderer may offer. */
export function withSuggestion(answer: Answer, suggestion: string): Answer {
  return withLines(answer, answer.lines, answer.citations, suggestion);
}

/** The talks a reading covers: those it names, else all. */
export function talksOf(k: Knowledge, reading: Reading): readonly Talk[] {
  return reading.scope.talks ?? k.kb.talks;
}

/** Most agreements one answer lists. */
export const MAX_AGREEMENTS_LISTED = 8;

/** Most talks given a line each (a silent one too) when every talk is asked about. */
export const MAX_TALKS_EACH = 4;

/**
 * "What was signed at each talk?", "which of the talks mentioned …?": the question sets the talks side by side,
 * so every talk it covers gets a line, the ones that report nothing on it too (a choice among talks is answered
 * by saying of each whether it did). Only when it names no talk of its own, or several to choose among, and the talks are few.
 */
export function asksOfEachTalk(reading: Reading, talks: readonly Talk[]): boolean {
  // "Which talk…?" naming none, or choosing among those it names ("in 2020 or in 2022?").
  const which = reading.aspects.which && (reading.scope.talks === null || reading.scope.talks.length > 1);
  return (reading.aspects.eachTalk || which) && talks.length > 1 && talks.length <= MAX_TALKS_EACH;
}

/**
 * "In which of the two talks was anything signed?", "which round brought up the floods?": a choice among the talks
 * asked about. The answer names the talk(s) that have it first; every talk still gets its line, the silent one
 * cited by its report (as the blind writers of rounds 1-5 expect: see README, "a choice among the talks").
 */
export function choosesAmongTalks(reading: Reading, talks: readonly Talk[]): boolean {
  return reading.aspects.which && !reading.aspects.yesNo && asksOfEachTalk(reading, talks);
}

/** Most talks one answer lists; with more, the newest are listed and the rest counted. */
export const MAX_TALKS_LISTED = 8;

/** The talks an answer lists (the newest MAX_TALKS_LISTED, oldest first) and how many earlier ones it leaves out. */
export function listed(talks: readonly Talk[]): { shown: readonly Talk[]; hidden: number } {
  if (talks.length <= MAX_TALKS_LISTED) return { shown: talks, hidden: 0 };
  return { shown: talks.slice(-MAX_TALKS_LISTED), hidden: talks.length - MAX_TALKS_LISTED };
}
