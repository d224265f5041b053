// "唉 看不太懂 越南那边2022年在贸易上到底想要中国干嘛 能简单说下不", "can you briefly tell me what Vietnam wanted on trade?":
// a summary cue that only asks the answer be short (`summaryManner` in data/lexicon/en-questions.json: "briefly", which
// "简单" and "ngắn gọn" are read as), beside a question word asking of a subject the articles report, asks that question
// briefly: the statements on the subject answer it, not the talk's summary. Not when the question asks the talks'
// content as a whole ("briefly, what did they discuss?", "what did Vietnam say", a plain verb of saying), nor when no
// subject is named ("briefly, what happened?").
import { SUMMARY_MANNER } from './cues.js';
import type { Features } from './intent.js';
import { QUESTION_WORDS } from './words.js';

/** What asks the talks' content itself, or what was agreed: a summary or the agreements answer that. */
const CONTENT_ASKED = ['summary', 'agreements', 'agreementsWeak'] as const;

/** A plain verb of saying ("东海那块 越方说了啥 简单讲讲"): what was said as a whole, as the summary cue "what was said" asks. */
const PLAIN_SAYING: ReadonlySet<string> = new Set(['say', 'said', 'says', 'saying']);

export function brieflyAsked(f: Features): boolean {
  const hits = f.cues.hits('summaryStrong');
  const manner = (at: number, length: number) => SUMMARY_MANNER.has(f.tokens.slice(at, at + length).map((t) => t.text).join(' '));
  if (hits.length === 0 || !hits.every((h) => manner(h.at, h.length))) return false;
  if (CONTENT_ASKED.some((g) => f.cues.has(g)) || f.aspects.mentioned) return false;
  const said = f.cues.hits('said');
  if (said.length > 0 && said.every((h) => h.length === 1 && PLAIN_SAYING.has(f.tokens[h.at]?.text ?? ''))) return false;
  if (f.entities.topics.length === 0) return false;
  return f.tokens.some((t, i) => QUESTION_WORDS.has(t.text) && !hits.some((h) => i >= h.at && i < h.at + h.length));
}
