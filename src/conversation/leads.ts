// Whether an answer opens with a Yes or a No: what a check asked in a conversation must give to be taken.
import type { Answer } from '../answering/types.js';
import { messagesFor } from '../i18n/index.js';

/** Whether an answer's first line opens with `word`, then its punctuation ("Not…" is no No). */
function opensWith(answer: Answer, word: string): boolean {
  const first = answer.lines[0]?.text ?? '';
  const bare = word.replace(/[\p{P}\s]+$/u, '');
  return first.startsWith(bare) && /^(?:[\p{P}\s]|$)/u.test(first.slice(bare.length));
}

/** Whether an answer opens with Yes or No, alone or with what it puts right. */
export function leadsYesOrNo(answer: Answer): boolean {
  const m = messagesFor(answer.lang);
  return opensWith(answer, m.yes) || opensWith(answer, m.no) || leadsNo(answer);
}

/** Whether an answer opens with Yes. */
export function leadsYes(answer: Answer): boolean {
  return opensWith(answer, messagesFor(answer.lang).yes);
}

/** Whether an answer leads with No: the plain one, or the claim checker's ("No: COVID-19, not floods."). */
export function leadsNo(answer: Answer): boolean {
  const m = messagesFor(answer.lang);
  const first = answer.lines[0]?.text ?? '';
  return first === m.no || first.startsWith(m.claimNo([]).slice(0, -1).trimEnd());
}
