// "Apart from the medical donation, which formal agreements came out of the 2022 meeting?": a subject set aside by a
// word of "besides" (data/lexicon/en.json `besides`, not one that only names one of a pair: "other") just before it is
// excluded from what is asked, not the subject the agreements are asked on. Asked for agreements, such a subject is
// marked on the reading (`Reading.setAside`), and the agreements answer leaves it out of what it looks for, so it
// gives what was agreed or signed rather than the thing set aside.
import type { CueScan } from './cue-scan.js';
import type { CueGroup } from './aspects.js';
import type { Topic } from '../facts/types.js';
import type { NamedTopic } from './reading.js';
import type { Token } from './tokens.js';

/** Most words between a word of setting aside and the first word of the subject it sets aside ("apart from the …"). */
const ASIDE_REACH = 3;

/** Where a topic's words stand in the question, or -1. */
export function topicAt(tokens: readonly Token[], topic: NamedTopic): number {
  const words = topic.words.toLowerCase().split(' ');
  return tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k]?.text === w || tokens[i + k]?.cased.toLowerCase() === w));
}

/** The subjects of the question set aside by a word of "besides" standing just before them, when some other is left or none is. */
export function topicsSetAside(tokens: readonly Token[], cues: CueScan<CueGroup>, topics: readonly NamedTopic[]): readonly Topic[] {
  const loose = new Set(cues.hits('besidesLoose').map((h) => h.at));
  const asides = cues.hits('besides').filter((h) => !loose.has(h.at));
  if (asides.length === 0) return [];
  const setAside = (t: NamedTopic) => {
    const at = topicAt(tokens, t);
    return at >= 0 && asides.some((h) => at >= h.at + h.length && at - (h.at + h.length) < ASIDE_REACH);
  };
  return [...new Set(topics.filter(setAside).map((t) => t.topic))];
}
