// What an act was for. "Did Song Tao praise Vietnam for its exports?" is not made true by a sentence that he praised
// Vietnam for something else: an act that takes what it is for as its object (praise, thank, help: `objectActs` in
// data/lexicon/en.json) is confirmed only by a sentence that also says that object. A subject named after the act
// ("exports", read as trade) that no cited sentence is on, in its tags or in any wording of it, is another object: No.
import type { Topic } from '../../facts/types.js';
import { normalize } from '../../matching/normalize.js';
import type { Reading } from '../../matching/reading.js';
import type { ClaimIndex } from './claim-index.js';
import type { ClaimDetails } from './details.js';
import type { EvidenceSentence } from './evidence.js';
import type { Mentions } from './mentions.js';

/** The subjects the claim names as what its act was for that none of the sentences cited for it is on. */
export function otherObjects(index: ClaimIndex, reading: Reading, claim: ClaimDetails, sentences: readonly EvidenceSentence[]): Topic[] {
  const m = claim.mentions;
  const tokens = m.tokens;
  const act = tokens.findIndex((t) => index.objectActs.has(index.lemma(t.word)));
  if (act < 0 || sentences.length === 0) return [];
  const says = (word: string) => sentences.some((s) => index.meanings(word).some((l) => s.lemmas.has(l)) || s.stems.has(index.stem(word)));
  // The reader's words for the subject, as typed in a question of Vietnamese or Chinese ("ổn định", stability, read as
  // regional stability), found in the sentences' own wording in that language; English ones by their lemmas.
  const wording = sentences.flatMap((s) => s.statements.map((st) => ` ${normalize(reading.lang === 'en' ? st.quote : st.texts[reading.lang])} `));
  const typed = (words: string) => words.split(/\s+/u).filter((w) => w !== '').every(says) || wording.some((t) => t.includes(` ${normalize(words)} `));
  const on = (topic: Topic, words: readonly string[]) =>
    sentences.some((s) => s.topics.has(topic)) || (words.length > 0 && words.every(says)) || reading.topics.some((t) => t.topic === topic && typed(t.words));
  const other = new Set<Topic>();
  for (const n of m.names) {
    if (n.named.kind !== 'topic' || n.at <= act) continue;
    if (!on(n.named.topic, tokens.slice(n.at, n.end).map((t) => t.word))) other.add(n.named.topic);
  }
  // English keeps a modifier as typed ("export achievements"), no name of its subject: the word the reader read as a
  // subject names it, when it qualifies a noun the sentences do say (the achievements praised; not "a good job", whose
  // "good" the reader may take for goods). Vietnamese and Chinese questions are read into the subjects' own words, above.
  if (reading.lang === 'en') {
    for (const i of m.content) {
      const word = tokens[i]?.word ?? '';
      const head = tokens[i + 1]?.word ?? '';
      if (i <= act || says(word) || index.general(head) || !says(head)) continue;
      const topic = reading.topics.find((t) => t.words.toLowerCase().split(/\s+/u).some((w) => index.lemma(w) === index.lemma(word)))?.topic;
      if (topic && !on(topic, [word])) other.add(topic);
    }
  }
  return [...other];
}

/** Tokens after the act within which the side owning what it was for is looked for ("praised China's achievements"). */
const OWNER_REACH = 4;
/** The possessive ending right after a side's name. */
const POSSESSIVE = /^['’]s?\b/u;

/** Words between a side and the thing it is praised or thanked for ("congratulated Vietnam on the achievements"). */
const FOR_THING = new Set(['on', 'for']);

/**
 * Each side named as an owner ("Vietnam's achievements", "congratulated Vietnam on its achievements") from token `from`
 * to `to`: its place id and the lemma of what it owns.
 */
function owned(index: ClaimIndex, m: Mentions, from: number, to: number): { readonly side: string; readonly thing: string }[] {
  return m.allPlaces.flatMap((p) => {
    const last = m.tokens[p.end - 1];
    if (!p.place.side || p.at < from || p.at > to || !last) return [];
    const possessive = POSSESSIVE.test(m.text.slice(last.at + last.word.length));
    if (!possessive && !FOR_THING.has(m.tokens[p.end]?.word ?? '')) return [];
    const head = m.tokens.slice(p.end).find((t) => !index.functionWords.has(t.word));
    return head ? [{ side: p.place.id, thing: index.lemma(head.word) }] : [];
  });
}

/**
 * "Did Song Tao praise China's achievements against COVID-19?": the act said of one side's thing that every cited
 * sentence owning that thing gives to the other side ("Vietnam's achievements"). The owner is reversed: No, cited from
 * those sentences (none when the owner holds or no sentence owns the thing).
 */
export function otherOwner(index: ClaimIndex, claim: ClaimDetails, sentences: readonly EvidenceSentence[]): EvidenceSentence[] {
  const m = claim.mentions;
  const praising = (i: number) => m.polarity.some((p) => p.at <= i && i < p.end && p.sign > 0);
  const act = m.tokens.findIndex((t, i) => index.objectActs.has(index.lemma(t.word)) || praising(i));
  if (act < 0) return [];
  const claimed = owned(index, m, act + 1, act + OWNER_REACH);
  if (claimed.length === 0) return [];
  const owning = sentences.map((s) => ({ s, given: owned(index, s.mentions, 0, s.mentions.tokens.length) }));
  const against = owning.filter((o) => o.given.some((g) => claimed.some((c) => c.thing === g.thing)));
  const reversed = claimed.every((c) => {
    const same = owning.flatMap((o) => o.given.filter((g) => g.thing === c.thing));
    return same.length > 0 && same.every((g) => g.side !== c.side);
  });
  return reversed ? against.map((o) => o.s) : [];
}
