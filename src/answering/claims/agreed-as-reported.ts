// "Did they agree to keep working with the international community against the pandemic?": a claim that the sides
// agreed, checked against a sentence reporting their agreement (agreed, affirmed: data/talks agreements). Agreeing is
// what that sentence says; the claim holds there only when agreeing is all it claims done ("agree to sign a trade
// deal" claims a signing too) and every subject it names is one of that agreement's.
import type { ClaimIndex } from './claim-index.js';
import type { EvidenceSentence } from './evidence.js';
import type { Mentions } from './mentions.js';

/** Whether the claim's status at `at` (a word of agreeing) is what the sentence's agreement says. */
export function agreedAsReported(index: ClaimIndex, m: Mentions, at: number, s: EvidenceSentence): boolean {
  if (index.agreeing.at(m.tokens, at) === null) return false;
  const joint = s.agreements.filter((a) => a.kind !== 'signed');
  if (joint.length === 0 || m.status.some((x) => x.at !== at)) return false;
  const topics = new Set(joint.flatMap((a) => a.topics));
  return m.names.every((n) => n.named.kind !== 'topic' || topics.has(n.named.topic));
}
