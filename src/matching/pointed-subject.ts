// "I'm writing a summary of the 2020 call. … What did they commit to at the end of that call?": in an English asking
// part, "that call" points at a talk (the one the context named stands for it) and "they" doing what the sides do
// (commit, say, sign, hope) points at the sides; neither points at a subject the context named, so an asking part
// with only such words is read on its own, not replaced by the whole message ("summary" said in the context).
import { ASPECT_CUES, SPEECH_ACTS, TALK_NOUNS } from './cues.js';

/** Words that may point back at a subject ("what did it cover?", "were they agreed?"). */
const POINTERS: ReadonlySet<string> = new Set(['this', 'that', 'it', 'they', 'them', 'these', 'those']);
/** Those that may stand before a noun of one talk the context named ("that call", "this phone call"); "these talks"
 * are the talks at large, whose subject the context says ("never gives anything back": the help given). */
const DETERMINERS: ReadonlySet<string> = new Set(['this', 'that']);
/** How many words a determiner may stand before its talk noun ("that phone call"). */
const NOUN_REACH = 2;

/** The sides' acts as typed, from the question cues: what was agreed, signed or hoped for. */
const SIDES_ACT_CUES: ReadonlySet<string> = new Set([...ASPECT_CUES.agreed, ...ASPECT_CUES.signed, ...ASPECT_CUES.hoped].filter((w) => !w.includes(' ')));

/**
 * Whether an English asking part points back at a subject: a pointer not standing before a talk noun, and no "they"
 * just before a verb of the sides' acts (`lemma`: a word's lemma; `means`: the article lemmas a lemma stands for).
 */
export function pointsAtSubject(part: string, lemma: (w: string) => string, means: (l: string) => readonly string[]): boolean {
  const words = part.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const sidesAct = (w: string | undefined) => {
    if (w === undefined) return false;
    const l = lemma(w);
    return SIDES_ACT_CUES.has(w) || SPEECH_ACTS.has(l) || [l, ...means(l)].some((x) => SIDES_ACT_CUES.has(x) || SPEECH_ACTS.has(x));
  };
  return words.some((w, i) => {
    if (!POINTERS.has(w)) return false;
    if (DETERMINERS.has(w) && words.slice(i + 1, i + 1 + NOUN_REACH).some((x) => TALK_NOUNS.has(x))) return false;
    if (w === 'they' && sidesAct(words[i + 1])) return false;
    return true;
  });
}
