// Evidence first. A structured intent (who took part, a person's role, what was signed, a summary, the format, a
// topic's statements) says what kind of answer a question wants; its other content words say what about. "What was
// Song Tao grateful to Vietnam for?" reads as a question about Song Tao, yet asks about his thanks: when the words
// the intent, the entities and the talk scope did not consume are missing from the sentences the answer cites, and
// a statement the ranking finds (in the question's language as read) says them clearly better, that statement is
// the answer. A topic the question names counts among those words: an answer on another subject does not answer it.
import type { Organisation, Person, Topic } from '../facts/types.js';
import { CUES, FUNCTION_WORDS, HOPE_LEMMAS, SPEECH_ACTS, TALK_ANCHORS, TALK_NOUNS } from '../matching/cues.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Concept, Reading } from '../matching/reading.js';
import type { IndexedFact } from './fact-index.js';
import { reportsWish } from './intents/topic.js';
import { appendLines } from './result.js';
import { factsCited } from './sentence-facts.js';
import { definitionOf, intentsWhere } from './intents/index.js';
import { answerWithSources, queryOf, rankFacts, sourceLines, type Source } from './retrieval.js';
import type { Answer, Citation, Intent, Knowledge } from './types.js';

/** Intents whose answer is chosen by the kind of question: the evidence may find the question asked something else. */
const CHECKED = intentsWhere((d) => d.evidence !== null);
/** Intents about the talks as events: a topic named says which talk ("who was on the call about the floods?"). */
const TALK_LEVEL = intentsWhere((d) => d.evidence?.topicPicksTalk === true);
/** A named topic weighs like a fairly rare word (as in ranking). */
const TOPIC_WEIGHT = 2.5;
/** Concepts looser than this (a distant WordNet relation) say too little of what was asked. */
const MIN_CONCEPT = 0.6;
/** A statement answers instead when it covers at least this share of the words left… */
const MIN_SHARE = 0.6;
/** …weighing at least this much (a curated synonym of a word three statements use, or a topic)… */
const MIN_WEIGHT = 2.4;
/** …and the answer's own sentences cover at most this share of what the statement covers. */
const CLEARLY = 0.5;
/** Statements ranked, and shown at most. */
const RANKED = 10;
const MAX_SHOWN = 3;
/** Statements shown beside the best score at least this share of its score. */
const NEAR_BEST = 0.8;

/** What a question asks beyond its intent, entities and talk scope: word groups (one per word asked) and topics. */
interface Left {
  readonly groups: readonly { readonly lemmas: readonly string[]; readonly weight: number }[];
  readonly topics: readonly Topic[];
  /** Organisations named other than the talks' parties (ASEAN, the COC): a fact must name them. */
  readonly organisations: readonly Organisation[];
  readonly total: number;
}

/** What a set of facts says of it: lemmas and topics (asked of the facts themselves, no union built per answer). */
interface Said {
  readonly lemma: (l: string) => boolean;
  readonly topic: (t: Topic) => boolean;
  readonly names: (o: Organisation) => boolean;
}

export type EvidenceCheck = (reading: Reading, reply: Answer) => Answer | null;

