// "How did the two officials sum up what party-level cooperation does for the ties?", "summarise how the Party channel
// shapes relations": a verb of summing whose object is a clause of its own (a question word, then a subject the
// articles have) asks what was said on that subject, as "what did they say … does for the ties?" does, not for the
// talk's summary. Not "sum up what they discussed / agreed / what happened": that clause asks the summary, or the
// agreements, itself.
import type { Features } from './intent.js';

/** Question words that open a clause after a verb of summing. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['what', 'how', 'why']);

export function summingOfClause(f: Features): boolean {
  const cue = f.cues.hits('summaryStrong').find((h) => CLAUSE_OPENERS.has(f.tokens[h.at + h.length]?.text ?? ''));
  if (!cue) return false;
  const from = cue.at + cue.length + 1;
  // What the clause asks on its own: the talks' content as a whole, what was agreed, or what someone said.
  const asksItself = (['summary', 'mentioned', 'agreements', 'agreementsWeak', 'said'] as const).some((g) => f.cues.hits(g).some((h) => h.at >= cue.at + cue.length));
  if (asksItself) return false;
  const subjects = new Set(f.concepts.filter((c) => !c.asking).flatMap((c) => c.word.split(' ')));
  return f.tokens.some((t, i) => i >= from && (f.entities.covered[i] === true || subjects.has(t.cased)));
}
