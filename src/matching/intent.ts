// Stage 6: the intent of a question, or the reason to refuse it: a table of named rules, in order, rather than
// scores. Each rule is a sentence a reviewer can check, and a wrong answer costs more than a refusal. When no
// rule fits, the engine falls back to ranking the facts (retrieval) before refusing.
import { afterLatestTalks, afterTheTalks, carriedOutAsked, changeAfterwards, stillToday } from './story-time.js';
import { languageOfSubject } from './language-of-subject.js';
import { handedOverBeside } from './handed-beside.js';
import type { Talk } from '../facts/types.js';
import { byDate } from '../facts/talk-order.js';
import type { Lang } from '../languages.js';
import { CARDINAL_NUMBERS, CHAT_WORDS, LEVEL_ASKED, COPULAS, MEETING_VERBS, OCCASION_PREPOSITIONS, DIFFERENCE_ASKED, FUNCTION_WORDS, MONTHS, ORDINAL_NUMBERS, PAIRED_NOUNS, YES_NO_OPENERS, PARTICIPATION_WORDS, MEETING_ACTS, VERB_ADVERBS, SOURCE_ENDS, SPEAKER_OPENERS, SPEECH_ACTS, SUBJECT_PREPOSITIONS, TALK_ANCHORS, TALK_NOUNS } from './cues.js';
import type { CueScan } from './cue-scan.js';
import { asksHowHeld, firstWord, helpBySide, helpGiven, unknownBeforeQuestion, type CueGroup } from './aspects.js';
import type { Entities } from './entities.js';
import type { Concept, Reading, Refusal, TalkScope } from './reading.js';
import { isRegularEdForm, type Token } from './tokens.js';
import type { AbsentKind } from './words.js';
import type { BeyondAsk } from './beyond.js';
import type { OtherEvent } from './events.js';
import type { PersonClaim } from './person-claim.js';
import { placesTalk } from './placed-talk.js';
import { asksOrderOfTalks } from './across.js';
import { asksOtherSubjects } from './other-subjects.js';
import { asksHelpBetween } from './help-between.js';
import { summedUpBy } from './summed-up-by.js';
import { summingOfClause } from './summed-clause.js';
import { brieflyAsked } from './briefly-asked.js';
import { actAtMentioned } from './act-at-mentioned.js';
import { formatOfMentioned } from './format-of-mentioned.js';
import { formatOnlyAside } from './format-aside.js';
import { actInCommon } from './act-in-common.js';
import { formatOffered } from './format-offered.js';

/**
 * What a question may ask, each decided by the rules below. Every one but help and unknown has an answerer, which
 * says the rest of what the intent is (src/answering/intents/index.ts; typecheck fails while one is missing there).
 */
export const INTENTS = [
  'who', 'when', 'agreements', 'format', 'topic', 'person', 'organisation', 'summary', 'compare', 'talks', 'source', 'search', 'help', 'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];

/** Intents about the talks as events: a topic can pick the talk ("who was on the call about the floods?"). */
export const TALK_LEVEL_INTENTS: ReadonlySet<Intent> = new Set(['who', 'format', 'summary']);

/** Words that may lead the subject of a question's verb ("what did the two parties' General Secretaries…"), after its auxiliary. */
const SUBJECT_LEAD = new Set(['what', 'which', 'how', 'the', 'two', 'both', 'each', 'party', 'parties', 'actually', 'really']);

/** Words before a talk word that make it where something was said ("in their phone talks"), not what was spoken of. */
const PLACE_BEFORE = new Set(['in', 'during', 'at', 'on', 'over', 'by', 'via', 'through']);

/** Words before an event that make it a point in time ("achievements since the 14th Congress"), not what is asked about. */
const EVENT_AS_TIME = new Set(['since', 'after', 'before', 'until', 'till', 'following', 'from']);

/** Words addressing the bot. */
const SECOND_PERSON = new Set(['you', 'u', 'ya', 'yourself', 'bot', 'talksbot']);
/** "can you tell me…", "do you know…": a request about the articles, not a question about the bot. */
const REQUEST_VERBS = new Set(['can', 'could', 'would', 'will', 'do', 'did', 'might', 'pls', 'please']);
/** The words of the summary cues that ask for the subjects talked about ("which topics", "what issues"). */
const SUBJECT_WORDS = new Set(['topics', 'issues', 'subjects']);
/** The words of the detail cues that ask for names ("names of", "titles of"). */
const NAMING_WORDS = new Set(['name', 'names', 'titles']);

/** The stages' findings the intent is decided from; what becomes part of the Reading is typed as the Reading has it. */
export interface Features extends Pick<Reading, 'scope' | 'periodYears' | 'aspects'> {
  readonly tokens: readonly Token[];
  readonly cues: CueScan<CueGroup>;
  readonly entities: Entities;
  /** The scope without format words, for questions about the format itself. */
  readonly scopeIgnoringFormat: TalkScope;
  /** Concepts rare enough in the statements to pick some out ("obstacles"). */
  readonly distinctive: readonly Concept[];
  /** Every concept the words stage found: the articles' words the question uses, or near ones. */
  readonly concepts: readonly Concept[];
  readonly absent: readonly string[];
  /** For each of `absent`: a name, an amount, or a word nothing covers. */
  readonly absentKinds: readonly AbsentKind[];
  /** Where the asking sentences of a long message start (their first word); 0 for a one-sentence question. */
  readonly askFrom: number;
  /** The language the question was typed in (a Vietnamese or Chinese one is read through its English pivot words). */
  readonly typedIn: Lang;
  /** No word of the question is one any dictionary, the articles or chat know, nor a name ("asdf qwer zzz"): no question to make out. */
  readonly unreadable: boolean;
  /** Where a yes/no asks a feeling the reports never word ("did Vietnam like the plan?"), or -1 (feeling.ts). */
  readonly feelingAt: number;
  /** A yes/no claiming something happened for the first time (first-time.ts). */
  readonly firstTime: boolean;
  /** An ask beyond the articles however worded (instructions, the bot's view, a judgement, later events, a text to make). */
  readonly beyond: BeyondAsk | null;
  /** Whether the future cue at a position asks nothing after the talks ("hai bên hứa sẽ…", "the future COC"). */
  readonly unaskedFuture: (at: number) => boolean;
  /** Whether a word of the present at a position is inside what someone named is reported to think or say ("黄平君认为…目前"). */
  readonly reportedPresent: (at: number) => boolean;
  /** Told in the past by a word the English read drops (Chinese "了"): see Pivoted.past. */
  readonly toldPast: boolean;
  /** Units of the amounts the articles give ("cny", "usd"). */
  readonly units: ReadonlySet<string>;
  /** Whether the word at a position is a general verb or adjective the articles never use ("initiated"). */
  readonly foreignVerb: (at: number) => boolean;
  /** Whether the word at a position is a general word nothing in the articles covers, even by a related word (`Reading.uncovered`). */
  readonly uncoveredWord: (at: number) => boolean;
  /** A verb of saying with the person told after it ("what did Song Tao tell Quan?"): asks what was said. */
  readonly tellsSomeone: boolean;
  /** A yes/no naming one person claims who he is or an act he did (person-claim.ts); null when it says neither. */
  readonly personClaim: PersonClaim | null;
  /** An act whose object is its reason is asked about ("why did Song Tao thank Vietnam?": thanked … for). */
  readonly asksGrounds: boolean;
  /** Whether a negator stands just before a position ("without being in the same room"). */
  readonly negated: (at: number) => boolean;
  /** Talks any named person took part in. */
  readonly talksOfPeople: readonly Talk[];
  /** Whether a date, year, month, ordinal, participant or the conversation names the talks (a format word alone does not). */
  readonly talkNamed: boolean;
  readonly allTalks: readonly Talk[];
  /** An event the question names in its asking part that the articles do not report ("the CPC's 20th National Congress"). */
  readonly otherEvent: OtherEvent | null;
  /** Nouns for people ("officials", "leaders"): the single words of data/lexicon/en.json `claims.attendees`. */
  readonly personNouns: ReadonlySet<string>;
  /** Determiners that make "help" a thing given (data/lexicon/en.json `focus.helpGiven`). */
  readonly helpGivenWords: ReadonlySet<string>;
  /** Someone named as replaced ("thay cho ông Quân", "who replaced Quan") was not at the talk the question names. */
  readonly replacedAt: boolean;
}

export type Decision =
  | { readonly kind: 'intent'; readonly intent: Intent; readonly scope: TalkScope; readonly rule: string }
  | { readonly kind: 'refuse'; readonly refusal: Refusal; readonly intent: Intent; readonly rule: string };

/** What a rule decides: an intent (with its talk scope) or a refusal; the rule's name is added by `decide`. */
type Verdict =
  | { readonly kind: 'intent'; readonly intent: Intent; readonly scope: TalkScope }
  | { readonly kind: 'refuse'; readonly refusal: Refusal; readonly intent: Intent };

/** The preposition that, closing "what is X about?", asks what a thing involves. */
const CLOSING_ABOUT = 'about';
/** Words that make the noun after them what someone's words were about ("about the treaties"). */
const ABOUT = new Set(['about', 'regarding', 'concerning', 'on', 'over']);
const DETERMINERS = new Set(['the', 'a', 'an', 'these', 'those', 'its', 'their']);
/** Words at most between "about" and the agreement word it governs. */
const SPOKEN_OF_SPAN = 4;

/**
 * "What did Trung ask Beijing to do about the treaties governing the land frontier?": agreement words that only say
 * what a named person's words were about, beside a subject the articles report, ask what that person said on it, not
 * what was signed.
 */
function agreementOnlySpokenOf(q: Facts): boolean {
  const hits = q.f.cues.hits('agreements');
  // "about the treaties", "regarding the land border treaties": a determiner or a topic's words between.
  const spokenOf = (at: number) => {
    let k = at - 1;
    while (k >= 0 && at - k <= SPOKEN_OF_SPAN && (DETERMINERS.has(q.f.tokens[k]?.text ?? '') || q.f.entities.covered[k] === true)) k--;
    return ABOUT.has(q.f.tokens[k]?.text ?? '');
  };
  return q.f.entities.people.length > 0 && q.topics > 0 && !q.f.aspects.yesNo && hits.length > 0 && hits.every((h) => spokenOf(h.at));
}

/**
 * Who took part and how the talks were held, asked together: a word of each, joined by "and". A person named is then
 * only the one whose partner is asked ("who did Song Tao speak to each time and by what means?").
 */
function asksWhoAndFormat(q: Facts): boolean {
  if (!q.has('participation') || (q.f.entities.people.length > 0 && q.f.aspects.partner !== true)) return false;
  const who = q.f.cues.hits('who').map((h) => h.at);
  const format = [...q.f.cues.hits('formatStrong'), ...q.f.cues.hits('manner')].map((h) => h.at);
  const joined = (a: number, b: number) => q.f.tokens.slice(Math.min(a, b), Math.max(a, b)).some((t) => t.text === 'and');
  return who.some((a) => format.some((b) => joined(a, b)));
}

/**
 * "Who met Song Tao in person?", "ai đã gặp trực tiếp…": who is asked (in the asking part, not yes or no) of a meeting
 * in person said, not denied, and the format is asked no other way (not "who met and how").
 */
function whoMetInPerson(q: Facts): boolean {
  const f = q.f;
  if (f.aspects.yesNo || !f.aspects.inPerson || asksWhoAndFormat(q) || q.has('said') || q.agreementWords) return false;
  const asksWho = f.cues.hits('who').some((h) => h.at >= f.askFrom) || asksWhichPerson(f);
  return asksWho && presumesInPerson(f);
}

/**
 * A cue of taking part that asks about it ("who attended", "with whom"), not one that only names the talks where
 * something is asked ("在两次会谈中" read "both talks", "at the talks"): those end with a talk word.
 */
function asksParticipation(q: Facts): boolean {
  return q.has('participation') && q.f.cues.hits('participation').some((h) => !TALK_ANCHORS.has(q.f.tokens[h.at + h.length - 1]?.text ?? ''));
}

/** Whether the question names talks ("the two talks", "the calls"). */
function anyTalkWord(f: Features): boolean {
  return f.tokens.some((t) => TALK_ANCHORS.has(t.text));
}

/**
 * A talk word that may be the event asked ("when did the General Secretaries talk by phone?"), not the talks reported
 * counted ("in the two talks", "trong hai lần đó": two talk that), which only say where to look.
 */
function eventTalkWord(f: Features): boolean {
  return f.tokens.some((t, i) => {
    if (!TALK_ANCHORS.has(t.text)) return false;
    let k = i - 1;
    while (k >= 0 && TALK_ANCHORS.has(f.tokens[k]?.text ?? '')) k--;
    const before = f.tokens[k]?.text ?? '';
    return !(before === 'both' || before === 'two' || CARDINAL_NUMBERS[before] !== undefined || /^\d$/.test(before));
  });
}

/**
 * "2021-2025 is the period of what?", "2021-2025 là thời hạn của cái gì?": a period that opens a question asking what
 * or which is its subject, the span of something that runs over it, not a time talks would have been held in.
 */
function periodOpens(f: Features): boolean {
  let at = f.askFrom;
  while (f.periodYears.includes(Number(f.tokens[at]?.text))) at++;
  return !f.aspects.yesNo && at > f.askFrom && NAMING_PERIOD.has(f.tokens[at]?.text ?? '') && f.tokens.some((t) => t.text === 'what' || t.text === 'which');
}

/** Words after a period that say what it is ("2021-2025 is…", "… là thời hạn", read "period"), not what happened in it. */
const NAMING_PERIOD: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'period', 'periods']);

/** What the rules read of a question's features, computed once per question. */
interface Facts {
  readonly f: Features;
  readonly has: (g: CueGroup) => boolean;
  /** The cue group's words open the question. */
  readonly opens: (g: CueGroup) => boolean;
  /** People and sides named. */
  readonly people: number;
  readonly topics: number;
  readonly orgs: number;
  /** Named people, organisations, topics and talks: what of the articles the question names. */
  readonly domain: number;
  readonly agreementWords: boolean;
  /** In a format question the format words are the subject, so they do not make a talk "not exist". */
  readonly formatQuestion: boolean;
  readonly scope: TalkScope;
  readonly asksWhen: boolean;
}

