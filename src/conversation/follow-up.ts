// A question in a conversation: when its words point back ("what did he sign there?", "and in 2020?", "why?"),
// or it names nothing of its own ("谁提的？", "who attended?"), or cannot be placed on its own ("in dollars?"),
// the conversation's context fills what the question leaves open, and only that: a question that names its own
// talk, person or topic keeps it. The reader reads what is left of the question with what the context gives
// (Reader.read's `given`); the answer says in one line what it took over (Answer.carried).
import { ownDoneWords } from './own-done-word.js';
import type { Engine } from '../answering/engine.js';
import type { Answer, Carried, Intent } from '../answering/types.js';
import { givesFigure } from '../answering/fact-index.js';
import { intentsWhere } from '../answering/intents/index.js';
import type { Person, Talk } from '../facts/types.js';
import { prependLines } from '../answering/result.js';
import { doerPutRight } from './doer-put-right.js';
import { otherSideAct } from './other-side-act.js';
import { messagesFor } from '../i18n/index.js';
import type { Lang } from '../languages.js';
import { asksParties, CHAT_WORDS } from '../matching/cues.js';
import { normalize } from '../matching/normalize.js';
import { thingAskedReader } from '../matching/thing-asked.js';
import type { Given } from '../matching/read.js';
import { namedCount, type NamedTopic, type ReadResult, type Reading, type Refusal } from '../matching/reading.js';
import { actYearClaimed } from './act-year.js';
import { alsoThere } from './also-there.js';
import { askedAnew } from './asked-anew.js';
import { choosesByFormat } from './format-chosen.js';
import { formatInCue } from './format-in-cue.js';
import { documentPeriod, spansYears } from './document-period.js';
import { otherDocument } from './other-document.js';
import { pickedTalk } from './picked-talk.js';
import { outcomeUnreported } from './outcome-unreported.js';
import { atRelativeTalk } from './relative-talk.js';
import { talkYearDenied, yearOfNoTalk } from './talk-year.js';
import { pointedTalkDate } from './pointed-date.js';
import { CONTEXT_KINDS, resolve, type Context, type Resolved } from './context.js';
import type { CueReader, Cues, ReAsk, Reference } from './cues.js';
import { rankedDocument } from './ranked-document.js';
import { resumedOpening } from './resumed-opening.js';
import { rankedItem } from './ranked-item.js';
import { readOnce } from './read-once.js';
import { saidWhere } from './said-where.js';
import { timeBetween } from './time-between.js';
import { refusedAsLater, toldOfTalks } from './story-time.js';
import { saidBy, whoSaidIt } from './who-said.js';
import { leadsNo, leadsYes, leadsYesOrNo } from './leads.js';
import { whoDid } from './who-did.js';
import { asksOwnAct } from './own-act.js';
import { asksNames } from './names-asked.js';
import { personInPlace } from './wrong-person.js';
import { signersAsked } from './signers-asked.js';
import { signedInstead } from './signed-instead.js';
import { partnerAsked } from './partner-asked.js';
import { subjectOfThings } from './subject-of-things.js';
import { statesNothing, withoutNotSo } from './unstated-premise.js';
import { wordless } from './wordless.js';
import { pastTheLatest } from './past-the-latest.js';
import { namedNo } from './named-no.js';
import { withOtherPerson } from './other-person.js';
import { elseAtTalk } from './else-at-talk.js';

/** Refusals the question earns by itself, context or not: out of scope, things the articles lack, talks that do not exist. */
const REFUSED_ANYWAY = new Set<Refusal['kind']>(['unsupported', 'absent', 'scope', 'period', 'undefined-term', 'no-such-document', 'no-number', 'feeling']);

/**
 * Refusals a question read whole earns for what it asks, whatever its pronouns stand for: out of scope (an
 * opinion, the present, a poem) or outside the talks' time. ("Absent" words read whole may be its cue words.)
 */
const OUT_OF_SCOPE = new Set<Refusal['kind']>(['unsupported', 'period']);

/** Refusals of a question that could not be placed on its own: the conversation may place it ("in dollars?"). */
const UNPLACED = new Set<Refusal['kind']>(['no-match', 'empty', 'why', 'unanchored']);

/** References that point at a talk by its rank among the talks ("the first one", "the other", "earlier"). */
const RANKING_REFERENCES: ReadonlySet<Reference> = new Set(['first', 'last', 'other', 'earlier', 'later']);

/** Intents about the talks as an event (when, who, how held): a year claimed after one is the talk's. */
const ABOUT_EVENT = intentsWhere((d) => d.aboutTheEvent);

/** Intents an elliptical follow-up may take over ("and in 2020?" asks again what the last question asked). */
const CARRIED_INTENTS = intentsWhere((d) => d.followUp.asksAgain);

/** How a question asking whether it was the same at another talk may read on its own: of the people, not of a subject. */
const SAMENESS_INTENTS = intentsWhere((d) => d.followUp.sameAtAnotherTalk);

/** Intents that ask who held a place at the talks, or how or when they were held: no subject needed. */
const PLACES = intentsWhere((d) => d.followUp.needsNoSubject);
/** Asked of a talk as a whole (who took part, how it was held): a subject named only picks the talk. */
const TALK_LEVEL = intentsWhere((d) => d.evidence?.topicPicksTalk === true);

/** Intents whose answer is about people rather than things: "they" after them means those people. */
const ABOUT_PEOPLE = intentsWhere((d) => d.aboutPeople);

/** References that name talks ("there", "the other one", "both of them", "two years earlier"). */
const TALK_REFERENCES = new Set<Reference>(['talk', 'other', 'first', 'last', 'both', 'earlier', 'later']);

export interface AskOptions {
  /** Answer in this language whatever the question's. */
  readonly lang?: Lang;
}

/** Answers `question` in a conversation whose context is `context` (null: none, the question stands alone). */
export type FollowUp = (question: string, context: Context | null, options?: AskOptions) => Answer;

const ids = (items: readonly { readonly id: string }[]) => items.map((i) => i.id);
const topicsOf = (reading: Reading) => new Set(reading.topics.map((t) => t.topic));
/** The conversation's topics, given to the reader as if the question had named them. */
const namedTopics = (prior: Resolved): NamedTopic[] => prior.topics.map((topic) => ({ topic, words: topic.label.toLowerCase(), lang: 'en', precise: false }));
const sameTalks = (a: readonly Talk[] | null, b: readonly Talk[] | null) => (a === null || b === null ? a === b : ids(a).join() === ids(b).join());

/** The talks a talk reference means, given the last answer's talks; null when the question makes none. */
function pointedTalks(all: readonly Talk[], refs: ReadonlySet<Reference>, prior: Resolved): readonly Talk[] | null {
  const before = (t: Talk) => all.indexOf(t);
  const earliest = Math.min(...prior.talks.map(before));
  const latest = Math.max(...prior.talks.map(before));
  if (refs.has('other')) {
    const others = all.filter((t) => !prior.talks.includes(t));
    return prior.talks.length > 0 && others.length > 0 ? others : null;
  }
  if (refs.has('both')) return prior.talks.length > 1 ? prior.talks : all;
  if (refs.has('earlier') && prior.talks.length > 0) return earliest > 0 ? all.slice(earliest - 1, earliest) : null;
  if (refs.has('later') && prior.talks.length > 0) return latest < all.length - 1 ? all.slice(latest + 1, latest + 2) : null;
  const among = prior.talks.length > 1 ? prior.talks : all;
  if (refs.has('first')) return among.slice(0, 1);
  if (refs.has('last')) return among.slice(-1);
  return prior.talks.length > 0 ? prior.talks : null;
}

/** How a question stands to the conversation. */
interface Reach {
  readonly refs: ReadonlySet<Reference>;
  /** An elliptical, bare or subjectless question: it stands for everything the last answer was about. */
  readonly wide: boolean;
  /** Its own subject, asked alone, is found in the last answer's talks (so those talks still frame it). */
  readonly subjectThere: boolean;
  /** It asks who: the people are what it asks for, not what it is about. */
  readonly asksWho: boolean;
  /** It asks nothing of its own, so it asks again what the last question asked ("and in 2020?"). */
  readonly again: boolean;
  /** It asks beyond what the last answer gave ("what else…?"). */
  readonly beyond: boolean;
  /** Its own subject, asked alone, is found in other talks too (so the conversation's talks narrow it). */
  readonly spills: boolean;
}

/** Whether a question names its own subject: a topic, a document, or a noun that picks statements out. */
function namesSubject(engine: Engine, own: Reading): boolean {
  const distinctive = engine.reader.vocabulary.distinctive;
  const noun = (lemma: string) => distinctive.has(lemma) && !engine.lexicon.isGeneral(lemma);
  // Words nothing covers that the reader let pass ("đáp lại") are not what the question is about: a question
  // about something the articles lack is refused before any context is used.
  return own.topics.length + own.documents.length > 0 || own.concepts.some((c) => !c.asking && c.weight >= 0.85 && noun(c.lemma));
}

/** Whether a reading asks about words of the articles of its own, beyond its question words and general verbs. */
function asksOwnWords(engine: Engine, r: Reading): boolean {
  return r.topics.length + r.documents.length > 0 || r.concepts.some((c) => !c.asking && c.weight >= 0.85 && !engine.lexicon.isGeneral(c.lemma));
}

/** The lemma of signing, as the reader gives it in every language ("ký", "签"). */
const SIGN = 'sign';

/** The lemma of the talk noun a talk reference is written as ("that one" as "the talks"), in every language. */
const TALK = 'talk';

/** Whether a document signed at any talk is on the subject the last answer was about. */
function signedOnSubject(all: readonly Talk[], prior: Resolved): boolean {
  return all.some((t) => t.agreements.some((a) => a.kind === 'signed' && a.topics.some((topic) => prior.topics.includes(topic))));
}

/**
 * What the context gives for what the question (its reading without the cue words) leaves open, with each
 * person a "he" may mean, likeliest first.
 */
function givenFor(engine: Engine, own: Reading, reach: Reach, prior: Resolved, written: Lang): { given: Given; persons: readonly Person[] } {
  const { refs, wide } = reach;
  const all = engine.kb.talks;
  const peopleOpen = own.people.length === 0 && own.sides.length === 0;
  const subjectOpen = !namesSubject(engine, own);
  // "They" after an answer about things (supplies, documents) means those things. So after a question about people
  // that named none ("how many people died in those floods?"): with no people to stand for, "them" is the floods.
  const aboutThings = prior.topics.length + prior.documents.length > 0 && (!ABOUT_PEOPLE.has(prior.intent) || prior.people.length === 0);
  const pluralPeople = refs.has('plural') && !aboutThings;
  const pluralThings = refs.has('plural') && aboutThings;
  // The talks: those a reference names; else the last answer's, while the question is still on its subject
  // or its own subject came up there too ("and the Chinese side?" stays in those talks; "and international law?" goes where it was said).
  const pointsAtTalks = [...refs].some((r) => TALK_REFERENCES.has(r));
  // "Did he say he wanted to keep expanding it?": "it" is the conversation's subject, said at its talks; they frame it.
  const pointsAtSubject = refs.has('thing') && prior.topics.length + prior.documents.length > 0;
  const talks = pointsAtTalks || subjectOpen || pointsAtSubject || (reach.subjectThere && (wide || reach.spills)) ? pointedTalks(all, refs, prior) : null;
  // What the context gives must fit the talks the question names itself ("and in 2020?" after the 2022
  // signings), or those it points at ("and in the later one?").
  const frame = own.scope.talks ?? (pointsAtTalks ? talks : null);
  const fits = <T>(items: readonly T[], at: (t: Talk) => readonly T[]): readonly T[] => (frame ? items.filter((i) => frame.some((t) => at(t).includes(i))) : items);
  const present = fits(prior.people, (t) => t.participants.map((p) => p.person));
  const documents = fits(prior.documents, (t) => t.agreements);
  // The people the last answer was about, as a group: not when some of them were not at the talks named.
  // "Vietnam's rep in 2022 was Quan, yes?", then "sorry, I meant the 2020 one": a yes/no asked again of another talk
  // checks those of its people who were there.
  const checkedAgain = reach.again && prior.asked?.yesNo === true && present.length > 0;
  // "Did they talk about vaccines then?" of both sides of the 2020 call, then "and in 2022?": people who are everyone
  // of one talk are that talk as a whole; at another talk, that talk as a whole, not those of them who were there too.
  const everyoneOf = all.filter((t) => t.participants.length === prior.people.length && t.participants.every((x) => prior.people.includes(x.person)));
  const elsewhere = frame !== null && everyoneOf.length > 0 && everyoneOf.every((t) => !frame.includes(t));
  const group = elsewhere ? [] : present.length === prior.people.length || checkedAgain ? present : [];
  // "What did they sign that day?", "hôm đó hai bên ký những gì?" after words on a subject: signing asked of the talk
  // pointed at, with nothing of its own nor "it", is everything signed there, not what was signed on that subject
  // nor by the people the last answer was about.
  // So is signing asked in words of its own after a subject nothing was signed on ("hai bên ký những văn bản gì?" after
  // the medical supplies): the documents of the talks, not none on that subject. Not "which documents are they?",
  // whose "they" are the things the last answer named.
  const signingAsked = own.aspects.commitment === 'signed' && own.concepts.some((c) => c.lemma === SIGN) && !pluralThings;
  const signedThere = own.intent === 'agreements' && !own.aspects.yesNo && !refs.has('thing') && (pointsAtTalks || (signingAsked && !signedOnSubject(all, prior)));
  let people: readonly Person[] | undefined;
  let persons: readonly Person[] = [];
  // "He": the person the last answer was about first, even where he was not ("was he on the 2020 call?": No).
  // Not one the question names itself: "when did he talk with Song Tao?" means someone other than Song Tao.
  if (refs.has('person') && own.sides.length === 0) persons = prior.people.filter((p) => !own.people.includes(p));
  else if (peopleOpen) {
    if ((refs.has('people') || pluralPeople) && group.length > 1) people = group;
    // A question asking who ("and international law, who brought that up?") asks for the people, not about them.
    // Nor one naming the parties as a whole ("what else did both sides cover?"): they are not the last answer's people.
    else if (wide && group.length > 0 && !reach.asksWho && !signedThere && !asksParties(own.said.words)) people = group;
    // "他们分别是什么职务？" then "那2022年呢？": who the people of the talks named were, when those of the last
    // answer were not all there.
    else if (reach.again && prior.intent === 'person' && frame && group.length === 0 && prior.people.length > 0) {
      people = [...new Set(frame.flatMap((t) => t.participants.map((p) => p.person)))];
    }
  }
  // "What else…?", "what other document…?": beyond the last answer's subject, so not about it.
  // "Who was the Vietnamese official then?" after words on a subject: a side's holder asked, with no deed of its own nor
  // "that" pointing at the subject, is who held that side's place at the conversation's talks, not who spoke on it.
  // "那2020年那次越方负责人是谁？": the talk noun a talk reference is written as ("那次" as "会谈") is no deed of its own.
  const ownWords = [...refs].some((r) => TALK_REFERENCES.has(r)) ? { ...own, concepts: own.concepts.filter((c) => c.lemma !== TALK) } : own;
  const holdersAsked = own.intent === 'who' && own.sidesNamed.length > 0 && !refs.has('thing') && !pluralThings && !asksBeyondWho(engine, ownWords);
  // "Did they sign anything in 2020?" after the worth of the medical supplies: signing asked in words of its own, with
  // no "it", of a subject nothing was signed on (no documents in the conversation) asks what was signed, as it does
  // alone; "they" are the signers, and the subject is no restriction ("no document signed about the supplies").
  const signsOwn = own.intent === 'agreements' && own.aspects.commitment === 'signed' && own.concepts.some((c) => c.lemma === SIGN) && !refs.has('thing') && prior.documents.length === 0 && !signedOnSubject(all, prior);
  const subject = subjectOpen && !reach.beyond && !holdersAsked && !signedThere && !signsOwn && (refs.has('thing') || pluralThings || wide);
  const topics = subject ? namedTopics(prior) : [];
  const given: Given = {
    written,
    ...(people ? { people } : {}),
    ...(topics.length > 0 ? { topics } : {}),
    ...(subject && documents.length > 0 ? { documents } : {}),
    ...(talks ? { talks } : {}),
  };
  return { given, persons };
}

