// "Find sources" on a message: the article sentences that best support or correct what it says. A short
// message is one claim; in a long one, the sentences that name something from the articles (people,
// organisations, topics, documents) are the claims, and each is checked on its own by the claim checker,
// so each sentence found is labelled as supporting a claim, contradicting it (naming the detail that
// differs) or related. Only sentences the checker relates to a claim come back, so "nothing" is an honest
// answer and never padded with weak ones. The message comes as plain text: the interface takes out its chat
// markup first.
import type { DetailKind } from '../i18n/messages.js';
import type { MatchVerdict } from './claims/check.js';
import type { Engine } from './engine.js';
import { sentenceIndex, type ArticleSentence } from './sentences.js';
import type { Citation } from './types.js';
import { byDate } from '../facts/talk-order.js';

/** What a found sentence says of the claim it was found for. */
export interface MatchLabel {
  readonly verdict: MatchVerdict;
  /** For a contradiction: the kinds of detail that differ. */
  readonly differs: readonly DetailKind[];
}

export interface FoundSource {
  readonly sentence: ArticleSentence;
  readonly citation: Citation;
  /** How well it fits the part of the message it was found for (the best, when several found it). */
  readonly score: number;
  readonly label: MatchLabel;
}

export interface MessageSources {
  /** Best first, one per article sentence. */
  readonly sources: readonly FoundSource[];
  /** The parts of the message that were searched. */
  readonly searched: readonly string[];
}

/** A message this short is searched whole. */
const SHORT_MESSAGE = 300;
/** At most this many sentences of a long message are searched (the ones naming the most). */
const MAX_PARTS = 6;
/** Longest message read (Discord allows 4,000 characters with Nitro). */
const MAX_MESSAGE = 4_000;
const MAX_SENTENCES = 80;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The message's sentences (and lines: a list item is a claim of its own). */
export function messageSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    for (const { segment } of segmenter.segment(line)) {
      const s = segment.trim();
      if (/[\p{L}\p{N}]/u.test(s)) out.push(s);
      if (out.length >= MAX_SENTENCES) return out;
    }
  }
  return out;
}

/**
 * How much a sentence names from the articles: named things count most (people, organisations, topics,
 * documents, a talk by its date or format, agreements), the articles' own words a little.
 */
function namesSomething(engine: Engine, sentence: string): number {
  const r = engine.read(sentence).reading;
  const talk = r.formatTalks.length > 0 || r.scope.talks !== null || r.scope.mismatch !== null ? 1 : 0;
  const named = r.people.length + r.organisations.length + r.topics.length + r.documents.length + r.periodYears.length + talk + (r.aspects.aboutAgreement ? 1 : 0);
  const words = new Set(r.concepts.filter((c) => !c.asking && c.weight >= 0.85).map((c) => c.lemma)).size;
  return named > 0 || words >= 3 ? named * 3 + Math.min(words, 6) * 0.5 : 0;
}

/**
 * The parts of a message to check: the whole of a short one-sentence message, otherwise its sentences that
 * name the most (each is a claim of its own: "Three documents were signed. The floods hit Vietnam.").
 */
export function claimsOf(engine: Engine, content: string): string[] {
  const text = content.slice(0, MAX_MESSAGE).trim();
  if (!text) return [];
  const sentences = messageSentences(text);
  if (text.length <= SHORT_MESSAGE && sentences.length <= 1) return [text.replace(/\s+/g, ' ')];
  // A sentence said twice is one claim.
  const unique = sentences.filter((s, i) => sentences.findIndex((x) => x.toLowerCase() === s.toLowerCase()) === i);
  return unique
    .map((s, i) => ({ s, i, score: namesSomething(engine, s) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, MAX_PARTS)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.s);
}

/** A contradiction outranks support, which outranks a mere relation, when several parts find one sentence. */
const WEIGHT: Readonly<Record<MatchVerdict, number>> = { contradicts: 2, supports: 1, related: 0 };

/** The article sentences that best match what the message says, best first, at most `limit`, each labelled. */
export function sourcesForMessage(engine: Engine, content: string, limit = 9): MessageSources {
  const index = sentenceIndex(engine.kb);
  const searched = claimsOf(engine, content);
  const best = new Map<ArticleSentence, FoundSource>();
  for (const claim of searched) {
    for (const match of engine.check(claim, 5).matches) {
      const sentence = index.byId(match.citation.sentence);
      if (!sentence) continue;
      const seen = best.get(sentence);
      const label: MatchLabel = { verdict: match.verdict, differs: [...new Set(match.differs.map((d) => d.kind))] };
      if (!seen || WEIGHT[label.verdict] > WEIGHT[seen.label.verdict] || (WEIGHT[label.verdict] === WEIGHT[seen.label.verdict] && match.score > seen.score)) {
        best.set(sentence, { sentence, citation: match.citation, score: match.score, label });
      }
    }
  }
  const sources = [...best.values()]
    .sort((a, b) => b.score - a.score || byDate(b.sentence.talk, a.sentence.talk) || a.sentence.n - b.sentence.n)
    .slice(0, limit);
  return { sources, searched };
}
