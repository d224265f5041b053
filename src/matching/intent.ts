// Stage 6: the intent of a question, or the reason to refuse it. Ordered rules rather than scores: each
// rule is a sentence a reviewer can check, and a wrong answer costs more than a refusal. When no rule
// fits, the engine falls back to ranking the facts (retrieval) before refusing.
import type { Talk } from '../facts/types.js';
import { FUNCTION_WORDS, ORDINAL_NUMBERS, PARTICIPATION_WORDS, TALK_ANCHORS, TALK_NOUNS } from './cues.js';
import type { CueScan } from './cue-scan.js';
import { asksHowHeld, firstWord, type CueGroup } from './aspects.js';
import type { Entities } from './entities.js';
import type { Aspects, Concept, Intent, Refusal, TalkScope } from './reading.js';
import type { Token } from './tokens.js';
import type { AbsentKind } from './words.js';

/** Words addressing the bot. */
const SECOND_PERSON = new Set(['you', 'u', 'ya', 'yourself', 'bot', 'talksbot']);
/** "can you tell me…", "do you know…": a request about the articles, not a question about the bot. */
const REQUEST_VERBS = new Set(['can', 'could', 'would', 'will', 'do', 'did', 'might', 'pls', 'please']);

export interface Features {
  readonly tokens: readonly Token[];
  readonly cues: CueScan<CueGroup>;
  readonly entities: Entities;
  readonly scope: TalkScope;
  /** The scope without format words, for questions about the format itself. */
  readonly scopeIgnoringFormat: TalkScope;
  readonly periodYears: readonly number[];
  readonly aspects: Aspects;
  /** Concepts rare enough in the statements to pick some out ("obstacles"). */
  readonly distinctive: readonly Concept[];
  readonly absent: readonly string[];
  /** For each of `absent`: a name, an amount, or a word nothing covers. */
  readonly absentKinds: readonly AbsentKind[];
  /** Where the asking sentences of a long message start (their first word); 0 for a one-sentence question. */
  readonly askFrom: number;
  /** Units of the amounts the articles give ("cny", "usd"). */
  readonly units: ReadonlySet<string>;
  /** Whether the word at a position is a general verb or adjective the articles never use ("initiated"). */
  readonly foreignVerb: (at: number) => boolean;
  /** Talks any named person took part in. */
  readonly talksOfPeople: readonly Talk[];
  readonly allTalks: readonly Talk[];
}

export type Decision =
  | { readonly kind: 'intent'; readonly intent: Intent; readonly scope: TalkScope }
  | { readonly kind: 'refuse'; readonly refusal: Refusal; readonly intent: Intent };

/** Whether the question names talks ("the two talks", "the calls"). */
function anyTalkWord(f: Features): boolean {
  return f.tokens.some((t) => TALK_ANCHORS.has(t.text));
}