interface Attempt {
  readonly result: ReadResult;
  readonly given: Given;
  /** The intent taken over from the last question, if any. */
  readonly intent: Intent | null;
  /** Read as "what did he say" rather than "who is he". */
  readonly repaired: boolean;
}

const isScopeRefusal = (r: ReadResult) => r.kind === 'refusal' && r.refusal.kind === 'scope';

/**
 * "是打电话吗？", "có phải qua điện thoại không?": a yes/no of how talks were held that names only a format, its subject
 * dropped as Chinese and Vietnamese do, asks it of the conversation's talks (as "was it by phone?" does), not of the
 * talks held that way.
 */
function formatOnly(r: Reading): boolean {
  return r.aspects.yesNo && r.intent === 'format' && r.formatTalks.length > 0 && namedCount(r, { formats: false }) + r.unmatched.length === 0;
}

/**
 * "是打电话还是视频？", "phone or video?": a question naming only formats that between them name every talk offers them
 * as choices; asked of no talk of its own, it asks how the conversation's talks were held.
 */
function formatsOffered(r: Reading, talks: number): boolean {
  return talks > 1 && r.formatTalks.length === talks && namedCount(r, { formats: false }) + r.unmatched.length === 0;
}

/** Whether a reading names nothing of its own: no one, no topic, no document, no talk, no word that picks statements out. */
function namesNothing(engine: Engine, r: Reading): boolean {
  const distinctive = engine.reader.vocabulary.distinctive;
  return (
    namedCount(r) + r.unmatched.length === 0 &&
    r.scope.talks === null &&
    !r.concepts.some((c) => !c.asking && c.weight >= 0.85 && distinctive.has(c.lemma))
  );
}

/**
 * The question asks what a person did or said rather than who he is: it hopes, asks why or whether, or uses a
 * verb ("what did he give Vietnam?", "how did he want them resolved?"); "what department does he run?" does not.
 */
function asksBeyondWho(engine: Engine, own: Reading): boolean {
  const a = own.aspects;
  // A general word the articles lack counts too ("what did they eat?"): it asks what they did, not who they are.
  const verb = own.concepts.some((c) => !c.asking && engine.lexicon.isGeneral(c.lemma)) || (own.uncovered ?? []).length > 0;
  return verb || a.hoped || a.why || a.yesNo || a.amount || a.count || a.mentioned || a.commitment !== null || own.topics.length > 0;
}

/**
 * "What is that goal exactly?": a noun a "that" determines, named in full from the last answer's topics and
 * documents ("first centenary goal"), so the reader reads what the asker means; the text unchanged otherwise.
 */