const intent = (i: Intent, scope: TalkScope): Verdict => ({ kind: 'intent', intent: i, scope });
const refuse = (refusal: Refusal, i: Intent = 'unknown'): Verdict => ({ kind: 'refuse', refusal, intent: i });

/**
 * "How much is the aid converted into dollars?" ("换算成美元是多少"): the amount of a subject the articles report, in
 * another unit. They give it in the units they give (a unit they lack is a wrong premise, "to euros" maths), so
 * the converting asks nothing they must compute.
 */
function convertsAmount(f: Features, at: number): boolean {
  return f.aspects.amount && f.entities.topics.length > 0 && (f.tokens[at]?.lemma ?? '') === 'convert';
}

/** The kinds of ask the articles cannot answer, in the order they are checked. */
/**
 * "When is the next plan signed?", "下一份计划什么时候签": "next" just before a document the articles report asks for
 * another one after it, whatever the tense ("the next talks" are the later of the talks reported).
 */
function nextDocument(f: Features): readonly { readonly at: number; readonly length: number }[] {
  if (f.entities.documents.length === 0) return [];
  // Just after it too, as Vietnamese puts it ("kế hoạch tiếp theo": plan next), ending the question.
  const names = (at: number) => f.entities.covered[at] === true && !TALK_NOUNS.has(f.tokens[at]?.text ?? '');
  return f.cues.hits('u:future').filter((h) => f.tokens[h.at]?.text === 'next' && h.length === 1 && (names(h.at + 1) || (names(h.at - 1) && h.at + 1 === f.tokens.length)));
}

/** Whether the talks a question names (all, when it names none) include the latest the articles report. */
function namesLatest(f: Features): boolean {
  // All talks include their own latest; the latest date is found once per knowledge base (a scan of every talk).
  if (f.scope.talks === null) return f.allTalks.length > 0;
  let latest = LATEST_DATE.get(f.allTalks);
  if (latest === undefined) {
    latest = f.allTalks.reduce<string>((m, t) => (t.date > m ? t.date : m), '');
    LATEST_DATE.set(f.allTalks, latest);
  }
  return f.scope.talks.some((t) => t.date === latest);
}
const LATEST_DATE = new WeakMap<readonly Talk[], string>();

const UNSUPPORTED = ['instructions', 'opinion', 'maths', 'contact', 'personal', 'future', 'timing', 'detail', 'journey', 'duration', 'language', 'travel', 'location', 'offtopic'] as const;

/**
 * A rule: a name, and what it decides of a question or null when it does not apply. The first rule that applies
 * decides; each is a sentence a reviewer can check, and tests and the explain script can name the one that decided.
 */
interface Rule {
  readonly name: string;
  readonly apply: (q: Facts) => Verdict | null;
}

/**
 * "Besides the plan, which different documents were signed?", "ngoài chuyện song phương … những chủ đề nào khác?"
 * (khác: other, different): beside a word that sets aside what is named, a lone "different" asks for the rest, not
 * for a comparison.
 */
function otherBesides(q: Facts): boolean {
  return q.f.aspects.besides === true && q.f.cues.hits('compare').every((h) => h.length === 1 && q.f.tokens[h.at]?.text === 'different');
}

/**
 * "Were they in the same room?": "the same" is part of a phrase asking whether they met in person; every compare cue
 * overlapping such a phrase asks the format, not the talks side by side.
 */
function sameAsInPerson(q: Facts): boolean {
  const inPerson = q.f.cues.hits('inPerson');
  const overlaps = (h: { at: number; length: number }) => inPerson.some((i) => h.at < i.at + i.length && i.at < h.at + h.length);
  const compare = q.f.cues.hits('compare');
  return compare.length > 0 && compare.every(overlaps);
}

/** "Which topics", "what issues": a summary cue that asks for the subjects talked about. */
function asksSubjects(q: Facts): boolean {
  return q.f.cues.hits('summary').some((h) => SUBJECT_WORDS.has(q.f.tokens[h.at + h.length - 1]?.text ?? ''));
}

/**
 * "Besides bilateral ties, what else did they discuss?", "除了双边关系，还讨论了什么？": a verb of bringing up asked
 * with "what" and nothing rarer than the subject set aside asks for the other subjects, as "which topics" does.
 */
function asksWhatElseCameUp(q: Facts): boolean {
  const loose = new Set(q.f.cues.hits('besidesLoose').map((h) => h.at));
  return q.f.cues.hits('besides').some((h) => !loose.has(h.at)) && !q.f.aspects.which && q.f.aspects.mentioned && q.f.distinctive.length === 0 && !q.f.aspects.hoped && q.f.aspects.commitment === null && q.f.tokens.some((t) => t.text === 'what' || t.text === 'which');
}

function asksForHelp(q: Facts): boolean {
  return q.f.cues.hits('help').some((h) => !helpGiven(q.f.tokens, h, q.f.helpGivenWords) && !helpBySide(q.f.tokens, h.at));
}


/** "The weather disaster China went through": a single word just before a topic's own word modifies that topic. */
function modifiesTopic(f: Features, h: { readonly at: number; readonly length: number }): boolean {
  return h.length === 1 && f.entities.covered[h.at + 1] === true && f.entities.topics.length > 0;
}

/**
 * "Keeping ministry-level and local contacts alive": a word of a person's life said right after a thing the question
 * names (a topic, document or body, not a person or side) is said of that thing, figuratively; no personal detail is asked.
 */
function saidOfThing(f: Features, h: { readonly at: number; readonly length: number }): boolean {
  const before = f.tokens[h.at - 1];
  if (h.length !== 1 || before === undefined || PAIRED_NOUNS.has(before.text)) return false;
  const ofPerson = [...f.entities.peopleAt, ...f.entities.sidesAt].some((p) => h.at - 1 >= p.at && h.at - 1 < p.at + p.length);
  const thing = f.entities.covered[h.at - 1] === true || f.concepts.some((c) => !c.asking && c.weight === 1 && (c.word === before.text || c.lemma === before.lemma));
  return thing && !ofPerson;
}

/**
 * Whether a talk word stands outside the hits of a cue group: "time" of "what time frame" is the cue's own word, no talk
 * ("how long did the talks last?" names one).
 */
function talkNounBesides(f: Features, group: CueGroup): boolean {
  const hits = f.cues.hits(group);
  return f.tokens.some((t, i) => TALK_NOUNS.has(t.text) && !hits.some((h) => i >= h.at && i < h.at + h.length));
}

/** A word of lasting followed, within two words ("lasted to 2025"), by a year: until when something runs. */
function lastsToYear(f: Features): boolean {
  return f.cues.hits('u:duration').some((h) => f.tokens.slice(h.at + h.length, h.at + h.length + 2).some((t) => /^(19|20)\d{2}$/.test(t.text)));
}

