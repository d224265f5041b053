// Citations quote the whole sentence a fact rests on, as the article prints it, and name it by its id in the
// sentence index (sentences.ts cuts the sentences and gives the ids; nothing here cuts text).
import type { Evidence, Talk } from '../facts/types.js';
import { sentenceOf } from './sentences.js';
import type { Citation } from './types.js';

export function cite(talk: Talk, evidence: Evidence): Citation {
  const sentence = sentenceOf(evidence.article, evidence.quote);
  return {
    talk: talk.id,
    date: talk.date,
    source: talk.article.outlet,
    quote: sentence?.text ?? evidence.quote,
    // The loader admits only quotes the body holds, so a sentence is always found; `:0` names none.
    sentence: sentence?.id ?? `${evidence.article.id}:0`,
  };
}

/** The same sentence of the same talk. */
export function sameCitation(a: Citation, b: Citation): boolean {
  return a.talk === b.talk && a.sentence === b.sentence;
}
