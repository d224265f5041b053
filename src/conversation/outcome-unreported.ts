// "Were they actually implemented successfully in the end?" after the documents signed in 2022: a yes/no asking what
// came of something after the talks ("in the end", "eventually": the words of outcome the reader knows) is answered
// by the talks' own sentences only when one of them reports the very act asked, all its words ("did they end up signing anything?":
// signed). Read against the conversation's subject, a sentence that only shares its subject ("cooperation … plays
// an important role") would make a confidently wrong Yes; the articles say nothing of what came after the talks.
import type { Engine } from '../answering/engine.js';
import type { Answer } from '../answering/types.js';
import { OUTCOME_ASKED } from '../matching/cues.js';
import type { ReadResult } from '../matching/reading.js';
import { leadsNo, leadsYesOrNo } from './leads.js';

/** How much a word must stand for the article's own to be the act asked (a synonym of it, not a loose relation). */
const ACT_WEIGHT = 0.6;

/** The refusal that the articles report nothing after the talks, when `answer` is such a Yes; null otherwise. */
export function outcomeUnreported(engine: Engine, q: string, answer: Answer, whole: ReadResult): Answer | null {
  if (!answer.answered || !leadsYesOrNo(answer) || leadsNo(answer)) return null;
  const words = ` ${engine.reader.tokens(q).map((t) => t.text).join(' ')} `;
  if (!OUTCOME_ASKED.some((p) => words.includes(` ${p} `))) return null;
  // The act may be the cue word itself ("did they end up signing anything?": signed).
  const acts = whole.reading.concepts.filter((c) => c.weight >= ACT_WEIGHT).map((c) => c.lemma);
  const lemma = (w: string) => engine.lexicon.lemma(w.toLowerCase());
  // One sentence says all of it ("implemented successfully"), not one a word and another the other.
  const reports = (quote: string) => {
    const lemmas = new Set((quote.match(/\p{L}+/gu) ?? []).map(lemma));
    return acts.every((a) => lemmas.has(a));
  };
  if (acts.length > 0 && answer.citations.some((c) => reports(c.quote))) return null;
  return engine.answerRead({ kind: 'refusal', refusal: { kind: 'unsupported', topic: 'future' }, intent: whole.reading.intent, reading: whole.reading, words: [] });
}
