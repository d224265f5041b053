import type { KnowledgeBase, Person } from '../../facts/types.js';
import { cite } from '../citations.js';
import { answered, notAnswered } from '../result.js';
import type { Answer, Query } from '../types.js';
import { listing, longDate, names } from '../wording.js';
import { topicsOf } from './summary.js';

/** Side by side: format, people, documents signed, and the topics both talks share. */
export function answerCompare(kb: KnowledgeBase, query: Query): Answer {
  const talks = query.talks && query.talks.length >= 2 ? query.talks : kb.talks;
  if (talks.length < 2) return notAnswered('compare', 'There is only one talk to compare.');
  const lines = talks.map((t) => {
    const signed = t.agreements.filter((a) => a.kind === 'signed');
    const docs = signed.length > 0 ? `signed ${listing(signed.map((a) => a.text))}` : 'no document signed';
    return `${longDate(t.date)}: ${t.format.label} between ${names(t.participants.map((p) => p.person))}; ${docs}.`;
  });
  const everywhere = (people: readonly Person[]) => people.filter((p) => talks.every((t) => t.participants.some((x) => x.person === p)));
  const common = everywhere([...new Set(talks.flatMap((t) => t.participants.map((p) => p.person)))]);
  const [first] = talks;
  const sharedTopics = first ? topicsOf(first).filter((label) => talks.every((t) => topicsOf(t).includes(label))) : [];
  if (common.length > 0) lines.push(`In both: ${names(common)} took part.`);
  if (sharedTopics.length > 0) lines.push(`Topics raised in both: ${listing(sharedTopics)}.`);
  const citations = talks.flatMap((t) => [cite(t, t.summary), ...t.participants.map((p) => cite(t, p)), ...t.agreements.filter((a) => a.kind === 'signed').map((a) => cite(t, a))]);
  return answered('compare', lines.join('\n'), citations);
}
