// Coverage: what a question asks for (its focus) against what its answer's evidence gives. "On what exact day
// were ties established?" asks for a day; a sentence about the anniversary of ties is about the same thing but
// gives none, and answering with it would be confidently wrong. A statement answer whose cited sentences lack
// the kind of detail asked for (a day or date, a figure, the most or least of something, the thing a "what X"
// names) becomes a refusal that names what the articles do not give. The words are data
// (data/lexicon/en.json `focus`); Vietnamese and Chinese questions are read through their English pivot words.
import type { Lexicon } from '../lexicon/lexicon.js';
import { MONTHS } from '../matching/cues.js';
import { normalizeData as normalize } from '../matching/normalize.js';
import type { Reading } from '../matching/reading.js';
import type { Answer, Intent } from './types.js';

/** What a question asks for that its answer's evidence does not give. */
export type Gap =
  | { readonly kind: 'date' }
  | { readonly kind: 'figure' }
  /** "Which gates had the worst congestion?": nothing is ranked. */
  | { readonly kind: 'superlative'; readonly word: string }
  /** "What targets are set in the plan?": the thing asked for, as the question names it. */
  | { readonly kind: 'detail'; readonly word: string }
  /** "What did the General Secretaries say?": people the articles mention, whose words they do not report. */
  | { readonly kind: 'speaker'; readonly word: string };

/** Answers that give statements (or agreements) as found: the structured intents give their own kind of detail. */
const CHECKED: ReadonlySet<Intent> = new Set(['topic', 'search', 'agreements']);
/** Ordinals ("70th") and years count nothing; "the two sides" neither. */
const NOT_A_FIGURE = /\b\d+(st|nd|rd|th)\b|\b(19|20)\d\d\b|\b(the )?two (sides|parties|countries|officials|leaders|general secretaries|nations)\b/gi;

export type CoverageCheck = (reading: Reading, reply: Answer) => Gap | null;

export function coverageChecker(lexicon: Lexicon): CoverageCheck {
  const f = lexicon.focus;
  const askers = new Set(f.askers);
  const qualifiers = new Set(f.qualifiers);
  const ends = new Set(f.ends);
  const speech = new Set(f.speech);
  const dates = new Set(f.date);
  const figures = new Set(f.figure);
  const superlatives = new Set(f.superlative);
  const ranking = new Set([...f.superlative, ...f.ranking]);
  const signed = new Set(lexicon.claims.signedThings);
  const months = new Set<string>(MONTHS);
  const numberWords = new Set([...Object.keys(lexicon.claims.numbers), ...Object.keys(lexicon.claims.scales)]);
  // Each quoted sentence is read once: its words and their lemmas.
  const read = new Map<string, { words: ReadonlySet<string>; lemmas: ReadonlySet<string>; figure: boolean }>();
  const quoted = (quote: string) => {
    let r = read.get(quote);
    if (!r) {
      const words = normalize(quote).split(' ').filter(Boolean);
      const counted = normalize(quote.replace(NOT_A_FIGURE, ' ')).split(' ');
      const figure = counted.some((w) => /\d/.test(w) || numberWords.has(w));
      r = { words: new Set(words), lemmas: new Set(words.map((w) => lexicon.lemma(w))), figure };
      read.set(quote, r);
    }
    return r;
  };

  return (reading, reply) => {
    if (!reply.answered || reading.aspects.yesNo || !CHECKED.has(reading.intent) || reply.citations.length === 0) return null;
    const words = reading.said.words;
    const speaker = unreportedSpeaker(reading, speech, ends, qualifiers);
    if (speaker) return { kind: 'speaker', word: speaker };
    const cited = reply.citations.map((c) => quoted(c.quote));
    const any = (test: (q: (typeof cited)[number]) => boolean) => cited.some(test);
    // The most or least of something: the articles must rank what they report.
    const superlative = words.find((w) => superlatives.has(w));
    if (superlative !== undefined && !any((q) => [...q.words].some((w) => ranking.has(w)))) return { kind: 'superlative', word: superlative };
    // The noun phrase after "what"/"which" (past "the", "exact" …) names the kind of answer: "what exact day",
    // "what trade deficit figure", "what concrete targets".
    const head = focusPhrase(words, askers, qualifiers, ends);
    if (head.length === 0) return null;
    if (head.some((w) => dates.has(w)) && !any((q) => [...q.words].some((w) => months.has(w)))) return { kind: 'date' };
    if (head.some((w) => figures.has(w)) && !any((q) => q.figure)) return { kind: 'figure' };
    // The last word of that phrase is the thing asked for: when it is an article concept (not a topic's or a
    // document's own name), a cited sentence must say it.
    // Only for what was signed, in English: a sentence reporting a signing gives no document's contents, while
    // other answers paraphrase the thing asked for too freely for its word to be required ("which spheres").
    if (reading.intent !== 'agreements' || reading.lang !== 'en') return null;
    const noun = head[head.length - 1] ?? '';
    if (signed.has(noun) || lexicon.isGeneral(noun)) return null;
    const concept = reading.concepts.find((c) => c.word === noun && !c.asking);
    const named = [...reading.topics.map((t) => t.words), ...reading.documents.flatMap((d) => d.keywords)].some((n) => normalize(n).split(' ').includes(noun));
    if (concept && !named && !any((q) => q.lemmas.has(concept.lemma) || q.words.has(noun))) return { kind: 'detail', word: noun };
    return null;
  };
}

