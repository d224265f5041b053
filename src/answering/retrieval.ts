// Ranking the facts against what a question or a claim says: BM25 over the lemmas of each fact's sentence
// and wording, with the question's related words at their weight, plus the topics and speakers it names.
// Answers questions no rule fits, and finds the sources for a claim.
import type { Person, Statement, Talk, Topic } from '../facts/types.js';
import type { Reading } from '../matching/reading.js';
import { cite } from './citations.js';
import type { IndexedFact } from './fact-index.js';
import { answerFrom, line, notAnswered, type Line } from './result.js';
import { SPEECH_ACTS } from '../matching/cues.js';
import { speakersAsked } from './intents/topic.js';
import type { Answer, Citation, Knowledge } from './types.js';
import { messagesFor } from '../i18n/index.js';
import type { Messages } from '../i18n/messages.js';
import { byDate } from '../facts/talk-order.js';
import { MAX_SHARED_BY } from './in-common.js';

const K1 = 1.2;
const B = 0.75;
/** A named topic the fact is tagged with counts like a word of this much weight and rarity. */
const TOPIC_SCORE = 2.5;
const SPEAKER_SCORE = 1;

/**
 * The calibrated bar (see test/answering/retrieval.test.ts): a fact answers a question when its words
 * cover at least this share of what the question asks…
 */
export const MIN_COVERAGE = 0.4;
/** …and the words it shares with the question are at least this rare (summed idf), so "the" and "talks" never do. */
export const MIN_EVIDENCE = 4;
/** Facts scoring within this share of the best are shown with it. */
const NEAR_BEST = 0.8;
const MAX_SOURCES = 3;
/** Most facts scored for one question. */
const MAX_CANDIDATES = 400;

export interface Source {
  readonly fact: IndexedFact;
  /** BM25 score plus topic and speaker terms. */
  readonly score: number;
  /** Share (0–1) of the question's weighted rare words this fact covers. */
  readonly coverage: number;
  /** Summed idf of the words matched, with the topic, document and speaker terms. */
  readonly evidence: number;
  /** How many of the question's words, topics and speakers the fact matches. */
  readonly signals: number;
  /** The question's lemmas the fact uses. */
  readonly matched: ReadonlySet<string>;
  readonly citation: Citation;
}

/**
 * What facts are ranked by: the Reading's own fields where they are used as they are (facts about the documents
 * and organisations named match, and agreements for a period's years), the rest derived from it.
 */
export interface SourceQuery extends Pick<Reading, 'concepts' | 'documents' | 'organisations' | 'periodYears'> {
  /** Words nothing covers: they count in what the question asks, and no fact can match them. */
  readonly unmatched: number;
  readonly topics: readonly Topic[];
  /** Phrases of several words that named topics ("first centenary goal"): a sentence using one matches it closely. */
  readonly phrases: readonly string[];
  readonly speakers: readonly Person[];
  /** Talks to look in; null for all. */
  readonly talks: readonly Talk[] | null;
}

/**
 * What to rank the facts by. In a question, cue words ("discuss", "signed") say what kind of answer is wanted
 * and are left out (speech acts such as "thank" stay); in a claim every word says what is claimed.
 */
export function queryOf(k: Knowledge, reading: Reading, claim = false): SourceQuery {
  const talks = reading.scope.talks;
  return {
    concepts: reading.concepts.filter((c) => claim || !c.asking || SPEECH_ACTS.has(c.lemma)),
    unmatched: reading.unmatched.length,
    topics: [...new Set(reading.topics.map((t) => t.topic))],
    phrases: [...new Set(reading.topics.filter((t) => t.lang === 'en').map((t) => t.words).filter((w) => w.includes(' ')))],
    documents: reading.documents,
    organisations: reading.organisations.filter((o) => !k.facts.own.has(o)),
    periodYears: reading.periodYears,
    speakers: speakersAsked(k, reading, talks ?? k.kb.talks),
    talks,
  };
}

