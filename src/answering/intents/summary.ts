import type { Talk } from '../../facts/types.js';
import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { answered, listed, talksOf } from '../result.js';
import type { Answer, Knowledge } from '../types.js';
import { listing, longDate } from '../wording.js';

const topicCache = new WeakMap<Talk, readonly string[]>();

/** The topics raised at a talk, in the order they first come up (computed once per talk). */
export function topicsOf(talk: Talk): readonly string[] {
  let labels = topicCache.get(talk);
  if (!labels) {
    labels = [...new Set(talk.statements.flatMap((s) => s.topics.map((t) => t.label)))];
    topicCache.set(talk, labels);
  }
  return labels;
}

export function answerSummary(k: Knowledge, reading: Reading): Answer {
  const { shown, note } = listed(talksOf(k, reading));
  const text = [...shown.map((t) => `${longDate(t.date)}, ${t.format.label}: ${t.summary.text}\nTopics: ${listing(topicsOf(t))}.`), ...(note ? [note] : [])].join('\n\n');
  return answered('summary', text, shown.map((t) => cite(t, t.summary)));
}