/** "Until what year", "to which year": the year something ends, asked. */
function asksEndYear(tokens: Features['tokens']): boolean {
  return tokens.some((t, i) => END_WORDS.has(t.text) && ['what', 'which'].includes(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.lemma === 'year');
}

const END_WORDS: ReadonlySet<string> = new Set(['until', 'till', 'to', 'through']);

/** "How many years": a span asked in years ("for how many years", "几年"), with no years stated ("five years and seven: how many years altogether?"). */
function asksHowManyYears(tokens: Features['tokens']): boolean {
  const years = (t: Features['tokens'][number] | undefined) => t?.lemma === 'year' || t?.text === 'years';
  const asked = tokens.some((t, i) => t.text === 'how' && tokens[i + 1]?.text === 'many' && years(tokens[i + 2]));
  return asked && tokens.every((t, i) => !years(t) || tokens[i - 1]?.text === 'many');
}

/** Whether the question asks what changed or differed ("changed", "different"): the talks set side by side. */
function asksChange(q: Facts): boolean {
  return q.f.tokens.some((t) => DIFFERENCE_ASKED.has(t.text));
}

/**
 * Whether every topic the question names is a one-word keyword ("supplies") not typed as such, only as a verb's regular
 * past of the same stem ("supplied"): what the asker did is said, no subject named.
 */
function topicsOnlyByVerbs(f: Features): boolean {
  const byVerb = (keyword: string) =>
    !keyword.includes(' ') && !f.tokens.some((t) => t.text === keyword) &&
    f.tokens.some((t) => isRegularEdForm(t) && (keyword.startsWith(t.lemma) || keyword.startsWith(t.lemma.replace(/y$/u, 'i'))));
  return f.entities.topics.length > 0 && f.entities.topics.every((t) => t.lang === 'en' && byVerb(t.words.toLowerCase()));
}

/** An intent with the question's own talk scope. */
const plain = (q: Facts, i: Intent): Verdict => intent(i, q.f.scope);

/** The things handed over that a question asks beside its signing ("any money or any signed paperwork?"). */
export function handedBeside(f: Pick<Features, 'tokens' | 'cues' | 'entities' | 'allTalks'>): ReturnType<typeof handedOverBeside> {
  return handedOverBeside(f.tokens, f.cues.hits('signed').map((h) => h.at), f.entities.topics, f.allTalks);
}

export const RULES: readonly Rule[] = [
  // 1. Nothing to read, or a request for help.
  { name: 'empty', apply: (q) => (q.f.tokens.length === 0 ? refuse({ kind: 'empty' }) : null) },
  // Keys typed at random are no question: naming them as a subject the articles lack would read as if one were asked.
  { name: 'nothing readable', apply: (q) => (q.f.unreadable ? refuse({ kind: 'unreadable' }) : null) },
  // Instructions to the bot, its own view, a judgement between the sides, what came after the talks, a text to make:
  // shapes of words (matching/beyond.ts), before any cue of the articles' own ("headlines", "help") can answer them.
  { name: 'an ask beyond the articles', apply: ({ f }) => (f.beyond ? refuse({ kind: 'unsupported', topic: f.beyond.kind }) : null) },
  // Help only with nothing of the articles named: "what help did China give?" asks about the talks.
  // Nor does "what was the help in each case?": help with a determiner is help given, not help asked of the bot.
  { name: 'help', apply: (q) => (asksForHelp(q) && !asksHelpBetween(q.f.tokens.map((t) => t.text)) && q.domain === 0 && q.f.entities.sidesNamed.length + q.f.entities.documents.length === 0 ? plain(q, 'help') : null) },
  // The reports themselves (outlet, headline, dateline) before "which city" reads as a question of location.
  // "Which agency reported on the videoconference and supplied its photos?": a topic read only from a verb's past
  // ("supplied" for the keyword "supplies") names no subject; the report's source is asked.
  { name: 'the reports themselves', apply: (q) => (q.has('source') && q.people === 0 && (q.topics === 0 || topicsOnlyByVerbs(q.f)) ? plain(q, 'source') : null) },
  // The time between the talks, before "how long" reads as how long they lasted.
  // Its talks may be named by their formats ("from the phone call to the video meeting"): the question's own scope counts.
  // "If ties turned 70 in 2020, how many years old were they at the videoconference?", "照此推算第二次会谈时建交有多少年了":
  // a count of years of a subject, at talks the question names, is counted on from what the articles number (the topic
  // answer finds the anniversary). Its year and its format may name different talks, which is no wrong premise, and
  // counting on from the articles' own figure is no calculation asked of the bot.
  {
    name: 'years counted at a talk',
    apply: (q) => {
      if (q.f.aspects.yearsCounted !== true || q.topics === 0 || q.f.entities.people.length > 0 || q.f.entities.documents.length > 0) return null;
      const named = [...new Set([...(q.f.scope.talks ?? []), ...q.f.entities.formatTalks])].sort(byDate);
      return named.length > 0 ? intent('topic', { talks: named, mismatch: null }) : null;
    },
  },
  { name: 'time between the talks', apply: (q) => (q.f.aspects.interval && q.people + q.topics === 0 && (anyTalkWord(q.f) || q.scope.talks || q.f.scope.talks) ? plain(q, 'when') : null) },

  // 2. What the articles cannot answer: unsupported asks, things they lack, talks that do not exist.
  {
    // "How long does the training scheme run?": of a document, "how long" asks its period, which the articles give.
    name: 'how long a document runs',
    apply: (q) =>
      // "How long by train from Hanoi to Nanning?": a journey asked, whose "train" is no cadre training; refused below.
      q.f.cues.has('u:journey') ? null :
      // So does a verb of lasting said of the document ("kế hoạch … kéo dài tới năm nào", until what year it lasts), with
      // no talk beside it ("how long did the talks last?").
      (q.f.entities.documents.length > 0 && q.f.cues.hits('u:duration').some((h) => (q.f.tokens[h.at]?.text === 'how' && q.f.tokens[h.at + 1]?.text === 'long')
        || !q.f.tokens.slice(Math.max(0, h.at - 3), h.at + h.length + 3).some((t) => TALK_NOUNS.has(t.text))))
      // "Đề án … ký trong cuộc điện đàm năm 2020 kéo dài đến năm nào?": lasting until which year is asked of the
      // document; a talk beside it is where it was signed (no talk lasts for years).
      || (q.f.entities.documents.length > 0 && q.f.cues.has('u:duration') && asksEndYear(q.f.tokens))
      // "签了什么，管多长时间？", "what was signed and how long does it run?": what was signed asked, and how long, of no
      // talk: how long what was signed runs.
      || (q.f.aspects.commitment === 'signed' && q.f.cues.has('u:duration') && q.f.tokens.some((t) => t.text === 'what')
        && !q.f.tokens.some((t) => TALK_NOUNS.has(t.text)))
      // "Cả hai văn kiện ký năm 2022 đều kéo dài tới năm 2025?": what was signed lasting to a year is its period's end;
      // no talk lasts for years.
      || (q.f.aspects.commitment === 'signed' && lastsToYear(q.f) && !talkNounBesides(q.f, 'u:duration'))
      // "What is the time frame of the cooperation plan?", "方案的期限是…吗" (CC-CEDICT: deadline): a document's
      // deadline or time frame is the period it runs for, which its name gives.
      || (q.f.entities.documents.length > 0 && q.f.cues.hits('u:timing').some((h) => h.at >= q.f.askFrom))
      // "2022年签的那俩文件期限到哪年": the deadline of what was signed, of no talk, is its period too.
      || (q.f.aspects.commitment === 'signed' && q.f.cues.hits('u:timing').some((h) => h.at >= q.f.askFrom) && !talkNounBesides(q.f, 'u:timing'))
        ? plain(q, 'agreements')
        : null,
  },
  {
    // "How many years did Song Tao head the ILD?", "他在中联部一共干了多少年": a count of years of a person's post, which
    // the articles never give (only the role at each talk); no talk lasts years. Not an age ("how old").
    name: 'how long someone held a post',
    apply: (q) => {
      const years = q.f.aspects.yearsCounted === true && !q.f.tokens.some((t) => t.text === 'old');
      const howLong = q.f.cues.hits('u:duration').some((h) => q.f.tokens[h.at]?.text === 'how' && q.f.tokens[h.at + 1]?.text === 'long') && !anyTalkWord(q.f);
      return q.f.entities.people.length > 0 && q.topics === 0 && q.f.entities.documents.length === 0 && (years || howLong)
        ? refuse({ kind: 'unsupported', topic: 'tenure' })
        : null;
    },
  },
  {
    // "Where's the best pho in Ho Chi Minh City?": a best-of of a thing the articles never name is beyond them,
    // whatever else it asks (where, when): answering the place or time would rank something they never report.
    name: 'the best of a thing the articles lack',
    apply: ({ f }) => {
      const ranked = f.absent.filter((_, i) => f.absentKinds[i] === 'ranked');
      return ranked.length > 0 ? refuse({ kind: 'absent', things: ranked }) : null;
    },
  },
  {
    name: 'an ask the articles cannot answer',
    apply: ({ f }) => {
      for (const kind of UNSUPPORTED) {
        // In a long message, what the context sentences say ("for a timeline", "I'm not sure I buy it") is not asked;
        // instructions to the bot, and its opinion asked of it ("do you think", "your view"), count wherever they stand.
        const anywhere = (h: { readonly at: number; readonly length: number }) =>
          kind === 'instructions' || (kind === 'opinion' && f.tokens.slice(h.at, h.at + h.length).some((t) => SECOND_PERSON.has(t.text)));
        // "What did Vietnam want the future code to have?": told in the past of a subject or a talk reported, the story's own time.
        const reported = f.entities.topics.length + f.entities.documents.length > 0 || (f.scope.talks !== null && f.scope.talks.length > 0 && f.scope.mismatch === null);
        // "The bad weather that battered China in 2020": a word of another subject inside a topic's own phrase, of a
        // talk the question names, is that topic.
        const hits = kind === 'future' ? [...afterTheTalks(f.tokens, f.cues, reported, anchoredPast(f)), ...changeAfterwards(f.tokens, f.cues, f.aspects.yesNo, f.uncoveredWord), ...carriedOutAsked(f.tokens, f.cues, f.aspects.yesNo), ...nextDocument(f), ...afterLatestTalks(f.tokens, f.cues, f.aspects.yesNo, namesLatest(f), f.typedIn !== 'en'), ...(f.scope.talks === null ? stillToday(f.tokens, f.cues) : [])] : f.cues.hits(`u:${kind}`).filter((h) => kind !== 'offtopic' || !(f.talkNamed && (f.entities.covered[h.at] || modifiesTopic(f, h))));
        // "头衔的英文写法", "how is his title written in English": the articles' own wording asked, not the talks' language.
        if (kind === 'language' && f.aspects.wording === true) continue;
        const asked = (h: { readonly at: number; readonly length: number }) =>
          (anywhere(h) || h.at >= f.askFrom) && !(kind === 'future' && (f.unaskedFuture(h.at) || f.reportedPresent(h.at) || reportedView(f, h.at) || viewCited(f, h.at) || boundedByTalk(f, h) || namesTalkYear(f, h) || replacesAtTalk(f, h) || sequelReported(f, h))) &&
          !(kind === 'maths' && convertsAmount(f, h.at)) && !(kind === 'detail' && (namesSigned(f, h) || namesHolders(f, h))) &&
          !(kind === 'personal' && saidOfThing(f, h)) &&
          !(kind === 'language' && languageOfSubject(f.tokens, f.entities.topics, h.at + h.length)) &&
          // "When Song Tao flew to Hanoi to meet Trung, what did they agree on?": a trip to the talks (both who met
          // named) taken for granted while something else is asked is a premise put right before the answer.
          !(kind === 'travel' && !f.aspects.why && presumesTrip(f)) &&
          // "where was it held, in person or online?": the alternatives offered are formats, which the format answers.
          !(kind === 'location' && formatOffered(f, h.at));
        if (hits.some(asked)) return refuse({ kind: 'unsupported', topic: kind });
      }
      return null;
    },
  },
  {
    // "How many years does the plan cover?", "kế hoạch … ký cho mấy năm", "2022年那次会谈签的方案是几年期的": a document's
    // years are its period, no number the articles lack; what was signed, with no document named, when no talk is
    // beside it ("how many years between the talks?"). After the asks beyond the articles ("… do the maths").
    name: 'how many years a document runs',
    apply: (q) =>
      (q.f.entities.documents.length > 0 || (q.f.aspects.commitment === 'signed' && !q.f.tokens.some((t) => TALK_NOUNS.has(t.text)))) && asksHowManyYears(q.f.tokens)
        ? plain(q, 'agreements')
        : null,
  },
  {
    // "Was that the first time Song Tao talked with…?": the articles never say what came before the talks they report
    // (the engine answers No where an earlier reported talk had the same people).
    name: 'a first time claimed',
    apply: ({ f }) => (f.firstTime ? refuse({ kind: 'first-time' }) : null),
  },
  {
    // "Did Vietnam like the cooperation plan?": a feeling the reports never word is not reported (feeling.ts); Yes
    // from the act it is about would be confidently wrong.
    name: 'a feeling not reported',
    apply: ({ f }) => {
      const word = f.tokens[f.feelingAt];
      return word !== undefined ? refuse({ kind: 'feeling', word: word.cased }) : null;
    },
  },
  {
    // A judgement of a side ("which side is right", "who is to blame"), said in the asking part: an opinion.
    name: 'a judgement of a side',
    apply: ({ f }) => (f.cues.hits('judgement').some((h) => h.at >= f.askFrom) ? refuse({ kind: 'unsupported', topic: 'opinion' }) : null),
  },
  {
    // "who r u", "what are you?": a question about the bot itself, with nothing of the articles in it, gets its introduction.
    name: 'a question about the bot',
    apply: (q) => {
      const { f } = q;
      const e = f.entities;
      // A closing tag of a statement checked ("…since the 12th congress ya?") is "yeah", not the bot addressed.
      const tagAt = f.aspects.yesNo ? f.cues.hits('tagCloser').find((h) => h.at > 0 && h.at + h.length === f.tokens.length)?.at : undefined;
      const toBot = f.tokens.some((t, i) => SECOND_PERSON.has(t.text) && !REQUEST_VERBS.has(f.tokens[i - 1]?.text ?? '') && (tagAt === undefined || i < tagAt));
      return q.domain === 0 && !anyTalkWord(f) && e.sides.length === 0 && e.documents.length === 0 && f.distinctive.length === 0 && toBot ? plain(q, 'help') : null;
    },
  },
  {
    // "What were the outcomes of the CPC's 20th National Congress?", "what did the plenum decide?", "what was agreed at
    // the ASEAN summit?": another gathering than the talks, which the articles never report, is refused by its name,
    // before a year or month of it reads as a talk's misdated ("no talks in October 2022"). A congress they mention
    // under another number ("the 14th National Congress") is that other congress when it is what is asked about;
    // said of a talk ("did Song Tao congratulate Vietnam on its 14th Congress?", "achievements since the 12th
    // Congress") the number is a premise the claim checker puts right.
    name: 'another event',
    apply: ({ f }) => {
      const event = f.otherEvent;
      if (!event) return null;
      const asked = event.differs === 'unknown' || (f.entities.people.length === 0 && !f.aspects.yesNo && !f.tokens.some((t) => TALK_NOUNS.has(t.text)) && !EVENT_AS_TIME.has(f.tokens[event.at - 1]?.text ?? ''));
      return asked ? refuse({ kind: 'absent', things: [event.text], event: true }) : null;
    },
  },
  {
    // What the articles lack refuses the question when it is what the question asks about: a name or an amount
    // they never give, or unknown words where nothing else names a subject of theirs ("did they discuss climate
    // change?"). Beside a topic, a document or a rare word of the articles, an unknown word is taken as the
    // asker's own way of saying it ("the spheres of cooperation", "the bond with Vietnam"), and the evidence decides.
    // A yes/no question or a "how many/how much" is a claim to check: every word of it must be the articles'.
    // An amount the articles never give, asked about a subject they report ("the 3 million CNY of supplies"), is a
    // wrong premise: the answer says so and gives what they report. The amount's own currency ("500,000 USD") names no subject.
    name: 'what the articles lack',
    apply: ({ f, topics }) => {
      const e = f.entities;
      const subjects = topics + e.documents.length + f.distinctive.length;
      const strict = subjects === 0 || f.aspects.yesNo || f.aspects.count || f.aspects.amount;
      // An office or body claimed of a person named ("why did Propaganda Department head Song Tao…") is a role the
      // answer puts right; a yes/no question about it is answered No by the claim checker.
      const roleOfPerson = (i: number) => f.absentKinds[i] === 'role' && e.people.length > 0 && !f.aspects.yesNo;
      const lacking = f.absent.filter((_, i) => (f.absentKinds[i] !== 'word' || strict) && !roleOfPerson(i));
      const named = e.topics.filter((t) => !f.units.has(t.words.toLowerCase())).length + e.documents.length + f.distinctive.length;
      const amountsOnly = named > 0 && f.absent.every((_, i) => f.absentKinds[i] === 'amount' || (f.absentKinds[i] === 'word' && !strict));
      return lacking.length > 0 && !amountsOnly ? refuse({ kind: 'absent', things: lacking }) : null;
    },
  },
  {
    // "Did Quan and Trung hold the same job?": people compared need not have met.
    name: 'people compared across talks',
    apply: ({ f, scope, has }) => {
      if (scope.mismatch?.kind !== 'no-talk' || !has('compare') || f.entities.people.length <= 1) return null;
      return f.talksOfPeople.length > 1 ? intent('compare', { talks: f.talksOfPeople, mismatch: null }) : null;
    },
  },
  {
    // "Who led it each time?", "same guy both times?", "Quan or Trung, who came first?": who held a place at each
    // talk, or at which talk each person named was, is each talk's participants (with the role each held there).
    name: "each talk's people",
    apply: (q) => {
      const { f, has } = q;
      // "Who spoke for Vietnam each time?": the words asking who held the place are no question of what was said.
      const holders = f.cues.hits('acrossHolder');
      const said = f.cues.hits('said').some((h) => !holders.some((x) => h.at >= x.at && h.at < x.at + x.length));
      // A yes/no comparison ("was it the same person both times?") is compare's to answer Yes or No; one about people
      // named, who was there's.
      if (q.topics > 0 || q.agreementWords || said || (f.aspects.yesNo && (has('compare') || f.entities.people.length > 0))) return null;
      const apart = f.entities.people.length >= 2 && f.scope.mismatch?.kind === 'no-talk' && f.talksOfPeople.length > 1;
      // People never at one talk together, put in order or chosen between ("came first", "Quan or Trung").
      if (apart && (has('acrossOrder') || has('acrossChoice') || has('acrossHolder'))) return intent('who', { talks: f.talksOfPeople, mismatch: null });
      const sideBySide = f.aspects.eachTalk || f.aspects.both || (f.scope.talks?.length ?? 0) > 1;
      // "20年那次通话是哪两个部门对接的", "which bodies held the 2020 call?": of one talk named, with no one named, who held
      // the places there is its participants, each with the office they headed.
      // Not what a body did there ("what did China's party department hand over in 2022?"), nor who led a body named,
      // nor who ran the talks ("who chaired the 2022 talks?"), which the reports never say.
      const oneTalk = f.talkNamed && f.scope.talks?.length === 1 && f.entities.people.length + f.entities.sidesNamed.length + f.entities.organisations.length === 0 && !asksAnAct(f) && !asksOtherAct(f);
      return has('acrossHolder') && (sideBySide || oneTalk) && !f.scope.mismatch ? plain(q, 'who') : null;
    },
  },
  {
    // "Was Quan at the 2022 talks?" is answered: No, with who was there.
    name: 'whether a person was at a talk',
    apply: ({ f, scope, has }) =>
      scope.mismatch?.kind === 'not-present' && f.aspects.yesNo && !has('said') ? intent('who', { talks: scope.mismatch.where, mismatch: scope.mismatch }) : null,
  },
  {
    // "Since both of these talks happened in 2021, which one came first?": a wrong year said of every talk at once is a
    // premise about them all, not a talk asked for; each talk's date puts the year right and answers when, or in what order.
    name: 'a wrong year said of every talk',
    apply: ({ f, scope, has }) =>
      scope.mismatch?.kind === 'no-talk' && scope.mismatch.labels.every((l) => l.kind === 'year') && (f.aspects.both || f.aspects.eachTalk) && has('when') && !f.aspects.yesNo
        ? intent('when', { talks: f.allTalks, mismatch: null })
        : null,
  },
  {
    // "Ông Tống Đào làm việc với ông Quân vào năm nào và với ông Trung vào năm nào?", "which year did Song Tao work with
    // Quan, and which year with Trung?": when asked again for each of people never together (or of each) is when each
    // was at his own talk, not one talk they all shared. "When did Quan meet Trung?" asks once, and stays a refusal.
    name: 'when, asked of each of people apart',
    apply: ({ f, scope }) => {
      const apart = f.entities.people.length >= 2 && scope.mismatch?.kind === 'no-talk' && scope.mismatch.labels.every((l) => l.kind === 'person') && f.talksOfPeople.length > 1;
      // Two asks apart, not one phrase read by two cues ("ngày nào": "what date", "date").
      let apartAsks = 0;
      let end = -1;
      for (const h of [...f.cues.hits('when')].sort((a, b) => a.at - b.at)) {
        if (h.at >= end) apartAsks++;
        end = Math.max(end, h.at + h.length);
      }
      const askedEach = apartAsks >= 2 || f.aspects.eachTalk;
      return apart && askedEach && !f.aspects.yesNo ? intent('when', { talks: f.talksOfPeople, mismatch: null }) : null;
    },
  },
  { name: 'talks that do not exist as named', apply: ({ scope }) => (scope.mismatch ? refuse({ kind: 'scope', mismatch: scope.mismatch }) : null) },
  // "Who helped whom each time?", "bên nào hỗ trợ bên nào?", "谁在帮谁？": what one side did for the other at each talk
  // (help-between.ts), not who took part nor the talks side by side.
  { name: 'who helped whom', apply: (q) => (!q.f.aspects.yesNo && q.people === 0 && asksHelpBetween(q.f.tokens.map((t) => t.text)) ? plain(q, 'topic') : null) },
  // A year inside the 2021-2025 plan is fine for the plan, but no talk took place then.
  // "What does 2021-2025 stand for?": the years of a plan asked to be explained are the documents that run over them.
  {
    name: 'a year of a plan, no talk',
    apply: (q) => {
      const { f, agreementWords } = q;
      if (f.periodYears.length === 0 || agreementWords) return null;
      return (f.aspects.definition || periodOpens(f)) && q.people + q.topics === 0 ? plain(q, 'agreements') : refuse({ kind: 'period', years: f.periodYears });
    },
  },

  // The articles report what was said, not why; a "why" is answered only from statements that give a cause.
  // "Why did they sign the training scheme during the 2020 call?": a document put at a talk that did not sign it is a
  // premise the agreements put right (signed at the other talk), not a cause to look for.
  { name: 'why, of a document signed elsewhere', apply: (q) => (q.f.aspects.why && signedElsewhere(q.f) ? plain(q, 'agreements') : null) },
  { name: 'why, of nothing the articles report', apply: ({ f, topics }) => (f.aspects.why && topics === 0 && f.distinctive.length === 0 && !f.asksGrounds ? refuse({ kind: 'why' }) : null) },
  { name: 'why', apply: (q) => (q.f.aspects.why ? plain(q, 'topic') : null) },

  // "How many people attended?": the reports name the officials, not a head count.
  // So does "how many officials from each side attended?": the reports name who led each side, not who attended.
  {
    name: 'a head count',
    apply: ({ f, has }) =>
      (f.aspects.count && (has('countsAttendance') || (has('attending') && !has('countsNamed') && f.entities.people.length === 0 && (f.scope.talks?.length ?? 0) === 1)))
        // "Ngoài hai trưởng đoàn, … bao nhiêu quan chức khác tham dự?": a count of who attended beyond those set aside asks
        // for others than the ones named, however it is qualified ("khác", read "different"; "多少", read "how much"):
        // no count of the named.
        || ((f.aspects.count || f.aspects.amount) && has('attending') && (f.aspects.others || f.aspects.besides))
        ? refuse({ kind: 'no-number' }, 'who')
        : null,
  },
  // 3. Requests about the talks as a whole ("how many different officials…" counts them rather than compares).
  { name: 'how many officials', apply: (q) => (q.f.aspects.count && q.has('who') && !q.has('agreements') ? plain(q, 'who') : null) },
  // What one person did at both talks, asked in common, is his statements of that act (act-in-common.ts).
  { name: "one person's act at both talks", apply: (q) => (q.has('compare') && actInCommon(q.f) ? plain(q, 'topic') : null) },
  { name: 'compare', apply: (q) => (q.has('compare') && !otherBesides(q) && !sameAsInPerson(q) ? plain(q, 'compare') : null) },
  // "Which talks had documents signed?": the agreements, with the talks named.
  { name: 'which talks signed', apply: (q) => (q.has('talks') && q.f.aspects.which && q.f.aspects.commitment !== null ? plain(q, 'agreements') : null) },
  { name: 'the talks listed', apply: (q) => (q.has('talks') && q.topics === 0 && q.people === 0 ? plain(q, 'talks') : null) },
  // "Tóm tắt phần biên giới đất liền trong bài 2022", "summarise the land border part": a summary of one subject named
  // precisely is what was said on it (its own statements), not the talk's summary, which names it among the rest.
  { name: 'a summary of one subject', apply: (q) => (q.has('summaryStrong') && q.f.entities.topics.some((t) => t.precise) && q.people === 0 && !q.f.aspects.besides ? plain(q, 'topic') : null) },
  { name: 'a summary by someone named', apply: (q) => (!q.f.aspects.besides && summedUpBy(q.f) ? plain(q, 'topic') : null) },
  // "Sum up what party-level cooperation does for the ties": the clause summed is a subject asked of, answered below.
  { name: 'a summary asked for', apply: (q) => (q.has('summaryStrong') && !summingOfClause(q.f) && !brieflyAsked(q.f) ? plain(q, 'summary') : null) },
  {
    // "Did Song Tao invite Quan to visit China?", "宋涛是否邀请黄平君访华": an act between two people that the articles never
    // report is what the yes/no claims, not the talks' format a visit suggests, nor who the people are.
    name: 'an unreported act between two people',
    apply: (q) => {
      const at = unreportedAct(q.f);
      return at >= 0 ? refuse({ kind: 'absent', things: [q.f.tokens[at]?.cased ?? ''] }) : null;
    },
  },
  // Not when who took part is asked too ("the participants and the format of both talks", "who attended and in what
  // format?"): each talk's participants are given under its date and format, which answers both.
  // "In what form did the two General Secretaries communicate?": how people only mentioned talked is what the report
  // says of them, not the format of the talks reported (format-of-mentioned.ts).
  { name: 'the format of something only mentioned', apply: (q) => (q.formatQuestion && formatOfMentioned(q.f) ? plain(q, 'topic') : null) },
  // "Who met Song Tao face to face in Beijing?": who took part is asked, of a meeting in person the question takes for
  // granted; the answer puts the format right (presumedInPerson) and then says who it was.
  { name: 'who met, in person presumed', apply: (q) => (q.formatQuestion && whoMetInPerson(q) ? plain(q, 'who') : null) },
  { name: 'the format, asked outright', apply: (q) => (q.formatQuestion && (q.has('formatStrong') || q.has('manner')) && !asksWhoAndFormat(q) ? plain(q, 'format') : null) },

  // 4. Organisations and people by name.
  { name: "an organisation's leader", apply: (q) => (q.orgs > 0 && q.has('leaderOf') && q.f.entities.people.length === 0 ? plain(q, 'person') : null) },
  {
    name: 'what an organisation is',
    // "What is the budget of the CPV-CPC cooperation plan?": parties naming a document asked of are no parties asked to be
    // defined; the document is what is asked. Nor is an amount ("What's the US dollar value of the aid the liaison
    // department sent?"): the value of something the organisation did is asked, not what it is.
    apply: (q) => (q.orgs > 0 && (q.has('defining') || q.opens('whatIs')) && !q.f.aspects.amount && q.people === 0 && q.f.entities.documents.length === 0 && !q.has('agreements') && (!q.has('said') || mentionedOnly(q.f)) && !sideRoleAsked(q.f) ? plain(q, 'organisation') : null),
  },
  {
    // "What exactly is the first centenary goal?", "which ministries…?": mentioned, never explained or named.
    name: 'inside something only mentioned',
    apply: ({ f }) => {
      const inside = asksInside(f);
      return inside ? refuse({ kind: 'undefined-term', topic: inside.target, words: inside.text }, 'topic') : null;
    },
  },
  {
    // "Who had replaced Quan as Song Tao's counterpart by 2022?": a person asked about as the one succeeded was not
    // at that talk by the question's own account; who held the place at each talk answers it, with no correction.
    name: "who came in a person's place",
    apply: ({ f, scope, has }) => {
      const stand = scope.correction?.stand ?? [];
      const talk = scope.correction?.talk;
      // "Who replaced Quan in 2022?", "thay cho ông Quân": a word of replacing says so without a word bounding the time.
      const succeeded = f.replacedAt || (has('acrossOrder') && f.cues.hits('storyBound').length > 0);
      if (!talk || stand.length === 0 || !succeeded || f.aspects.yesNo) return null;
      const theirs = f.allTalks.filter((t) => t === talk || t.participants.some((p) => stand.some((s) => s.asked === p.person)));
      return theirs.length > 1 ? intent('who', { talks: theirs, mismatch: null }) : null;
    },
  },
  {
    // "两次会谈之间宋涛的职位变了吗？": whether something of a person changed between the talks is no ask whether they took part.
    name: 'whether a person took part',
    // "Was Song Tao on both calls?": a yes/no about people at every talk, with nothing else asked, is who took part.
    apply: (q) =>
      q.f.entities.people.length > 0 && !q.asksWhen && !asksChange(q) && (q.has('participation') || (q.f.aspects.yesNo && q.f.aspects.eachTalk)) && !q.has('said') && q.topics === 0
        ? plain(q, 'who')
        : null,
  },
  {
    // "两次会谈越方负责人分别叫什么？": the names of a side's people at each talk are who took part for it.
    name: "a side's people's names",
    apply: (q) => (q.f.cues.hits('u:detail').some((h) => namesHolders(q.f, h)) && !q.agreementWords && !q.orgs ? plain(q, 'who') : null),
  },
  {
    // "What was the Vietnamese guy's position?": a side's role asked, with no one named, is who took part for it.
    // Not with a talk to choose ("哪一回会谈中方…送的是什么？"): which talk something happened at is asked, not who held a place.
    // Not who heads the side's country ("who is the president of China?"): the reports name no head of state.
    name: "a side's person's role",
    apply: (q) =>
      q.f.entities.people.length === 0 && q.f.entities.sidesNamed.length > 0 && q.f.distinctive.length === 0 && !asksAnAct(q.f) && !q.f.aspects.which && q.has('personRole') && !q.has('leaderOf') && !q.has('said') && q.topics === 0 && !q.agreementWords && !q.orgs
        ? plain(q, 'who')
        : null,
  },
  {
    // "What posts did the two on the 2020 call hold?", "2020年通话的两位分别是什么职务": a post asked of a talk, or of both
    // ("same job both times?"), with no one, side or subject named, is who took part there (their titles).
    name: "a talk's people's posts",
    apply: (q) =>
      q.f.entities.people.length + q.f.entities.sidesNamed.length + q.orgs + q.topics === 0 && ((q.scope.talks?.length ?? 0) > 0 || q.f.aspects.both) && q.f.distinctive.length === 0 && postAsked(q.f) && !q.has('said') && !q.agreementWords && !asksAnAct(q.f)
        ? plain(q, 'who')
        : null,
  },
  {
    // "Who was the Vietnamese guy on the phone with Song Tao?": a side's person asked beside someone named of the
    // other side is who took part for that side, not the role of the one named.
    name: "the other side's person",
    apply: (q) => {
      const e = q.f.entities;
      // "What post did Quan hold in the call with China?": a side after "with", past the person named, is whom he
      // talked with: his own role is asked.
      const otherSide = e.people.length > 0 && e.sidesNamed.length > 0 && e.people.every((p) => !e.sidesNamed.includes(p.party)) && !sidesTalkedWith(q.f);
      // "Did Song Tao work for the Vietnamese party?" claims his side: a role, checked by his roles.
      const claimsRole = q.f.aspects.yesNo && q.f.personClaim?.kind === 'role';
      return otherSide && !claimsRole && !q.asksWhen && q.has('personRole') && !q.has('said') && q.topics === 0 && !q.agreementWords ? plain(q, 'who') : null;
    },
  },
  {
    // "Who was Song Tao on the line with in 2020?": "who" with its "with" left at the end, past a person, asks whom
    // that person was with, never who the person is.
    name: 'whom a person was with',
    apply: (q) => (q.f.entities.people.length > 0 && !q.asksWhen && withWhom(q.f) ? plain(q, 'who') : null),
  },
  {
    name: "a person's role",
    apply: (q) =>
      q.f.entities.people.length > 0 && !q.asksWhen && q.has('personRole') && !q.has('said') && q.topics === 0 && !q.agreementWords ? plain(q, 'person') : null,
  },
  {
    // "When did the General Secretaries talk by phone?": an event the articles mention without dating it.
    name: 'the date of an undated event',
    apply: ({ f, has }) => {
      const event = has('when') && eventTalkWord(f) && f.entities.people.length === 0 ? f.entities.unexplained[0] : undefined;
      return event ? refuse({ kind: 'undefined-term', topic: event.target, words: event.text }, 'when') : null;
    },
  },
  {
    // "What did the two General Secretaries discuss in their phone talks?": people the articles only mention, the
    // subject of talks of their own that no date, ordinal or participant ties to the talks reported: another event,
    // which the articles never report. "What did the 2022 talks say about the General Secretaries' calls?" names the
    // talks; "what did the sides say about the calls between the General Secretaries?" asks of the sides.
    name: 'talks of someone only mentioned',
    apply: ({ f }) => {
      if (f.talkNamed || f.entities.people.length + f.entities.sides.length > 0) return null;
      // Their words asked: a verb of saying or discussing after them, before any talk word that is not a place
      // ("in their phone talks", "在电话里"): "how were the General Secretaries' calls mentioned?" asks of the calls.
      const saying = [...f.cues.hits('said'), ...f.cues.hits('mentioned')].map((s) => s.at);
      const event = f.entities.unexplained.find((h) => {
        const end = h.at + h.length;
        if (!f.tokens.slice(0, h.at).every((t) => SUBJECT_LEAD.has(t.text) || SPEAKER_OPENERS.has(t.text))) return false;
        const talks = f.tokens.map((t, i) => (i >= end && TALK_ANCHORS.has(t.text) ? i : -1)).filter((i) => i >= 0);
        const object = talks.find((i) => !PLACE_BEFORE.has(f.tokens[i - 1]?.text ?? '') && !PLACE_BEFORE.has(f.tokens[i - 2]?.text ?? ''));
        const verb = saying.find((s) => s >= end);
        return talks.length > 0 && verb !== undefined && (object === undefined || verb <= object);
      });
      return event ? refuse({ kind: 'undefined-term', topic: event.target, words: event.text }, 'topic') : null;
    },
  },
  {
    name: 'who did an unworded act at an event only mentioned',
    apply: ({ f }) => {
      const event = actAtMentioned(f);
      return event ? refuse({ kind: 'undefined-term', topic: event.target, words: event.text }, 'who') : null;
    },
  },

  // 5. Dates of a signing or of a topic, then agreements and topics.
  // "When they signed the plan, what else did they sign?": the "when" opens a clause; the rest of what was signed is asked.
  { name: 'when something was signed or said', apply: (q) => (q.asksWhen && (q.agreementWords || q.topics > 0) && !asksBesidesDocuments(q.f) ? plain(q, 'when') : null) },
  {
    // "The third document they signed": more documents than the talks had.
    name: 'a document beyond those signed',
    apply: ({ f, scope }) => {
      const nth = f.cues.hits('nthDocument').map((h) => ORDINAL_NUMBERS[f.tokens[h.at]?.text ?? ''] ?? 0);
      if (nth.length === 0) return null;
      const signed = (scope.talks ?? []).length > 0 ? (scope.talks ?? []) : f.allTalks;
      const most = Math.max(0, ...signed.map((t) => t.agreements.filter((a) => a.kind === 'signed').length));
      return Math.max(...nth) > most ? refuse({ kind: 'no-such-document', ordinal: Math.max(...nth), signed: most }, 'agreements') : null;
    },
  },
  {
    // "Was there any money or any signed paperwork?": signing and a thing handed over, asked side by side, are what
    // the talks produced (handed-beside.ts), not the thing's statements alone nor signing on it.
    name: 'signing and a thing handed over',
    apply: (q) => (q.f.aspects.commitment === 'signed' && q.people === 0 && q.f.entities.documents.length === 0 && handedBeside(q.f).length > 0 ? plain(q, 'agreements') : null),
  },
  {
    name: 'agreements',
    apply: (q) => {
      if (agreementOnlySpokenOf(q)) return null;
      // "How much money did Vietnam pledge for China's flood recovery?": an amount pledged on a subject is a gift's
      // figure, which the subject's statements give (or not), not what was agreed.
      if (q.f.aspects.amount && !q.f.aspects.count && q.topics > 0 && q.f.entities.documents.length === 0) return null;
      if (!(q.has('agreements') || ((q.has('agreementsWeak') || q.f.entities.documents.length > 0) && q.topics === 0))) return null;
      // "How many cadres will be trained under the scheme?": the documents are counted, nothing else is.
      return q.f.aspects.count && !q.f.cues.has('countsDocuments') ? refuse({ kind: 'no-number' }, 'agreements') : plain(q, 'agreements');
    },
  },
  {
    // "Was the July 2020 call between the General Secretaries?": a talk said to be between people the articles only
    // mention asks who took part in it (they did not), not whether that subject came up there. Said as what was discussed
    // ("did the 2022 talks discuss phone talks between the General Secretaries?"), it is that subject.
    name: 'a talk between people only mentioned',
    apply: (q) => (q.f.aspects.yesNo && !q.f.aspects.mentioned && q.people === 0 && q.f.entities.sidesAt.length === 0 && (q.f.scope.talks?.length ?? 0) > 0 && betweenMentioned(q.f) ? plain(q, 'who') : null),
  },
  {
    name: 'who took part',
    // "Who did they plan to work with against covid?": with whom something on a subject was hoped for or agreed is
    // what was said on it (the international community), not who took part; nor is the person told ("tell his counterpart").
    apply: (q) => ((q.has('who') || asksWhichPerson(q.f)) && q.has('participation') && !q.has('said') && !q.f.tellsSomeone && !participantsActing(q.f) && !(q.topics > 0 && (q.f.aspects.hoped || q.f.aspects.aboutAgreement)) ? (asksOtherAct(q.f) ? refuse(actRefusal(q.f), 'who') : plain(q, 'who')) : null),
  },
  {
    // "除了两国关系，还聊了哪些话题？", "besides ties, what other topics…?": the subject named is set aside and the others
    // are asked, which the talk's summary lists (its topic's own statements would answer the one set aside); so are
    // the subjects asked by their noun beside anything set aside (other-subjects.ts).
    name: 'other subjects besides one named',
    apply: (q) =>
      q.f.aspects.besides === true && !q.f.aspects.yesNo && q.people === 0 &&
      ((q.topics > 0 && (asksSubjects(q) || asksWhatElseCameUp(q))) || (q.f.entities.sidesNamed.length === 0 && !q.f.aspects.hoped && q.f.aspects.commitment === null && asksOtherSubjects({ ...q.f, mentioned: q.f.aspects.mentioned })))
        ? plain(q, 'summary')
        : null,
  },
  { name: 'a topic', apply: (q) => (q.topics > 0 ? plain(q, 'topic') : null) },
  // "Which one took place earlier?", "哪次会谈更早？": which talk came first is each talk's date, whichever talk the word
  // of order points at; nothing else may be asked of it (no person, side, document, nor who or what was said).
  {
    name: 'which talk came first',
    apply: (q) =>
      (q.f.aspects.which || anyWord(q.f, WHICH)) && !q.f.aspects.yesNo && q.people + q.orgs === 0 && q.f.entities.sidesNamed.length + q.f.entities.documents.length === 0 &&
      !q.has('who') && !q.has('said') && asksOrderOfTalks(q.f.tokens, q.f.cues)
        ? intent('when', { talks: null, mismatch: null })
        : null,
  },
  // "In one round the Chinese side said thanks, in the other it gave something. Which was which?": an act asked of each
  // talk, with no subject named, is what each talk's statements report of it. So is an act of doing the statements
  // name by a rare word ("which side gave support to the other in each of the two talks?"), not who took part. So is
  // the opening of each talk ("mở đầu mỗi cuộc, phía Việt Nam gửi lời gì?"): its first words of one side.
  {
    name: 'acts asked of each talk',
    apply: (q) =>
      q.f.aspects.eachTalk && !q.f.aspects.yesNo &&
      (q.f.aspects.opening === true || q.f.tokens.some((t) => SPEECH_ACTS.has(t.lemma)) || (q.f.distinctive.length > 0 && !asksParticipation(q) && !q.has('acrossHolder')))
        ? plain(q, 'topic')
        : null,
  },
  { name: 'what someone said', apply: (q) => ((q.people > 0 || q.f.distinctive.length > 0) && (q.has('said') || q.f.tellsSomeone || wishOfNamed(q)) ? plain(q, 'topic') : null) },

  // 6. Dates, format and participants of the talks.
  {
    name: 'when the talks were',
    apply: (q) => {
      if (!q.has('when')) return null;
      // "Which of the two came first, and who led that earlier one?": the order rests on every talk's date, whichever
      // talk a word of order then points at (each talk's line names its people too).
      if (q.f.aspects.which && !q.f.aspects.yesNo && q.has('acrossOrder')) return intent('when', { talks: null, mismatch: null });
      return anyWord(q.f, TALK_ANCHORS) || q.scope.talks || q.people > 0 || bare(q, 'when') ? plain(q, 'when') : refuse({ kind: 'unanchored', asks: 'when' }, 'when');
    },
  },
  { name: 'how the talks were held', apply: (q) => (q.formatQuestion && !asksWhoAndFormat(q) ? plain(q, 'format') : null) },
  {
    name: 'who was there',
    apply: (q) => {
      if (!q.has('who')) return null;
      if (asksOtherAct(q.f)) return refuse(actRefusal(q.f), 'who');
      return anyWord(q.f, PARTICIPATION_WORDS) || q.scope.talks || q.people > 0 || bare(q, 'who') ? plain(q, 'who') : refuse({ kind: 'unanchored', asks: 'who' }, 'who');
    },
  },
  { name: 'a summary', apply: (q) => (q.has('summary') ? plain(q, 'summary') : null) },
  {
    // "Did Quan and Song Tao talk on 29 July 2020?": a yes/no of people named and a word of holding talks, nothing
    // else, asks whether they took part there; who took part leads Yes or No, where a person's description would not.
    name: 'whether people named held talks',
    apply: (q) =>
      q.f.aspects.yesNo && q.f.entities.people.length > 0 && q.f.distinctive.length === 0 && anyWord(q.f, TALK_ANCHORS) && !q.has('personRole') && !q.has('said') && q.topics === 0 && !postAtFormat(q.f)
        ? plain(q, 'who')
        : null,
  },
  { name: 'a person by name', apply: (q) => (q.f.entities.people.length > 0 && q.f.distinctive.length === 0 ? plain(q, 'person') : null) },
  { name: 'an organisation by name', apply: (q) => (q.orgs > 0 && q.f.distinctive.length === 0 ? plain(q, 'organisation') : null) },
  { name: 'a talk by name', apply: (q) => (q.scope.talks && q.scope.talks.length > 0 && q.f.distinctive.length === 0 ? plain(q, 'summary') : null) },
];

/**
 * "What did Trung want from China?", "what did he want?": a wish whose subject is a person named (or "he", "they") just
 * before it asks what that person hoped for or urged, as "what did he hope for?" does; not "I want to know…".
 */
function wishOfNamed(q: Facts): boolean {
  const { f } = q;
  if (f.aspects.yesNo || q.people === 0) return false;
  // "what did he want china to do with them": the wish is about a thing already in play, which the conversation
  // carries; read as all his wishes, that thing would be lost.
  if (f.tokens.some((t) => THINGS_IN_PLAY.has(t.text))) return false;
  const ends = new Set(f.entities.peopleAt.map((h) => h.at + h.length));
  return f.cues.hits('hoped').some((h) => ends.has(h.at) || WISHERS.has(f.tokens[h.at - 1]?.text ?? ''));
}
const WISHERS: ReadonlySet<string> = new Set(['he', 'she', 'they']);
const THINGS_IN_PLAY: ReadonlySet<string> = new Set(['them', 'it', 'those', 'these', 'that', 'this']);

// "give me the dates": nothing but the cue and plain words is a question about the talks.
function bare(q: Facts, group: CueGroup): boolean {
  const { f } = q;
  return q.orgs === 0 && f.tokens.every((t, i) => FUNCTION_WORDS.has(t.text) || f.cues.hits(group).some((h) => i >= h.at && i < h.at + h.length));
}

/** "Which was earlier, …?": the word asking which, before no noun. */
const WHICH: ReadonlySet<string> = new Set(['which']);

function anyWord(f: Features, set: ReadonlySet<string>): boolean {
  return f.tokens.some((t) => set.has(t.text));
}

/** What the rules read of the features, once. */
/** Words that open a clause placing the question in time ("…hold when he spoke with Song Tao?"). */
const TIME_CLAUSE = new Set(['when', 'while', 'whilst']);

/**
 * Where a clause after the question proper places it in time ("What post did Quan hold | when he spoke with Song
 * Tao?"): what is said there is when, not what is asked. The token count when there is none; a question that opens
 * with "when" asks it.
 */
function timeClauseAt(f: Features): number {
  // The first word found once, not again at every word.
  const first = firstWord(f.tokens);
  const at = f.tokens.findIndex((t, i) => i > first + 1 && TIME_CLAUSE.has(t.text));
  return at < 0 ? f.tokens.length : at;
}

/** Most words of the source cited after "according to". */
const SOURCE_WORDS = 5;

/** Positions of the source a question cites ("according to the 2022 participants"), up to its question word. */
function sourceSpan(f: Features): ReadonlySet<number> {
  const out = new Set<number>();
  f.tokens.forEach((t, i) => {
    if (t.text !== 'according' || f.tokens[i + 1]?.text !== 'to') return;
    for (let k = i + 2; k < Math.min(f.tokens.length, i + 2 + SOURCE_WORDS) && !SOURCE_ENDS.has(f.tokens[k]?.text ?? ''); k++) out.add(k);
  });
  return out;
}

/**
 * "According to Vietnam, what is currently the biggest obstacle?", "Theo ông Quân, hiện nay…": a word of the present
 * after a source the question cites that is a side or person of the talks is that source's present as reported, not
 * today. Not a yes/no ("according to Quan, is he still in office?" asks whether it holds now).
 */
function viewCited(f: Features, at: number): boolean {
  if (f.aspects.yesNo) return false;
  const source = sourceSpan(f);
  return [...f.entities.peopleAt, ...f.entities.sidesAt].some((p) => source.has(p.at) && p.at < at);
}

/**
 * "What does the DOC mentioned in the report stand for?", "文中提到的DOC全称是什么": every word of saying is one of
 * mentioning, with no one and no side named to have said it; the report mentions the thing, no speaker is asked.
 */
function mentionedOnly(f: Features): boolean {
  if (f.entities.peopleAt.length > 0 || f.entities.sidesAt.length > 0) return false;
  const mentions = f.cues.hits('mentioned');
  return f.cues.hits('said').every((h) => mentions.some((m) => h.at >= m.at && h.at < m.at + m.length));
}

function factsOf(f: Features): Facts {
  const { cues, entities: e } = f;
  // An act of speaking in that clause only dates the question: the role, the date or the signing is still asked.
  const placedAt = timeClauseAt(f);
  const source = sourceSpan(f);
  const partnerAt = new Set(cues.hits('partner').flatMap((h) => Array.from({ length: h.length }, (_, k) => h.at + k)));
  const has = (g: CueGroup) => {
    // "Who did Song Tao speak to?": a verb of speaking that names the partner asks who, not what was said.
    if (g === 'said') return cues.hits(g).some((h) => h.at < placedAt && !partnerAt.has(h.at));
    // "According to the 2022 participants, what…?": the people a question cites as its source are not what it asks.
    if (g === 'who' || g === 'participation') return cues.hits(g).some((h) => !source.has(h.at));
    // "What did Quan point to when the two chiefs spoke?" (also as the reader puts a leading "When …, what …?"):
    // the clause's own "when" places the question and asks no date, when a subject follows it ("… and when
    // were they held?", "… and when?" ask).
    const subject = f.tokens[placedAt + 1];
    if (g === 'when' && subject !== undefined && !YES_NO_OPENERS.has(subject.text)) return cues.hits(g).some((h) => h.at !== placedAt);
    return cues.has(g);
  };
  const first = firstWord(f.tokens);
  const formatQuestion = isFormatQuestion(f);
  const scope = formatQuestion ? f.scopeIgnoringFormat : f.scope;
  const opens = (g: CueGroup) => cues.hits(g).some((h) => h.at === first);
  return {
    f,
    has,
    opens,
    people: e.people.length + e.sides.length,
    topics: e.topics.length,
    orgs: e.organisations.length,
    domain: e.people.length + e.organisations.length + e.topics.length + (scope.talks ? 1 : 0),
    agreementWords: has('agreements') || has('agreementsWeak') || e.documents.length > 0,
    formatQuestion,
    scope,
    asksWhen: opens('whenStart'),
  };
}

/** The intent of a question, or why it is refused: the first rule of RULES that applies, named. */
export function decide(f: Features): Decision {
  const q = factsOf(f);
  for (const rule of RULES) {
    const verdict = rule.apply(q);
    if (verdict) return { ...verdict, rule: rule.name };
  }
  return { kind: 'refuse', refusal: { kind: 'no-match' }, intent: 'unknown', rule: 'nothing fits' };
}

/** Format words that place a talk ("the phone talks"), skipped on the way to the verb. */
const FORMAT_WORDS = new Set(['phone', 'video', 'online', 'virtual', 'videoconference']);
/** Prepositions and determiners of such a place ("in the 2020 phone talks"); never a verb or an auxiliary. */
const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS);
const PLACING_WORDS = new Set(['in', 'at', 'on', 'during', 'of', 'the', 'a', 'an', 'this', 'that', 'these', 'those']);

