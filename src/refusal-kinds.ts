// The kinds of question the articles never answer. Named at ground level because two layers share them:
// matching recognises each kind (matching/cues.ts), i18n words its refusal (i18n/messages.ts).
export const UNSUPPORTED_KINDS = [
  'personal', 'contact', 'future', 'duration', 'tenure', 'timing', 'language', 'location', 'travel', 'journey', 'detail', 'offtopic', 'instructions', 'maths', 'opinion',
] as const;

export type UnsupportedKind = (typeof UNSUPPORTED_KINDS)[number];

/**
 * A part of a year or month a question dates a talk by (matching/year-parts.ts reads it, i18n words a refusal of it):
 * a span of months (wrapping past December: winter) or of days within one month.
 */
export type YearPart = { readonly unit: 'months'; readonly from: number; readonly to: number } | { readonly unit: 'days'; readonly month: number; readonly from: number; readonly to: number };
