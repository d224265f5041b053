// What an act was for. "Did Song Tao praise Vietnam for its exports?" is not made true by a sentence that he praised
// Vietnam for something else: an act that takes what it is for as its object (praise, thank, help: `objectActs` in
// data/lexicon/en.json) is confirmed only by a sentence that also says that object. A subject named there that no cited
// sentence is on ("exports", read as trade, of praise for the fight against COVID-19) is another object: No. A word
// of it no cited sentence says is left unconfirmed: no Yes.
import type { Topic } from '../../facts/types.js';
import type { Reading } from '../../matching/reading.js';
import type { ClaimIndex } from './claim-index.js';
import type { ClaimDetails } from './details.js';
import type { EvidenceSentence } from './evidence.js';

export interface ObjectMatch {
  /** A subject named as what the act was for that none of the sentences is on. */
  readonly other: readonly Topic[];
  /** Words of what it was for that none of the sentences says. */
  readonly unsaid: readonly string[];
}

/** What the claim says its act was for, checked against the sentences cited for it; null when it names no such act. */
export function actObject(index: ClaimIndex, reading: Reading, claim: ClaimDetails, sentences: readonly EvidenceSentence[]): ObjectMatch | null {
  const m = claim.mentions;
  const tokens = m.tokens;
  const act = tokens.findIndex((t) => index.objectActs.has(index.lemma(t.word)));
  if (act < 0 || sentences.length === 0) return null;
  const within = (spans: readonly { readonly at: number; readonly end: number }[], i: number) => spans.some((s) => i >= s.at && i < s.end);
  // Who the act was done to, and when and where, are the claim's other details, checked by the checker as such.
  const aside = (i: number) =>
    within(m.dates, i) || within(m.formats, i) || within(m.allPlaces, i) || within(m.names.filter((n) => n.named.kind !== 'topic'), i) || within(m.kinds, i);
  const says = (word: string) => sentences.some((s) => index.meanings(word).some((l) => s.lemmas.has(l)) || s.stems.has(index.stem(word)));
  const other = new Set<Topic>();
  const unsaid: string[] = [];
  for (const n of m.names) {
    if (n.named.kind !== 'topic' || n.at <= act) continue;
    const topic = n.named.topic;
    const words = tokens.slice(n.at, n.end).map((t) => t.word);
    if (!sentences.some((s) => s.topics.has(topic)) && !words.every(says)) other.add(topic);
  }
  for (const i of m.content) {
    const word = tokens[i]?.word ?? '';
    if (i <= act || aside(i) || index.objectActs.has(index.lemma(word)) || index.talkWords.has(word) || index.talkNouns.has(word) || says(word)) continue;
    // A word the reader read as a subject ("export" as trade) names that subject.
    const topic = reading.topics.find((t) => t.words.toLowerCase().split(/\s+/u).some((w) => index.lemma(w) === index.lemma(word)))?.topic;
    if (topic && !sentences.some((s) => s.topics.has(topic))) other.add(topic);
    // A verb or a quality may be said in other words ("handle" for "addressing"); a word of Vietnamese or Chinese the
    // glossary left as typed is checked in the sentence's own wording in that language (yes-no.ts). A noun is the thing.
    else if (index.english(word) && !index.general(word)) unsaid.push(word);
  }
  return { other: [...other], unsaid };
}