/** The facts that best match the query, best first, each with its score and citation. */
export function rankFacts(k: Knowledge, q: SourceQuery, limit = 10): Source[] {
  const { facts } = k;
  // One weight per lemma: the strongest way the question names it.
  const terms = new Map<string, number>();
  for (const c of q.concepts) if (facts.idf(c.lemma) > 0) terms.set(c.lemma, Math.max(terms.get(c.lemma) ?? 0, c.weight));
  // A word of the question that stands for several lemmas ("help": help, support) counts once, at its best.
  const byWord = new Map<string, string[]>();
  for (const c of q.concepts) if (terms.has(c.lemma)) byWord.set(c.word, [...new Set([...(byWord.get(c.word) ?? []), c.lemma])]);
  const weigh = (lemma: string) => (terms.get(lemma) ?? 0) * facts.idf(lemma);
  const wordWeight = (lemmas: readonly string[], has: (lemma: string) => boolean) => Math.max(0, ...lemmas.filter(has).map(weigh));
  const inScope = q.talks ? new Set(q.talks) : null;
  // Candidates: the facts using the question's rarer words, then those on its topics; newest first and
  // bounded, so a question costs the same with a thousand talks.
  const candidates = new Set<IndexedFact>();
  const take = (list: readonly IndexedFact[]) => {
    for (let i = list.length - 1; i >= 0 && candidates.size < MAX_CANDIDATES; i--) {
      const f = list[i];
      if (f && (!inScope || inScope.has(f.talk))) candidates.add(f);
    }
  };
  for (const lemma of [...terms.keys()].sort((a, b) => facts.idf(b) - facts.idf(a))) take(facts.factsUsing(lemma));
  for (const topic of q.topics) take(facts.factsTagged(topic));
  const documents = new Set<unknown>(q.documents);
  for (const d of q.documents) take(facts.factsOf(d));
  const entities = q.topics.length + q.phrases.length + q.documents.length + q.organisations.length + (q.periodYears.length > 0 ? 1 : 0);
  const inPeriod = (f: IndexedFact) =>
    q.periodYears.length > 0 && f.fact.kind === 'agreement' && q.periodYears.every((y) => {
      const p = f.fact.kind === 'agreement' ? f.fact.item.period : null;
      return p !== null && y >= p.from && y <= p.to;
    });
  const total =
    [...byWord.values()].reduce((sum, lemmas) => sum + wordWeight(lemmas, () => true), 0) +
    entities * TOPIC_SCORE +
    (q.speakers.length > 0 ? SPEAKER_SCORE : 0) +
    q.unmatched * facts.maxIdf;
  if (total === 0) return [];

  // Quoted only once ranked among the first `limit`: citing every candidate was most of the cost with a thousand talks.
  const out: Omit<Source, 'citation'>[] = [];
  for (const f of candidates) {
    if (inScope && !inScope.has(f.talk)) continue;
    let score = 0;
    let matched = 0;
    let signals = 0;
    const usedLemmas = new Set<string>();
    for (const lemmas of byWord.values()) {
      const used = lemmas.filter((l) => f.lemmas.has(l));
      if (used.length === 0) continue;
      for (const l of used) usedLemmas.add(l);
      signals++;
      matched += wordWeight(used, () => true);
      score += Math.max(
        ...used.map((lemma) => {
          const tf = f.lemmas.get(lemma) ?? 0;
          return weigh(lemma) * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * f.length) / facts.averageLength)));
        }),
      );
    }
    const topicHits =
      q.topics.filter((t) => f.topics.has(t)).length +
      (documents.has(f.fact.item) ? 1 : 0) +
      (inPeriod(f) ? 1 : 0) +
      (f.fact.kind === 'statement'
        ? q.organisations.filter((o) => facts.namesOrganisation(f.fact.item as Statement, o)).length +
          q.phrases.filter((p) => facts.usesPhrase(f.fact.item as Statement, p)).length
        : 0);
    score += topicHits * TOPIC_SCORE;
    matched += topicHits * TOPIC_SCORE;
    signals += topicHits;
    if (q.speakers.length > 0) {
      if (q.speakers.some((p) => f.speakers.has(p))) {
        score += SPEAKER_SCORE;
        matched += SPEAKER_SCORE;
        signals++;
      } else score *= 0.5;
    }
    if (score > 0) out.push({ fact: f, score, coverage: matched / total, evidence: matched, signals, matched: usedLemmas });
  }
  return out
    .sort((a, b) => b.score - a.score || byDate(b.fact.talk, a.fact.talk))
    .slice(0, limit)
    .map((x) => ({ ...x, citation: cite(x.fact.talk, x.fact.evidence) }));
}

/** Whether a ranked fact clears the bar to be given as an answer: one word alone ("code") is not enough. */
export function clearsBar(s: Source): boolean {
  return s.coverage >= MIN_COVERAGE && s.evidence >= MIN_EVIDENCE && s.signals >= 2;
}

