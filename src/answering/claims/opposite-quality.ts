// "Developing their partnership in a stable but short-term manner" against "in a healthy, stable and long-term
// manner": a quality the claim gives a thing that is the opposite of the one a sentence gives the same thing
// contradicts it, and names the detail (a span of time, "short-term", is a period; "unstable", "rigid" are a
// polarity). The opposites are WordNet's antonyms of the articles' quality words (data/lexicon/opposites.json,
// generated); Vietnamese and Chinese questions come here glossed into English words.
import type { OppositesFile } from '../../lexicon/schema.js';
import type { ClaimIndex } from './claim-index.js';
import type { Mentions, Span } from './mentions.js';
import { phraseList, type PhraseList } from './phrases.js';

/** An opposite word of the claim, with the article words it opposes and whether each pair is a span of time. */
type Opposing = ReadonlyMap<string, boolean>;

export interface Opposites {
  /** The articles' quality words, each its own value. */
  readonly qualities: PhraseList<string>;
  /** The words opposed to them. */
  readonly opposing: PhraseList<Opposing>;
}

export function buildOpposites(file: OppositesFile): Opposites {
  const opposing = new Map<string, Map<string, boolean>>();
  for (const [quality, list] of Object.entries(file.opposites)) {
    const spans = new Set(file.spans[quality] ?? []);
    for (const o of list) opposing.set(o, (opposing.get(o) ?? new Map<string, boolean>()).set(quality, spans.has(o)));
  }
  return { qualities: phraseList(Object.keys(file.opposites).map((q) => [q, q] as const)), opposing: phraseList(opposing) };
}

export interface OpposedQuality {
  /** The claim's word, and the sentence's word it is the opposite of. */
  readonly claimed: Span;
  readonly article: Span;
  /** A span of time ("short-term" against "long-term"): a detail of period. */
  readonly period: boolean;
}

/** Words either side of the sentence's quality the thing it is said of is looked for in ("partnership … manner"). */
const THING_REACH = 8;

/** Whether a content word of the claim (not its quality) stands around the sentence's quality, as a word or a meaning of it. */
function sameThing(index: ClaimIndex, claim: Mentions, claimed: Span, sentence: Mentions, article: Span): boolean {
  const near = sentence.tokens.filter((t, k) => k >= article.at - THING_REACH && k < article.end + THING_REACH && (k < article.at || k >= article.end) && !index.functionWords.has(t.word));
  const stems = new Set(near.map((t) => index.stem(t.word)));
  const lemmas = new Set(near.map((t) => index.lemma(t.word)));
  const named = claim.names.flatMap((n) => Array.from({ length: n.end - n.at }, (_, k) => n.at + k));
  return [...claim.content, ...named].some((i) => {
    const w = claim.tokens[i]?.word ?? '';
    if ((i >= claimed.at && i < claimed.end) || index.talkWords.has(w) || index.functionWords.has(w)) return false;
    return stems.has(index.stem(w)) || index.meanings(w).some((l) => lemmas.has(l));
  });
}

/** A word typed with a capital inside the text: of a name ("the 13th National Congress", "External Relations"). */
function capitalised(m: Mentions, k: number): boolean {
  const at = m.tokens[k]?.at ?? 0;
  return k > 0 && /^\p{Lu}/u.test(m.text.slice(at, at + 1)) && !/[.!?:]\s*$/u.test(m.text.slice(0, at));
}

/** Whether the span is no quality to oppose: part of a name, a count or ordinal, a word of a polarity pair, a word denied. */
function readOtherwise(m: Mentions, x: Span): boolean {
  const within = (y: Span) => x.at < y.end && y.at < x.end;
  for (let k = x.at; k < x.end; k++) if (m.negated.has(k) || capitalised(m, k)) return true;
  return m.names.some(within) || m.counts.some(within) || m.polarity.some(within) || m.periodLengths.some(within) || m.durations.some(within);
}

/** Whether a negator stands just before the span ("not short-term", "never temporary"). */
function denied(index: ClaimIndex, m: Mentions, x: Span): boolean {
  for (let k = Math.max(0, x.at - 2); k < x.at; k++) if (index.negators.at(m.tokens, k)) return true;
  return false;
}

/**
 * The claim's qualities whose opposite the sentence gives the same thing: a word of the claim opposed to a quality
 * word of the sentence, a word of the claim's (beyond its quality) around the sentence's, neither denied nor read as another
 * detail, and the claim not giving the sentence's quality itself ("long-term, not short-term").
 */
export function opposedQualities(index: ClaimIndex, claim: Mentions, sentence: Mentions): OpposedQuality[] {
  const { qualities, opposing } = index.opposites;
  const theirs = qualities.all(sentence.tokens).filter((q) => !readOtherwise(sentence, { at: q.at, end: q.at + q.length }) && !denied(index, sentence, { at: q.at, end: q.at + q.length }));
  if (theirs.length === 0) return [];
  const ownHits = qualities.all(claim.tokens);
  const own = new Set(ownHits.map((q) => q.value));
  const out: OpposedQuality[] = [];
  for (const hit of opposing.all(claim.tokens)) {
    const claimed = { at: hit.at, end: hit.at + hit.length };
    // A word of a quality the articles give themselves ("long" of "long-term") is that quality.
    if (ownHits.some((q) => q.at < claimed.end && claimed.at < q.at + q.length)) continue;
    if (readOtherwise(claim, claimed) || denied(index, claim, claimed)) continue;
    for (const q of theirs) {
      const period = hit.value.get(q.value);
      if (period === undefined || own.has(q.value)) continue;
      const article = { at: q.at, end: q.at + q.length };
      if (!sameThing(index, claim, claimed, sentence, article)) continue;
      out.push({ claimed, article, period });
      break;
    }
  }
  return out;
}
