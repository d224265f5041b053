// The text of a refusal: why, what the bot can answer, and the closest example question.
import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../facts/types.js';
import { listing, longDate } from './wording.js';

export function capabilities(kb: KnowledgeBase): string {
  const talks = listing(kb.talks.map((t) => `${longDate(t.date)} (${t.format.label})`));
  return `I answer from ${kb.talks.length} VNA reports of CPV-CPC talks: ${talks}. Ask who took part, when, what was signed or agreed, how the talks were held, what was said about a topic, who someone is, what an acronym means, or for a summary or comparison.`;
}

export function helpText(kb: KnowledgeBase): string {
  return [
    capabilities(kb),
    'Commands: /who, /when, /agreements, /topics, /talks, /source, /ask <question>, /help. Every answer quotes the article sentence it rests on.',
  ].join('\n');
}

export function makeSuggester(examples: readonly string[]): (question: string) => string | null {
  const fuse = new Fuse(examples, { includeScore: true, threshold: 0.5, ignoreLocation: true });
  return (question) => {
    const trimmed = question.trim().slice(0, 120);
    if (trimmed.length < 4) return null;
    const best = fuse.search(trimmed, { limit: 1 })[0];
    return best && (best.score ?? 1) <= 0.45 ? best.item : null;
  };
}