function factLine(m: Messages, f: IndexedFact): string {
  switch (f.fact.kind) {
    case 'statement':
      return m.statement(f.fact.item);
    case 'agreement':
      return m.factLine('agreement', m.agreement(f.fact.item), { parties: f.fact.item.parties, kind: f.fact.item.kind });
    case 'figure':
      return m.factLine('figure', m.figure(f.fact.item), { from: f.fact.item.from });
    case 'participant':
      return m.factLine('participant', m.role(f.fact.item), { person: f.fact.item.person });
  }
}

/** An answer from the best facts, when they clear the bar; otherwise not answered (the caller refuses). */
export function answerSearch(k: Knowledge, reading: Reading): Answer {
  const m = messagesFor(reading.lang);
  const ranked = rankFacts(k, queryOf(k, reading));
  const best = ranked[0];
  if (!best || !clearsBar(best)) return notAnswered('search', reading.lang, m.nothingClose);
  if (!reading.aspects.eachTalk) return answerWithSources(reading, ranked.filter((s) => clearsBar(s) && s.score >= best.score * NEAR_BEST).slice(0, MAX_SOURCES));
  const shown = bestOfEachTalk(ranked);
  const themed = sameThemeElsewhere(k, reading, shown);
  return answerWithSources(reading, [...shown, ...themed]);
}

/**
 * "In each talk, one country helped the other: what was the help?": each talk is asked on its own, so each gives
 * its own best facts (near its own best), where one talk's would crowd the other's out.
 */
function bestOfEachTalk(ranked: readonly Source[]): Source[] {
  const talks = [...new Set(ranked.map((s) => s.fact.talk))];
  return talks.flatMap((t) => {
    const own = ranked.filter((s) => s.fact.talk === t && clearsBar(s));
    const top = own[0]?.score ?? 0;
    return own.filter((s) => s.score >= top * NEAR_BEST).slice(0, MAX_SOURCES);
  });
}

/** A question's word this sure (its own, a curated alias) names the theme a talk is asked to show. */
const THEME_WEIGHT = 0.9;

/**
 * "How did keeping in touch in adaptable ways show up in both talks?": a theme asked of every talk, that one talk's
 * facts answer in full ("regular contact … in flexible forms"). Another talk whose facts clear no bar on their own is
 * asked on its own for the theme's surest word that every answered talk's best fact uses ("flexible forms of
 * exchanges"): each report words the theme its own way, so the other words of the question need not recur. A talk
 * with no fact using such a word gets none.
 */
function sameThemeElsewhere(k: Knowledge, reading: Reading, shown: readonly Source[]): Source[] {
  const answered = [...new Set(shown.map((s) => s.fact.talk))];
  const inScope = reading.scope.talks ?? k.kb.talks;
  const missing = inScope.filter((t) => !answered.includes(t));
  if (answered.length === 0 || missing.length === 0) return [];
  const sure = new Set(reading.concepts.filter((c) => !c.asking && c.weight >= THEME_WEIGHT).map((c) => c.lemma));
  const tops = answered.map((t) => shown.find((s) => s.fact.talk === t));
  // A word many statements use ("cooperation") is no theme of its own.
  const theme = [...sure].filter((l) => k.facts.statementsUsing(l).length <= MAX_SHARED_BY && tops.every((s) => s?.matched.has(l) === true));
  if (theme.length === 0) return [];
  const query = queryOf(k, reading);
  return missing.flatMap((t) => {
    const own = rankFacts(k, { ...query, talks: [t] }).filter((s) => theme.some((l) => s.matched.has(l)));
    const top = own[0]?.score ?? 0;
    return own.filter((s) => s.score >= top * NEAR_BEST).slice(0, MAX_SOURCES);
  });
}

/** The facts given, under their talks' headings, oldest talk first: a search answer. */
export function answerWithSources(reading: Reading, shown: readonly Source[]): Answer {
  return answerFrom('search', reading.lang, sourceLines(reading, shown));
}

/** The lines of the facts given, each cited, under their talks' headings, oldest talk first. */
export function sourceLines(reading: Reading, shown: readonly Source[]): Line[] {
  const m = messagesFor(reading.lang);
  const talks = [...new Set(shown.map((s) => s.fact.talk))].sort((a, b) => byDate(a, b));
  return talks.flatMap((t) => [line(`${m.talkHeading(t)}:`), ...shown.filter((s) => s.fact.talk === t).map((s) => line(m.bullet(factLine(m, s.fact)), [s.citation]))]);
}
