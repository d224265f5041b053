// A question in a conversation: when its words point back ("what did he sign there?", "and in 2020?", "why?"),
// the conversation's context fills what the question leaves open, and only that: a question that names its own
// talk, person or topic keeps it. The reader reads what is left of the question with what the context gives
// (Reader.read's `given`); the answer says in one line what it took over (Answer.carried).
import type { Engine } from '../answering/engine.js';
import type { Answer, Carried, Intent } from '../answering/types.js';
import type { Talk } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';
import type { Lang } from '../i18n/languages.js';
import type { Given } from '../matching/read.js';
import type { NamedTopic, ReadResult, Reading, Refusal } from '../matching/reading.js';
import { resolve, type Context, type Resolved } from './context.js';
import type { CueReader, Cues } from './cues.js';

/** Refusals the question earns by itself, context or not: out of scope, things the articles lack, talks that do not exist. */
const REFUSED_ANYWAY = new Set<Refusal['kind']>(['unsupported', 'absent', 'scope', 'period', 'undefined-term', 'no-such-document', 'no-number']);

/** Intents an elliptical follow-up may take over ("and in 2020?" asks again what the last question asked). */
const CARRIED_INTENTS = new Set<Intent>(['who', 'when', 'agreements', 'format', 'topic', 'person', 'organisation', 'summary', 'compare', 'talks', 'search']);

export interface AskOptions {
  /** Answer in this language whatever the question's. */
  readonly lang?: Lang;
}

/** Answers `question` in a conversation whose context is `context` (null: none, the question stands alone). */
export type FollowUp = (question: string, context: Context | null, options?: AskOptions) => Answer;

const ids = (items: readonly { readonly id: string }[]) => items.map((i) => i.id);
const named = (reading: Reading) => new Set(reading.topics.map((t) => t.topic));

/** The talks "the other one", "the first one" or "the last one" mean; null when the question says none of them. */
function pointedTalks(all: readonly Talk[], cues: Cues, prior: Resolved): readonly Talk[] | null {
  const refs = new Set(cues.references);
  if (refs.has('other')) {
    const others = all.filter((t) => !prior.talks.includes(t));
    return prior.talks.length > 0 && others.length > 0 ? others : null;
  }
  const among = prior.talks.length > 1 ? prior.talks : all;
  if (refs.has('first')) return among.slice(0, 1);
  if (refs.has('last')) return among.slice(-1);
  return null;
}

/** What the context gives for what the question (its reading without the cue words) leaves open. */
function givenFor(own: Reading, cues: Cues, prior: Resolved, all: readonly Talk[], written: Lang): Given {
  const refs = new Set(cues.references);
  // An elliptical or bare question ("and in 2020?", "why?") stands for everything the last answer was about.
  const wide = cues.elliptical || cues.bare;
  const peopleOpen = own.people.length === 0 && own.sides.length === 0;
  const subjectOpen = own.topics.length === 0 && own.documents.length === 0 && own.unmatched.length === 0 && own.concepts.every((c) => c.asking);
  // What the context gives must fit the talks the question names itself ("and in 2020?" after the 2022 signings).
  const ownTalks = own.scope.talks;
  const fits = <T>(items: readonly T[], at: (t: Talk) => readonly T[]): readonly T[] => (ownTalks ? items.filter((i) => ownTalks.some((t) => at(t).includes(i))) : items);
  const present = fits(prior.people, (t) => t.participants.map((p) => p.person));
  const documents = fits(prior.documents, (t) => t.agreements);
  // The people the last answer was about, as a group: not when some of them were not at the talks named.
  const group = present.length === prior.people.length ? present : [];
  const [focus] = prior.people;
  let people: Given['people'];
  if (peopleOpen && focus) {
    if (refs.has('person')) people = present.includes(focus) ? [focus] : undefined;
    // "They" for one person is the talks or the sides, not that person.
    else if (refs.has('people') && group.length > 1) people = group;
    else if (wide && group.length > 0) people = group;
  }
  const subject = subjectOpen && (refs.has('thing') || wide);
  const topics: NamedTopic[] = subject ? prior.topics.map((topic) => ({ topic, words: topic.label.toLowerCase(), lang: 'en', precise: false })) : [];
  const talks = pointedTalks(all, cues, prior) ?? (prior.talks.length > 0 ? prior.talks : undefined);
  return {
    written,
    ...(people ? { people } : {}),
    ...(topics.length > 0 ? { topics } : {}),
    ...(subject && documents.length > 0 ? { documents } : {}),
    ...(talks ? { talks } : {}),
  };
}

