// "Did China actually fix the congestion after that?", asked after an answer on the latest talk: "after that" points
// past the last talk the articles report, so it asks what came of things after the talks, which they cannot tell. Read
// against the conversation's talks, the question loses its "after that" and a statement that only reports the problem
// or a hope would make a confidently wrong Yes; asked alone, the question keeps it and is refused as it should be.
import type { Talk } from '../facts/types.js';
import type { Answer } from '../answering/types.js';
import type { Reference } from './cues.js';

/** References that pick a talk other than "the one after": with one of them, "later" is not past the last talk. */
const OTHER_PICKS: ReadonlySet<Reference> = new Set<Reference>(['other', 'earlier', 'first', 'last', 'both', 'talk']);

/**
 * The question's answer alone when it is a yes/no whose "later" reference points past the latest talk the
 * conversation is on and that answer refuses it; null otherwise (the conversation answers as before).
 */
export function pastTheLatest(refs: readonly Reference[], priorTalks: readonly Talk[], all: readonly Talk[], yesNo: boolean, alone: () => Answer): Answer | null {
  if (!yesNo || !refs.includes('later') || refs.some((r) => OTHER_PICKS.has(r))) return null;
  const last = all[all.length - 1];
  if (last === undefined || !priorTalks.includes(last)) return null;
  const answer = alone();
  return answer.answered ? null : answer;
}