/**
 * "Who initiated the call?", "which side proposed holding the talks?": the reports name who took part, not who
 * started, asked for or proposed the talks. The verb after the question's "who" is one the articles never use,
 * or a hope or proposal, with no person, topic or document named.
 */
/**
 * "What benefit did the 2022 participants attribute to those calls?": "what"/"which" with the thing it asks, then an
 * auxiliary and the participants as the subject of its verb. The thing is what is asked, not who took part; a role,
 * title or name asked of them ("what posts did the participants hold?") is still who they were.
 */
function participantsActing(f: Features): boolean {
  const words = f.tokens.map((t) => t.text);
  const asker = words.findIndex((w) => w === 'what' || w === 'which');
  if (asker < 0) return false;
  const aux = words.findIndex((w, i) => i > asker + 1 && SPEAKER_OPENERS.has(w) && !COPULAS.has(w));
  if (aux < 0) return false;
  const who = f.cues.hits('who');
  const role = [...f.cues.hits('roleNoun'), ...f.cues.hits('personRole')].some((h) => h.at < aux);
  return who.length > 0 && !role && who.every((h) => h.at > aux) && f.cues.hits('participation').every((h) => h.at > aux);
}

function asksOtherAct(f: Features): boolean {
  return otherActAt(f) !== null;
}