const isScopeRefusal = (r: ReadResult) => r.kind === 'refusal' && r.refusal.kind === 'scope';

export function createFollowUp(engine: Engine, cues: CueReader): FollowUp {
  const { kb, reader } = engine;

  /** What the answer took over: what its reading has that the question's own reading has not. */
  const carriedOver = (own: Reading, final: Reading, given: Given, intent: Intent | null): Carried | null => {
    const ownPeople = new Set(own.people);
    const ownTopics = named(own);
    const ownDocuments = new Set(own.documents);
    const people = final.people.filter((p) => !ownPeople.has(p));
    const topics = [...named(final)].filter((t) => !ownTopics.has(t));
    const documents = final.documents.filter((d) => !ownDocuments.has(d));
    const givenTalks = new Set(given.talks ?? []);
    const scoped = final.scope.talks;
    const talksCarried = scoped !== null && scoped.length > 0 && scoped.every((t) => givenTalks.has(t)) && (own.scope.talks === null || ids(own.scope.talks).join() !== ids(scoped).join());
    const talks = talksCarried || (intent !== null && scoped) ? scoped ?? [] : [];
    if (people.length + topics.length + documents.length + talks.length === 0 && intent === null) return null;
    const note = messagesFor(final.lang).carriedOver({ people, topics, documents, talks });
    return { intent, note, talks: ids(talks), people: ids(people), organisations: [], topics: ids(topics), documents: ids(documents) };
  };

  return (question, context, options = {}) => {
    const q = typeof question === 'string' ? question : '';
    if (!context) return engine.answer(q, options);
    const written = reader.language(q);
    const found = cues(q, written);
    if (found.reset) {
      // "Unrelated, but can you recommend a VPN?": a new subject; what nothing in the articles covers is its subject.
      const alone = reader.read(q, options.lang);
      const unmatched = alone.reading.unmatched;
      if (alone.kind === 'reading' && unmatched.length > 0) {
        return engine.answerRead({ kind: 'refusal', refusal: { kind: 'absent', things: unmatched }, intent: alone.reading.intent, reading: alone.reading, words: [] });
      }
      return engine.answerRead(alone);
    }
    if (found.references.length === 0 && !found.elliptical && !found.bare) return engine.answer(q, options);
    const own = reader.read(found.rest, options.lang, { written });
    if (own.kind === 'refusal' && REFUSED_ANYWAY.has(own.refusal.kind)) return engine.answerRead(own);
    const prior = resolve(kb, context);
    let given = givenFor(own.reading, found, prior, kb.talks, written);
    let result = reader.read(found.rest, options.lang, given);
    // A person the context gives who was not at the talks the question names: the question wins ("and in 2020?").
    if (isScopeRefusal(result) && given.people) {
      const { people: _dropped, ...rest } = given;
      given = rest;
      result = reader.read(found.rest, options.lang, given);
    }
    if (isScopeRefusal(result)) return engine.answerRead(own);
    // Asking nothing of its own ("and in 2020?", "what about the sea?"), it asks what the last question asked.
    let intent: Intent | null = null;
    const asksAgain = found.elliptical && !found.asks && CARRIED_INTENTS.has(prior.intent);
    if (asksAgain && (result.kind === 'reading' || result.refusal.kind === 'no-match' || result.refusal.kind === 'empty' || result.refusal.kind === 'why')) {
      intent = prior.intent;
      result = { kind: 'reading', reading: { ...result.reading, intent } };
    }
    // "How long after the phone talks was that?": the talk pointed at and the one named, together.
    const pointsBack = found.references.some((r) => r === 'thing' || r === 'talk') && prior.topics.length + prior.documents.length === 0;
    const ownTalks = own.reading.scope.talks;
    if (pointsBack && result.kind === 'reading' && ownTalks && ownTalks.length > 0 && prior.talks.some((t) => !ownTalks.includes(t))) {
      const both = kb.talks.filter((t) => ownTalks.includes(t) || prior.talks.includes(t));
      result = { kind: 'reading', reading: { ...result.reading, scope: { talks: both, mismatch: null } } };
      given = { ...given, talks: both };
    }
    const answer = engine.answerRead(result);
    const carried = carriedOver(own.reading, result.reading, given, intent);
    return carried ? { ...answer, carried } : answer;
  };
}
