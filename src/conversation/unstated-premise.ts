// "What did they sign?" about the 2022 talks, then "and in 2020?": the follow-up asks the last question again of
// another talk and states nothing of its own. The answerer puts right the premise a question like "what was signed
// in 2020?" states ("Not quite. The report … mentions no document signed."), but here the asker stated none: what
// that talk lacks is said plainly, without the "not so" that would correct them.
import { answerText, led } from '../answering/result.js';
import type { Answer } from '../answering/types.js';
import { messagesFor } from '../i18n/index.js';
import type { Reading } from '../matching/reading.js';

/**
 * Whether a follow-up's own words state nothing that could be wrong: no yes/no claim, subject, document, person, side
 * or amount ("and in 2020?"). "So those docs cover the maritime border?", "so roughly 2 million yuan then?" state their
 * own, and keep the "not so" that puts it right.
 */
export function statesNothing(own: Reading): boolean {
  const named = own.topics.length + own.documents.length + own.people.length + own.sidesNamed.length + own.organisations.length;
  return named === 0 && !own.aspects.yesNo && (own.premises ?? []).length === 0;
}

/** The answer without the "not so" its first line opens with ("Not quite.", "Không phải vậy.", "不对，"); as it was otherwise. */
export function withoutNotSo(answer: Answer): Answer {
  const [first, ...rest] = answer.lines;
  const notSo = messagesFor(answer.lang).notSo;
  if (!first) return answer;
  const opened = led(notSo, '');
  if (!first.text.startsWith(opened) || first.text.length === opened.length) return answer;
  const lines = [{ ...first, text: first.text.slice(opened.length) }, ...rest];
  return { ...answer, lines, text: answerText(lines, answer.lang, answer.suggestion) };
}