/**
 * The refusal of a who-question about an act the reports never name, with that act in the asker's words ("paid for
 * the zoom"), so the refusal says what is missing rather than only what it can answer.
 */
function actRefusal(f: Features): Refusal {
  const at = otherActAt(f);
  const act = at === null ? [] : f.tokens.slice(at).filter((t) => !CHAT_WORDS.has(t.text)).map((t) => t.cased);
  return act.length > 0 ? { kind: 'unanchored', asks: 'who', act } : { kind: 'unanchored', asks: 'who' };
}

/** Where the act of asksOtherAct begins, or null when the question asks no such act. */
function otherActAt(f: Features): number | null {
  if (f.entities.people.length + f.entities.topics.length + f.entities.documents.length > 0) return null;
  // Past what only places the question ("which side in the 2020 phone talks initiated…", as a Vietnamese question
  // reads once its question word is put first): grammar, talk nouns, formats and dates.
  // A cue that is itself the verb ("who took part in the talks in March?") leaves nothing to look past.
  const cue = f.cues.hits('who').reduce<{ readonly at: number; readonly length: number } | null>((a, h) => (a === null || h.at + h.length > a.at + a.length ? h : a), null);
  let verbAt = cue === null ? -Infinity : cue.at + cue.length;
  const placing = (t: Token) => TALK_NOUNS.has(t.text) || FORMAT_WORDS.has(t.text) || PLACING_WORDS.has(t.text) || MONTH_WORDS.has(t.text) || /^\d+$/.test(t.text);
  // "Which side", "which officials": a cue opened by its question word ends in the noun asked for, not a verb; the
  // verb is still to come ("which side in the 2020 call first proposed it?").
  const nounCue = cue !== null && cue.length > 1 && NOUN_CUE_OPENERS.has(f.tokens[cue.at]?.text ?? '');
  const cueIsVerb = !nounCue && PARTICIPATION_WORDS.has(f.tokens[verbAt - 1]?.text ?? '');
  // "who even paid for it?": an adverb before the verb is not the verb.
  while (!cueIsVerb && VERB_ADVERBS.has(f.tokens[verbAt]?.text ?? '')) verbAt++;
  for (let t = f.tokens[verbAt]; !cueIsVerb && t !== undefined && placing(t); t = f.tokens[verbAt]) verbAt++;
  const verb = f.tokens[verbAt];
  // "是谁先打的" (is who first call): a copula the pivot put after "who" stands before the verb, not as it.
  let actAt = verbAt;
  if (COPULAS.has(f.tokens[actAt]?.text ?? '')) for (actAt++; f.tokens[actAt] !== undefined && placing(f.tokens[actAt] as Token); ) actAt++;
  if (startedFirst(f.tokens, actAt)) return actAt;
  // "Who hosted the 2022 talks?", "那场是谁主持的": running the meeting, with no body named ("who chairs the
  // Commission?" asks its head), is an act the reports never name; a title after it ("chair of…") is a post.
  const ranMeeting = (i: number) => MEETING_ACTS.has(f.tokens[i]?.text ?? '') && f.tokens[i + 1]?.text !== 'of';
  if (f.entities.organisations.length === 0 && ranMeeting(actAt)) return actAt;
  return verb !== undefined && !PARTICIPATION_WORDS.has(verb.text)
    && (f.foreignVerb(verbAt) || f.cues.hits('hoped').some((h) => h.at === verbAt) || asksForTalk(f.tokens, verbAt, placing)) ? verbAt : null;
}

