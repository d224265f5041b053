// A span said to lie between the talks ("两次会谈前后隔了整整三年"), put right by their dates when it is not what they
// give: "不对，两次会谈并非相隔3年：…相隔1年8个月21天（629天）。", then the answer. A count is what the dates give when it
// is the span in its unit rounded either way ("about two years", "一年多", "21个月"); a day's count must be the day; a bound
// ("超过三年", "less than three years") holds when the span lies on its side of the count.
import type { Talk } from '../facts/types.js';
import type { Span } from '../i18n/messages.js';
import type { StatedSpan } from '../matching/span-stated.js';
import { spanBetween } from './intents/when.js';

/** Days in each unit, on average, for rounding a span into it. */
const DAYS: Readonly<Record<StatedSpan['unit'], number>> = { year: 365.25, month: 365.25 / 12, week: 7, day: 1 };

export interface SpanPutRight {
  readonly earlier: Talk;
  readonly later: Talk;
  readonly span: Span;
}

/** The first and last talks and the span between them, when the stated span is not it; null when it is (or one talk). */
export function spanPutRight(talks: readonly Talk[], stated: StatedSpan): SpanPutRight | null {
  const byDate = [...talks].sort((a, b) => a.date.localeCompare(b.date));
  const earlier = byDate[0];
  const later = byDate[byDate.length - 1];
  if (earlier === undefined || later === undefined || earlier === later) return null;
  const span = spanBetween(earlier.date, later.date);
  const inUnit = span.days / DAYS[stated.unit];
  // A bound holds when the span lies on its side of the count ("不到三年": less than three years, so it holds).
  const fits = stated.bound === 'above' ? inUnit > stated.count
    : stated.bound === 'below' ? inUnit < stated.count
      : stated.unit === 'day' ? Math.abs(stated.count - span.days) <= 1 : stated.count >= Math.floor(inUnit) && stated.count <= Math.ceil(inUnit);
  return fits ? null : { earlier, later, span };
}
