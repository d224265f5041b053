import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { answered, listed, talksOf } from '../result.js';
import type { Answer, Knowledge } from '../types.js';
import { longDate } from '../wording.js';

/** The articles behind the answers: outlet, date, headline (or that there is none), dateline and key quotes. */
export function answerSource(k: Knowledge, reading: Reading): Answer {
  const { shown, note } = listed(talksOf(k, reading));
  const lines = shown.map((t) => {
    const a = t.article;
    const title = a.titleIsDescriptive ? `no headline (described here as "${a.title}")` : `headline "${a.title}"`;
    const extras = [a.caption ? `opens with the photo caption "${a.caption}"` : '', a.dateline ? `dateline ${a.dateline}` : ''].filter(Boolean);
    return `${a.outletName} (${a.outlet}), ${longDate(a.date)}: ${title}${extras.length > 0 ? `; ${extras.join('; ')}` : ''}. Reports the ${t.format.label} of ${longDate(t.date)}.`;
  });
  const citations = shown.flatMap((t) => [cite(t, t.when), ...t.participants.map((p) => cite(t, p)), ...t.agreements.filter((a) => a.kind === 'signed').map((a) => cite(t, a))]);
  return answered('source', [...lines, ...(note ? [note] : [])].join('\n'), citations);
}