/** Question words that open a who-cue naming what is asked for ('which side', 'what officials'). */
const NOUN_CUE_OPENERS = new Set(['which', 'what']);
/** Words saying who acted first or of their own accord ("called first", "谁先打", "gọi trước", "主动打"). */
const INITIATIVE = new Set(['first', 'active', 'initiative', 'proactively']);

/**
 * "Which side called first?", "谁先打的电话" (who first call), "Ai là người gọi trước": who started the talks, which the
 * reports never say. The word of initiative is the verb's, just after it (English, Vietnamese) or just before it
 * (Chinese); never an ordinal of the talks ("who was at the first talks?").
 */
function startedFirst(tokens: readonly Token[], verbAt: number): boolean {
  const ofVerb = (i: number) => {
    const t = tokens[i];
    const next = tokens[i + 1]?.text ?? '';
    return t !== undefined && INITIATIVE.has(t.text) && !TALK_NOUNS.has(next) && tokens[i - 1]?.text !== 'the';
  };
  // "ai gọi cho ai trước" (who called to whom first): the pivot puts the object's "who" first, leaving its
  // preposition between the verb and the word of initiative.
  return ofVerb(verbAt) || ofVerb(verbAt + 1) || (STRANDED.has(tokens[verbAt + 1]?.text ?? '') && ofVerb(verbAt + 2));
}

/** Prepositions an object moved to the front leaves after its verb ("gọi cho ai" → "goi for"). */
const STRANDED = new Set(['for', 'to', 'with']);

/** A verb with "for" and the talks as its object ("which side asked for the call?", "who pushed for the talks?"):
 * who sought the talks, which the reports never say; "who asked for help" or "called for peace" are not caught. */
function asksForTalk(tokens: readonly Token[], verbAt: number, placing: (t: Token) => boolean): boolean {
  if (tokens[verbAt + 1]?.text !== 'for') return false;
  for (let i = verbAt + 2; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || !placing(t)) return false;
    if (TALK_NOUNS.has(t.text)) return true;
  }
  return false;
}

/** Words that close a question after its "with" without naming anyone: dates, talk words, grammar ("… with on 29 July 2020"). */
const closesWithWhom = (w: string) => FUNCTION_WORDS.has(w) || MONTH_WORDS.has(w) || TALK_NOUNS.has(w) || /^\d+(st|nd|rd|th)?$/.test(w);

/** "Who was Song Tao dealing with (in 2022)?": the question opens with "who", and its last "with" follows a person and names no one after it. */
function withWhom(f: Features): boolean {
  const words = f.tokens.map((t) => t.text);
  const first = firstWord(f.tokens);
  const at = words.lastIndexOf('with');
  const person = f.entities.peopleAt.find((p) => p.at > first);
  if (at <= 0 || person === undefined || person.at + person.length > at) return false;
  if (words[first] === 'who' || words[first] === 'whom') return words.slice(at + 1).every(closesWithWhom);
  // "Ông Tống Đào đã nói chuyện với những lãnh đạo nào của Việt Nam?" (read "which … talked with leader viet_nam"):
  // "which" people of a side after the "with" are whom he was with, too.
  if (words[first] !== 'which') return false;
  const after = words.slice(at + 1).findIndex((w) => !FUNCTION_WORDS.has(w)) + at + 1;
  const sided = new Set(f.entities.sidesAt.flatMap((h) => Array.from({ length: h.length }, (_, k) => h.at + k)));
  return after > at && PAIRED_PEOPLE.has(words[after] ?? '') && words.every((w, i) => i <= after || closesWithWhom(w) || sided.has(i));
}

/**
 * Whether every side named stands after a "with" (only function words between) and no person named does: the side
 * talked with ("Quan … in the call with China", "khi điện đàm với phía Trung Quốc, ông Quân…"), not the side of the
 * person asked ("the Vietnamese guy on the phone with Song Tao").
 */
function sidesTalkedWith(f: Features): boolean {
  const words = f.tokens.map((t) => t.text);
  const { sidesAt, peopleAt } = f.entities;
  // The word before a name, past function words: "with" there makes the name whom someone talked with.
  const withBefore = (at: number) => {
    let k = at - 1;
    while (k >= 0 && FUNCTION_WORDS.has(words[k] ?? '') && words[k] !== 'with') k--;
    return words[k] === 'with';
  };
  return sidesAt.length > 0 && sidesAt.every((h) => withBefore(h.at)) && !peopleAt.some((p) => withBefore(p.at));
}

/** Nouns for a side's people ("leaders", "officials"): "which leaders … with" asks whom. */
const PAIRED_PEOPLE: ReadonlySet<string> = new Set(['leader', 'leaders', 'official', 'officials', 'counterpart', 'counterparts', 'representative', 'representatives']);

/** Forms of "be" that put a talk before what it was ("the call was between…"). */
const BEING: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been']);

/** "Between the (two) General Secretaries": "between" and, after it with only function words or a count, a thing only mentioned. */
function betweenMentioned(f: Features): boolean {
  const words = f.tokens.map((t) => t.text);
  const filler = (x: string) => FUNCTION_WORDS.has(x) || x in CARDINAL_NUMBERS || /^\d+$/.test(x);
  // What is between them is the talk: "between" just after a word for the talks or a "was" ("exchanges between
  // localities" are not).
  const ofTalk = (at: number) => TALK_NOUNS.has(words[at] ?? '') || BEING.has(words[at] ?? '');
  // Chinese puts it after them ("通话是两位总书记之间的", read "phone call 2 general secretary between").
  const before = (from: number) => {
    let at = from - 1;
    while (at >= 0 && filler(words[at] ?? '') && !ofTalk(at)) at--;
    return ofTalk(at);
  };
  const between = (h: { readonly at: number; readonly length: number }, b: number) =>
    (h.at > b && before(b) && words.slice(b + 1, h.at).every(filler)) || (h.at + h.length === b && before(h.at) && words.slice(b + 1).every(filler));
  return words.some((w, b) => w === 'between' && f.entities.unexplained.some((h) => between(h, b)));
}

/** Asking what is inside something the articles only mention: "which ministries", "names of the three legal documents",
 * "what exactly is the first centenary goal", "what was decided at the 13th National Congress". */
