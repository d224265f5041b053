// Citations quote the whole sentence a fact rests on, as the article prints it.
import type { Article, Evidence, Talk } from '../facts/types.js';
import type { Citation } from './types.js';

const sentenceCache = new Map<string, string>();

/** The sentence of `article` that contains `quote` (a verbatim span), or the quote itself. */
export function sentenceAround(article: Article, quote: string): string {
  const key = `${article.id}\u0000${quote}`;
  const cached = sentenceCache.get(key);
  if (cached !== undefined) return cached;
  const body = article.body;
  const at = body.indexOf(quote);
  let sentence = quote;
  if (at >= 0) {
    const before = body.slice(0, at);
    // A sentence starts after ". " or a line break; it ends at ". " or "./." or a line break.
    const dot = before.lastIndexOf('. ');
    const start = Math.max(dot >= 0 ? dot + 2 : 0, before.lastIndexOf('\n') + 1);
    // A quote that ends with its full stop ends the sentence there.
    const afterIndex = quote.endsWith('.') ? at + quote.length - 1 : at + quote.length;
    const rest = body.slice(afterIndex);
    const ends = [rest.search(/\.(\s|\/\.|$)/), rest.indexOf('\n')].filter((i) => i >= 0);
    const end = ends.length > 0 ? afterIndex + Math.min(...ends) + 1 : body.length;
    // VNA ends its reports with "./."; the slash is not part of the sentence.
    sentence = body.slice(start, end).trim().replace(/\.\/\.$/, '.');
    if (!sentence.includes(quote)) sentence = quote;
  }
  sentenceCache.set(key, sentence);
  return sentence;
}

export function cite(talk: Talk, evidence: Evidence): Citation {
  return { talk: talk.id, date: talk.date, source: talk.article.outlet, quote: sentenceAround(evidence.article, evidence.quote) };
}

/** Drops repeated sentences, keeping the first place each is cited. */
export function dedupe(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.talk}\u0000${c.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The first sentence of a talk's article that contains `needle` verbatim, if any. */
export function findSentence(talk: Talk, needle: string): Citation | null {
  return talk.article.body.includes(needle) ? cite(talk, { article: talk.article, quote: needle }) : null;
}
