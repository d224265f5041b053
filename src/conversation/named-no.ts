// "Was he head of the International Liaison Department?" of Quan, "ông ấy là trưởng ban đối ngoại à?" of Song Tao: the
// claim checker reads a post, a side or a deed of the people the question's words name. With "he" cut away it has no
// one to check them of, and the Yes the statements found give would be confidently wrong. So a Yes given of "him"
// stands only when the question typed with his name, at the same talks, does not answer No; when it does, that No
// (with the right value cited) is the answer.
import type { Answer } from '../answering/types.js';
import type { Person } from '../facts/types.js';
import { leadsNo, leadsYesOrNo } from './leads.js';

/** Whether an answer leads with a plain Yes (not a No). */
const leadsYes = (answer: Answer) => answer.answered && leadsYesOrNo(answer) && !leadsNo(answer);

/**
 * The No the question gives with the one person the answer took over for "him" named, when the answer led Yes;
 * null otherwise. `askNamed` answers the question with that person's name where "he" stands (null: not a yes/no so).
 */
export function namedNo(answer: Answer, person: Person | undefined, askNamed: (p: Person) => Answer | null): Answer | null {
  if (!person || !leadsYes(answer)) return null;
  const named = askNamed(person);
  return named?.answered && leadsNo(named) ? named : null;
}
