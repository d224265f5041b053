// "两次会谈有没有都强调要用灵活的方式保持联系？" (did both talks stress keeping in contact in flexible forms?): a word of a
// polarity ("maintain", against "interrupted") said of a thing the question names ("flexible forms", "contact") is how
// the thing is put, not the subject. Statements that say only the polarity ("maintaining positive momentum") answer
// nothing of it; those naming the thing do, whether or not they also say the polarity.
import { TALK_NOUNS } from '../../matching/cues.js';
import type { Reading } from '../../matching/reading.js';
import type { Statement } from '../../facts/types.js';
import type { Knowledge } from '../types.js';
import { mayHaveDetails, readDetails } from './details.js';

/** The article lemmas of the question's polarity words ("maintain", "problems"): the sign asked. */
function polarityLemmas(k: Knowledge, reading: Reading): ReadonlySet<string> {
  const index = k.claims();
  if (!mayHaveDetails(index, reading)) return new Set();
  const m = readDetails(index, reading).mentions;
  const out = new Set<string>();
  for (const p of m.polarity) {
    for (let i = p.at; i < p.end; i++) {
      const w = m.tokens[i]?.word ?? '';
      out.add(w.toLowerCase());
      out.add(index.lemma(w));
      for (const l of index.meanings(w)) out.add(l);
    }
  }
  return out;
}

/**
 * The lemmas of what the question names beside its polarity words: its own content words (not the talks, not a word
 * asking, not a polarity word) that some statement uses. Empty when the question says no polarity.
 */
export function thingOfPolarity(k: Knowledge, reading: Reading): ReadonlySet<string> {
  const polar = polarityLemmas(k, reading);
  if (polar.size === 0) return new Set();
  return new Set(
    reading.concepts
      .filter((c) => !c.asking && c.weight >= 0.6 && !TALK_NOUNS.has(c.lemma) && !TALK_NOUNS.has(c.word.toLowerCase()) && !polar.has(c.lemma) && !polar.has(c.word.toLowerCase()))
      .filter((c) => k.facts.idf(c.lemma) > 0 && k.facts.statementsUsing(c.lemma).length > 0)
      .map((c) => c.lemma),
  );
}

/** Whether a statement names any of `thing` (lemmas of thingOfPolarity). */
export function namesThing(k: Knowledge, s: Statement, thing: ReadonlySet<string>): boolean {
  const lemmas = k.facts.ofStatement(s)?.lemmas;
  return lemmas !== undefined && [...thing].some((l) => lemmas.has(l));
}
