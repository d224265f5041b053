// "How did Hoang Binh Quan sum up the direction of party-to-party relations?", "how did Hanoi's party chief summarise
// ties?": a summary whose maker the question names (a person or side before the word of summing) asks what that one
// said on the subject: their own statements on it, not the talk's summary, which names it among the rest.
import type { Features } from './intent.js';

export function summedUpBy(f: Features): boolean {
  const cue = f.cues.hits('summaryStrong')[0];
  if (!cue) return false;
  const maker = [...f.entities.peopleAt, ...f.entities.sidesAt].some((h) => h.at < cue.at);
  const subject = f.entities.topics.some((t) => t.precise);
  return maker && subject;
}
