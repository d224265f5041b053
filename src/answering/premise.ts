// A wrong premise put right: the one place an answer's correction of what the question took for granted (a date,
// format, person, amount, count, ordinal, event…) is put before the answer. The answer then opens with a plain No
// in the question's language, so the asker learns at the first word that the premise was wrong, for a what, why
// or when question as for a yes/no one; an answer that leads with No already keeps its one No.
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

/** Whether an answer leads with No. */
export function leadsWithNo(answer: Answer): boolean {
  return opensWithNo(answer.lang, answer.lines[0]?.text ?? '');
}

/**
 * The answer with the corrections of its question's premise before it, the first led by No; when the answer
 * leads with No already (the claim checker's "No: 13th, not 14th."), they follow that line instead.
 */
export function corrected(answer: Answer, corrections: readonly Correction[]): Answer {
  const lines = corrections.filter((c) => (typeof c === 'string' ? c !== '' : c.text !== ''));
  const [first, ...rest] = lines;
  if (first === undefined) return answer;
  if (leadsWithNo(answer)) return insertLines(answer, 1, lines);
  const no = messagesFor(answer.lang).no;
  const lead = typeof first === 'string' ? led(no, first) : { ...first, text: led(no, first.text) };
  return insertLines(answer, 0, [lead, ...rest]);
}