function namedInFull(found: Cues, prior: Resolved, lang: Lang, fold: (t: string) => string): string {
  let rest = found.rest;
  const phrases = [
    ...prior.topics.flatMap((t) => [...t.mentionedOnlyTerms[lang], ...t.terms[lang]]),
    ...prior.documents.flatMap((a) => a.terms[lang]),
  ].sort((a, b) => b.length - a.length);
  for (const noun of found.determined) {
    const n = fold(noun);
    const words = (p: string) => fold(p).split(' ');
    const full = phrases.find((p) => (lang === 'zh' ? fold(p).includes(n) && fold(p) !== n : words(p).length > 1 && words(p).includes(n)));
    const at = full ? rest.indexOf(noun) : -1;
    if (!full || at < 0) continue;
    let end = at + noun.length;
    // "that centenary goal": the words of the full name the question already writes after its noun are not written
    // twice ("first centenary goal goal" would ask of a second goal).
    if (lang !== 'zh') {
      const all = words(full);
      for (const w of all.slice(all.indexOf(n) + 1)) {
        const next = /^\s+([\p{L}\p{N}'-]+)/u.exec(rest.slice(end));
        if (!next?.[1] || fold(next[1]) !== w) break;
        end += next[0].length;
      }
    }
    rest = `${rest.slice(0, at)}${full}${rest.slice(end)}`;
  }
  return rest;
}

/** The question with a person's name where the word standing for him is; null when it has none. */
function byName(found: Cues, person: Person | undefined, lang: Lang): string | null {
  if (!found.person || !person) return null;
  const name = person.names[lang];
  return `${found.person.before}${found.person.possessive ? `${name}'s` : name}${found.person.after}`;
}

/**
 * The people an answer took over from the conversation come first in what it is about: "who was China's guy in
 * 2022?", "and in 2020?" (both sides' people answered, about Song Tao), then "was he…?" is still Song Tao. Only
 * those its lines name: "and on the chinese end?" after Quan answers Song Tao alone, who is then "he". And a "who"
 * asked of "him" ("and who was he talking to?") is about the people it asks for, so they come first.
 */
function carriedFirst(answer: Answer, asksWhoOfHim: boolean, people: (id: string) => Person | undefined): Answer {
  const { about, carried } = answer;
  if (!about || !carried || carried.people.length === 0) return answer;
  const text = answer.lines.map((l) => l.text).join('\n');
  const named = (id: string) => {
    const p = people(id);
    return p !== undefined && (text.includes(p.names[answer.lang]) || text.includes(p.name));
  };
  const kept = new Set(carried.people);
  const asked = asksWhoOfHim && answer.intent === 'who';
  const first = (id: string) => (asked ? !kept.has(id) && named(id) : kept.has(id) && named(id));
  const ordered = [...about.people.filter(first), ...about.people.filter((p) => !first(p))];
  return { ...answer, about: { ...about, people: ordered } };
}

/**
 * "Who spoke for Vietnam in 2020?", then "and who was on the other end of the line?": a "who" follow-up that took no
 * one over from the conversation asks for people it did not know yet; those its answer names beyond the
 * conversation's people come first, so "was he in the 2022 talks as well?" is then the one just learned of.
 */
function newcomersFirst(answer: Answer, known: readonly string[]): Answer {
  const { about, carried } = answer;
  if (!about || !answer.answered || answer.intent !== 'who' || answer.asked?.yesNo === true || known.length === 0) return answer;
  if ((carried?.people.length ?? 0) > 0) return answer;
  const isNew = (id: string) => !known.includes(id);
  if (!about.people.some(isNew) || about.people.every(isNew)) return answer;
  return { ...answer, about: { ...about, people: [...about.people.filter(isNew), ...about.people.filter((p) => !isNew(p))] } };
}

/** A read result with other aspects, refused or not. */
function withAspects(result: ReadResult, aspects: Reading['aspects']): ReadResult {
  const reading = { ...result.reading, aspects };
  return result.kind === 'reading' ? { kind: 'reading', reading } : { ...result, reading };
}

/** The question with a name of the first document the last answer was about where "it" stands, longest first. */
function byDocument(found: Cues, prior: Resolved, lang: Lang): readonly string[] {
  const [document] = prior.documents;
  const thing = found.thing;
  if (!thing || !document) return [];
  const names = [...document.terms[lang]].sort((a, b) => b.length - a.length);
  return names.map((name) => `${thing.before}${lang === 'en' ? `the ${name}` : name}${thing.after}`);
}

/**
 * The question with a name of the conversation's one subject where "it" stands ("did it hit vietnam?" after the floods:
 * "did the floods hit vietnam?"), in the order the data gives its names; none when it has a document or several subjects.
 */
function bySubject(found: Cues, prior: Resolved, lang: Lang): readonly string[] {
  const [topic, ...more] = prior.topics;
  const thing = found.thing;
  if (!thing || !topic || more.length > 0 || prior.documents.length > 0) return [];
  return [...new Set(topic.terms[lang])].map((name) => `${thing.before}${lang === 'en' ? `the ${name}` : name}${thing.after}`);
}

/**
 * Whether a message asks nothing: no word or number at all (")))", "???", an emoji), or only words of chat, not
 * asked ("thanks", "ok cool"; "ok?" asks again).
 */
function asksNothing(q: string, tokens: (text: string) => readonly { readonly text: string }[]): boolean {
  if (!/[\p{L}\p{N}]/u.test(q)) return true;
  const words = tokens(q);
  return !/[?？]/u.test(q) && words.length > 0 && words.every((t) => CHAT_WORDS.has(t.text));
}

/** `reAsk`: how a question is asked again in other words, per language (data/lexicon/conversation.json). */
export function createFollowUp(engine: Engine, cues: CueReader, reAsk: Readonly<Record<Lang, ReAsk>>): FollowUp {
  const { kb } = engine;
  const once = readOnce(engine.reader);
  const reader = once.reader;
  const thingAsked = thingAskedReader(engine.lexicon);

  /** The refusal of a question for words of its own that nothing in the articles covers. */
  const lacking = (own: ReadResult, things: readonly string[]): Answer =>
    engine.answerRead({ kind: 'refusal', refusal: { kind: 'absent', things }, intent: own.reading.intent, reading: own.reading, words: [] });

  /** What the answer took over: what its reading has that the question's own reading has not. */
  const carriedOver = (own: Reading, final: Reading, given: Given, intent: Intent | null): Carried | null => {
    const ownPeople = new Set(own.people);
    const ownTopics = topicsOf(own);
    const ownDocuments = new Set(own.documents);
    const people = final.people.filter((p) => !ownPeople.has(p));
    const topics = [...topicsOf(final)].filter((t) => !ownTopics.has(t));
    const documents = final.documents.filter((d) => !ownDocuments.has(d));
    const givenTalks = new Set(given.talks ?? []);
    const scoped = final.scope.talks;
    const talksCarried = scoped !== null && scoped.length > 0 && scoped.every((t) => givenTalks.has(t)) && !sameTalks(own.scope.talks, scoped);
    let talks = talksCarried || (intent !== null && scoped) ? (scoped ?? []) : [];
    if (people.length + topics.length + documents.length + talks.length === 0) {
      if (intent === null) return null;
      // Only the question was taken over: the note says which talks the answer covers.
      talks = scoped ?? kb.talks;
    }
    const note = messagesFor(final.lang).carriedOver({ people, topics, documents, talks });
    return { intent, note, talks: ids(talks), people: ids(people), organisations: [], topics: ids(topics), documents: ids(documents) };
  };

  /** Reads what is left of the question with `given`, and answers it; null when the context does not fit it. */
  const attempt = (found: Cues, own: ReadResult, given: Given, prior: Resolved, options: AskOptions): Attempt | null => {
    let result = reader.read(found.rest, options.lang, given);
    // A person the context gives who was not at the talks the question names: the question wins ("and in 2020?").
    if (isScopeRefusal(result) && given.people) {
      const { people: _dropped, ...rest } = given;
      given = rest;
      result = reader.read(found.rest, options.lang, given);
    }
    // So does a talk a relative time points at ("two years earlier"): asked there, not at his own (relative-talk.ts).
    result = atRelativeTalk(result, found.references, given.talks);
    if (isScopeRefusal(result)) return null;
    // A statement asked back (`confirms`) stays a yes/no once the context fills it.
    if (own.kind === 'reading' && own.reading.aspects.yesNo && result.kind === 'reading' && !result.reading.aspects.yesNo) result = withAspects(result, { ...result.reading.aspects, yesNo: true });
    // "Was he at both of them?": a yes/no asks it of each talk, as "both talks" typed in full would.
    if (found.references.includes('both') && result.kind === 'reading' && result.reading.aspects.yesNo && found.restBoth !== found.rest) {
      const each = reader.read(found.restBoth, options.lang, given);
      // Still the yes/no it was ("and song tao was in both?" stated back).
      if (each.kind === 'reading') result = each.reading.aspects.yesNo ? each : withAspects(each, { ...each.reading.aspects, yesNo: true });
    }
    // Asking nothing of its own ("and in 2020?", "what about the sea?"), it asks what the last question asked.
    let intent: Intent | null = null;
    // So does a fragment with no question word ("the other talk?", "in dollars?").
    // Not a fragment asking sameness of its own ("the chinese side, same guy both times?"): that compares, yes or no.
    const comparesOwn = found.same && result.kind === 'reading' && result.reading.intent === 'compare' && result.reading.aspects.yesNo;
    // "那海上呢？", "and the sea?" after who took part: a subject named of a talk the conversation already holds picks no
    // talk (as it does in "who was on the call about the floods?"); what was said on it is asked, not who took part again.
    const subjectOnly = own.reading.topics.length + own.reading.documents.length > 0 && own.reading.scope.talks === null && !found.namesTalks && prior.talks.length > 0;
    // "2020年那次也是视频会议吧", "and the 2020 one was by video too?": a format claimed of its own, yes or no, is its own
    // question (how that talk was held), not the last question asked again of that talk.
    const claimsFormat = own.reading.intent === 'format' && own.reading.aspects.yesNo && own.reading.formatTalks.length > 0;
    const asksAgain = !found.asks && !comparesOwn && !claimsFormat && CARRIED_INTENTS.has(prior.intent) && !(subjectOnly && TALK_LEVEL.has(prior.intent));
    if (asksAgain && (result.kind === 'reading' || UNPLACED.has(result.refusal.kind))) {
      intent = prior.intent;
      // "Was ASEAN mentioned in 2020?" then "what about the later one?": yes or no again, of the talk it names.
      const own = result.reading.aspects;
      // "Were the 2022 talks in person?" then "and the 2020 ones?": in person again, of the talk it names.
      const aspects = prior.asked
        ? {
            ...own,
            yesNo: own.yesNo || prior.asked.yesNo,
            hoped: own.hoped || prior.asked.hoped,
            inPerson: own.inPerson || prior.asked.inPerson === true,
            // "What did they sign in 2022?" then "and in 2020?": what was signed there again, not what was agreed.
            commitment: own.commitment ?? prior.asked.commitment ?? null,
            // "Did they talk about vaccines then?", then "and in 2022?": whether it came up there too, not whether it was done.
            // Not one with a verb of its own ("so china agreed to recognise them?").
            mentioned: own.mentioned || (prior.asked.mentioned === true && own.commitment === null && !own.hoped),
          }
        : own;
      // "Were the 2022 talks on the phone?" then "and the 2020 ones?": the format asked again, of the talk it names.
      const priorFormats = kb.talks.filter((t) => prior.asked?.formats?.includes(t.id) === true);
      const formatTalks = result.reading.formatTalks.length === 0 && aspects.yesNo ? priorFormats : result.reading.formatTalks;
      result = { kind: 'reading', reading: { ...result.reading, intent, aspects, formatTalks } };
    }
    // "What was he hoping for?": a person asked about something is asked what he said on it, not who he is.
    const reading = result.reading;
    // Not a yes/no of whether he took part in the talks it names, which his own answer settles ("was he also in the
    // 2022 talks?"); one naming a side or body checks his roles, not what he did.
    const presence = (r: Reading) => r.aspects.yesNo && r.scope.talks !== null && r.sidesNamed.length + r.organisations.length + r.topics.length + r.documents.length === 0;
    const settled = (r: ReadResult) => presence(r.reading) && leadsYesOrNo(engine.answerRead(r));
    const repaired = result.kind === 'reading' && reading.intent === 'person' && intent === null && asksBeyondWho(engine, own.reading) && !settled(result);
    if (repaired) result = { kind: 'reading', reading: { ...reading, intent: reading.topics.length > 0 ? 'topic' : 'search' } };
    // "How long after the phone talks was that?": the talk pointed at and the one named, together.
    const ownTalks = own.reading.scope.talks;
    const relates = result.kind === 'reading' && (result.reading.intent === 'when' || result.reading.intent === 'compare');
    // "That" is then an event, dated by its talk: the dates of both talks, not what was signed.
    // "2022年那次呢？", "and the 2022 one?": an ellipsis naming its own talk asks the same of that talk instead.
    const pointsBack = found.references.some((r) => r === 'thing' || (r === 'talk' && !found.elliptical));
    if (relates && pointsBack && ownTalks && ownTalks.length > 0 && prior.talks.some((t) => !ownTalks.includes(t))) {
      const both = kb.talks.filter((t) => ownTalks.includes(t) || prior.talks.includes(t));
      const r = result.reading;
      result = { kind: 'reading', reading: { ...r, scope: { talks: both, mismatch: null }, topics: own.reading.topics, documents: own.reading.documents } };
      const { topics: _t, documents: _d, ...rest } = given;
      given = { ...rest, talks: both };
    }
    return { result, given, intent, repaired };
  };

  /** The answer, and whether it is only a fallback (who the person is, when nothing he said ranks). */
  const answerWith = (own: ReadResult, tried: Attempt): { answer: Answer; fallback: boolean } => {
    let answer = engine.answerRead(tried.result);
    let fallback = false;
    // "Wht else did Song Tao tell VN then?": asked what else he did, with no subject of its own, at one talk, and no
    // words of his rank for it: the rest of what he said there answers, not who he is ("what was his job then?" is).
    const reading = tried.result.reading;
    const saidThere = tried.repaired && !answer.answered && reading.aspects.besides === true && reading.topics.length + reading.documents.length === 0 && reading.people.length > 0 && reading.scope.talks !== null && !reading.aspects.yesNo;
    if (saidThere && (own.reading.uncovered ?? []).length === 0 && own.reading.unmatched.length === 0) {
      const said = engine.answerRead({ kind: 'reading', reading: { ...reading, intent: 'topic' } });
      if (said.answered) answer = said;
    }
    // Nothing ranks for what the person was asked about: who he is, as the question read. Not when what he was asked
    // to have done is a general word nothing in the articles covers ("what did they eat?"): nothing he did of that kind
    // is reported, and who he is answers nothing of it.
    // Nor when it asks of a thing nothing in the articles names ("did they give masks too?"), nor for a thing by name
    // that who he is does not give ("what specific incidents was he referring to?").
    if (!answer.answered && tried.repaired && (own.reading.uncovered ?? []).length === 0 && own.reading.unmatched.length === 0 && thingAsked(own.reading.said.words, own.reading.lang) === null) {
      answer = engine.answerRead({ kind: 'reading', reading: { ...tried.result.reading, intent: 'person' } });
      fallback = true;
    }
    // Asked again of another talk ("and in 2020?"), it stated no premise for the answer to put right (unstated-premise.ts).
    if (tried.intent !== null && statesNothing(own.reading)) answer = withoutNotSo(answer);
    const carried = carriedOver(own.reading, tried.result.reading, tried.given, tried.intent);
    return { answer: carried ? { ...answer, carried } : answer, fallback };
  };

  /**
   * A refusal in a conversation is still about the conversation's talks and people where it names none of its
   * own ("what exactly is that goal?" refused): the next follow-up's "he" and "that call" keep pointing there.
   */
  const keepingContext = (answer: Answer, context: Context): Answer => {
    const about = answer.about;
    // One that names nothing leaves the conversation's context as it was (contextOf gives null).
    if (answer.answered || !about || CONTEXT_KINDS.every((k) => about[k].length === 0)) return answer;
    return {
      ...answer,
      about: { ...about, talks: about.talks.length > 0 ? about.talks : context.talks, people: about.people.length > 0 ? about.people : context.people },
    };
  };

  /**
   * "What did both sides say had kept economic ties growing?" in a conversation about the 2022 talks, "中方怎么回应的？"
   * in one about the 2020 floods: a question that names its own subject but no talk, whose answer alone reaches
   * beyond the conversation's talks, is asked about the conversation's talks first (as "there" would say). Null
   * when nothing answers it there: then it goes where its subject was said.
   */
  const withinPrior = (rest: string, written: Lang, own: ReadResult, alone: Answer, prior: Resolved, options: AskOptions): Answer | null => {
    const cites = (a: Answer, t: Talk) => a.citations.some((c) => c.talk === t.id);
    if (!alone.answered || kb.talks.every((t) => !cites(alone, t) || prior.talks.includes(t))) return null;
    const given: Given = { written, talks: prior.talks };
    const result = reader.read(rest, options.lang, given);
    if (result.kind !== 'reading') return null;
    const answer = engine.answerRead(result);
    if (!answer.answered) return null;
    const carried = carriedOver(own.reading, result.reading, given, null);
    return carried ? { ...answer, carried } : answer;
  };

  /**
   * "What post did Song Tao hold in 2020?", then "same title in 2022?": the post he held at the talk named, led by the
   * Yes or No that his posts at both talks set side by side give ("same guy as in 2020?": his place at both, each
   * cited). Null when that comparison gives none.
   */
  const ownPostAgain = (people: readonly Person[], reading: Reading, scope: Reading['scope'], aspects: Reading['aspects'], ownTalks: readonly Talk[], postNamed: boolean): Answer | null => {
    const compared = engine.answerRead({ kind: 'reading', reading: { ...reading, intent: 'compare', people, scope, aspects } });
    const lead = compared.lines[0];
    if (!compared.answered || !lead || lead.cites.length > 0 || !leadsYesOrNo(compared)) return null;
    // "Same job in 2022?" asks his job there; "same guy as in 2020?" whether the one of both talks is one person: his
    // place at each talk, each cited, is what the Yes or No rests on.
    const there: Reading = { ...reading, intent: 'person', people, scope: postNamed ? { talks: ownTalks, mismatch: null } : scope, aspects: { ...aspects, yesNo: false } };
    const held = engine.answerRead({ kind: 'reading', reading: there });
    if (!held.answered) return null;
    const carried = carriedOver(reading, there, { talks: ownTalks, people }, null);
    // The conversation goes on at the talk asked ("which official did he speak with that time?" means 2020's).
    const prepended = prependLines(held, [lead.text]);
    const answer = prepended.about ? { ...prepended, about: { ...prepended.about, talks: ids(ownTalks) } } : prepended;
    return carried ? { ...answer, carried } : answer;
  };

  /**
   * "Same guy as in 2020?", "did the 2020 guy have the same role?", "is that the same post Quan had in 2020?" in a
   * conversation about the 2022 talks: a question asking whether something was the same at another talk, naming no
   * subject of its own, sets the conversation's people against those of the talk it names, yes or no, at both talks.
   * A post asked compares the posts of the people on the conversation's people's side at each talk ("Yes, in the same
   * body"); otherwise it asks whether that side sent the same people. Null when the question is not one.
   */
  /**
   * An English statement asked back with a question mark: a verb in a form of its own ("went", "kept", "signed"), not a
   * fragment of nouns ("and the chinese side?", "in dollars?"). Only English: Vietnamese and Chinese mark yes or no.
   */
  const statedBack = (q: string, found: Cues, written: Lang): boolean => {
    if (written !== 'en' || !/\?\s*$/.test(q)) return false;
    const words = found.rest.toLowerCase().match(/[a-z]+/g) ?? [];
    return words.some((w) => !w.endsWith('s') && engine.lexicon.lemma(w) !== w && engine.lexicon.isGeneral(engine.lexicon.lemma(w)));
  };

  const againstOtherTalk = (found: Cues, own: ReadResult, prior: Resolved): Answer | null => {
    // "Same guy both times?": asking of the holders and naming no talk, "both" sets every talk against every other, the
    // conversation's among them. (Not sameness of anything else: "hai lần đó hình thức có giống nhau không?".)
    const bothAsked = found.references.includes('both') && own.reading.scope.talks === null && own.reading.aspects.holders;
    // "Was he heading the same commission as the first guy?": a talk pointed at by its rank ("the first guy" is the one
    // at the first talk) is the talk named, when the question names none of its own.
    const ranked = found.references.filter((x) => RANKING_REFERENCES.has(x));
    const rankedTalks = ranked.length > 0 && own.reading.scope.talks === null ? pointedTalks(kb.talks, new Set(ranked), prior) : null;
    // "Same job both times?" of him: a post asked of every talk, which may not read at all without its cue words.
    const bothPost = found.references.includes('both') && found.post && own.reading.scope.talks === null;
    const ownTalks = own.reading.scope.talks ?? (bothAsked || bothPost ? kb.talks : null) ?? rankedTalks;
    // A post asked so may not read at all without its cue words ("did he hold the same post as the first guy?").
    const rankedPost = (rankedTalks !== null || bothPost) && found.post && (own.kind === 'reading' || UNPLACED.has(own.refusal.kind));
    if (!found.same || !(own.kind === 'reading' || rankedPost) || !ownTalks || ownTalks.length === 0 || !(SAMENESS_INTENTS.has(own.reading.intent) || rankedPost)) return null;
    // Asked of "him" ("is he still in that job by 2022?"), of a side or of a subject, it is his, its or that one's question;
    // but "he" set against someone else named ("so he had the same job as Quan in 2020?"), or against whoever held his
    // place at a talk pointed at by its rank, compares their posts.
    const him = found.references.includes('person') ? prior.people[0] : undefined;
    const elsewhere = rankedTalks !== null && him !== undefined && !rankedTalks.some((t) => t.participants.some((x) => x.person === him));
    const against = him !== undefined && found.post && ((own.reading.people.length > 0 && !own.reading.people.includes(him)) || elsewhere);
    // Unless he was not at the talk named ("was he still the one in that role in 2022?" of Quan): then whoever held his
    // side's place there is set against him, as "the same person" asks.
    // Only with a word pointing back at him ("the same person"), not at a post ("is he still in that job by 2022?" asks
    // his): "did he also lead it in 2022?" asks his own presence.
    const absent = him !== undefined && found.references.includes('thing') && !found.post && own.reading.people.length === 0 && !ownTalks.some((t) => t.participants.some((x) => x.person === him));
    const othersSide = own.reading.sidesNamed.some((x) => !absent || x !== him?.party);
    if ((found.references.includes('person') && !against && !absent) || othersSide || namesSubject(engine, own.reading)) return null;
    // "Did it come up again in 2022?" after an answer about the sea: "it" is the conversation's subject, asked again
    // at the other talk, not its people set against that talk's.
    if (found.references.includes('thing') && !found.post && !absent && prior.topics.length + prior.documents.length > 0) return null;
    if (prior.talks.length === 0 || (!bothAsked && !bothPost && prior.talks.every((t) => ownTalks.includes(t)))) return null;
    const both = kb.talks.filter((t) => ownTalks.includes(t) || prior.talks.includes(t));
    const at = (p: Person, talks: readonly Talk[]) => talks.some((t) => t.participants.some((x) => x.person === p));
    const theirs = ((against || absent) && him ? [him] : prior.people).filter((p) => at(p, prior.talks));
    const people = [...new Set([...theirs, ...own.reading.people])];
    if (people.length === 0) return null;
    const reading = own.reading;
    const scope = { talks: both, mismatch: null };
    const aspects = { ...reading.aspects, yesNo: true };
    // The conversation's own people were there too: what they held there is asked ("same job in 2022?"), not a comparison;
    // a post asked so is still a yes or no, which their posts at both talks set side by side decide.
    // "Same in 2020?" after the post he held asks nothing of its own: the post again, as "same job in 2020?" does.
    const postAsked = found.post || (!found.asks && prior.intent === 'person');
    // Asked of both times, whether one person held the place at each is what it asks (not a post, which is his own).
    // So is "same guy in april 2022?" after who held a side's place: pointing at no one ("he") and read alone as a
    // comparison of people, it asks whether that side sent the same person there, though he was there too.
    const sameHolder = (bothAsked || (found.references.length === 0 && reading.intent === 'compare')) && !postAsked;
    if (own.reading.people.length === 0 && theirs.every((p) => at(p, ownTalks)) && !sameHolder) return postAsked ? ownPostAgain(theirs, reading, scope, aspects, ownTalks, found.post) : null;
    let asked: Reading;
    // "Same two parties in 2022?": the parties each talk was between, not the people who spoke for them.
    if (reading.people.length === 0 && reading.sidesNamed.length === 0 && asksParties(reading.said.words)) {
      asked = { ...reading, intent: 'compare', people: [], sides: [], scope, aspects };
    } else if (found.post && !absent) {
      // The holders of the same side's place at the talk named: the posts set side by side.
      const parties = new Set(people.map((p) => p.party));
      const holders = ownTalks.flatMap((t) => t.participants.filter((x) => parties.has(x.party)).map((x) => x.person));
      asked = { ...reading, intent: 'compare', people: [...new Set([...people, ...holders])], scope, aspects };
    } else {
      if (reading.people.length > 0) return null;
      // "Is that the same person who did the 2022 talks?" after an answer about both sides: one person, the first the
      // conversation is about, so only his side is set against that talk's ("the same people" sets every side).
      const plural = found.references.some((r) => r === 'plural' || r === 'people');
      const [lead] = people;
      const sides = plural || !lead ? [...new Set(people.map((p) => p.party))] : [lead.party];
      asked = { ...reading, intent: 'compare', people: [], sides, sidesNamed: sides, scope, aspects: { ...aspects, holders: true } };
    }
    const answer = engine.answerRead({ kind: 'reading', reading: asked });
    if (!answer.answered) return null;
    const carried = carriedOver(reading, asked, { talks: both, people }, null);
    return carried ? { ...answer, carried } : answer;
  };

  /**
   * "Were they for fighting floods?", "是不是用来抗洪的？", "có phải bộ y tế tặng không?" after the medical supplies: a
   * yes/no pointing at the conversation's things ("it", "they", or a copula with no subject of its own) that names a
   * subject of its own asks whether those things are so, not whether that subject came up somewhere: asked of them,
   * a detail the report gives otherwise ("COVID-19, not floods", "International Liaison Department, not health
   * ministry") is a No. Null when nothing differs there: the question is then answered as its own.
   */
  const ofConversationThings = (found: Cues, own: ReadResult, prior: Resolved, written: Lang, options: AskOptions): Answer | null => {
    const r = own.reading;
    if (own.kind !== 'reading' || !r.aspects.yesNo || prior.talks.length === 0) return null;
    const aboutThings = prior.topics.length + prior.documents.length > 0 && !ABOUT_PEOPLE.has(prior.intent);
    const refs = found.references;
    const points = refs.some((x) => x === 'thing' || x === 'plural') || (found.copula && refs.length === 0);
    // A side it names may be the things' own ("是送给越南抗洪用的吗？": given to Vietnam): the No below still decides.
    if (!aboutThings || !points || r.people.length + r.documents.length > 0 || r.scope.talks !== null) return null;
    if (r.topics.length === 0 || r.topics.every((t) => prior.topics.includes(t.topic))) return null;
    const topics = namedTopics(prior);
    // "Are they about the sea boundary?": what they are about, when none of the conversation's statements is on it.
    const notAbout = subjectOfThings(engine, r, reader.tokens(found.rest).map((t) => t.text), prior, topics);
    if (notAbout) {
      const carried = carriedOver(r, notAbout.reading, { written, talks: prior.talks, topics }, null);
      return carried ? { ...notAbout.answer, carried } : notAbout.answer;
    }
    const given: Given = { written, talks: prior.talks, ...(topics.length > 0 ? { topics } : {}), ...(prior.documents.length > 0 ? { documents: prior.documents } : {}) };
    const result = reader.read(found.rest, options.lang, given);
    if (result.kind !== 'reading') return null;
    const answer = engine.answerRead(result);
    if (!answer.answered || !leadsNo(answer) || answer.citations.some((c) => !prior.talks.some((t) => t.id === c.talk))) return null;
    const carried = carriedOver(r, result.reading, given, null);
    return carried ? { ...answer, carried } : answer;
  };

  /**
   * "How much money was it?" after Vietnam's help with the floods: a count or amount asked of the conversation's thing
   * ("it", "that") with no talk of its own, whose own words find a figure only at other talks (the medical supplies'
   * worth), asks the figure of that thing: at the conversation's talks, on its subject. A figure there answers; none is
   * the refusal that the articles give no figure, never another talk's figure. Null when its words find evidence at the
   * conversation's talks too, or the question is not one.
   */
  const figureOfThing = (found: Cues, own: ReadResult, prior: Resolved, written: Lang, options: AskOptions): Answer | null => {
    const r = own.reading;
    const points = found.references.some((x) => x === 'thing' || x === 'plural');
    if (own.kind !== 'reading' || !points || !(r.aspects.amount || r.aspects.count) || r.scope.talks !== null || prior.talks.length === 0 || prior.topics.length + prior.documents.length === 0) return null;
    const alone = engine.answerRead(own);
    if (!alone.answered || alone.citations.some((c) => prior.talks.some((t) => t.id === c.talk))) return null;
    const topics = namedTopics(prior);
    const given: Given = { written, talks: prior.talks, ...(topics.length > 0 ? { topics } : {}), ...(prior.documents.length > 0 ? { documents: prior.documents } : {}) };
    const result = reader.read(found.rest, options.lang, given);
    const answer = result.kind === 'reading' ? engine.answerRead(result) : null;
    const there = answer?.answered === true && answer.citations.every((c) => prior.talks.some((t) => t.id === c.talk));
    if (answer && there && (answer.citations.some((c) => givesFigure(c.quote)) || answer.lines.some((l) => givesFigure(l.text)))) {
      const carried = carriedOver(r, result.reading, given, null);
      return carried ? { ...answer, carried } : answer;
    }
    return engine.answerRead({ kind: 'refusal', refusal: { kind: 'no-number' }, intent: r.intent, reading: r, words: [] });
  };

  /**
   * "So Le Hoai Trung was on that call?" in a conversation about the 2020 call: a yes/no of whether people it names took
   * part, pointing at the conversation's talks with no talk of its own, is checked at those talks (No, and who was
   * there), not at the talks the people named were at. Null when the question is not one, or they were all there.
   * So with "also" ("was Quan in that call too?": he was not, whatever talk he was at), and with "that one" in a
   * conversation about the talks alone (no subject nor document in play for "that" to be). Not a post asked the same
   * ("did Quan hold the same job in that call?" compares posts).
   */
  const presentAtPointed = (found: Cues, own: ReadResult, prior: Resolved): Answer | null => {
    const r = own.reading;
    const talkThing = found.references.includes('thing') && prior.topics.length + prior.documents.length === 0;
    const pointsAtTalks = talkThing || found.references.some((x) => TALK_REFERENCES.has(x));
    if (own.kind !== 'reading' || !r.aspects.yesNo || !pointsAtTalks || found.namesTalks || (found.same && found.post) || r.people.length === 0) return null;
    if (r.intent !== 'who' && r.intent !== 'person') return null;
    if (r.sidesNamed.length + r.organisations.length + r.topics.length + r.documents.length > 0) return null;
    const talks = pointedTalks(kb.talks, new Set(found.references), prior);
    if (!talks || talks.length === 0 || sameTalks(r.scope.talks, talks)) return null;
    if (r.people.every((p) => talks.some((t) => t.participants.some((x) => x.person === p)))) return null;
    // "Was Quan in that one?" read as who he is (no talk noun left to ask presence by) asks whether he took part there.
    const asChecked = (intent: Intent): { answer: Answer; checked: Reading } => {
      const checked: Reading = { ...r, intent, scope: { talks, mismatch: null } };
      return { answer: engine.answerRead({ kind: 'reading', reading: checked }), checked };
    };
    const tried = asChecked(r.intent);
    const { answer, checked } = r.intent === 'person' && !leadsYesOrNo(tried.answer) ? asChecked('who') : tried;
    if (!answer.answered || !leadsYesOrNo(answer)) return null;
    const carried = carriedOver(r, checked, { written: r.lang, talks }, null);
    return carried ? { ...answer, carried } : answer;
  };

  /**
   * "Whose phone talks did they credit with building trust?" in a conversation about the 2022 talks: words of a format
   * ("phone talks") place a question at the talks held that way, but the conversation's talks report such talks as a
   * thing said, on the question's subject (the General Secretaries' phone talks built trust). Pointing back ("they"),
   * it asks of that, at the conversation's talks. Null when the question is not one or nothing there says so.
   */
  const formatSaidThere = (found: Cues, own: ReadResult, prior: Resolved): Answer | null => {
    const r = own.reading;
    if (own.kind !== 'reading' || found.references.length === 0 || r.intent === 'format' || r.aspects.yesNo || r.formatTalks.length === 0 || r.topics.length === 0) return null;
    const scoped = r.scope.talks;
    if (!scoped || !sameTalks(scoped, r.formatTalks) || prior.talks.length === 0 || prior.talks.some((t) => scoped.includes(t))) return null;
    const words = [...new Set(r.formatTalks.flatMap((t) => t.format.keywords))].map((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'iu'));
    const topics = topicsOf(r);
    const saysIt = (t: Talk) => t.statements.some((st) => st.topics.some((x) => topics.has(x)) && words.some((w) => w.test(st.text)));
    if (!prior.talks.some(saysIt)) return null;
    const there: Reading = { ...r, scope: { talks: prior.talks, mismatch: null }, formatTalks: [] };
    const answer = engine.answerRead({ kind: 'reading', reading: there });
    if (!answer.answered || answer.citations.some((c) => !prior.talks.some((t) => t.id === c.talk))) return null;
    const carried = carriedOver(r, there, { written: r.lang, talks: prior.talks }, null);
    return carried ? { ...answer, carried } : answer;
  };

  const inConversation = (q: string, context: Context, options: AskOptions, cued: Cues, written: Lang): Answer => {
    let found = cued;
    if (found.reset) {
      // "Unrelated, but can you recommend a VPN?": a new subject; what nothing in the articles covers is its subject.
      const alone = reader.read(q, options.lang);
      const unmatched = alone.reading.unmatched;
      if (alone.kind === 'reading' && unmatched.length > 0) {
        return engine.answerRead({ kind: 'refusal', refusal: { kind: 'absent', things: unmatched }, intent: alone.reading.intent, reading: alone.reading, words: [] });
      }
      return engine.answerRead(alone);
    }
    const prior = resolve(kb, context);
    // "And the chinese guy, what did he congratulate vietnam on": "he" resumes the opening, which names its own person
    // or side acting; not the last answer's person.
    const resumed = resumedOpening(found, (text) => reader.read(text, options.lang, { written }));
    if (resumed) found = resumed;
    if (found.determined.length > 0) found = { ...found, rest: namedInFull(found, prior, written, normalize) };
    // "And what did they hope to do next?": a word of later time told of the conversation's talks is their own time.
    const cueTalks = pointedTalks(kb.talks, new Set(found.references), prior);
    const plain = reader.read(found.rest, options.lang, { written });
    const storied = toldOfTalks(reader, found.rest, plain, cueTalks ?? prior.talks, written, found.references.some((x) => TALK_REFERENCES.has(x)), options.lang);
    const read = storied ?? plain;
    // "2022年越方代表是黎怀忠吗？", then "他签的是2021-2030年的合作计划？": a statement asked back, with no question word of
    // its own, after a yes/no question, asks yes or no too.
    // So does a statement with a verb of its own put back with a question mark ("so all the planned exchanges went
    // ahead?", "and exchanges between localities kept going?"): a check of what was just said, yes or no.
    // So does one whose only question word comes after its subject ("and the original figure was in yuan?").
    // So does one whose yes/no frame needs the subject its pronoun was cut from ("ổng có nói gì về … ko": "có … không"
    // asks yes or no after a subject; cut of "ổng", it opens with "có" and reads as "what did he say").
    const framedBySubject = () => found.references.includes('person') && read.kind === 'reading' && reader.read(q, options.lang).reading.aspects.yesNo;
    // So does a fragment naming how one talk was held, with no question word ("and the 2020 one, also online?"): that
    // format claimed of the talk it names, not the format told (formats offered as a choice name every talk).
    const formatPutBack = () => !found.asks && /[?？]\s*$/u.test(q) && read.reading.intent === 'format' && read.reading.formatTalks.length > 0 && read.reading.formatTalks.length < kb.talks.length;
    const confirms = !read.reading.aspects.yesNo && (found.stated || (!found.asks && ((!found.elliptical && prior.asked?.yesNo === true) || statedBack(q, found, written))) || framedBySubject() || formatPutBack());
    const own: ReadResult = confirms ? withAspects(read, { ...read.reading.aspects, yesNo: true }) : read;
    // "Số vật tư đó được chuyển tới bệnh viện nào?": the thing "that" determines, named in full, still leaves words of its
    // own nothing in the articles covers ("bệnh viện"); the question is refused for them, as it is typed.
    const ownUnmatched = found.determined.length > 0 && own.kind === 'reading' && own.reading.unmatched.length > 0;
    const typedWhole = ownUnmatched ? reader.read(q, options.lang) : null;
    if (typedWhole?.kind === 'refusal' && typedWhole.refusal.kind === 'no-match' && typedWhole.reading.unmatched.length > 0) return lacking(typedWhole, typedWhole.reading.unmatched);
    const afterLatest = pastTheLatest(found.references, prior.talks, kb.talks, own.kind === 'reading' && own.reading.aspects.yesNo, () => engine.answer(q, options));
    if (afterLatest) return afterLatest;
    // "Did China agree?", "中方答应了吗": an agreement asked yes or no with no object of its own is agreement to the
    // conversation's subject, as "did China agree to it?" says; not whether anything at all was agreed there.
    const r = own.reading;
    const elidedObject =
      own.kind === 'reading' && r.intent === 'agreements' && r.aspects.yesNo && r.topics.length + r.documents.length === 0 && r.scope.talks === null && prior.topics.length + prior.documents.length > 0;
    // Of the conversation's talks only: asked of another ("two years later, did they sign any documents?"), it asks what was signed there.
    const otherTalk = found.references.some((x) => x === 'other' || x === 'later' || x === 'earlier');
    // Nor one pointing at the talk alone ("did he sign any document in that talk?", "did they sign anything during it?"):
    // the talk is where, and what was signed there is asked, not what was signed on the last answer's subject.
    const atTalkOnly = found.references.includes('talk') && !found.references.includes('thing');
    if (elidedObject && !otherTalk && !atTalkOnly && !found.references.includes('thing')) found = { ...found, references: [...found.references, 'thing'] };
    // A question refused for what it is when read whole stays refused: cutting its cue words must not make it one
    // the bot answers ("how are Vietnam-US relations doing these days?" is about the present, whatever "these" is).
    const whole = reader.read(q, options.lang);
    // So does a talk counted past those the articles report ("宋涛第二次给黄平君打电话…"): no conversation makes it one they report.
    const countedPast = whole.kind === 'refusal' && whole.refusal.kind === 'scope' && whole.refusal.mismatch.kind === 'no-talk' && whole.refusal.mismatch.labels.some((l) => l.kind === 'ordinal');
    const outOfScope = (whole.kind === 'refusal' && OUT_OF_SCOPE.has(whole.refusal.kind) && !(refusedAsLater(whole) && storied !== null)) || countedPast;
    // "Did China actually fix the congestion after that?": a yes/no on a predicate of its own nothing in the articles
    // covers ("fix"), whose subject the question names itself, is refused as it is alone; cutting its cue words
    // ("after that") must not let the conversation's talks confirm it from sentences on its subject.
    // A word of done the articles never use ("fix") is such a predicate too (own-done-word.ts).
    const ownWords = own.kind === 'reading' ? [...(own.reading.uncovered ?? []), ...ownDoneWords(engine.lexicon, own.reading)] : [];
    const ownPredicate = own.kind === 'reading' && own.reading.aspects.yesNo && ownWords.length > 0 && whole.kind === 'reading' && namesSubject(engine, whole.reading);
    const refusedAlone = ownPredicate ? engine.answer(q, options) : null;
    if (refusedAlone && !refusedAlone.answered) return refusedAlone;
    // "How long after that did Song Tao talk with Trung?", "隔了多久": the time from the conversation's talks to those it points at.
    const between = timeBetween(engine, own, whole, prior, cueTalks);
    if (between) return between;
    // "What was the other doc they signed": the documents signed with the conversation's, not the other talk's.
    const otherDoc = otherDocument(engine, q, found, own, prior, written);
    if (otherDoc) {
      const carried = carriedOver(own.reading, otherDoc.reading, { written, talks: otherDoc.reading.scope.talks ?? [] }, null);
      return carried ? { ...otherDoc.answer, carried } : otherDoc.answer;
    }
    // "Was it for 2021-2030?" after the documents signed: what is left without "it" reads as talks in 2030; with the
    // document named where "it" stands ("was the cooperation plan for 2021-2030?"), as if typed so, it is answered.
    // "Was that 2020-2025?" after the plan: years of no talk that "that" makes a document's period, asked yes or no, are
    // that period checked (refused whole only as years of no talk).
    const periodOfThing = whole.kind === 'refusal' && whole.refusal.kind === 'period' && own.reading.aspects.yesNo && found.thing !== null;
    const placeable = own.kind === 'refusal' && (own.refusal.kind === 'scope' || UNPLACED.has(own.refusal.kind) || (periodOfThing && own.refusal.kind === 'period'));
    const named = (!outOfScope || periodOfThing) && placeable ? byDocument(found, prior, written) : [];
    for (const text of named) {
      const given: Given = { written, talks: prior.talks };
      const typed = reader.read(text, options.lang, given);
      // A refusal too: the engine may still put a wrong detail right ("No: 2021-2025, not 2021-2030.").
      const answer = engine.answerRead(typed);
      // Years refused whole are answered only by the period checked: Yes or No, from the talk that signed it (not
      // a name of the document read as a topic).
      const checked = !periodOfThing || (answer.intent === 'agreements' && leadsYesOrNo(answer) && answer.citations.every((c) => kb.talks.some((t) => t.id === c.talk && prior.documents.some((d) => t.agreements.includes(d)))));
      if (answer.answered && checked) {
        const carried = carriedOver(own.reading, typed.reading, { ...given, documents: prior.documents }, null);
        return carried ? { ...answer, carried } : answer;
      }
    }
    // "Did it hit vietnam?" after the floods: what is left without "it" cannot be read; with the subject named where "it"
    // stands, as if typed so, a detail of it given otherwise is put right ("No: China, not Vietnam."). Only such a No
    // answers: a Yes may confirm a predicate nothing in the articles covers ("was it deadly?").
    const subjectNamed = !outOfScope && own.kind === 'refusal' && UNPLACED.has(own.refusal.kind) && own.reading.aspects.yesNo ? bySubject(found, prior, written) : [];
    // Named once, by its first name that reads as it: another of its names ("storm") is a detail of its own to check.
    const subjectTyped = subjectNamed.map((text) => reader.read(text, options.lang, { written, talks: prior.talks })).find((typed) => typed.kind === 'reading' && typed.reading.topics.some((t) => prior.topics.includes(t.topic)));
    const subjectAnswer = subjectTyped ? engine.answerRead(subjectTyped) : null;
    if (subjectTyped && subjectAnswer?.answered && leadsNo(subjectAnswer) && subjectAnswer.citations.every((c) => prior.talks.some((t) => t.id === c.talk))) {
      const carried = carriedOver(own.reading, subjectTyped.reading, { written, talks: prior.talks, topics: namedTopics(prior) }, null);
      return carried ? { ...subjectAnswer, carried } : subjectAnswer;
    }
    // "That plan was for 2020-2025 right?", "期限是哪几年？": the conversation's document's period, checked or given. Out of
    // scope read whole only as years of no talk or a term no date is given for.
    // So is a span of years read whole as talks of a year of none ("cover 2020 to 2025?": no talks in 2025).
    const timing = whole.kind === 'refusal' && (whole.refusal.kind === 'period' || (whole.refusal.kind === 'unsupported' && whole.refusal.topic === 'timing') || (whole.refusal.kind === 'scope' && spansYears(q)));
    const period = !outOfScope || timing ? documentPeriod(engine, q, found, own, whole, prior, written, options.lang) : null;
    if (period) {
      const carried = carriedOver(own.reading, period.reading, { written, documents: prior.documents }, null);
      return carried ? { ...period.answer, carried } : period.answer;
    }
    // "That was 2021 right" after when the phone talks were: a year of no talk claimed of the conversation's one talk,
    // pointing back and naming nothing else, is its date checked (refused whole only as talks of that year).
    const claimedYear = own.reading.aspects.yesNo && !found.namesTalks && (found.references.includes('thing') || found.copula) && prior.documents.length === 0
      && ABOUT_EVENT.has(prior.intent) && namedCount(own.reading) === 0 ? yearOfNoTalk(whole) : null;
    const year = claimedYear === null ? null : talkYearDenied(claimedYear, prior, written);
    if (year) return year;
    // "And the earlier one was in June?": a month of no talk claimed of the talk pointed at is that talk's date checked.
    const dated = found.references.some((x) => TALK_REFERENCES.has(x)) && !found.namesTalks ? pointedTalkDate(own, cueTalks, written) : null;
    if (dated) return dated;
    // "July 19 right?", "那是7月19号吗？": a month or day of no talk claimed yes or no, naming nothing else, in a
    // conversation about one talk is that talk's date checked, as if it pointed at it.
    const checksDate = !found.namesTalks && (own.reading.aspects.yesNo || found.copula) && namedCount(own.reading) + own.reading.unmatched.length === 0 && prior.talks.length === 1;
    const datedHere = checksDate ? pointedTalkDate(own, prior.talks, written) : null;
    if (datedHere) return datedHere;
    // "是2021年宣布的吗？", "were they signed in 2020?": the year the conversation's thing was said or signed, checked.
    const actYear = actYearClaimed(q, found, own.reading, prior, kb.talks);
    const actDenied = actYear === null ? null : talkYearDenied(actYear, prior, written);
    if (actDenied) return actDenied;
    // "Was that during the 2020 call?" after the plan signed: a yes/no pointing at the conversation's document that names
    // a talk but no subject of its own asks whether that document was signed there, not how the talk was held: read
    // with the document named where "that" stands, as if typed so ("No… signed on 19 April 2022").
    const r0 = own.reading;
    const atTalk = own.kind === 'reading' && !outOfScope && r0.aspects.yesNo && r0.scope.talks !== null && r0.people.length + r0.sidesNamed.length === 0 && !namesSubject(engine, r0);
    for (const text of atTalk ? byDocument(found, prior, written) : []) {
      const typed = reader.read(text, options.lang, { written });
      const answer = engine.answerRead(typed);
      // Of the document, as its signing (a name also read as a topic asks of that topic instead).
      if (answer.answered && answer.intent === 'agreements' && leadsYesOrNo(answer)) {
        const carried = carriedOver(r0, typed.reading, { written, documents: prior.documents }, null);
        return carried ? { ...answer, carried } : answer;
      }
    }
    // "That was from the 2020 phone call, right?": the same yes/no pointing at what the last answer said, of no document,
    // checks where that was said. Not "did it come up in 2020?" (whether the subject was raised there, which the
    // topic's answer gives) nor "was it there too?" (sameness at another talk).
    // "这些是2020年电话里提的吗？" after words on a subject that talk never reported is that check too: No, and where.
    const raisedThere = r0.scope.talks !== null && prior.topics.length > 0 && r0.scope.talks.some((t) => t.statements.some((s) => s.topics.some((x) => prior.topics.includes(x))));
    // "是在电话里说的吗？" ("was it on the phone that it was said?"): a copula whose subject is dropped points at what the
    // last answer said itself, wherever its subject came up.
    // So is "是2020年那次会谈宣布的吗？": "that talk" of a year the question names is the talk it names, not one pointed back at.
    const ownTalkWord = found.references.length > 0 && found.references.every((x) => x === 'talk') && r0.scope.talks !== null;
    // "越方是在视频会议上说的吗": so is one whose subject is who said what the last answer said (its people, or their side).
    const speakersNamed = r0.people.every((p) => prior.people.includes(p)) && r0.sides.every((side) => prior.people.some((p) => p.party === side)) && r0.topics.length + r0.documents.length === 0;
    const dropped = found.copula && (found.references.length === 0 || ownTalkWord) && found.saying && speakersNamed;
    const pointsBack = !found.same && ((found.references.includes('thing') && (!r0.aspects.mentioned || (prior.topics.length > 0 && !raisedThere))) || dropped);
    // "was that july call a video call?": a format named that a talk outside the ones named has is a claim of the
    // question's own about the talk (how it was held), not where the last answer's words were said.
    const claimsFormat = r0.scope.talks !== null && r0.formatTalks.some((t) => !(r0.scope.talks ?? []).includes(t));
    // Its speakers named ("越方是在…说的吗") still ask where what the last answer said was said.
    const atTalkOfSpeakers = dropped && own.kind === 'reading' && !outOfScope && r0.aspects.yesNo && r0.scope.talks !== null && !namesSubject(engine, r0);
    const where = (atTalk || atTalkOfSpeakers) && pointsBack && !claimsFormat && r0.scope.talks && r0.scope.talks.length < kb.talks.length ? saidWhere(r0.scope.talks, prior, written, r0.intent === 'format' ? r0.formatTalks : []) : null;
    if (where) return where;
    // "So it was the Chinese side saying all this?": who said what the last answer said, checked against those who did.
    const asksWhoSaid = own.kind === 'reading' && !outOfScope && found.saying && !found.namesTalks && found.references.some((x) => x === 'thing' || x === 'plural') && (r0.aspects.yesNo || !found.asks);
    const sayer = asksWhoSaid ? saidBy(r0, prior, written) : null;
    if (sayer) return sayer;
    // "Who said that?": the speakers of what the last answer said, named by their own words.
    const asksSpeaker = own.kind === 'reading' && !outOfScope && found.saying && !found.namesTalks && found.references.includes('thing') && !r0.aspects.yesNo && r0.intent === 'who' && namedCount(r0) === 0;
    const speakers = asksSpeaker ? whoSaidIt(prior, written) : null;
    if (speakers) return speakers;
    // "Was he the one who congratulated China on the centenary goal?": whether the one put forward did that deed.
    const deed = !outOfScope && r0.aspects.yesNo && found.cleft ? whoDid(engine, cues, reAsk, found, prior, written) : null;
    if (deed) return deed;
    // "Wait, wasn't it Hoang Binh Quan?" after who held a place: that person checked in that place, at those talks.
    const putRight = own.kind === 'reading' && !outOfScope && !found.same && !found.namesTalks && (found.references.includes('thing') || found.copula) && ABOUT_PEOPLE.has(prior.intent);
    const inPlace = putRight ? personInPlace(engine, r0, prior) : null;
    if (inPlace) return inPlace;
    // "是宋涛和黄平君签的吗" after the documents signed: who signed those documents, at the talks that signed them.
    const signers = own.kind === 'reading' && !outOfScope ? signersAsked(engine, r0, prior, found.namesTalks) : null;
    if (signers) {
      const carried = carriedOver(r0, signers.reading, { written, talks: signers.reading.scope.talks ?? [], documents: prior.documents }, null);
      return carried ? { ...signers.answer, carried } : signers.answer;
    }
    // "ông ấy có phải là Trưởng Ban Tuyên giáo không?": a post the articles lack, asked of the one person the conversation
    // is about, is his post given otherwise. Read with his name, it is a question of who he is, and the claim checker
    // puts the post right (No, and the post he held), as it does when he is named.
    const postOfHim = own.kind === 'refusal' && (own.refusal.kind === 'no-match' || own.refusal.kind === 'absent') && own.reading.aspects.yesNo && found.references.includes('person') && prior.people.length === 1 ? byName(found, prior.people[0], written) : null;
    const postRead = postOfHim !== null ? reader.read(postOfHim, options.lang, { written }) : null;
    if (postRead?.kind === 'reading' && postRead.reading.intent === 'person' && postRead.reading.aspects.yesNo) {
      const answer = engine.answerRead(postRead);
      const carried = answer.answered ? carriedOver(own.reading, postRead.reading, { written, people: prior.people }, null) : null;
      if (answer.answered) return carried ? { ...answer, carried } : answer;
    }
    // "So more than 300k usd?": a yes/no on an amount the articles lack names no subject of its own; the conversation's
    // is what it asks of (its figure is then checked against the amount).
    // An amount put back with no question word and no word of its own ("so like 2.35 million usd?", not "and 5 million
    // doses?") is such a yes/no too.
    const amountBack = !found.asks && /[?？]\s*$/u.test(q) && own.reading.unmatched.length === 0;
    const amountAsked = own.kind === 'refusal' && own.refusal.kind === 'absent' && (own.reading.aspects.yesNo || amountBack) && own.refusal.things.length > 0 && own.refusal.things.every((t) => /^\d/u.test(t));
    // "Did he call it a relationship of comradeship?": words the articles lack, asked of what he said; read with his name
    // at the conversation's talks, the answer may be that he is not reported saying so, and what he said instead.
    const hisWords = own.kind === 'refusal' && own.refusal.kind === 'absent' && own.reading.aspects.yesNo && found.references.includes('person');
    const asHis = hisWords && prior.people[0] ? byName(found, prior.people[0], written) : null;
    if (asHis !== null) {
      // "It" is the conversation's subject: its topics are given too.
      const topics = namedTopics(prior);
      const given: Given = { written, talks: prior.talks, ...(topics.length > 0 && found.references.includes('thing') ? { topics } : {}) };
      const read = reader.read(asHis, options.lang, given);
      const answer = read.kind === 'refusal' ? engine.answerRead(read) : null;
      const carried = answer?.answered ? carriedOver(own.reading, read.reading, { ...given, people: prior.people }, null) : null;
      if (answer?.answered) return carried ? { ...answer, carried } : answer;
    }
    // "Có phải 2 triệu tệ không?" after the worth of what was given, in a conversation that carried no subject: an amount
    // claimed of nothing named, where the conversation's talks give one figure alone, is that figure checked.
    const figures = amountAsked && prior.topics.length + prior.documents.length === 0 ? prior.talks.flatMap((t) => t.figures) : [];
    const [onlyFigure] = figures;
    if (onlyFigure && figures.length === 1) {
      const topics: NamedTopic[] = onlyFigure.topics.map((topic) => ({ topic, words: topic.label.toLowerCase(), lang: 'en', precise: false }));
      const given: Given = { written, talks: prior.talks, topics };
      const read = reader.read(found.rest, options.lang, given);
      const answer = engine.answerRead(read);
      if (answer.answered && leadsYesOrNo(answer) && answer.citations.length > 0 && answer.citations.every((c) => prior.talks.some((t) => t.id === c.talk))) {
        const carried = carriedOver(own.reading, read.reading, given, null);
        return carried ? { ...answer, carried } : answer;
      }
    }
    // "So like 2.35 million usd?" after the worth of the medical supplies: an amount claimed of nothing named, in a
    // conversation about one subject its talks give a figure of, is that figure checked. Given as the conversation's
    // subject, the amount alone is still a thing the articles lack; read with the subject named first, as if typed
    // so ("the medical supplies like 2.35 million usd?"), the engine puts the figure right.
    const [subject, ...otherSubjects] = prior.topics;
    const figureOfSubject = amountAsked && subject !== undefined && otherSubjects.length === 0 && prior.documents.length === 0 && prior.talks.some((t) => t.figures.some((f) => f.topics.includes(subject)));
    for (const name of figureOfSubject ? subject.terms[written].slice(0, 1) : []) {
      const given: Given = { written, talks: prior.talks };
      const typed = reader.read(`${name} ${found.rest}`, options.lang, given);
      const answer = engine.answerRead(typed);
      const first = answer.lines[0]?.text ?? '';
      const checked = leadsYesOrNo(answer) || first.startsWith(messagesFor(answer.lang).notSo);
      if (answer.answered && checked && answer.citations.length > 0 && answer.citations.every((c) => prior.talks.some((t) => t.id === c.talk))) {
        const carried = carriedOver(own.reading, typed.reading, { ...given, topics: namedTopics(prior) }, null);
        return carried ? { ...answer, carried } : answer;
      }
    }
    // "Did Trung and Quan lead the same body?": "the same" cut as a pointer leaves two people who never met (refused as
    // talks between them); read whole, it compares what they held, as it does alone.
    const comparedWhole = own.kind === 'refusal' && own.refusal.kind === 'scope' && whole.kind === 'reading' && whole.reading.intent === 'compare' && whole.reading.people.length > 1 ? engine.answerRead(whole) : null;
    if (comparedWhole?.answered) return comparedWhole;
    if (own.kind === 'refusal' && REFUSED_ANYWAY.has(own.refusal.kind) && !amountAsked) return engine.answerRead(own);
    if (outOfScope) return engine.answerRead(whole);
    if (own.kind === 'reading' && !found.namesTalks && prior.talks.length > 0 && prior.talks.length < kb.talks.length && formatsOffered(r0, kb.talks.length)) {
      // "And the 2020 one, phone or video?": a talk of its own is the one asked, not the conversation's.
      const ownOne = r0.scope.talks !== null && r0.scope.talks.length < kb.talks.length ? r0.scope.talks : null;
      const scope = { talks: ownOne ?? prior.talks, mismatch: null };
      const held: Reading = { ...r0, intent: 'format', scope, formatTalks: [], aspects: { ...r0.aspects, yesNo: false, eachTalk: false } };
      const answer = engine.answerRead({ kind: 'reading', reading: held });
      const carried = answer.answered ? carriedOver(r0, held, { written, talks: scope.talks }, null) : null;
      if (answer.answered) return carried ? { ...answer, carried } : answer;
    }
    // "Whats his name again", "ông ấy tên gì nhỉ?", "他叫什么名字？": a name asked of "him", with nothing of its own to place it,
    // is the name of the person the conversation is about (who he is, at its talks), not the names of its things.
    const nameOfHim = own.kind === 'refusal' && UNPLACED.has(own.refusal.kind) && found.person !== null && asksNames(reader.tokens(found.rest)) ? prior.people[0] : undefined;
    if (nameOfHim) {
      const scope = prior.talks.length > 0 ? { talks: prior.talks, mismatch: null } : own.reading.scope;
      const reading: Reading = { ...own.reading, intent: 'person', people: [nameOfHim], scope };
      const answer = engine.answerRead({ kind: 'reading', reading });
      const carried = answer.answered ? carriedOver(own.reading, reading, { written, talks: prior.talks, people: [nameOfHim] }, null) : null;
      if (answer.answered) return carried ? { ...answer, carried } : answer;
    }
    // "And what's the second one?" after the first centenary goal: an item of that series, not the talk already asked of.
    const ordinal = found.references.some((x) => x === 'first' || x === 'last');
    const nothingElse = own.kind === 'refusal' ? UNPLACED.has(own.refusal.kind) : namesNothing(engine, own.reading);
    const item = ordinal ? rankedItem(prior, pointedTalks(kb.talks, new Set(found.references), prior), nothingElse, written, normalize) : null;
    if (item) return engine.answerRead({ kind: 'refusal', refusal: item, intent: 'topic', reading: own.reading, words: [] });
    // "What period does the first one cover" after the documents listed: the first document, not the first talk.
    const rankedDoc = ordinal ? rankedDocument(engine, q, found, own.kind === 'refusal' && UNPLACED.has(own.refusal.kind), prior, written, options.lang) : null;
    if (rankedDoc) {
      const carried = carriedOver(own.reading, rankedDoc.reading, { written, documents: prior.documents }, null);
      return carried ? { ...rankedDoc.answer, carried } : rankedDoc.answer;
    }
    // "Were they in the same room for this?": a cut reference was part of the format asked (format-in-cue.ts).
    const heldAsked = outOfScope ? null : formatInCue(own, whole, prior.talks);
    if (heldAsked) {
      const answer = engine.answerRead({ kind: 'reading', reading: heldAsked });
      const carried = answer.answered ? carriedOver(own.reading, heldAsked, { written, talks: heldAsked.scope.talks ?? [] }, null) : null;
      if (answer.answered) return carried ? { ...answer, carried } : answer;
    }
    // "Was the Chinese official the same both times?": its cue words ("the same", "both times") are what it asks;
    // when the question cut of them cannot be read but the whole one names its own subject, the whole one is asked.
    if (own.kind === 'refusal' && whole.kind === 'reading' && whole.reading.intent !== 'summary' && (namesSubject(engine, whole.reading) || whole.reading.people.length + whole.reading.sidesNamed.length > 0)) {
      const complete = engine.answerRead(whole);
      if (complete.answered) return complete;
    }
    // "Is it legally binding?": a yes/no question that cannot be placed, whose own predicate is a general word nothing
    // in the articles covers: nothing can confirm it. The conversation says only what it is about, so it must not prop
    // the question up into an answer about something else. ("What did they do instead?" asks for what was done: the
    // conversation answers it.)
    // So for a word of its own nothing covers that the reader let pass beside a known one ("did they hold a big
    // ceremony for it?": "ceremony"): what it asks of its subject is what the articles lack.
    const unconfirmed = own.kind === 'refusal' && own.refusal.kind === 'no-match' && own.reading.aspects.yesNo ? [...own.reading.unmatched, ...(own.reading.uncovered ?? [])] : [];
    if (unconfirmed.length > 0) return lacking(own, unconfirmed);
    // "What did he think of Vietnam's GDP numbers?": whatever it asks, a thing of its own nothing in the articles names
    // ("GDP") is what it asks about; the conversation gives a person or talk, never that thing.
    const unnamed = own.kind === 'refusal' && own.refusal.kind === 'no-match' ? own.reading.unmatched : [];
    if (unnamed.length > 0) return lacking(own, unnamed);
    // "And who should China work with on that?", "要跟哪个组织一起推进": the party named in what was said on the subject (partner-asked.ts).
    // Before "he" is read by name: "which organisation did he want China to work with?" asks that party, not his words.
    if (own.kind === 'reading' || UNPLACED.has(own.refusal.kind)) {
      // "Which organisation…?" asks whom as "who" does: a party named in what was said.
      const asksWhom = found.body || own.reading.intent === 'who' || reader.tokens(found.rest).some((t) => t.text === 'who' || t.text === 'whom');
      const topics = namedTopics(prior);
      const given: Given = { written, talks: prior.talks, ...(topics.length > 0 ? { topics } : {}) };
      const partner = partnerAsked(engine, found, own.reading, asksWhom, prior, given, (g) => reader.read(found.rest, options.lang, g));
      if (partner) {
        const carried = carriedOver(own.reading, partner.reading, given, null);
        return carried ? { ...partner.answer, carried } : partner.answer;
      }
    }
    // "was he on the vietnamese side": what is left without "he" reads as nothing, yet it asks a check of him. With one
    // person in the conversation, the question is read whole with his name where "he" stands, as if typed so.
    const him = own.kind === 'refusal' && prior.people.length === 1 ? byName(found, prior.people[0], written) : null;
    if (him !== null) {
      // "Did he say he wanted to keep expanding it?": "it" is the conversation's subject, said at its talks, which frame it.
      const ofSubject = found.references.includes('thing') && prior.topics.length + prior.documents.length > 0 && prior.talks.length > 0;
      const framed: Given = ofSubject ? { written, talks: prior.talks } : { written };
      // "Did he say China wants to keep working with Vietnam?" in a conversation at one talk: what he said there says
      // Yes, quoting that talk; only when it does not are all his words checked (he may have said it at the other one).
      // Not one naming talks of its own ("so he was the chinese official both times?").
      const ownTalk = own.reading.scope.talks !== null || found.namesTalks || found.references.some((x) => TALK_REFERENCES.has(x));
      const atTalks = !ofSubject && prior.talks.length > 0 && !ownTalk ? reader.read(him, options.lang, { written, talks: prior.talks }) : null;
      const there = atTalks?.kind === 'reading' && atTalks.reading.aspects.yesNo ? engine.answerRead(atTalks) : null;
      if (atTalks && there?.answered && leadsYes(there)) {
        const carried = carriedOver(own.reading, atTalks.reading, { written, talks: prior.talks, people: prior.people }, null);
        return carried ? { ...there, carried } : there;
      }
      const read = reader.read(him, options.lang, framed);
      if (read.kind === 'reading' && read.reading.aspects.yesNo) {
        const answer = engine.answerRead(read);
        const carried = answer.answered ? carriedOver(own.reading, read.reading, { ...framed, people: prior.people }, null) : null;
        if (answer.answered) return carried ? { ...answer, carried } : answer;
      }
      // "那他说两国是什么关系？": read with his name it asks about words of its own ("relations"), at the conversation's
      // talks; the conversation's subject is not what it asks about.
      if (read.kind === 'reading' && !read.reading.aspects.yesNo && asksOwnWords(engine, read.reading)) {
        const given: Given = { written, talks: prior.talks };
        const read = reader.read(him, options.lang, given);
        // "How did Quan want that settled": settling asks what he said (a topic, so "what about the sea in 2022?" next
        // asks the same of that talk), not who he is.
        // So does a hope or another deed of his asked ("what kind of cooperation was he hoping for?"): what he said, as
        // the same question asked of "him" without his name is read (`repaired` in attempt), not who he is.
        // Only when what he said answers it: "what department does he run?" asks who he is.
        const deedAsked = read.kind === 'reading' && read.reading.intent === 'person' && !found.settling && asksBeyondWho(engine, read.reading);
        const deed: ReadResult | null = deedAsked ? { kind: 'reading', reading: { ...read.reading, intent: read.reading.topics.length > 0 ? 'topic' : 'search' } } : null;
        const placed: ReadResult =
          found.settling && read.kind === 'reading' && read.reading.intent === 'person'
            ? { kind: 'reading', reading: { ...read.reading, intent: 'topic' } }
            : deed && engine.answerRead(deed).answered
              ? deed
              : read;
        const answer = placed.kind === 'reading' ? engine.answerRead(placed) : null;
        // Who he is answers none of what it asks of him about the conversation's subject ("how did he want that dealt
        // with?"): that subject is asked below.
        const ofSubject = found.references.some((x) => x === 'thing' || x === 'plural') && prior.topics.length > 0;
        const whoHeIs = ofSubject && answer?.intent === 'person' && asksBeyondWho(engine, read.reading);
        const carried = answer?.answered ? carriedOver(own.reading, placed.reading, { ...given, people: prior.people }, null) : null;
        if (answer?.answered && !whoHeIs) return carried ? { ...answer, carried } : answer;
      }
    }
    // "Was he also the chinese representative in 2020?": whether he took part at that talk too (also-there.ts).
    const also = own.kind === 'reading' && !outOfScope ? alsoThere(engine, found, own, prior, (p) => {
      const text = byName(found, p, written);
      return text === null ? null : reader.read(text, options.lang, { written });
    }) : null;
    if (also) {
      const carried = carriedOver(own.reading, also.reading, { written, talks: also.reading.scope.talks ?? [], people: also.reading.people }, null);
      return carried ? { ...also.answer, carried } : also.answer;
    }
    const said = formatSaidThere(found, own, prior);
    if (said) return said;
    const present = presentAtPointed(found, own, prior);
    if (present) return present;
    const across = againstOtherTalk(found, own, prior);
    if (across) return across;
    const ofThings = ofConversationThings(found, own, prior, written, options);
    if (ofThings) return ofThings;
    const figure = figureOfThing(found, own, prior, written, options);
    if (figure) return figure;
    // "Which one was by video then": a choice among the talks by format, not a question of the conversation's talk.
    if (found.references.length === 0 && choosesByFormat(own, reader.tokens(found.rest))) return engine.answerRead(own);
    const pointed = found.references.length > 0 || found.elliptical || found.bare;
    // A question that names nothing ("谁提的？", "who attended?") or cannot be placed on its own ("in dollars?") continues too.
    const unplaced = own.kind === 'refusal' ? UNPLACED.has(own.refusal.kind) || amountAsked : !found.namesTalks && (namesNothing(engine, own.reading) || formatOnly(own.reading)) && own.reading.intent !== 'help';
    // A question that leaves the talks open, in a conversation about some of them.
    const talksOpen = own.reading.scope.talks === null && !found.namesTalks && prior.talks.length > 0 && prior.talks.length < kb.talks.length;
    if (!pointed && !unplaced) {
      const alone = engine.answerRead(own);
      // A question about a person it names ("宋涛是谁？", "who is Song Tao?") names its own subject: not narrowed.
      const aboutOwnPerson = own.kind === 'reading' && own.reading.people.length > 0 && (own.reading.intent === 'person' || own.reading.intent === 'who');
      return (talksOpen && !aboutOwnPerson && withinPrior(found.rest, written, own, alone, prior, options)) || alone;
    }
    // "Where in China?": no context makes the articles name a place.
    if (found.place) return engine.answerRead({ kind: 'refusal', refusal: { kind: 'unsupported', topic: 'location' }, intent: own.reading.intent, reading: own.reading, words: [] });
    const anew = askedAnew(engine, found, own, prior, namesSubject(engine, own.reading));
    if (anew) return anew;
    const elsewhere = pointed ? null : reportedElsewhere(own, prior);
    if (elsewhere) return elsewhere;
    const wide = found.elliptical || found.bare || !pointed;
    // Was the question's own subject, asked alone, found in the last answer's talks?
    // So is a pointed one's that leaves the talks open ("what did they credit with building trust?"): it stays there.
    const alone = (wide || talksOpen) && namesSubject(engine, own.reading) ? engine.answerRead(own) : null;
    const citesPrior = (a: Answer) => a.citations.some((c) => prior.talks.some((t) => t.id === c.talk));
    // A yes/no answered alone cites only the talk that answers it best ("有没有评价？" of COVID: 2022's); asked at the
    // conversation's talks, its subject may still be found there.
    const askedThere = () => {
      if (own.kind !== 'reading' || !own.reading.aspects.yesNo || prior.talks.length === 0) return false;
      const there = reader.read(found.rest, options.lang, { written, talks: prior.talks });
      const answer = there.kind === 'reading' ? engine.answerRead(there) : null;
      return answer !== null && answer.answered && leadsYesOrNo(answer) && !leadsNo(answer) && citesPrior(answer);
    };
    const subjectThere = alone !== null && alone.answered && (citesPrior(alone) || askedThere());
    const spills = alone !== null && alone.citations.some((c) => !prior.talks.some((t) => t.id === c.talk));
    // The reader's words are English whatever the language ("ai", "谁" are read as "who").
    const asksWho = own.reading.intent === 'who' || reader.tokens(found.rest).some((t) => t.text === 'who' || t.text === 'whom');
    const reach: Reach = { refs: new Set(found.references), wide, subjectThere, asksWho, again: !found.asks, beyond: found.beyond, spills };
    const { given, persons } = givenFor(engine, own.reading, reach, prior, written);
    // "What else did they go over in that call?": the rest of what was said at the talk in play (else-at-talk.ts).
    const rest = elseAtTalk(engine, found, own, prior, pointedTalks(kb.talks, new Set(found.references), prior), (talks) => reader.read(found.rest, options.lang, { written, talks }));
    if (rest) {
      const carried = carriedOver(own.reading, rest.reading, { written, talks: rest.reading.scope.talks ?? [] }, null);
      return carried ? { ...rest.answer, carried } : rest.answer;
    }
    // "He": each person the last answer was about, likeliest first, until one gives an answer.
    // A "he" who was not at the conversation's talks takes the question to his own, unless it points at those talks.
    const pointsAtTalks = found.references.some((r) => TALK_REFERENCES.has(r));
    const at = (p: Person, talks: readonly Talk[]) => talks.some((t) => t.participants.some((x) => x.person === p));
    const each =
      persons.length > 0
        ? persons.map((p) => {
            const { talks, ...rest } = given;
            return talks && !pointsAtTalks && !at(p, talks) ? { ...rest, people: [p] } : { ...given, people: [p] };
          })
        : [given];
    // "Was Song Tao receptive to all that?", "and the chinese reply?": a response asked of a speaker answers what the
    // other side raised, not the conversation's subject; asked first without it (with it when nothing answers so).
    const responder = found.response && (persons.length > 0 || own.reading.people.length + own.reading.sides.length > 0) && own.reading.topics.length + own.reading.documents.length === 0;
    const unsubjected = (g: Given): Given => {
      const { topics: _t, documents: _d, ...rest } = g;
      return rest;
    };
    const tries = responder ? [...each.map(unsubjected), ...each] : each;
    // Each way of asking it again with the conversation's subject as its object: the first that answers well.
    const ofSubject = (): Answer | null => {
      for (const g of tries) {
        if ((g.topics?.length ?? 0) > 0) continue;
        const tried = attempt(found, own, { ...g, topics: namedTopics(prior) }, prior, options);
        if (!tried) continue;
        const { answer, fallback: weak } = answerWith(own, tried);
        if (answer.answered && !weak) return answer;
      }
      return null;
    };
    const ownSubject = own.reading.topics.length + own.reading.documents.length > 0;
    // "ông ấy muốn giải quyết bằng cách nào?", "他希望怎么解决？" after the obstacles at sea: settling with no object named
    // settles the conversation's subject; "by what means" is then how he wanted it settled, not how the talks were held.
    if (found.settling && !ownSubject && prior.topics.length > 0) {
      const settled = ofSubject();
      if (settled) return settled;
    }
    // "How did he want them handled?" after the problems he raised, listed across subjects (the answer kept none): no
    // subject to give, it asks what he said of settling them, ranked by its own words, not who he is or how the talks
    // were held ("ông ấy muốn giải quyết bằng cách nào?" read as the format).
    // So when the conversation's subject gave nothing of his ("what was bothering Quan about the relationship?": its
    // partnership, not how he wanted anything settled).
    if (found.settling && !ownSubject && prior.talks.length > 0 && persons.length > 0) {
      for (const g of tries) {
        const tried = attempt(found, own, { ...g, talks: prior.talks }, prior, options);
        if (!tried || (tried.result.kind === 'refusal' && !UNPLACED.has(tried.result.refusal.kind))) continue;
        const r = tried.result.reading;
        const said: Reading = { ...r, intent: 'topic', formatTalks: [], aspects: { ...r.aspects, yesNo: false, inPerson: false } };
        const { answer } = answerWith(own, { ...tried, result: { kind: 'reading', reading: said } });
        const there = answer.citations.length > 0 && answer.citations.every((c) => prior.talks.some((t) => t.id === c.talk));
        if (answer.answered && there) return answer;
      }
    }
    // A No to a person's own act asked with the conversation's subject: asked without it, what he did answers (see own-act.ts).
    const ownAct = asksOwnAct(found, own);
    const ownActFirst = (answer: Answer, g: Given): Answer | null => {
      if (!ownAct || !leadsNo(answer) || (g.topics?.length ?? 0) + (g.documents?.length ?? 0) === 0) return null;
      const tried = attempt(found, own, unsubjected(g), prior, options);
      if (!tried) return null;
      const { answer: plain, fallback: weak } = answerWith(own, tried);
      return plain.answered && !weak && leadsYesOrNo(plain) && !leadsNo(plain) ? plain : null;
    };
    // "Was he on the 2020 call too?", then "whats his job": after whether he took part, the talk was what was checked of
    // him, not the conversation's frame; his post asked with no talk of its own is his post at every talk, as alone.
    // (After "who did Vietnam talk to in July 2020?" the talk is the frame: his post there.)
    const postAnywhere = (answer: Answer, g: Given): Answer | null => {
      if (answer.intent !== 'person' || prior.intent !== 'who' || prior.asked?.yesNo !== true || pointsAtTalks || found.namesTalks || own.reading.scope.talks !== null || !g.talks || !g.people) return null;
      const { talks: _t, ...open } = g;
      const tried = attempt(found, own, open, prior, options);
      const wider = tried ? answerWith(own, tried) : null;
      return wider && wider.answer.answered && !wider.fallback && wider.answer.intent === 'person' ? wider.answer : null;
    };
    let fallback: Answer | null = null;
    let first: Answer | null = null;
    for (const g of tries) {
      const tried = attempt(found, own, g, prior, options);
      if (!tried) continue;
      const { answer, fallback: weak } = answerWith(own, tried);
      if (answer.answered && !weak) return ownActFirst(answer, g) ?? postAnywhere(answer, g) ?? answer;
      if (answer.answered) fallback ??= answer;
      first ??= answer;
    }
    // "How did he want that dealt with?" after the obstacles at sea: a word the reader took for a subject of its own
    // ("dealt" as a deal) kept the conversation's subject out, and only who he is answered. "That" points at the
    // conversation's subject: asked of it, what he said on it answers before who he is.
    const pointsAtThing = found.references.some((r) => r === 'thing' || r === 'plural');
    if (fallback && pointsAtThing && prior.topics.length > 0 && !ownSubject) {
      const said = ofSubject();
      if (said) return said;
    }
    // "What did he say in the earlier one?" after his words on the medical supplies: nothing of his on that subject
    // there, so the carried subject gives way and what he said there answers (the person and the talk still hold).
    // So for "how did Song Tao respond to those requests?": the response is to what the other side raised, not on
    // its subject. Only for a speaker, "he" or named, and a question naming no subject of its own.
    const speaker = persons.length > 0 || own.reading.people.length + own.reading.sides.length > 0;
    const ownTalk = own.reading.scope.talks !== null;
    // "So China agreed to recognise them?" after the vaccine passports: the subject's answer says the articles report
    // it done and says what they do report of it (only hoped for); a Yes or No asked without the subject would answer
    // of the talks at large, from sentences on something else.
    const saidOnSubject = own.reading.aspects.yesNo && first !== null && !first.answered && (first.carried?.topics.length ?? 0) > 0;
    // Its own verb of agreeing or signing, asked of that subject, is its own question, not the last one asked again:
    // "no agreement about vaccine passports", with what was hoped and how the other side responded.
    const subjectGiven = saidOnSubject && own.reading.aspects.commitment !== null ? tries.find((g) => (g.topics?.length ?? 0) > 0) : undefined;
    if (subjectGiven && first?.carried?.intent !== own.reading.intent) {
      const asked = reader.read(found.rest, options.lang, subjectGiven);
      const answer = asked.kind === 'reading' && asked.reading.intent === own.reading.intent ? engine.answerRead(asked) : null;
      const withinTalks = answer !== null && answer.citations.every((c) => prior.talks.some((t) => t.id === c.talk));
      if (answer?.answered && withinTalks && !(leadsYesOrNo(answer) && !leadsNo(answer))) {
        const carried = carriedOver(own.reading, asked.reading, subjectGiven, null);
        return carried ? { ...answer, carried } : answer;
      }
    }
    if (!fallback && (speaker || ownTalk) && own.reading.topics.length + own.reading.documents.length === 0) {
      for (const g of tries) {
        if ((g.topics?.length ?? 0) + (g.documents?.length ?? 0) === 0) continue;
        const { topics: _t, documents: _d, ...rest } = g;
        const tried = attempt(found, own, rest, prior, options);
        if (!tried) continue;
        const { answer, fallback: weak } = answerWith(own, tried);
        // Only what he said, or who held a place ("còn cuộc hội đàm năm 2022 thì ai đại diện phía Việt Nam?" after the
        // floods): a question the carried subject alone made answerable ("what are they called?") stays refused.
        const ownKind = ownTalk && answer.intent === own.reading.intent && PLACES.has(answer.intent);
        // "And in the 2022 talks, did China help Vietnam with anything?" after the 2020 floods: a question of its own
        // (its own verb, at its own talk) that the carried subject left unanswered is answered from that talk alone.
        const ownQuestion = ownTalk && found.asks && !found.beyond && own.kind === 'refusal' && own.refusal.kind === 'no-match' && answer.citations.every((c) => own.reading.scope.talks?.some((t) => t.id === c.talk) === true);
        if (answer.answered && !weak && ((speaker && answer.intent === 'topic' && !saidOnSubject) || ownKind || ownQuestion)) return answer;
      }
    }
    // "Who signed the cadre training scheme?", then "for which years?": the people the last answer named are not
    // what the question is about; when nothing answers with them, it is asked of the talks and subject alone.
    const personal = found.references.some((r) => r === 'person' || r === 'people' || r === 'plural');
    // "价值多少？" after what China gave: who its giver is (the fallback) holds no figure; a figure is asked of the talks.
    const figureAsked = own.reading.aspects.amount || own.reading.aspects.count;
    if ((!fallback || figureAsked) && !personal && persons.length === 0) {
      for (const g of tries) {
        if (!g.people || own.reading.people.length > 0) continue;
        const { people: _p, ...rest } = g;
        const tried = attempt(found, own, rest, prior, options);
        if (!tried) continue;
        const { answer, fallback: weak } = answerWith(own, tried);
        if (answer.answered && !weak) return answer;
      }
    }
    // "DOC是啥", then "陆地边界呢": the last question's kind (what an acronym means) does not fit the subject the ellipsis
    // names of its own; what that subject was said to be, at the conversation's talks, answers it instead.
    if (!fallback && first && !first.answered && first.carried?.intent && own.kind === 'reading' && asksOwnWords(engine, own.reading) && own.reading.scope.talks === null) {
      const given: Given = { written, talks: prior.talks };
      const placed = reader.read(found.rest, options.lang, given);
      const answer = placed.kind === 'reading' ? engine.answerRead(placed) : null;
      const carried = answer?.answered ? carriedOver(own.reading, placed.reading, given, null) : null;
      if (answer?.answered) return carried ? { ...answer, carried } : answer;
    }
    return fallback ?? first ?? engine.answerRead(own);
  };

  /**
   * "What help did China give Vietnam?" in a conversation about the 2020 talks: a question that points at nothing of
   * the conversation and fits no rule, whose own words find their evidence only at other talks, is not narrowed to the
   * conversation's talks (nothing there answers it): the carried talks give way, and the answer says so first. Null
   * when its evidence is at the conversation's talks too.
   */
  const reportedElsewhere = (own: ReadResult, prior: Resolved): Answer | null => {
    if (own.kind !== 'refusal' || own.refusal.kind !== 'no-match' || prior.talks.length === 0) return null;
    const alone = engine.answerRead(own);
    // Nowhere, with a general word of its own nothing in the articles covers ("how did people react?"): pointing at
    // nothing of the conversation, it would take only its talks, and narrowing cannot give its own words evidence;
    // refused as it is alone. (A fragment such as "in dollars?" or "any problems?" is still placed by the conversation.)
    if (!alone.answered) return (own.reading.uncovered ?? []).length > 0 ? alone : null;
    const cited = new Set(alone.citations.map((c) => c.talk));
    if (cited.size === 0 || prior.talks.some((t) => cited.has(t.id))) return null;
    const at = kb.talks.filter((t) => cited.has(t.id));
    const note = messagesFor(alone.lang).reportedElsewhere(prior.talks, at);
    return { ...alone, carried: { intent: null, note, talks: ids(at), people: [], organisations: [], topics: [], documents: [] } };
  };

  /**
   * "When did they arrive?": asked when of an event that is a general word nothing in the articles covers, with
   * nothing of its own to place it, the date the conversation gives is that of the talks, which do not date that
   * event: refused as what the articles lack. ("Covering which years?" is answered with the documents' period.)
   */
  const datesOwnEvent = (answer: Answer, found: Cues, written: Lang, options: AskOptions): Answer => {
    if (!answer.answered || !answer.carried || answer.intent !== 'when') return answer;
    const own = reader.read(found.rest, options.lang, { written });
    const uncovered = own.kind === 'refusal' && own.refusal.kind === 'unanchored' ? (own.reading.uncovered ?? []) : [];
    return uncovered.length > 0 ? lacking(own, uncovered) : answer;
  };

  /**
   * "How many got cancelled?" after the exchanges called off: a count or amount asked by a question that cannot be
   * placed alone stands only on a sentence of what the conversation gives that gives a figure itself. The
   * conversation fills the subject, never the figure: a day of a month or an ordinal ("on April 19", "the 70th
   * anniversary") counts nothing of it.
   */
  const figureGiven = (answer: Answer, found: Cues, written: Lang, options: AskOptions): Answer => {
    if (!answer.answered || !answer.carried) return answer;
    const own = reader.read(found.rest, options.lang, { written });
    const { count, amount } = own.reading.aspects;
    if (own.kind !== 'refusal' || !UNPLACED.has(own.refusal.kind) || !(count || amount)) return answer;
    // Its lines too: a summary words the figures of sentences it does not quote.
    if (answer.citations.some((c) => givesFigure(c.quote)) || answer.lines.some((l) => givesFigure(l.text))) return answer;
    return engine.answerRead({ kind: 'refusal', refusal: { kind: 'no-number' }, intent: own.reading.intent, reading: own.reading, words: [] });
  };

  /**
   * "Which ones are they?", "what are their names?" after words on a subject: a question asking things named that
   * cannot be placed alone stands only on an answer that names things (who took part, what was signed); the subject's
   * statements mention them without listing them, so it gets the refusal it gets with the things named in it.
   */
  const namesGiven = (answer: Answer, found: Cues, written: Lang, options: AskOptions): Answer => {
    // The word check first: the question is read again only when it asks names.
    if (!answer.answered || !answer.carried || answer.intent !== 'topic' || !asksNames(reader.tokens(found.rest))) return answer;
    const own = reader.read(found.rest, options.lang, { written });
    if (own.kind !== 'refusal' || !UNPLACED.has(own.refusal.kind)) return answer;
    return engine.answerRead({ kind: 'refusal', refusal: { kind: 'unsupported', topic: 'detail' }, intent: own.reading.intent, reading: own.reading, words: [] });
  };

  /** "Were those docs signed at this meeting?": No, with what the conversation's talk signed instead (signed-instead.ts). */
  const signedThere = (answer: Answer, found: Cues, written: Lang, options: AskOptions, context: Context): Answer => {
    // "Has it been signed yet?" after what the COC stands for: "it" is that instrument, not a subject of the talks.
    if (answer.answered || answer.intent !== 'agreements' || context.intent === 'organisation') return answer;
    const own = reader.read(found.rest, options.lang, { written });
    return signedInstead(engine, answer, own.reading, context.talks) ?? answer;
  };

  /** "What did he congratulate Vietnam on?" of Vietnam's own person: the other side's act (other-side-act.ts). */
  const otherSides = (answer: Answer, found: Cues, written: Lang, options: AskOptions): Answer => {
    if (!answer.answered || answer.intent !== 'topic' || answer.carried?.people.length !== 1) return answer;
    const own = reader.read(found.rest, options.lang, { written });
    return otherSideAct(engine, answer, own.reading) ?? answer;
  };

  /** A Yes of "him" that the question typed with his name answers No is that No (named-no.ts). */
  const hisNo = (answer: Answer, found: Cues, written: Lang, options: AskOptions): Answer => {
    const [id, ...more] = answer.carried?.people ?? [];
    const person = id !== undefined && more.length === 0 && found.person ? kb.people.get(id) : undefined;
    const talks = kb.talks.filter((t) => answer.carried?.talks.includes(t.id) === true);
    const no = namedNo(answer, person, (p) => {
      const text = byName(found, p, written);
      const read = text === null ? null : reader.read(text, options.lang, { written, ...(talks.length > 0 ? { talks } : {}) });
      return read?.kind === 'reading' && read.reading.aspects.yesNo ? engine.answerRead(read) : null;
    });
    return no ? { ...no, ...(answer.carried ? { carried: answer.carried } : {}) } : answer;
  };

  // The engine's kept readings last the whole follow-up too: the question read alone here is the one its answer reads.
  return (question, asked, options = {}) => engine.reader.during(() => once.during(() => {
    const q = typeof question === 'string' ? question : '';
    if (!asked) return doerPutRight(engine.answer(q, options), kb);
    let context = asked;
    // A message that asks nothing is no request to say the last answer again: it is answered alone (the notice to ask
    // in words, a refusal), and the conversation stays where it was.
    // So is one with no word to read ("}}}{{{ ??? 12345", see wordless.ts): noise, after which a user goes on where
    // they were, so the context is kept as it is for "???".
    if (asksNothing(q, reader.tokens) || wordless(q, (t) => reader.read(t, options.lang))) return keepingContext(engine.answer(q, options), context);
    const written = reader.language(q);
    const found = cues(q, written);
    // "And the other guy?": the people in play the last answer was not about stand where it had its own.
    context = withOtherPerson(found, context, kb);
    // "Unrelated, but…" leaves the conversation: what its refusal names is all it is about.
    // The reader's words are English whatever the language ("ai", "谁" are read as "who").
    const ofHim = found.references.includes('person') && reader.tokens(found.rest).some((t) => t.text === 'who' || t.text === 'whom');
    const given = pickedTalk(hisNo(otherSides(signedThere(namesGiven(figureGiven(datesOwnEvent(inConversation(q, context, options, found, written), found, written, options), found, written, options), found, written, options), found, written, options, context), found, written, options), found, written, options), kb.talks, context.talks);
    // "Were they implemented in the end?": a Yes on what came after the talks, which no sentence reports, is refused.
    const answer = outcomeUnreported(engine, q, given, reader.read(q, options.lang)) ?? given;
    return found.reset ? answer : keepingContext(doerPutRight(newcomersFirst(carriedFirst(answer, ofHim, (id) => kb.people.get(id)), asked.people), kb), context);
  }));
}