export function decide(f: Features): Decision {
  const { cues, entities: e, aspects } = f;
  const has = (g: CueGroup) => cues.has(g);
  const first = firstWord(f.tokens);
  const opens = (g: CueGroup) => cues.hits(g).some((h) => h.at === first);
  const people = e.people.length + e.sides.length;
  const topics = e.topics.length;
  const agreementWords = has('agreements') || has('agreementsWeak') || e.documents.length > 0;
  // In a format question the format words are the subject, so they do not make a talk "not exist".
  const formatQuestion = isFormatQuestion(f);
  const scope = formatQuestion ? f.scopeIgnoringFormat : f.scope;
  const intent = (i: Intent, s: TalkScope = f.scope): Decision => ({ kind: 'intent', intent: i, scope: s });
  const refuse = (refusal: Refusal, i: Intent = 'unknown'): Decision => ({ kind: 'refuse', refusal, intent: i });

  // 1. Nothing to read, or a request for help.
  if (f.tokens.length === 0) return refuse({ kind: 'empty' });
  const domain = e.people.length + e.organisations.length + topics + (scope.talks ? 1 : 0);
  if (has('help') && domain === 0) return intent('help');

  // The reports themselves (outlet, headline, dateline) before "which city" reads as a question of location.
  if (has('source') && people === 0 && topics === 0) return intent('source');

  // The time between the talks, before "how long" reads as how long they lasted.
  if (has('interval') && people + topics === 0 && (anyTalkWord(f) || scope.talks)) return intent('when');

  // 2. What the articles cannot answer: unsupported asks, things they lack, talks that do not exist.
  for (const kind of ['instructions', 'opinion', 'maths', 'personal', 'future', 'timing', 'detail', 'duration', 'language', 'travel', 'location', 'offtopic'] as const) {
    // In a long message, what the context sentences say ("for a timeline") is not asked; instructions to the bot
    // and asking its opinion count wherever they stand.
    const from = kind === 'instructions' || kind === 'opinion' ? 0 : f.askFrom;
    if (cues.hits(`u:${kind}`).some((h) => h.at >= from)) return refuse({ kind: 'unsupported', topic: kind });
  }
  if (cues.hits('judgement').some((h) => h.at >= f.askFrom)) return refuse({ kind: 'unsupported', topic: 'opinion' });
  // "who r u", "what are you?": a question about the bot itself, with nothing of the articles in it, gets its introduction.
  if (domain === 0 && !anyTalkWord(f) && e.sides.length === 0 && e.documents.length === 0 && f.distinctive.length === 0 && f.tokens.some((t, i) => SECOND_PERSON.has(t.text) && !REQUEST_VERBS.has(f.tokens[i - 1]?.text ?? ''))) {
    return intent('help');
  }
  // What the articles lack refuses the question when it is what the question asks about: a name or an amount
  // they never give, or unknown words where nothing else names a subject of theirs ("did they discuss climate
  // change?"). Beside a topic, a document or a rare word of the articles, an unknown word is taken as the
  // asker's own way of saying it ("the spheres of cooperation", "the bond with Vietnam"), and the evidence decides.
  // A yes/no question or a "how many/how much" is a claim to check: every word of it must be the articles'.
  const subjects = topics + e.documents.length + f.distinctive.length;
  const strict = subjects === 0 || aspects.yesNo || aspects.count || aspects.amount;
  const lacking = f.absent.filter((_, i) => f.absentKinds[i] !== 'word' || strict);
  // An amount the articles never give, asked about a subject they report ("the 3 million CNY of supplies"), is a
  // wrong premise: the answer says so and gives what they report.
  // The amount's own currency ("500,000 USD") names no subject.
  const named = e.topics.filter((t) => !f.units.has(t.words.toLowerCase())).length + e.documents.length + f.distinctive.length;
  const amountsOnly = named > 0 && f.absent.every((_, i) => f.absentKinds[i] === 'amount' || (f.absentKinds[i] === 'word' && !strict));
  if (lacking.length > 0 && !amountsOnly) return refuse({ kind: 'absent', things: lacking });
  // "Did Quan and Trung hold the same job?": people compared need not have met.
  if (scope.mismatch?.kind === 'no-talk' && has('compare') && e.people.length > 1) {
    const talks = f.talksOfPeople.length > 1 ? f.talksOfPeople : null;
    if (talks) return intent('compare', { talks, mismatch: null });
  }
  if (scope.mismatch) {
    // "Was Quan at the 2022 talks?" is answered: No, with who was there.
    if (scope.mismatch.kind === 'not-present' && aspects.yesNo && !has('said')) {
      return intent('who', { talks: scope.mismatch.where, mismatch: scope.mismatch });
    }
    return refuse({ kind: 'scope', mismatch: scope.mismatch });
  }
  // A year inside the 2021-2025 plan is fine for the plan, but no talk took place then.
  if (f.periodYears.length > 0 && !agreementWords) return refuse({ kind: 'period', years: f.periodYears });

  // The articles report what was said, not why; a "why" is answered only from statements that give a cause.
  if (aspects.why && topics === 0 && f.distinctive.length === 0) return refuse({ kind: 'why' });
  if (aspects.why) return intent('topic');

  // "How many people attended?": the reports name the officials, not a head count.
  if (aspects.count && has('countsAttendance')) return refuse({ kind: 'no-number' }, 'who');
  // 3. Requests about the talks as a whole ("how many different officials…" counts them rather than compares).
  if (aspects.count && has('who') && !has('agreements')) return intent('who');
  if (has('compare')) return intent('compare');
  // "Which talks had documents signed?": the agreements, with the talks named.
  if (has('talks') && aspects.which && aspects.commitment !== null) return intent('agreements');
  if (has('talks') && topics === 0 && people === 0) return intent('talks');
  if (has('summaryStrong')) return intent('summary');
  if (formatQuestion && has('formatStrong')) return intent('format');

  // 4. Organisations and people by name.
  const orgs = e.organisations.length;
  if (orgs > 0 && has('leaderOf') && e.people.length === 0) return intent('person');
  if (orgs > 0 && (has('defining') || opens('whatIs')) && people === 0 && !has('agreements') && !has('said')) return intent('organisation');
  // "What exactly is the first centenary goal?", "which ministries…?": mentioned, never explained or named.
  const inside = asksInside(f);
  if (inside) return refuse({ kind: 'undefined-term', topic: inside.target, words: inside.text }, 'topic');
  const asksWhen = opens('whenStart');
  if (e.people.length > 0 && !asksWhen && has('participation') && !has('said') && topics === 0) return intent('who');
  if (e.people.length > 0 && !asksWhen && has('personRole') && !has('said') && topics === 0 && !agreementWords) return intent('person');

  // "When did the General Secretaries talk by phone?": an event the articles mention without dating it.
  const undatedEvent = has('when') && anyTalkWord(f) ? e.unexplained.find(() => e.people.length === 0) : undefined;
  if (undatedEvent) return refuse({ kind: 'undefined-term', topic: undatedEvent.target, words: undatedEvent.text }, 'when');

  // 5. Dates of a signing or of a topic, then agreements and topics.
  if (asksWhen && (agreementWords || topics > 0)) return intent('when');
  // "The third document they signed": more documents than the talks had.
  const nth = cues.hits('nthDocument').map((h) => ORDINAL_NUMBERS[f.tokens[h.at]?.text ?? ''] ?? 0);
  if (nth.length > 0) {
    const signed = (scope.talks ?? []).length > 0 ? (scope.talks ?? []) : f.allTalks;
    const most = Math.max(0, ...signed.map((t) => t.agreements.filter((a) => a.kind === 'signed').length));
    if (Math.max(...nth) > most) return refuse({ kind: 'no-such-document', ordinal: Math.max(...nth), signed: most }, 'agreements');
  }
  if (has('agreements') || ((has('agreementsWeak') || e.documents.length > 0) && topics === 0)) {
    // "How many cadres will be trained under the scheme?": the documents are counted, nothing else is.
    if (aspects.count && !cues.has('countsDocuments')) return refuse({ kind: 'no-number' }, 'agreements');
    return intent('agreements');
  }
  if (has('who') && has('participation') && !has('said')) return asksOtherAct(f) ? refuse({ kind: 'unanchored', asks: 'who' }, 'who') : intent('who');
  if (topics > 0) return intent('topic');
  if ((people > 0 || f.distinctive.length > 0) && has('said')) return intent('topic');

  // 6. Dates, format and participants of the talks.
  // "give me the dates": nothing but the cue and plain words is a question about the talks.
  const bare = (group: CueGroup) =>
    orgs === 0 && f.tokens.every((t, i) => FUNCTION_WORDS.has(t.text) || cues.hits(group).some((h) => i >= h.at && i < h.at + h.length));
  const anyWord = (set: ReadonlySet<string>) => f.tokens.some((t) => set.has(t.text));
  if (has('when')) {
    if (anyWord(TALK_ANCHORS) || scope.talks || people > 0 || bare('when')) return intent('when');
    return refuse({ kind: 'unanchored', asks: 'when' }, 'when');
  }
  if (formatQuestion) return intent('format');
  if (has('who')) {
    if (asksOtherAct(f)) return refuse({ kind: 'unanchored', asks: 'who' }, 'who');
    if (anyWord(PARTICIPATION_WORDS) || scope.talks || people > 0 || bare('who')) return intent('who');
    return refuse({ kind: 'unanchored', asks: 'who' }, 'who');
  }
  if (has('summary')) return intent('summary');
  if (e.people.length > 0 && f.distinctive.length === 0) return intent('person');
  if (orgs > 0 && f.distinctive.length === 0) return intent('organisation');
  if (scope.talks && scope.talks.length > 0 && f.distinctive.length === 0) return intent('summary');
  return refuse({ kind: 'no-match' });
}

