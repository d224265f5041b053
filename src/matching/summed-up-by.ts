// "How did Hoang Binh Quan sum up the direction of party-to-party relations?", "how did Hanoi's party chief summarise
// ties?", "how did the Vietnamese side sum up the general state of ties?": a summary whose maker the question names
// (a person or side before the word of summing, with nothing asked or said between) asks what that one said on the
// subject: their own statements on it (an assessment), not the talk's summary, which names it among the rest. Not
// "how did Trung sum up the talks?" (the talks themselves are summed up), nor "东海那块 越方说了啥 简单讲讲" ("what
// did Vietnam say … tell me briefly"): the summing is asked of the answer there.
import { SPEECH_ACTS, TALK_ANCHORS } from './cues.js';
import type { Features } from './intent.js';
import { QUESTION_WORDS } from './words.js';

export function summedUpBy(f: Features): boolean {
  const cue = f.cues.hits('summaryStrong')[0];
  if (!cue) return false;
  const asked = (from: number) => f.tokens.slice(from, cue.at).some((t) => QUESTION_WORDS.has(t.text) || SPEECH_ACTS.has(t.text) || SPEECH_ACTS.has(t.lemma));
  const maker = [...f.entities.peopleAt, ...f.entities.sidesAt].some((h) => h.at < cue.at && !asked(h.at + h.length));
  return maker && (f.entities.topics.some((t) => t.precise) || subjectAfter(f, cue.at + cue.length));
}

/**
 * A subject of the summing after its word that is not the talks, a side or a person: a topic named loosely ("ties")
 * or a word of the articles ("relations", "cooperation").
 */
function subjectAfter(f: Features, from: number): boolean {
  const named = [...f.entities.peopleAt, ...f.entities.sidesAt, ...f.entities.formatsAt];
  const namedAt = (i: number) => named.some((h) => i >= h.at && i < h.at + h.length);
  const words = new Set(f.concepts.filter((c) => !c.asking && c.weight >= 0.85).flatMap((c) => [c.word, c.lemma]));
  return f.tokens.some((t, i) => i >= from && !namedAt(i) && !TALK_ANCHORS.has(t.text) && (words.has(t.text) || words.has(t.lemma)))
    || (f.entities.topics.length > 0 && f.tokens.length > from);
}
