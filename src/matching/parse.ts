// Reads a question into slots: which talks it names, the people, organisations and topics in it,
// and the words nothing recognises (the main signal that the articles hold no answer).
import type { KnowledgeBase, Organisation, Person, Talk, Topic } from '../facts/types.js';
import { editDistance } from './edit-distance.js';
import { MONTHS, MONTH_ABBREVIATIONS, ORDINALS } from './cues.js';
import { longDate } from '../answering/wording.js';
import { MAX_QUESTION_CHARS, normalize } from './normalize.js';
import type { Phrase, PhraseIndex, Vocabulary } from './vocabulary.js';

export interface TalkScope {
  /** Talks the question names; null when it names none (answer across all talks). */
  readonly talks: readonly Talk[] | null;
  /** Why the named talk does not exist ("no talks in 2019"), when it does not. */
  readonly mismatch: string | null;
}

export interface ParsedQuestion {
  readonly original: string;
  /** Normalized, typo-corrected words joined by single spaces. */
  readonly text: string;
  readonly words: readonly string[];
  readonly people: readonly Person[];
  readonly organisations: readonly Organisation[];
  readonly topics: readonly Topic[];
  /** The words that named each topic ("first centenary goal"), for finding the exact statements. */
  readonly topicPhrases: readonly { readonly topic: Topic; readonly phrase: string }[];
  readonly scope: TalkScope;
  /** The scope without format words, for questions about the format itself ("was the 2022 meeting a phone call?"). */
  readonly scopeIgnoringFormat: TalkScope;
  /** Talks whose format words the question uses ("phone", "videoconference"). */
  readonly formatTalks: readonly Talk[];
  /** Years named that fall in an agreement's period but not on a talk (the 2021-2025 plan). */
  readonly periodYears: readonly number[];
  readonly unknown: readonly string[];
  /** Rare article words the question uses ("obstacles"), to find the statements that use them too. */
  readonly contentWords: readonly string[];
  readonly corrections: readonly (readonly [string, string])[];
}

const TALK_NOUNS = new Set(['talk', 'talks', 'call', 'meeting', 'meetings', 'one', 'conference', 'videoconference', 'session', 'discussion', 'discussions', 'exchange', 'report', 'article', 'conversation', 'dialogue']);
const CALL_VERB_FOLLOWERS = new Set(['for', 'on', 'upon']);

/**
 * Finds the phrases of one list in the question, left to right, the longest at each word; marks the
 * words they cover. Phrases of the same length and words (one keyword of two topics) all count.
 */
function findPhrases<T>(words: readonly string[], index: PhraseIndex<T>, covered: boolean[]): { target: T; at: number; text: string }[] {
  const found: { target: T; at: number; text: string }[] = [];
  let i = 0;
  while (i < words.length) {
    let length = 0;
    for (const phrase of index.get(words[i] ?? '') ?? []) {
      if (length > 0 && phrase.words.length < length) break;
      if (phrase.words.length > words.length - i || !phrase.words.every((w, k) => words[i + k] === w)) continue;
      length = phrase.words.length;
      found.push({ target: phrase.target, at: i, text: phrase.text });
    }
    for (let k = i; k < i + length; k++) covered[k] = true;
    i += length || 1;
  }
  return found;
}

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** A full name typed with a slip ("song tau", "hoang bin quan"): compares two- and three-word windows. */
function fuzzyNames(words: readonly string[], people: readonly Phrase<Person>[], covered: boolean[], known: ReadonlySet<string>): Person[] {
  const found: Person[] = [];
  for (const size of [3, 2]) {
    for (let i = 0; i + size <= words.length; i++) {
      const window = words.slice(i, i + size);
      // A slip leaves a word nothing recognises; windows of known or already-matched words are skipped.
      if (window.every((w, k) => covered[i + k] || known.has(w))) continue;
      const joined = window.join(' ');
      for (const p of people) {
        if (p.words.length !== size || p.text.length < 7) continue;
        if (editDistance(joined, p.text, 2) <= (p.text.length >= 12 ? 2 : 1)) {
          found.push(p.target);
          for (let k = i; k < i + size; k++) covered[k] = true;
        }
      }
    }
  }
  return found;
}