/**
 * "Who initiated the call?", "which side proposed holding the talks?": the reports name who took part, not who
 * started, asked for or proposed the talks. The verb after the question's "who" is one the articles never use,
 * or a hope or proposal, with no person, topic or document named.
 */
function asksOtherAct(f: Features): boolean {
  if (f.entities.people.length + f.entities.topics.length + f.entities.documents.length > 0) return false;
  const verbAt = Math.max(...f.cues.hits('who').map((h) => h.at + h.length));
  const verb = f.tokens[verbAt];
  return verb !== undefined && !PARTICIPATION_WORDS.has(verb.text) && (f.foreignVerb(verbAt) || f.cues.hits('hoped').some((h) => h.at === verbAt));
}

/** Asking what is inside something the articles only mention: "which ministries", "names of the three legal documents",
 * "what exactly is the first centenary goal", "what was decided at the 13th National Congress". */
function asksInside(f: Features) {
  const words = f.tokens.map((t) => t.text);
  const opensWhatIs = f.cues.hits('whatIs').some((h) => h.at === firstWord(f.tokens));
  return f.entities.unexplained.find((h) => {
    const before = words.slice(Math.max(0, h.at - 3), h.at);
    // "which items…" asks inside the thing; "which talk … the medical supplies" asks which talk.
    const which = before.some((w, i) => w === 'which' && !TALK_NOUNS.has(before[i + 1] ?? ''));
    const named = f.cues.has('namesOf') && before.some((w) => w === 'of' || w === 'the');
    const defined = opensWhatIs && f.cues.has('whatIsExactly');
    const inner = f.cues.has('decidedAt');
    // "What are the three legal documents?": the thing is the whole question.
    const whole = opensWhatIs && h.at <= firstWord(f.tokens) + 3 && h.at + h.length >= words.length - 1;
    return which || named || defined || inner || (whole && f.entities.people.length === 0 && !f.aspects.amount && !f.aspects.count);
  });
}

