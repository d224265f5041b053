// Citations quote the whole sentence a fact rests on, as the article prints it.
import type { Article, Evidence, Talk } from '../facts/types.js';
import type { Citation } from './types.js';

// Per article, quote → sentence. Keyed by the quote itself: the data's strings are reused, so no key is built.
const sentenceCache = new WeakMap<Article, Map<string, string>>();

/** The sentence of `article` that contains `quote` (a verbatim span), or the quote itself. */
export function sentenceAround(article: Article, quote: string): string {
  let byQuote = sentenceCache.get(article);
  if (!byQuote) {
    byQuote = new Map();
    sentenceCache.set(article, byQuote);
  }
  const cached = byQuote.get(quote);
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
  byQuote.set(quote, sentence);
  return sentence;
}

export function cite(talk: Talk, evidence: Evidence): Citation {
  return { talk: talk.id, date: talk.date, source: talk.article.outlet, quote: sentenceAround(evidence.article, evidence.quote) };
}

/** The same sentence of the same talk. */
export function sameCitation(a: Citation, b: Citation): boolean {
  return a.talk === b.talk && a.quote === b.quote;
}