function monthOf(words: readonly string[], i: number): number | null {
  const w = words[i] ?? '';
  const near = (k: number) => /^\d{1,4}$/.test(words[k] ?? '');
  const index = (MONTHS as readonly string[]).indexOf(w);
  // "may" and "march" are also verbs: only a month next to a number or after "in".
  if (index >= 0) {
    if ((w === 'may' || w === 'march') && !(near(i - 1) || near(i + 1) || words[i - 1] === 'in')) return null;
    return index + 1;
  }
  const abbreviated = MONTH_ABBREVIATIONS[w];
  return abbreviated !== undefined && (near(i - 1) || near(i + 1)) ? abbreviated : null;
}

const MONTH_NAMES = MONTHS.map((m) => m[0]?.toUpperCase() + m.slice(1));

function scopeOf(kb: KnowledgeBase, words: readonly string[], named: readonly Talk[], people: readonly Person[]): { constraints: Constraint[]; periodYears: number[] } {
  const constraints: Constraint[] = [];
  const periodYears: number[] = [];
  const periods = kb.talks.flatMap((t) => t.agreements.flatMap((a) => (a.period ? [a.period] : [])));

  words.forEach((w, i) => {
    if (/^(19|20)\d{2}$/.test(w)) {
      const year = Number(w);
      const talks = kb.talks.filter((t) => t.date.startsWith(w));
      if (talks.length === 0 && periods.some((p) => year >= p.from && year <= p.to)) periodYears.push(year);
      else constraints.push({ label: `in ${w}`, talks, kind: 'year' });
      return;
    }
    const month = monthOf(words, i);
    if (month !== null) {
      const day = [words[i - 1], words[i + 1]].map(Number).find((d) => Number.isInteger(d) && d >= 1 && d <= 31);
      const talks = kb.talks.filter((t) => Number(t.date.slice(5, 7)) === month && (day === undefined || Number(t.date.slice(8)) === day));
      constraints.push({ label: day === undefined ? `in ${MONTH_NAMES[month - 1]}` : `on ${day} ${MONTH_NAMES[month - 1]}`, talks, kind: 'month' });
      return;
    }
    const ordinal = ORDINALS[w];
    if (ordinal && TALK_NOUNS.has(words[i + 1] ?? '') && kb.talks.length > 0) {
      const talk = ordinal === 'first' ? kb.talks[0] : kb.talks[kb.talks.length - 1];
      if (talk) constraints.push({ label: `as the ${w} talks`, talks: [talk], kind: 'ordinal' });
    }
  });

  for (const talk of unique(named)) constraints.push({ label: `held as ${talk.format.label}`, talks: [talk], kind: 'format' });
  for (const person of people) {
    const talks = kb.talks.filter((t) => t.participants.some((p) => p.person === person));
    if (talks.length > 0 && talks.length < kb.talks.length) constraints.push({ label: `with ${person.name}`, talks, kind: 'person' });
  }
  return { constraints, periodYears };
}

interface Constraint {
  readonly label: string;
  readonly talks: readonly Talk[];
  /** Constraints of one kind widen each other ("2020 and 2022"); different kinds narrow ("2022" and "phone"). */
  readonly kind: 'year' | 'month' | 'format' | 'person' | 'ordinal';
}

