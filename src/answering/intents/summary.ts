import type { KnowledgeBase, Talk } from '../../facts/types.js';
import { cite } from '../citations.js';
import { answered } from '../result.js';
import type { Answer, Query } from '../types.js';
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

export function answerSummary(kb: KnowledgeBase, query: Query): Answer {
  const talks = query.talks ?? kb.talks;
  const text = talks
    .map((t) => `${longDate(t.date)}, ${t.format.label}: ${t.summary.text}\nTopics: ${listing(topicsOf(t))}.`)
    .join('\n\n');
  return answered('summary', text, talks.map((t) => cite(t, t.summary)));
}