/** "How were the talks held?", "was it in person?", "was the 2022 meeting a phone call?" */
function isFormatQuestion(f: Features): boolean {
  const { cues, entities: e } = f;
  const has = (g: CueGroup) => cues.has(g);
  if (has('formatStrong')) return true;
  // "phone or video?": two formats named means the format is the question.
  if (e.formatCount > 1 && !has('who') && !has('when')) return true;
  if (has('who') || has('when') || e.topics.length > 0) return false;
  if (asksHowHeld(cues)) return true;
  if (has('format')) return true;
  // A yes/no question that names a format: "was the 2022 meeting a phone call?" (not "is Song Tao the Chinese one in the call?")
  return f.aspects.yesNo && e.formatTalks.length > 0 && (e.namedFormat || e.people.length === 0) && !has('agreements') && !has('summary');
}

/** Talks for questions about the talks themselves: a topic can pick the talk ("the call about the floods"). */
export function talksDiscussing(all: readonly Talk[], f: Pick<Features, 'entities'>): readonly Talk[] | null {
  const topics = new Set(f.entities.topics.map((t) => t.topic));
  if (topics.size === 0) return null;
  const discussed = all.filter((t) => t.statements.some((s) => s.topics.some((topic) => topics.has(topic))));
  return discussed.length > 0 ? discussed : null;
}
