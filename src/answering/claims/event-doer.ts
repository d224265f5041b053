// "The April 2022 videoconference was held to prepare a visit by Nguyen Phu Trong to China": a name after "by" of a
// noun of another event ("a visit by", "a trip by") names who does that event, not someone in a participant's place
// at the talk. It cannot contradict who took part; the claim relates to the talk it dates.
import type { ClaimIndex } from './claim-index.js';

interface Word {
  readonly word: string;
}

/** Whether the name starting at token `at` is the doer of another event ("a visit by <name>"). */
export function eventDoer(index: ClaimIndex, tokens: readonly Word[], at: number): boolean {
  return tokens[at - 1]?.word === 'by' && index.otherEvents.has(index.lemma(tokens[at - 2]?.word ?? ''));
}

/** The same, for a name given by its words ("Nguyen Phu Trong"): its first occurrence among the tokens. */
export function eventDoerNamed(index: ClaimIndex, tokens: readonly Word[], words: string): boolean {
  const first = words.trim().split(/\s+/u)[0]?.toLowerCase() ?? '';
  const at = tokens.findIndex((t) => t.word === first);
  return at >= 0 && eventDoer(index, tokens, at);
}
