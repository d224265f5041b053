// "Was the party channel called useless in 2022?", "was the relationship described as strained?": a characterisation
// asked yes or no claims a quality of the thing. It is a Yes only where a sentence cited says that quality (its word,
// a close synonym or the same stem: "called important" of "plays an important role"); a sentence on the thing that
// gives no such word confirms nothing. An opposite quality is the polarity check's No.
import type { Reading } from '../../matching/reading.js';
import { talkById } from '../talk-by-id.js';
import type { Citation, Knowledge } from '../types.js';

/** Words between the characterising word and its quality that are not it: grammar, and "-ly" adverbs ("very", "highly"). */
const DEGREE = /ly$/u;

/** The quality words a yes/no characterisation claims (English words after "called", "described as"…), in order. */
export function claimedQualities(k: Knowledge, reading: Reading): string[] {
  if (!reading.aspects.yesNo || reading.lang !== 'en') return [];
  const index = k.claims();
  const words = reading.said.words;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = index.characterising.find((p) => p.every((w, n) => words[i + n] === w));
    if (!phrase) continue;
    let q = i + phrase.length;
    while (q < words.length && (index.functionWords.has(words[q] ?? '') || DEGREE.test(words[q] ?? '') || words[q] === 'very')) q++;
    const quality = words[q];
    if (quality !== undefined && /^\p{L}+$/u.test(quality) && !index.talkWords.has(quality)) out.push(quality);
  }
  return out;
}

/** Whether a quality the question claims is said by none of the sentences cited. */
export function qualityUnsaid(k: Knowledge, reading: Reading, cites: readonly Citation[]): boolean {
  const qualities = claimedQualities(k, reading);
  if (qualities.length === 0) return false;
  const index = k.claims();
  const sentences = cites.flatMap((c) => {
    const talk = talkById(k.kb.talks, c.talk);
    const s = talk ? index.evidence(talk).sentence(c.quote) : undefined;
    return s ? [s] : [];
  });
  return qualities.some((q) => !sentences.some((s) => index.meanings(q).some((l) => s.lemmas.has(l)) || s.stems.has(index.stem(q))));
}