function combine(kb: KnowledgeBase, constraints: readonly Constraint[]): TalkScope {
  if (constraints.length === 0) return { talks: null, mismatch: null };
  let talks: readonly Talk[] = kb.talks;
  for (const kind of ['year', 'month', 'format', 'person', 'ordinal'] as const) {
    const group = constraints.filter((c) => c.kind === kind);
    if (group.length === 0) continue;
    // People narrow one another too: "Quan and Trung" together were at no talk.
    const allowed = kind === 'person' ? kb.talks.filter((t) => group.every((c) => c.talks.includes(t))) : group.flatMap((c) => c.talks);
    talks = talks.filter((t) => allowed.includes(t));
  }
  if (talks.length > 0) return { talks, mismatch: null };
  const people = constraints.filter((c) => c.kind === 'person');
  const others = constraints.filter((c) => c.kind !== 'person');
  // "Was Quan at the 2022 talks?": the talks exist, the person was not there.
  if (people.length > 0 && others.length > 0 && combine(kb, others).talks?.length) {
    const where = unique(others.map((c) => c.label)).join(', ');
    const seen = people.map((c) => `${c.label.replace(/^with /, '')} took part only in the talks of ${c.talks.map((t) => longDate(t.date)).join(' and ')}`);
    return { talks, mismatch: `${seen.join('; ')}, not in those ${where}` };
  }
  return { talks, mismatch: `there were no talks ${unique(constraints.map((c) => c.label)).join(', ')}` };
}

/** The first MAX_QUESTION_CHARS characters, without a word cut in half at the end. */
function cutQuestion(question: string): string {
  if (question.length <= MAX_QUESTION_CHARS) return question;
  const cut = question.slice(0, MAX_QUESTION_CHARS);
  const space = cut.search(/\s\S*$/);
  return space > 0 ? cut.slice(0, space) : cut;
}

export function parseQuestion(kb: KnowledgeBase, vocab: Vocabulary, question: string): ParsedQuestion {
  const corrections: [string, string][] = [];
  const words = normalize(cutQuestion(question))
    .split(' ')
    .filter(Boolean)
    .map((w) => {
      if (vocab.known.has(w) || /^\d+$/.test(w)) return w;
      const fixed = vocab.correct(w);
      if (fixed) corrections.push([w, fixed]);
      return fixed ?? w;
    });
  const text = words.join(' ');
  const covered = words.map(() => false);

  const people = unique([
    ...findPhrases(words, vocab.people, covered).map((f) => f.target),
    ...fuzzyNames(words, vocab.fullNames, covered, vocab.known),
  ]);
  const organisations = unique(findPhrases(words, vocab.organisations, covered).map((f) => f.target));
  const topicHits = findPhrases(words, vocab.topics, covered);
  const topics = unique(topicHits.map((f) => f.target));
  const topicEnds = new Set(topicHits.map((h) => h.at + h.text.split(' ').length));
  const talkHits = findPhrases(words, vocab.talks, covered).filter(
    // "call for", "call on": the verb, not the phone call; "General Secretaries' phone talks" are a topic, not a talk.
    (hit) => !(hit.text === 'call' && CALL_VERB_FOLLOWERS.has(words[hit.at + 1] ?? '')) && !topicEnds.has(hit.at),
  );
  const formatTalks = unique(talkHits.map((h) => h.target));
  const { constraints, periodYears } = scopeOf(kb, words, formatTalks, people);
  const scope = combine(kb, constraints);
  const scopeIgnoringFormat = combine(kb, constraints.filter((c) => c.kind !== 'format'));

  const unknown = words.filter((w, i) => !covered[i] && !vocab.known.has(w) && !/^\d+$/.test(w));
  const contentWords = unique(words.filter((w, i) => !covered[i] && vocab.distinctive.has(w)));
  // "US" written in capitals is the country, not the pronoun.
  if (/\bU\.?S\.?A?\b/.test(question.slice(0, 500))) unknown.push('US');

  return {
    original: question,
    text,
    words,
    people,
    organisations,
    topics,
    topicPhrases: topicHits.map((h) => ({ topic: h.target, phrase: h.text })),
    scope,
    scopeIgnoringFormat,
    formatTalks,
    periodYears,
    unknown: unique(unknown),
    contentWords,
    corrections,
  };
}