function asksInside(f: Features) {
  const words = f.tokens.map((t) => t.text);
  const opensWhatIs = [...f.cues.hits('whatIs'), ...f.cues.hits('whatWas')].some((h) => h.at === firstWord(f.tokens));
  // "谈海上问题时多提到了哪些具体机制": a subject named by its own term is what the "which" asks within; a thing only
  // mentioned under another subject ("mechanisms" of cooperation between localities) is not the one asked about.
  const precise = f.entities.topics.filter((t) => t.precise === true);
  return f.entities.unexplained.find((h) => {
    if (precise.length > 0 && !precise.some((t) => t.topic.id === h.target.id)) return false;
    const from = Math.max(0, h.at - 3);
    const before = words.slice(from, h.at);
    // "which items…" asks inside the thing; "which talk … the medical supplies" asks which talk, and "which side gave
    // the medical supplies?" who did it. "Which National Congress?" is answered when the articles give it an ordinal ("the 13th").
    const askingWho = (at: number) => f.cues.hits('who').some((x) => x.at === at);
    // "哪些层级的往来机制" (which levels of mechanisms): the level asked is what the articles say of the thing ("between
    // ministries, sectors, localities"), not what lies inside it.
    const which = before.some((w, i) => w === 'which' && !TALK_NOUNS.has(before[i + 1] ?? '') && !LEVEL_ASKED.has(before[i + 1] ?? '') && !askingWho(from + i)) && h.identified !== true;
    const named = f.cues.has('namesOf') && before.some((w) => w === 'of' || w === 'the');
    // "Does the article explain what the first centenary goal means?": its meaning asked, wherever the words stand.
    // So does "whats that goal exactly?": "exactly" just after the thing a "what is" opens on; and "what does it involve?".
    const exactlyAfter = opensWhatIs && words[h.at + h.length] === 'exactly';
    // "Whats that centenary goal actually about?": "about" closing a "what is" on the thing (past adverbs only) asks
    // what it involves, as "what is it?" does; "what were the supplies for?" asks a purpose, which the articles give.
    // "…goal about exactly?": adverbs after the "about" close nothing of their own.
    let close = words.length;
    while (close > h.at + h.length && VERB_ADVERBS.has(words[close - 1] ?? '')) close--;
    const aboutClosing = opensWhatIs && words[close - 1] === CLOSING_ABOUT && words.slice(h.at + h.length, close - 1).every((w) => VERB_ADVERBS.has(w));
    const contents = f.cues.hits('contentsOf').some((c) => c.at >= h.at + h.length) && f.entities.people.length === 0;
    const defined = (opensWhatIs && f.cues.has('whatIsExactly')) || exactlyAfter || aboutClosing || contents || (f.cues.hits('defining').some((d) => !unknownBeforeQuestion(f.tokens, f.cues, d)) && f.entities.people.length === 0);
    // "The outcomes of the CPV's 13th Congress": the thing right after the words asking what it brought.
    // Its holder may stand between ("of the CPV's 13th Congress"); another noun ("the results of exchanges between
    // ministries") is what the outcome is of.
    const holders = new Set(f.entities.organisations.flatMap((o) => [o.name, o.acronym ?? '', ...o.aliases].flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u))));
    const inner = f.cues.has('decidedAt') || f.cues.hits('outcomeOf').some((c) => h.at >= c.at + c.length
      && words.slice(c.at + c.length, h.at).every((w) => FUNCTION_WORDS.has(w) || holders.has(w)));
    // "Who were the General Secretaries?", "Tổng Bí thư … là những ai?": who they were, of people only mentioned.
    const whoAt = words.lastIndexOf('who', h.at);
    // People a follow-up's context gives are not named by the question ("who were the two general secretaries then?").
    const who = whoAt >= 0 && words.slice(whoAt + 1, h.at).every((w) => FUNCTION_WORDS.has(w)) && f.entities.peopleAt.length + f.entities.sidesAt.length === 0
      && !f.cues.has('said') && !f.cues.has('mentioned');
    // "What are the three legal documents?": the thing is the whole question.
    // Not when a preposition follows it: "what were the supplies for?" asks their purpose, which the articles give.
    const trailing = words[h.at + h.length];
    const whole = opensWhatIs && h.at <= firstWord(f.tokens) + 3 && h.at + h.length >= words.length - 1 && (trailing === undefined || !SUBJECT_PREPOSITIONS.has(trailing));
    return which || named || defined || inner || who || (whole && f.entities.people.length === 0 && !f.aspects.amount && !f.aspects.count);
  });
}

/**
 * "When they met face to face in Beijing, what did they sign?": a question asking something else (what was signed,
 * said or discussed) takes a meeting in person for granted. The format is then a premise to put right before the
 * answer, not what is asked; a yes/no question ("did they sign it in person?") or "how were they held?" asks it.
 */
export function presumesInPerson(f: Pick<Features, 'cues' | 'entities' | 'aspects' | 'tokens' | 'askFrom' | 'negated' | 'typedIn' | 'concepts'>): boolean {
  const { cues, entities: e } = f;
  const inPerson = cues.hits('inPerson');
  // Said in the asking part, not denied ("without being in the same room"), not in a context sentence ("exchanges in person stopped").
  const said = cues.hits('formatStrong').some((h) => h.at >= f.askFrom && !f.negated(h.at) && inPerson.some((i) => i.at === h.at));
  // "How did they sign it without meeting?" asks the format itself; "how did they discuss the sea when they met in
  // person in Beijing?" asks how a subject was discussed at the meeting it takes for granted.
  const asksHow = f.tokens[firstWord(f.tokens)]?.text === 'how' && !cues.has('howQuantity') && e.topics.length + e.documents.length === 0;
  if (f.aspects.yesNo || asksHow || asksHowHeld(cues) || e.formatCount > 0) return false;
  // Talks said to be held at a place presume a meeting there, whatever else is asked ("who attended the talks in Beijing?").
  if (placesTalk(f)) return true;
  if (!said) return false;
  const asksElse = (['agreements', 'agreementsWeak', 'said', 'summary', 'summaryStrong'] as const).some((g) => cues.has(g));
  // "Who met Song Tao face to face?" asks who, of the meeting it presumes.
  const asksWho = cues.hits('who').some((h) => h.at >= f.askFrom);
  return asksElse || asksWho || actAsked(f) || e.topics.length + e.documents.length > 0;
}

/**
 * "When Song Tao flew to Hanoi to meet Trung, what did they agree on?": a trip to meet (both who met named) taken for
 * granted while something else is asked (what was signed, agreed or said, or a thing done there), not a yes/no.
 */
export function presumesTrip(f: Pick<Features, 'cues' | 'entities' | 'aspects' | 'tokens' | 'askFrom' | 'concepts'>): boolean {
  if (!f.cues.has('u:travel') || f.entities.people.length < 2 || !f.aspects.inPerson || f.aspects.yesNo || asksHowHeld(f.cues) || f.entities.formatCount > 0) return false;
  const asksElse = (['agreements', 'agreementsWeak', 'said', 'summary', 'summaryStrong'] as const).some((g) => f.cues.has(g));
  return asksElse || actAsked(f) || f.entities.topics.length + f.entities.documents.length > 0;
}

/**
 * "When they met in person in 2022, what did Song Tao give Vietnam?", "…ông Tống Đào đã trao tặng Việt Nam những gì?": a
 * what or which asked of an act the articles word closely (their own word or a near one: "presented"), other than
 * meeting itself or a side or place named, asks a thing done at the meeting presumed, not how they met.
 */
function actAsked(f: Pick<Features, 'entities' | 'tokens' | 'askFrom' | 'concepts'>): boolean {
  if (!f.tokens.some((t, i) => i >= f.askFrom && (t.text === 'what' || t.text === 'which'))) return false;
  const named = new Set(f.entities.sidesAt.flatMap((h) => f.tokens.slice(h.at, h.at + h.length).map((t) => t.text)));
  return f.concepts.some((c) => c.weight >= ACT_WEIGHT && !c.asking && !named.has(c.word.toLowerCase()) && !TALK_NOUNS.has(c.lemma) && !MEETING_VERBS.has(c.lemma));
}

/** How close a word must be to the articles' own to name an act they report (a curated alias or nearer). */
const ACT_WEIGHT = 0.85;

/**
 * "What did Quan think was currently holding relations back?", "黄平君认为…目前…": a time word inside what a participant
 * is reported to have said or thought (the person, then a verb of saying, then the word) is the talk's own time.
 */
/**
 * A question told in the past only by a particle the English read drops ("…后来怎么样了") is of the story's own time
 * when it is anchored in the story: after something the articles report ("新冠来了以后": after covid came) or at a talk it
 * dates, and put after no talk ("2022年会谈之后": after the talks, which the articles do not reach).
 */
/**
 * "Who had replaced Quan by the 2022 talks?": a word of later events bounded, after it, by the year of a talk the
 * articles report asks of that talk's time, which they answer ("by 2024" stays after the talks).
 */
function boundedByTalk(f: Features, h: { readonly at: number; readonly length: number }): boolean {
  const years = new Set(f.allTalks.map((t) => t.date.slice(0, 4)));
  return f.cues.hits('storyBound').some((b) => {
    if (b.at < h.at + h.length) return false;
    const year = f.tokens.slice(b.at + b.length, b.at + b.length + 3).find((t) => /^\d{4}$/.test(t.text));
    return year !== undefined && years.has(year.text);
  });
}

/**
 * "2020那次说疫情搞得好多交流办不成 那后来改成啥方式了": within a story of the talks the question tells in the past, "then"
 * before what the report itself gives (a rare word of its own after it: "flexible" forms) asks the story's own next
 * step, not what came after the talks. Not a yes/no ("was it carried out afterwards?"), nor a bare "what happened
 * afterwards?", whose words name nothing reported.
 */
function sequelReported(f: Features, h: { readonly at: number; readonly length: number }): boolean {
  if (f.aspects.yesNo || !f.cues.hits('storySequel').some((s) => s.at === h.at)) return false;
  const end = h.at + h.length;
  return f.distinctive.some((c) => !c.asking && c.weight >= 0.85 && f.tokens.some((t, i) => i >= end && t.cased === c.word));
}

/** "Who replaced Quan in 2022?": the word of replacing someone who was not at the talk named asks of that talk's time. */
function replacesAtTalk(f: Features, h: { readonly at: number; readonly length: number }): boolean {
  return f.replacedAt && [...f.cues.hits('acrossReplacing'), ...f.cues.hits('acrossSuccessor')].some((r) => r.at < h.at + h.length && h.at < r.at + r.length);
}

/**
 * "Từ năm 2020 sang năm 2022" (read "from 2020 next year 2022"), "the following year, 2022": a word of a later year
 * right before a talk's own year names that year, of the talks reported.
 */
function namesTalkYear(f: Features, h: { readonly at: number; readonly length: number }): boolean {
  const next = f.tokens[h.at + h.length]?.text ?? '';
  return f.allTalks.some((t) => t.date.startsWith(`${next}-`));
}

function anchoredPast(f: Features): boolean {
  if (!f.toldPast) return false;
  const after = f.tokens.flatMap((t, k) => (t.text === 'after' || t.text === 'since' ? [k] : []));
  const afterTalk = after.some((k) => {
    const before = f.tokens[k - 1]?.text ?? '';
    const formats = f.allTalks.flatMap((t) => [...t.aliases, ...t.format.keywords, ...t.terms.vi, ...t.terms.zh].flatMap((w) => [w.toLowerCase(), ...w.toLowerCase().split(/\s+/)]));
    return TALK_NOUNS.has(before) || TALK_ANCHORS.has(before) || /^\d{4}$/.test(before) || formats.includes(before);
  });
  return !afterTalk && (f.talkNamed || after.some((k) => f.entities.covered[k - 1] === true));
}

/**
 * "What are the names of the documents signed in 2022?", "签的两份文件分别叫什么": the names of what was signed are
 * what the signing sentence gives; names of other things ("the three legal documents") stay a detail they lack.
 */
function namesSigned(f: Features, h: { readonly at: number; readonly length: number }): boolean {
  // A topic named and no document signed ("越方提到的三份陆地边界管理法律文件…哪年签的"): the documents of that subject.
  if (f.entities.topics.length > 0 && f.entities.documents.length === 0) return false;
  return f.aspects.commitment === 'signed' && f.tokens.slice(h.at, h.at + h.length).some((t) => NAMING_WORDS.has(t.text));
}

/**
 * "What are the names of the Vietnamese heads at the two talks?", "越方负责人分别叫什么": names asked of a side at
 * each talk, nothing else named, are who held its place there, no detail of a thing the articles leave unnamed.
 */
function namesHolders(f: Features, h: { readonly at: number; readonly length: number }): boolean {
  const e = f.entities;
  const ofEachTalk = f.aspects.eachTalk || f.aspects.both;
  // A topic only a long message's context sentences name ("我在写一份关于越中关系的作业。…") is not what is asked.
  const side = (i: number) => e.sidesAt.some((x) => i >= x.at && i < x.at + x.length);
  const topicAsked = e.topics.length > 0 && (f.askFrom === 0 || e.covered.some((c, i) => c && i >= f.askFrom && !side(i)));
  return e.documents.length === 0 && !topicAsked && e.people.length === 0 && e.sidesNamed.length > 0 && ofEachTalk && f.tokens.slice(h.at, h.at + h.length).some((t) => NAMING_WORDS.has(t.text));
}

/**
 * "越方代表叫什么，在越共中央担任什么职务？": a side named and a role asked past the question's opening ask who held it;
 * the organisation is where the role is held, not what is asked ("what is the CPV?" opens with its own ask).
 */
function sideRoleAsked(f: Features): boolean {
  const first = firstWord(f.tokens);
  return f.entities.sidesNamed.length > 0 && f.entities.people.length === 0 && f.cues.hits('personRole').some((h) => h.at > first);
}

function reportedView(f: Features, at: number): boolean {
  // Asked what was said, not whether something holds ("宋涛说现在还是部长吗？" asks about today).
  if (f.aspects.yesNo) return false;
  const said = f.cues.hits('said').filter((h) => h.at < at);
  if (f.entities.peopleAt.some((p) => said.some((h) => h.at > p.at))) return true;
  // "2020年通话的时候越方对两党关系现在的势头咋评价的": Chinese puts the verb of judging after its object. A side or
  // person, then the word, then that verb, at a talk the question dates, is what was said there of its own time.
  const later = f.cues.hits('said').filter((h) => h.at > at);
  const speakers = [...f.entities.peopleAt, ...f.entities.sidesAt].filter((p) => p.at + p.length <= at);
  return f.talkNamed && (f.scope.talks?.length ?? 0) === 1 && speakers.length > 0 && later.length > 0;
}

/** "Besides the plan, what else…?", "when they signed the plan, what else…": documents named, and what else asked with a question word after them. */
function asksBesidesDocuments(f: Features): boolean {
  const named = f.entities.documents.length > 0 && f.aspects.besides === true && !f.aspects.yesNo;
  const first = firstWord(f.tokens);
  return named && f.tokens.some((t, i) => i > first && (t.text === 'what' || t.text === 'which'));
}