export function evidenceChecker(k: Knowledge, lexicon: Lexicon): EvidenceCheck {
  const { facts } = k;
  const factsAt = (c: Citation): readonly IndexedFact[] => factsCited(facts, c);

  const words = (texts: readonly string[]) => texts.flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  // The words every reading spends (the talks' and dates'), each intent's own, and each person's and organisation's
  // names, worked out once, not per answer.
  const always: ReadonlySet<string> = new Set([...TALK_ANCHORS, ...TALK_NOUNS, ...words(CUES.when)]);
  const ofIntent = new Map<Intent, ReadonlySet<string>>();
  const intentWords = (intent: Intent) => {
    let set = ofIntent.get(intent);
    if (!set) ofIntent.set(intent, (set = new Set(words(definitionOf(intent)?.evidence?.ownWords ?? []))));
    return set;
  };
  const nameWords = new WeakMap<Person | Organisation, readonly string[]>();
  const wordsOfNames = (named: Person | Organisation): readonly string[] => {
    let list = nameWords.get(named);
    if (!list) nameWords.set(named, (list = words('party' in named ? [named.name, ...named.aliases] : [named.name, named.acronym ?? '', ...named.aliases, ...named.sides])));
    return list;
  };

  const leftOf = (reading: Reading): Left => {
    // Consumed: the words naming the talks ("the July 2020 conversation") and dates, the people, parties and sides
    // named, the topics' own words, and the words of the intent's kind of answer ("documents" for what was signed).
    const names = new Set([...reading.people.flatMap(wordsOfNames), ...reading.sidesNamed.flatMap(wordsOfNames), ...reading.organisations.flatMap(wordsOfNames)]);
    const topicWords = new Set(words(reading.topics.map((t) => t.words)));
    const ofTheIntent = intentWords(reading.intent);
    const consumed = { has: (w: string) => always.has(w) || names.has(w) || topicWords.has(w) || ofTheIntent.has(w) };
    // A word is consumed when any of its readings is ("docs": doc, document); a cue word asks what kind of answer,
    // chat and framing ask nothing.
    const spent = new Set(
      reading.concepts
        .filter((c) => c.asking || consumed.has(c.word.toLowerCase()) || consumed.has(c.lemma) || FUNCTION_WORDS.has(lexicon.lemma(c.word.toLowerCase())) || FUNCTION_WORDS.has(c.word.toLowerCase()))
        .map((c) => c.word),
    );
    const byWord = new Map<string, Map<string, number>>();
    for (const c of reading.concepts) {
      if (spent.has(c.word) || c.weight < MIN_CONCEPT || facts.idf(c.lemma) <= 0) continue;
      // A general verb or adjective's loose relation ("put" → set) says nothing the question asks about.
      if (c.via === 'wordnet' && lexicon.isGeneral(lexicon.lemma(c.word.toLowerCase()))) continue;
      const lemmas = byWord.get(c.word) ?? new Map<string, number>();
      lemmas.set(c.lemma, Math.max(lemmas.get(c.lemma) ?? 0, c.weight * facts.idf(c.lemma)));
      byWord.set(c.word, lemmas);
    }
    const groups = [...byWord.values()].map((lemmas) => ({ lemmas: [...lemmas.keys()], weight: Math.max(...lemmas.values()) }));
    // A topic that picked the talk asks nothing more ("who was on the call about the floods?"); nor does one named
    // inside a name ("International Liaison Department").
    // A wish or a speech act asked of the talk is what was said, not the event: its topic counts.
    const said = reading.aspects.hoped || reading.concepts.some((c) => SPEECH_ACTS.has(c.lemma));
    const topics =
      (TALK_LEVEL.has(reading.intent) && !said) || reading.scope.byTopic
        ? []
        : [...new Set(reading.topics.filter((t) => !words([t.words]).every((w) => names.has(w))).map((t) => t.topic))];
    // The organisation an organisation question asks about is its subject.
    const organisations = reading.intent === 'organisation' ? [] : reading.organisations.filter((o) => !facts.own.has(o));
    return { groups, topics, organisations, total: groups.reduce((n, g) => n + g.weight, 0) + (topics.length + organisations.length) * TOPIC_WEIGHT };
  };

  /** How much of what is left a set of facts says. */
  const weigh = (left: Left, said: Said) =>
    left.groups.reduce((n, g) => n + (g.lemmas.some(said.lemma) ? g.weight : 0), 0) +
    (left.topics.filter(said.topic).length + left.organisations.filter(said.names).length) * TOPIC_WEIGHT;

  const namesIt = (f: IndexedFact, o: Organisation) =>
    f.fact.kind === 'statement' ? facts.namesOrganisation(f.fact.item, o) : [o.acronym ?? '', o.name, ...o.aliases].some((n) => n.length > 2 && f.evidence.quote.includes(n));
  const saidBy = (list: readonly IndexedFact[]): Said => ({
    lemma: (l) => list.some((f) => f.lemmas.has(l)),
    topic: (t) => list.some((f) => f.topics.has(t)),
    names: (o) => list.some((f) => namesIt(f, o)),
  });

  const reports = (f: IndexedFact, verbs: readonly Concept[]) =>
    verbs.length === 0 ||
    verbs.some((v) => f.lemmas.has(v.lemma) || (HOPE_LEMMAS.includes(v.lemma) && f.fact.kind === 'statement' && reportsWish(k, f.fact.item)));

  return (reading, reply) => {
    if (!reply.answered || reading.aspects.yesNo || !CHECKED.has(reading.intent) || reply.citations.length === 0) return null;
    // Asked what was signed, the documents signed answer (a wish asked is no signing: "which document did he hope…").
    if (reading.intent === 'agreements' && reading.aspects.commitment === 'signed' && !reading.aspects.hoped) return null;
    // Asked who held a place at each talk ("who held that post in 2020, and who in 2022?"), each talk's participants
    // answer; one statement of one talk cannot, whatever words of the message's context it shares. ("Who helped whom
    // each time?" asks an act, which the statements answer.)
    if (reading.intent === 'who' && reading.aspects.holders && reading.aspects.eachTalk && (reading.scope.talks ?? k.kb.talks).length > 1) return null;
    // Asked who was at every talk ("the common participant in both the 2020 and 2022 talks"), the person present at
    // each answers; a statement sharing a word of the asking ("common perceptions") is no one present at both.
    if (reading.intent === 'who' && reading.aspects.both && !reading.aspects.yesNo && (reading.scope.talks ?? k.kb.talks).length > 1) return null;
    const left = leftOf(reading);
    if (left.total < MIN_WEIGHT) return null;
    // What the answer says: the facts its cited sentences rest on.
    // A summary names the documents signed at its talk, without citing the signing.
    const summarised = reading.intent === 'summary' ? facts.facts.filter((f) => f.fact.kind === 'agreement' && reply.citations.some((c) => c.talk === f.talk.id)) : [];
    const cited = saidBy([...reply.citations.flatMap(factsAt), ...summarised]);
    const answered = weigh(left, cited);
    // Statements and figures: what was said. Roles and documents are the structured answers' own.
    // A speech act asked ("how did he react", "did he thank") is answered by statements reporting it, a wish by any wish.
    const verbs = reading.concepts.filter((c) => c.via !== 'wordnet' && SPEECH_ACTS.has(c.lemma) && facts.statementsUsing(c.lemma).length > 0);
    // What someone named said is answered by their statements only (a side named may be a place: "Chinese localities").
    const speakers = reading.people.filter((p) => facts.statementsBy(p).length > 0);
    // "What did the Vietnamese official congratulate…?": the side read as speaking (not one named as a place) speaks
    // through its own people; the other side's statement sharing the question's words ("national") says nothing of theirs.
    // Only a side named as an agent by its own phrase ("the Vietnamese official", "Chinese side"): a bare "Chinese"
    // may be a place's ("Chinese localities").
    const text = reading.said.text.toLowerCase();
    const sides = new Set(reading.sides.filter((o) => o.sides.some((t) => t.includes(' ') && text.includes(t.toLowerCase()))));
    const bySide = (f: IndexedFact) => sides.size === 0 || [...f.speakers].some((p) => sides.has(p.party));
    const ranked = rankFacts(k, queryOf(k, reading), RANKED)
      .filter((s) => s.fact.fact.kind === 'statement' || s.fact.fact.kind === 'figure')
      .filter((s) => speakers.length === 0 || speakers.some((p) => s.fact.speakers.has(p)))
      .filter((s) => s.fact.fact.kind !== 'statement' || bySide(s.fact))
      .filter((s) => reports(s.fact, verbs))
      .map((s) => ({ source: s, covers: weigh(left, saidBy([s.fact])) }));
    const best = ranked.reduce<{ source: Source; covers: number } | null>((b, r) => (b === null || r.covers > b.covers ? r : b), null);
    if (!best || best.covers < MIN_WEIGHT || best.covers < left.total * MIN_SHARE || answered > best.covers * CLEARLY) return null;
    const shown = ranked
      .filter((r) => r.covers >= best.covers && r.source.score >= best.source.score * NEAR_BEST)
      .slice(0, MAX_SHOWN)
      .map((r) => r.source);
    // A summary stays, the statement after it: the summary answers what it was asked too, in outline.
    return reading.intent === 'summary' ? appendLines(reply, sourceLines(reading, shown)) : answerWithSources(reading, shown);
  };
}
