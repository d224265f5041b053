import type { KnowledgeBase, Talk } from '../facts/types.js';
import { dedupe } from './citations.js';
import type { Answer, Citation, Intent, Query } from './types.js';

export function answered(intent: Intent, text: string, citations: readonly Citation[]): Answer {
  return { answered: true, intent, text, citations: dedupe(citations) };
}

export function notAnswered(intent: Intent, text: string): Answer {
  return { answered: false, intent, text, citations: [] };
}

/** The talks a query covers: those it names, else all. */
export function talksOf(kb: KnowledgeBase, query: Query): readonly Talk[] {
  return query.talks ?? kb.talks;
}

// The question padded with spaces, built once per query: whole-word tests are ` ${phrase} ` lookups.
const paddedText = new WeakMap<Query, string>();

export function has(query: Query, phrase: string): boolean {
  let padded = paddedText.get(query);
  if (padded === undefined) {
    padded = ` ${query.text} `;
    paddedText.set(query, padded);
  }
  return padded.includes(` ${phrase} `);
}

export function hasAny(query: Query, phrases: readonly string[]): boolean {
  return phrases.some((p) => has(query, p));
}
