// A wrong premise put right: the one place an answer's correction of what the question took for granted (a date,
// format, person, amount, count, ordinal, event…) is put before the answer. A yes/no question's answer then opens
// with a plain No in the question's language; one that leads with No already keeps its one No. A what, why or when
// question gets no plain No (it would answer a question nobody asked): in Vietnamese and Chinese its correction
// opens with the language's "not so" ("Không phải vậy.", "不对，"), as their speakers put a premise right; in
// English it says what is so.
import { messagesFor } from '../i18n/index.js';
import { insertLines, led, type Line } from './result.js';
import type { Lang } from '../languages.js';
import type { Answer } from './types.js';

/** A correction: a cited line, or a sentence citing nothing. */
export type Correction = Line | string;

/** Whether a line opens with the language's No ("No.", "No: …", "Không, …", "不是：…"). */
export function opensWithNo(lang: Lang, text: string): boolean {
  const stem = messagesFor(lang).no.replace(/[\p{P}\s]+$/u, '');
  return text.startsWith(stem) && /^[.,:;。，：；]/u.test(text.slice(stem.length));
}

/** The "not so" a correction opens with, unless it opens with that negation already ("Không có cuộc hội đàm nào …"). */
function notSoBefore(lang: Lang, text: string): string {
  const notSo = messagesFor(lang).notSo;
  const word = notSo.split(/[\s\p{P}]/u)[0] ?? '';
  return word !== '' && text.toLowerCase().startsWith(word.toLowerCase()) ? '' : notSo;
}

/** Whether an answer leads with No. */
export function leadsWithNo(answer: Answer): boolean {
  return opensWithNo(answer.lang, answer.lines[0]?.text ?? '');
}

/**
 * The answer with the corrections of its question's premise before it, the first led by No when the question asked
 * Yes or No; when the answer leads with No already (the claim checker's "No: 13th, not 14th."), they follow that
 * line instead. `contradicts`: false when the correction only says the articles do not report what was taken for
 * granted ("the report mentions no document signed"), which is no "not so".
 */
export function corrected(answer: Answer, corrections: readonly Correction[], yesNo: boolean, contradicts = true): Answer {
  const lines = corrections.filter((c) => (typeof c === 'string' ? c !== '' : c.text !== ''));
  const [first, ...rest] = lines;
  if (first === undefined) return answer;
  if (leadsWithNo(answer)) return insertLines(answer, 1, lines);
  const m = messagesFor(answer.lang);
  const opener = yesNo ? m.no : contradicts ? notSoBefore(answer.lang, typeof first === 'string' ? first : first.text) : '';
  if (opener === '') return insertLines(answer, 0, lines);
  const lead = typeof first === 'string' ? led(opener, first) : { ...first, text: led(opener, first.text) };
  return insertLines(answer, 0, [lead, ...rest]);
}

/**
 * The corrections after the answer's own Yes or No ("Yes. There were no talks in March; … 19 April 2022."), when
 * what was wrong only named the talk asked about; with no such lead, before the answer, as a premise put right.
 */
export function correctedAfterLead(answer: Answer, corrections: readonly Correction[]): Answer {
  const lines = corrections.filter((c) => (typeof c === 'string' ? c !== '' : c.text !== ''));
  if (lines.length === 0) return answer;
  const first = answer.lines[0]?.text ?? '';
  const m = messagesFor(answer.lang);
  if (first === m.yes || opensWithNo(answer.lang, first)) return insertLines(answer, 1, lines);
  return corrected(answer, corrections, false);
}