/** The words after the question word up to the verb: "what exact day were …" → ["day"]; [] when it asks nothing so. */
function focusPhrase(words: readonly string[], askers: ReadonlySet<string>, qualifiers: ReadonlySet<string>, ends: ReadonlySet<string>): readonly string[] {
  const at = words.findIndex((w) => askers.has(w));
  if (at < 0) return [];
  const phrase: string[] = [];
  for (let i = at + 1; i < words.length && phrase.length < 4; i++) {
    const w = words[i] ?? '';
    if (qualifiers.has(w) || qualifiers.has(`${w} ${words[i + 1] ?? ''}`)) {
      if (qualifiers.has(`${w} ${words[i + 1] ?? ''}`)) i++;
      continue;
    }
    if (!/^[a-z]+$/.test(w) || ends.has(w)) break;
    phrase.push(w);
  }
  return phrase;
}

/**
 * "What exactly did the two General Secretaries say?": the words between "did" and the verb of saying name who
 * spoke; when they are all a topic's words (people the articles mention: "general secretaries", "party leaders")
 * and no person, side or party is named, the articles report no words of theirs. Returns those words, or null.
 */
function unreportedSpeaker(reading: Reading, speech: ReadonlySet<string>, ends: ReadonlySet<string>, qualifiers: ReadonlySet<string>): string | null {
  // English word order: the speaker stands between "did" and the verb.
  if (reading.lang !== 'en' || reading.people.length + reading.sides.length + reading.organisations.length > 0 || reading.topics.length === 0) return null;
  const words = reading.said.words;
  const verb = words.findIndex((w) => speech.has(w));
  if (verb < 0) return null;
  let aux = verb - 1;
  while (aux >= 0 && !ends.has(words[aux] ?? '')) aux--;
  if (aux < 0) return null;
  const subject = words.slice(aux + 1, verb).filter((w) => !qualifiers.has(w) && !/^\d+$/.test(w));
  const topicWords = new Set(reading.topics.flatMap((t) => normalize(t.words).split(' ')));
  // "the two General Secretaries": a count of them is no name.
  const named = subject.filter((w) => !topicWords.has(w));
  if (subject.length === 0 || named.some((w) => !COUNT_WORDS.has(w))) return null;
  return words.slice(aux + 1, verb).join(' ');
}

const COUNT_WORDS: ReadonlySet<string> = new Set(['two', 'both', 'their', 'its', 'his']);
