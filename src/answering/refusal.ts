// The text of a refusal: why, what the bot can answer, and the closest example question.
import type { KnowledgeBase } from '../facts/types.js';
import { FUNCTION_WORDS } from '../matching/lexicon.js';
import { normalize } from '../matching/normalize.js';
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

/**
 * "Did you mean": the example question sharing the most content words with the question (after typo
 * correction). Word overlap rather than fuzzy matching of whole sentences: it is what makes two
 * questions about the same thing alike, and it costs microseconds.
 */
export function makeSuggester(examples: readonly string[]): (normalizedQuestion: string) => string | null {
  const content = (text: string) => new Set(normalize(text).split(' ').filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w)));
  const indexed = examples.map((q) => ({ q, words: content(q) }));
  return (normalizedQuestion) => {
    const words = content(normalizedQuestion.slice(0, 500));
    let best: string | null = null;
    let bestScore = 0;
    for (const { q, words: w } of indexed) {
      let shared = 0;
      for (const x of words) if (w.has(x)) shared++;
      const score = shared / Math.sqrt(w.size * Math.max(1, words.size));
      if (shared > 0 && score > bestScore) {
        best = q;
        bestScore = score;
      }
    }
    return bestScore >= 0.4 ? best : null;
  };
}