/** "Which Chinese official…?", "what Vietnamese leaders…": "which" or "what" with one word between it and a noun for people. */
function asksWhichPerson(f: Features): boolean {
  return f.tokens.some((t, i) => (t.text === 'which' || t.text === 'what') && f.personNouns.has(f.tokens[i + 2]?.text ?? ''));
}

/**
 * A post asked as such ("what positions", "担任什么职务"), not a role something played ("the role of the 2020 call"),
 * of talks the question dates (a year: "called" alone names no talk whose people's titles are asked).
 */
function postAsked(f: Features): boolean {
  // A talk named by its year, or every talk ("same job both times?").
  const dated = f.tokens.some((t) => /^(19|20)\d\d$/.test(t.text)) || f.aspects.both;
  return dated && f.cues.hits('roleNoun').some((h) => f.tokens[h.at + h.length]?.text !== 'of');
}

/** "What did … hand over?": a question asking with "do" asks what someone did, not what they are. */
function asksAnAct(f: Features): boolean {
  return f.tokens.some((t) => t.text === 'did' || t.text === 'do' || t.text === 'does');
}

/**
 * In a yes/no, a general verb the articles never use between two people named ("Song Tao invite Quan", "宋涛邀请黄平君"),
 * outside the format's own words: where it stands, or -1. A verb of going somewhere ("sang Bắc Kinh") is the format's.
 */
function unreportedAct(f: Features): number {
  if (!f.aspects.yesNo || f.entities.people.length === 0) return -1;
  const formatWords = (['formatStrong', 'format', 'inPerson', 'manner', 'heldVerb'] as const).flatMap((g) => f.cues.hits(g));
  const inFormat = (i: number) => formatWords.some((h) => i >= h.at && i < h.at + h.length);
  const personAt = (i: number) => f.entities.peopleAt.some((h) => h.at === i);
  const personEndsAt = (i: number) => f.entities.peopleAt.some((h) => h.at + h.length === i);
  return f.tokens.findIndex((t, i) => i >= f.askFrom && f.foreignVerb(i) && !inFormat(i) && !PARTICIPATION_WORDS.has(t.text) && personEndsAt(i) && personAt(i + 1));
}

/** "How were the talks held?", "was it in person?", "was the 2022 meeting a phone call?" */
function isFormatQuestion(f: Features): boolean {
  const { cues, entities: e } = f;
  const has = (g: CueGroup) => cues.has(g);
  if (presumesInPerson(f)) return false;
  if (f.aspects.yesNo && postClaimed(f)) return false;
  // "Cuộc hội đàm qua hình thức trực tuyến diễn ra vào ngày mấy?" (the talks in the online format: on what date?), "who
  // took part in the talks via the online format?": one talk's format, named beside the generic word, picks that talk,
  // and its date or its people are what is asked.
  if ((has('when') || has('who')) && e.formatTalks.length === 1 && e.formatCount === 1 && !asksHowHeld(cues)) return false;
  if (has('formatStrong')) return !describedForm(f) && !inPersonDeniedAside(f) && !formatOnlyAside(f);
  // "In what form were they held?" asks the format; "by what means should disputes be settled?" asks how a subject was to be handled.
  if (has('manner')) return has('heldVerb') || e.topics.length + e.documents.length + f.distinctive.length === 0;
  // "phone or video?": two formats named means the format is the question.
  // Not "which topics came up in both the 2020 phone call and the 2022 videoconference?": each format there names its
  // talk, the pair set side by side, and the subjects are asked.
  if (e.formatCount > 1 && !has('who') && !has('when') && !(f.aspects.both && (has('summary') || has('summaryStrong')))) return true;
  if (has('who') || has('when') || e.topics.length > 0) return false;
  // "两次会谈里哪次是开视频的？" (which of the two talks … video): a talk chosen among the talks named by its format alone,
  // nothing else asked of it, is chosen by how it was held; the format answers. Only with the talks named as the set
  // ("which one was on video then" follows up on the talks of the conversation, whose summary answers).
  if (f.aspects.which && f.aspects.eachTalk && !f.aspects.yesNo && e.formatCount === 1 && e.people.length + e.documents.length + e.organisations.length + f.distinctive.length === 0 && !has('agreements') && !has('said') && !has('summary') && !has('summaryStrong')) return true;
  // "How did Vietnam describe its relations in the 2020 talk?": how something was said about is not the format.
  if (asksHowHeld(cues) && !has('said')) return true;
  // "Tell me about the talks held by phone": a format naming the talk asked about. Not "what information did they
  // share in the online meeting?": a thing asked, with the format only in the occasion it was asked of.
  if (has('format') && !has('summary') && !has('summaryStrong')) return !formatAsOccasion(f);
  // A yes/no question that names a format: "was the 2022 meeting a phone call?" (not "is Song Tao the Chinese one in the call?")
  return f.aspects.yesNo && e.formatTalks.length > 0 && (e.namedFormat || e.people.length === 0) && !has('agreements') && !has('summary') && !formatActs(f) && !formatAsSetting(f);
}

/**
 * "2020年通话时，宋涛是中联部的负责人吗？" (at the 2020 call, was Song Tao head of the ILD?): someone named, a post word and
 * a body named claim his post at that talk, which the format only places; a Yes for the format answers nothing asked.
 */
/** A post claimed of someone at talks named by their format ("2020年通话时，宋涛是中联部的负责人吗？"): his post is asked, not whether he took part. */
function postAtFormat(f: Features): boolean {
  return postClaimed(f) && f.entities.formatTalks.length > 0 && !f.cues.has('participation');
}

function postClaimed(f: Features): boolean {
  return f.entities.people.length > 0 && f.entities.organisations.length > 0 && (f.cues.has('personRole') || f.entities.officesNamed.length > 0);
}

/** Words that may stand between a preposition of occasion and the format word it places ("in the online meeting", "in meeting online"). */
const OCCASION_BETWEEN: ReadonlySet<string> = new Set(['the', 'their', 'that', 'this', 'these', 'those', 'its', 'his', 'her']);

/**
 * "What information did they share in the online meeting?", "…chia sẻ những thông tin gì trong cuộc gặp trực tuyến?": a
 * "what" or "which" asked of a thing, while every format word stands in the occasion a preposition of occasion names (the
 * format and talk nouns, verbs of meeting, determiners, dates between): the format picks the talk; the thing is what is asked.
 */
function formatAsOccasion(f: Features): boolean {
  const words = f.tokens.map((t) => t.text);
  if (!words.some((w) => w === 'what' || w === 'which')) return false;
  const formatAt = new Set(f.cues.hits('format').flatMap((h) => Array.from({ length: h.length }, (_, k) => h.at + k)));
  const hits = f.cues.hits('format');
  return hits.length > 0 && hits.every((h) => {
    let i = h.at - 1;
    while (i >= 0 && (OCCASION_BETWEEN.has(words[i] ?? '') || TALK_NOUNS.has(words[i] ?? '') || MEETING_VERBS.has(words[i] ?? '') || formatAt.has(i) || MONTHS.includes(words[i] ?? '') || /^\d+$/u.test(words[i] ?? ''))) i--;
    return OCCASION_PREPOSITIONS.has(words[i] ?? '') && i < h.at - 1;
  });
}

/** Prepositions of manner before a format ("over the phone", "via the video link"): the format itself is claimed. */
const MANNER_BEFORE: ReadonlySet<string> = new Set(['via', 'over', 'through']);
/** Determiners by which a format names the talk as an occasion ("the video call", "their 2022 videoconference"). */
const SETTING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'their', 'this', 'that', 'these', 'those']);
/** Words before such a talk that make it the setting or the time of the claim ("on the video call", "by the 2022 videoconference"). */
const SETTING_BEFORE: ReadonlySet<string> = new Set([...PLACE_BEFORE, ...EVENT_AS_TIME, 'of'].filter((w) => !MANNER_BEFORE.has(w)));

/**
 * "Did Song Tao look tired on the video call?", "had Song Tao changed posts by the 2022 videoconference?": a yes/no about
 * someone (or whether something came up) that names the talks only as where or when its claim holds (a preposition, then the talk by a determiner) claims
 * something of him, not the format; a Yes for the format would answer nothing asked. "Was the meeting a video call?",
 * "did they talk by phone?" still claim it.
 */
function formatAsSetting(f: Features): boolean {
  // Of no one named, a question whether something was brought up ("did they talk about anything beyond… in the 2022
  // vid call") claims what was said there, not the format.
  if (f.typedIn !== 'en' || (f.entities.people.length === 0 && !f.aspects.mentioned) || f.entities.formatsAt.length === 0) return false;
  return f.entities.formatsAt.every((h) => {
    let i = h.at - 1;
    while (i >= 0 && (MONTHS.includes(f.tokens[i]?.text ?? '') || /^\d+$/u.test(f.tokens[i]?.text ?? ''))) i--;
    // "On the phone" says how someone spoke, an idiom of the format itself.
    const idiom = f.tokens[i - 1]?.text === 'on' && h.length === 1 && f.tokens[h.at]?.text === 'phone';
    return SETTING_DETERMINERS.has(f.tokens[i]?.text ?? '') && SETTING_BEFORE.has(f.tokens[i - 1]?.text ?? '') && !idiom;
  });
}

/** Words that may stand between "did" and the talks it asks about ("did the 2022 videoconference…", "did their call…"). */
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'their', 'this', 'that', 'these', 'those', 'both', 'two']);

/**
 * "Did the 2022 videoconference lead to anything tangible?": the talks named by their format are the subject of "did",
 * and what they did is asked, not how they were held (a Yes for the format would answer nothing asked).
 */
function formatActs(f: Features): boolean {
  const first = f.askFrom + firstWord(f.tokens.slice(f.askFrom));
  // "Did the phone call happen in 2020?", "did the video call take place…": their holding is asked, the format with it.
  // The pivot's "did" of a Vietnamese or Chinese yes/no ("2020年那次是通过电话谈的吗") stands in no such order.
  if (f.typedIn !== 'en' || !DO_FORMS.has(f.tokens[first]?.text ?? '') || f.cues.has('heldVerb')) return false;
  return f.entities.formatsAt.some((h) => {
    const between = f.tokens.slice(first + 1, h.at);
    return h.at > first && h.at + h.length < f.tokens.length && between.every((t) => SUBJECT_DETERMINERS.has(t.text) || MONTHS.includes(t.text) || /^\d+$/u.test(t.text));
  });
}

/** The forms of "do" that open a yes/no question about what its subject did. */
const DO_FORMS: ReadonlySet<string> = new Set(['did', 'do', 'does', 'didnt', 'dont', 'doesnt']);

/**
 * "Giữ liên lạc bằng hình thức linh hoạt" (keeping in touch in flexible forms), "hình thức giao lưu linh hoạt" (forms
 * of exchange, flexible): a form word beside a rare word of the statements is the form they speak of, not the talks'
 * own format.
 */
/**
 * "Which kind of contact did both sides stress when they could not meet in person?", "… khi không tiện gặp nhau trực
 * tiếp?": a meeting in person denied is the setting of what is asked, not the format asked, when the question names
 * a thing of the articles (contact) and asks nothing of how the talks were held ("how were the talks held when they
 * could not meet in person?" still asks the format).
 */
function inPersonDeniedAside(f: Features): boolean {
  if (f.aspects.yesNo || f.aspects.why || !f.tokens.some((t) => THING_ASKED.has(t.text))) return false;
  const inPerson = f.cues.hits('inPerson');
  const strong = f.cues.hits('formatStrong');
  const denied = strong.every((h) => f.negated(h.at) && inPerson.some((i) => i.at === h.at));
  // The verb of the denied meeting itself ("meet in person") holds nothing else.
  const meetingAt = (at: number) => strong.some((h) => at < h.at && h.at - at <= MEETING_REACH);
  const held = f.cues.hits('heldVerb').some((h) => !meetingAt(h.at));
  return denied && !held && !f.cues.has('format') && !asksHowHeld(f.cues);
}

/** Question words asking for a thing or a way ("which kind of contact…"): a bare "not in person??" asks whether. */
const THING_ASKED: ReadonlySet<string> = new Set(['what', 'which', 'how']);

/** Most words ("meet each other", "gặp nhau") from the verb of a meeting to "in person". */
const MEETING_REACH = 2;

function describedForm(f: Features): boolean {
  const rare = new Set(f.distinctive.map((c) => c.lemma));
  const beside = (at: number) => rare.has(f.tokens[at]?.lemma ?? '');
  // Once described, a later bare "which form" asks of those forms ("… hình thức linh hoạt, mỗi lần nhắc tới hình thức nào?").
  // A quality placed on the form by a preposition describes it too ("sự linh hoạt trong hình thức tiếp xúc": flexible in form).
  const placed = (at: number) => FORM_PLACING.has(f.tokens[at - 1]?.lemma ?? '') && beside(at - 2);
  return f.cues.hits('formatStrong').some((h) => h.length === 1 && (beside(h.at - 1) || beside(h.at + 1) || beside(h.at + 2) || placed(h.at)));
}

/** Prepositions that place a quality on a form ("flexible in format", "linh hoạt về hình thức"). */
const FORM_PLACING: ReadonlySet<string> = new Set(['in', 'about', 'of']);

/** Talks for questions about the talks themselves: a topic can pick the talk ("the call about the floods"). */
export function talksDiscussing(all: readonly Talk[], f: Pick<Features, 'entities'>): readonly Talk[] | null {
  const topics = new Set(f.entities.topics.map((t) => t.topic));
  if (topics.size === 0) return null;
  const discussed = all.filter((t) => t.statements.some((s) => s.topics.some((topic) => topics.has(topic))));
  return discussed.length > 0 ? discussed : null;
}

/** The question says its documents were signed, at talks none of which signed any of them. */
function signedElsewhere(f: Features): boolean {
  const talks = f.scope.talks;
  if (f.aspects.commitment !== 'signed' || f.entities.documents.length === 0 || !talks || talks.length === 0) return false;
  return f.entities.documents.every((d) => talks.every((t) => !t.agreements.includes(d)));
}
