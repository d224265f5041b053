// "Which of Quan and Trung took part in 2022?", "Quan or Trung?", "黄平君跟黎怀忠 哪个…": the people named are the
// options of a choice, not people who must all have been there. Read as such, they do not narrow the talks (nor
// call for a correction that one of them was absent): the answer is where each took part.
import type { Hit } from './entities.js';
import type { Person } from '../facts/types.js';
import type { Token } from './tokens.js';

/** Words between a chooser and the options it opens ("which of", "who among"): the tokenizer's pivoted English. */
const OPENING = new Set(['of', 'among', 'between']);
const CHOOSERS = new Set(['which', 'who', 'whom']);
const OR = 'or';
/** Words joining the options offered ("and", pivoted "跟" as "with"). */
const JOINERS = new Set(['and', 'with', 'or', '&']);

/**
 * Whether two or more different people named are offered as a choice: joined by "or", or right after a chooser
 * ("which of A and B"), or right before one ("A and B, which one…"). Not "who did Quan and Trung meet?": an
 * auxiliary between makes them the subject asked of, not the options.
 */
export function offersPersonChoice(tokens: readonly Token[], people: readonly Hit<Person>[], yesNo: boolean): boolean {
  // "Did Quan or Trung attend?" is a claim to check (one of them did), not a choice to answer.
  const hits = [...people].sort((a, b) => a.at - b.at);
  const first = hits[0];
  const last = hits[hits.length - 1];
  if (yesNo || !first || !last || new Set(hits.map((h) => h.target)).size < 2) return false;
  const text = (i: number) => tokens[i]?.text ?? '';
  // Each pair of neighbouring names with "or" just between them ("Quan or Trung", "Quân hay Trung").
  const joinedByOr = hits.slice(1).some((h, k) => {
    const before = hits[k];
    return before !== undefined && h.at - (before.at + before.length) <= 2 && tokens.slice(before.at + before.length, h.at).some((t) => t.text === OR);
  });
  if (joinedByOr) return true;
  // Offered by a chooser, the options stand together ("Quan and Trung", "黄平君跟黎怀忠"): a name further on ("which
  // areas did Song Tao praise … with Quan", pivoted with "which" first) is someone else in the question.
  const together = hits.slice(1).every((h, k) => {
    const before = hits[k];
    return before !== undefined && h.at - (before.at + before.length) <= 1 && tokens.slice(before.at + before.length, h.at).every((t) => JOINERS.has(t.text));
  });
  if (!together) return false;
  const chooserBefore = [1, 2].some((k) => CHOOSERS.has(text(first.at - k)) && tokens.slice(first.at - k + 1, first.at).every((t) => OPENING.has(t.text)));
  const end = last.at + last.length;
  const chooserAfter = CHOOSERS.has(text(end)) || (CHOOSERS.has(text(end + 1)) && text(end) === 'one');
  return chooserBefore || chooserAfter;
}
