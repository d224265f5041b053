import type { Talk } from '../facts/types.js';
import type { Reading } from '../matching/reading.js';
import { dedupe } from './citations.js';
import type { Answer, Citation, Intent, Knowledge } from './types.js';

export function answered(intent: Intent, text: string, citations: readonly Citation[]): Answer {
  return { answered: true, intent, text, citations: dedupe(citations) };
}

export function notAnswered(intent: Intent, text: string): Answer {
  return { answered: false, intent, text, citations: [] };
}

/** The talks a reading covers: those it names, else all. */
export function talksOf(k: Knowledge, reading: Reading): readonly Talk[] {
  return reading.scope.talks ?? k.kb.talks;
}

/** Most agreements one answer lists. */
export const MAX_AGREEMENTS_LISTED = 8;

/** Most talks one answer lists; with more, the newest are listed and the rest counted. */
export const MAX_TALKS_LISTED = 8;

/** The talks an answer lists (the newest MAX_TALKS_LISTED, oldest first) and a note counting the others. */
export function listed(talks: readonly Talk[]): { shown: readonly Talk[]; note: string | null } {
  if (talks.length <= MAX_TALKS_LISTED) return { shown: talks, note: null };
  const hidden = talks.length - MAX_TALKS_LISTED;
  return {
    shown: talks.slice(-MAX_TALKS_LISTED),
    note: `(${hidden} earlier talk${hidden === 1 ? '' : 's'} not listed: name one by its date to ask about it.)`,
  };
}
