// "How did Hoang Binh Quan sum up the direction of party-to-party relations?", "how did Hanoi's party chief summarise
// ties?": a summary whose maker the question names (a person or side before the word of summing, with nothing asked
// or said between) asks what that one said on the subject: their own statements on it, not the talk's summary,
// which names it among the rest. Not "东海那块 越方说了啥 简单讲讲" ("what did Vietnam say … tell me briefly"): the
// summing is asked of the answer there.
import { SPEECH_ACTS } from './cues.js';
import type { Features } from './intent.js';
import { QUESTION_WORDS } from './words.js';

export function summedUpBy(f: Features): boolean {
  const cue = f.cues.hits('summaryStrong')[0];
  if (!cue) return false;
  const asked = (from: number) => f.tokens.slice(from, cue.at).some((t) => QUESTION_WORDS.has(t.text) || SPEECH_ACTS.has(t.text) || SPEECH_ACTS.has(t.lemma));
  const maker = [...f.entities.peopleAt, ...f.entities.sidesAt].some((h) => h.at < cue.at && !asked(h.at + h.length));
  const subject = f.entities.topics.some((t) => t.precise);
  return maker && subject;
}
