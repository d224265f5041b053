import type { KnowledgeBase } from '../../facts/types.js';
import { cite } from '../citations.js';
import { answered } from '../result.js';
import type { Answer, Query } from '../types.js';
import { longDate, names } from '../wording.js';

/** Every talk the articles report, with date, format, participants and source. */
export function answerTalks(kb: KnowledgeBase, query: Query): Answer {
  const talks = query.talks ?? kb.talks;
  const lines = talks.map((t) => {
    const title = t.article.titleIsDescriptive ? `untitled report, described as "${t.article.title}"` : `"${t.article.title}"`;
    return `${longDate(t.date)}: ${t.format.label} between ${names(t.participants.map((p) => p.person))} (${t.article.outlet}, ${title}).`;
  });
  const intro =
    talks.length === kb.talks.length
      ? `The articles report ${talks.length} talk${talks.length === 1 ? '' : 's'}:`
      : `Of the ${kb.talks.length} talks the articles report:`;
  return answered('talks', [intro, ...lines].join('\n'), talks.map((t) => cite(t, t.when)));
}
