// An act a sentence only hopes for, proposes or calls for, which the claim states as done, going on or holding
// now in a verb of its own with no word of done ("Vietnam and China now recognise each other's vaccine passports"
// against "expressed a hope that the two countries early recognise…"): hoped against done, as "recognised" is.
import type { ClaimIndex } from './claim-index.js';
import type { Mentions, Span } from './mentions.js';

/** How many words after a word of hoping the act it governs may stand ("hope that the two countries early recognise"). */
const ACT_REACH = 10;

export interface HopedActClaimed {
  /** The sentence's word of hoping. */
  readonly hope: Span;
  /** The claim's words stating the act ("now recognise", "started recognising"). */
  readonly claimed: Span;
}

const pauseBefore = (m: Mentions, k: number) => {
  const prev = m.tokens[k - 1];
  const here = m.tokens[k];
  return prev !== undefined && here !== undefined && /[,.;:!?()]/u.test(m.text.slice(prev.at + prev.word.length, here.at));
};

/** A verb, an adverb or an adjective of the text's own words (no number, no name's value). */
const generalAt = (index: ClaimIndex, m: Mentions, k: number) => {
  const t = m.tokens[k];
  return t !== undefined && t.value === undefined && !index.functionWords.has(t.word) && index.general(t.word);
};

/**
 * The stems of the acts each word of hoping governs in the sentence: the verbs (with their adverbs) right after it
 * or its subject ("hope that the two countries early recognise"), and after each "to" of its clause ("urged China to
 * continue … to reduce"). Not the words of their objects ("the common perceptions reached by…"): those are given.
 */
function hopedActs(index: ClaimIndex, s: Mentions): { readonly hope: Span; readonly stems: ReadonlySet<string> }[] {
  const out: { hope: Span; stems: Set<string> }[] = [];
  for (const hope of s.status) {
    if (hope.status !== 'hoped') continue;
    const stems = new Set<string>();
    // The first verb of the run: its adverbs ("early", "closely") say how, and what follows it ("continue working")
    // is its complement, said as such by a claim that continues the act ("worked with Vietnam" is no claim it goes on).
    const run = (from: number, last: number) => {
      for (let k = from; k < last && generalAt(index, s, k); k++) {
        const w = s.tokens[k]?.word ?? '';
        if (w.endsWith('ly')) continue;
        stems.add(index.stem(w));
        return;
      }
    };
    let last = hope.end;
    while (last < Math.min(s.tokens.length, hope.end + ACT_REACH) && (last === hope.end || !pauseBefore(s, last))) last++;
    // With no subject between, a verb, adverb or adjective begins the object of the word of hoping ("proposed
    // practical measures"): the act is a verb after its subject ("that the two countries early recognise") or after "to".
    const first = Array.from({ length: last - hope.end }, (_, j) => hope.end + j).find((k) => generalAt(index, s, k));
    const subject = (k: number) => s.tokens.slice(hope.end, k).some((t) => !index.functionWords.has(t.word));
    // A verb's "-ing" form right after it is the act itself ("suggested creating favourable conditions").
    const gerund = (k: number) => k === hope.end && (s.tokens[k]?.word ?? '').endsWith('ing') && index.lemma(s.tokens[k]?.word ?? '') !== s.tokens[k]?.word;
    if (first !== undefined && (subject(first) || gerund(first)) && s.tokens[first - 1]?.word !== 'to') run(first, last);
    for (let k = hope.end; k < last; k++) if (s.tokens[k]?.word === 'to') run(k + 1, last);
    if (stems.size > 0) out.push({ hope, stems });
  }
  return out;
}

/**
 * The claim's verb stating an act the sentence only hopes for: one of the acts in any form, not denied, said after a word
 * that leaves it claimed (not "to", "would", "about", a determiner: `claims.unasserting`), its "-ing" form only after a
 * word saying it goes on ("are", "started": `claims.underway`). Adverbs between ("now", "already", "mutually") are
 * part of the claim's words. Null when the claim has a word of done or of hoping of its own: that is compared as such.
 */
export function hopedActClaimed(index: ClaimIndex, m: Mentions, s: Mentions): HopedActClaimed | null {
  if (m.status.length > 0) return null;
  const acts = hopedActs(index, s);
  if (acts.length === 0) return null;
  const word = (k: number) => m.tokens[k]?.word ?? '';
  for (const i of m.content) {
    if (m.negated.has(i) || !generalAt(index, m, i)) continue;
    // The same verb, in any form or spelling ("recognises", "recognize"): another word for it may say more or less.
    const stem = index.stem(word(i));
    const act = acts.find((a) => a.stems.has(stem));
    if (!act) continue;
    let j = i - 1;
    while (j >= 0 && !pauseBefore(m, j + 1) && (index.doneAdverbs.has(word(j)) || (generalAt(index, m, j) && word(j).endsWith('ly')))) j--;
    if (j < 0 || pauseBefore(m, j + 1)) continue;
    const before = word(j);
    const ongoing = word(i).endsWith('ing') && index.lemma(word(i)) !== word(i);
    if (ongoing ? !index.underway.has(before) : index.unasserting.has(before)) continue;
    return { hope: act.hope, claimed: { at: index.underway.has(before) ? j : j + 1, end: i + 1 } };
  }
  return null;
}
