// A best-of asked of a thing ("where's the best pho in…", "the tastiest noodles"): the articles rank nothing, so the
// thing a superlative picks out is the subject asked, which they must name. The superlative itself matching a word of
// theirs loosely ("best" for good, hence goods) makes the unknown noun after it no paraphrase of theirs.
import type { Token } from './tokens.js';

/** Whether the word at `i` is the thing a superlative just before it picks out ("best" in "the best pho"). */
export function rankedBySuperlative(tokens: readonly Token[], i: number, superlatives: ReadonlySet<string>): boolean {
  const before = tokens[i - 1];
  return before !== undefined && (superlatives.has(before.text) || superlatives.has(before.lemma));
}
