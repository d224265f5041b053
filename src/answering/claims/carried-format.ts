// "The Chinese medical supplies were flown to Vietnam's Health Ministry": a verb of meeting in person ("flown to",
// "travelled to") said in the passive carries something there; no one travelled to meet, and the talk's format is
// not what the claim gives. (A format said with no verb, "was in person", "were face to face", still is.)
import type { ClaimIndex } from './claim-index.js';
import type { ClaimToken } from './tokens.js';

/** Whether the format phrase at `at` is a verb in the passive ("were flown to"): a form of "be" or "get" before it. */
export function carriedFormat(index: ClaimIndex, tokens: readonly ClaimToken[], at: number): boolean {
  const verb = tokens[at]?.word ?? '';
  if (index.functionWords.has(verb) || !index.general(verb)) return false;
  return index.actDirection.turning.has(tokens[at - 1]?.word ?? '');
}
