import type { KnowledgeBase } from '../../facts/types.js';
import { cite } from '../citations.js';
import { answered } from '../result.js';
import type { Answer, Query } from '../types.js';
import { longDate } from '../wording.js';

/** The articles behind the answers: outlet, date, headline (or that there is none), dateline and key quotes. */
export function answerSource(kb: KnowledgeBase, query: Query): Answer {
  const talks = query.talks ?? kb.talks;
  const lines = talks.map((t) => {
    const a = t.article;
    const title = a.titleIsDescriptive ? `no headline (described here as "${a.title}")` : `headline "${a.title}"`;
    const extras = [a.caption ? `opens with the photo caption "${a.caption}"` : '', a.dateline ? `dateline ${a.dateline}` : ''].filter(Boolean);
    return `${a.outletName} (${a.outlet}), ${longDate(a.date)}: ${title}${extras.length > 0 ? `; ${extras.join('; ')}` : ''}. Reports the ${t.format.label} of ${longDate(t.date)}.`;
  });
  const citations = talks.flatMap((t) => [cite(t, t.when), ...t.participants.map((p) => cite(t, p)), ...t.agreements.filter((a) => a.kind === 'signed').map((a) => cite(t, a))]);
  return answered('source', lines.join('\n'), citations);
}
