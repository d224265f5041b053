// The kinds of question the articles never answer. Named at ground level because two layers share them:
// matching recognises each kind (matching/cues.ts), i18n words its refusal (i18n/messages.ts).
export const UNSUPPORTED_KINDS = [
  'personal', 'future', 'duration', 'tenure', 'timing', 'language', 'location', 'travel', 'journey', 'detail', 'offtopic', 'instructions', 'maths', 'opinion',
] as const;

export type UnsupportedKind = (typeof UNSUPPORTED_KINDS)[number];
