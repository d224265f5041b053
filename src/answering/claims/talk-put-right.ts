// "Why was the 2021-2025 plan signed during the July 2020 phone call?": put right as "19 April 2022, not July 2020;
// talks via videoconference, not phone talks", the answer speaks of two talks, the one holding the fact and the one
// the question wrongly put it at; a reader checks both, so both are cited (the named one by how it was held).
import type { Talk } from '../../facts/types.js';
import { cite } from '../citations.js';
import type { Citation } from '../types.js';
import type { ArticleValue } from './compare.js';

/** Whether a talk is the one a wrong date or format of the question names. */
function named(t: Talk, v: ArticleValue): boolean {
  if (v.kind === 'date') return (v.claimed.year === null || Number(t.date.slice(0, 4)) === v.claimed.year) && (v.claimed.month === null || Number(t.date.slice(5, 7)) === v.claimed.month) && (v.claimed.day === null || Number(t.date.slice(8, 10)) === v.claimed.day);
  if (v.kind === 'format') return t.format.label === v.claimed || t.format.keywords.includes(v.claimed);
  return true;
}

/**
 * The citation of the talk the question named by a date or format the articles put right, when exactly one other
 * talk fits every such detail it gave; none when nothing of the talk was put right or it is cited already.
 */
export function namedTalkCited(talks: readonly Talk[], values: readonly ArticleValue[], cited: readonly Citation[]): readonly Citation[] {
  const ofTalk = values.filter((v) => v.kind === 'date' || v.kind === 'format');
  if (ofTalk.length === 0) return [];
  const fits = talks.filter((t) => ofTalk.every((v) => named(t, v)));
  const only = fits.length === 1 ? fits[0] : undefined;
  if (only === undefined || cited.some((c) => c.talk === only.id)) return [];
  return [cite(only, only.format)];
}
