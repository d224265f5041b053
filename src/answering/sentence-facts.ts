// The facts each article sentence states, by (talk, sentence id): what an answer's citations rest on. One index
// per fact index, built on first use; the answer's `about` and the evidence check both read it.
import { sentenceOf } from './sentences.js';
import type { FactIndex, IndexedFact } from './fact-index.js';

const bySentence = new WeakMap<FactIndex, Map<string, IndexedFact[]>>();

const keyOf = (talk: string, sentence: string) => `${talk}\n${sentence}`;

function sentenceIndex(facts: FactIndex): Map<string, IndexedFact[]> {
  let index = bySentence.get(facts);
  if (index) return index;
  index = new Map();
  for (const f of facts.facts) {
    const key = keyOf(f.talk.id, sentenceOf(f.evidence.article, f.evidence.quote)?.id ?? f.evidence.quote);
    const list = index.get(key);
    if (list) list.push(f);
    else index.set(key, [f]);
  }
  bySentence.set(facts, index);
  return index;
}

/** The facts resting on the sentence a citation quotes. */
export function factsCited(facts: FactIndex, citation: { readonly talk: string; readonly sentence: string }): readonly IndexedFact[] {
  return sentenceIndex(facts).get(keyOf(citation.talk, citation.sentence)) ?? [];
}
