import type { Talk } from '../facts/types.js';
import type { Lang } from '../languages.js';
import type { Reading } from '../matching/reading.js';
import { sameCitation } from './citations.js';
import type { Answer, Citation, Intent, Knowledge } from './types.js';

/** One line of an answer, and the citations its claim rests on (none for a lead such as "Yes."). */
export interface Line {
  readonly text: string;
  readonly cites: readonly Citation[];
}

export const line = (text: string, cites: readonly Citation[] = []): Line => ({ text, cites });

/**
 * An answer from its lines: each cited sentence gets a number the first time a line cites it, each line ends
 * with the numbers of its citations ("… [1][2]"), and `citations` lists the sentences in that order.
 */
export function answerFrom(intent: Intent, lang: Lang, lines: readonly (Line | string | null | undefined | false)[]): Answer {
  const citations: Citation[] = [];
  const numberOf = (c: Citation) => {
    let i = citations.findIndex((x) => sameCitation(x, c));
    if (i < 0) i = citations.push(c) - 1;
    return i + 1;
  };
  const text = lines
    .filter((l): l is Line | string => typeof l === 'string' || (typeof l === 'object' && l !== null))
    .map((l) => {
      if (typeof l === 'string') return l;
      const numbers = [...new Set(l.cites.map(numberOf))];
      return numbers.length > 0 ? `${l.text} ${numbers.map((n) => `[${n}]`).join('')}` : l.text;
    })
    .join('\n');
  return { answered: true, intent, text, citations, lang };
}

export function notAnswered(intent: Intent, lang: Lang, text: string): Answer {
  return { answered: false, intent, text, citations: [], lang };
}

/** The talks a reading covers: those it names, else all. */
export function talksOf(k: Knowledge, reading: Reading): readonly Talk[] {
  return reading.scope.talks ?? k.kb.talks;
}

/** Most agreements one answer lists. */
export const MAX_AGREEMENTS_LISTED = 8;

/** Most talks given a line each (a silent one too) when every talk is asked about. */
export const MAX_TALKS_EACH = 4;

/**
 * "What was signed at each talk?", "which of the talks mentioned …?": the question sets the talks side by side,
 * so every talk it covers gets a line, the ones that report nothing on it too (a choice among talks is answered
 * by saying of each whether it did). Only when it names no talk of its own and the talks are few.
 */
export function asksOfEachTalk(reading: Reading, talks: readonly Talk[]): boolean {
  const which = reading.aspects.which && reading.scope.talks === null;
  return (reading.aspects.eachTalk || which) && talks.length > 1 && talks.length <= MAX_TALKS_EACH;
}

/** Most talks one answer lists; with more, the newest are listed and the rest counted. */
export const MAX_TALKS_LISTED = 8;

/** The talks an answer lists (the newest MAX_TALKS_LISTED, oldest first) and how many earlier ones it leaves out. */
export function listed(talks: readonly Talk[]): { shown: readonly Talk[]; hidden: number } {
  if (talks.length <= MAX_TALKS_LISTED) return { shown: talks, hidden: 0 };
  return { shown: talks.slice(-MAX_TALKS_LISTED), hidden: talks.length - MAX_TALKS_LISTED };
}
