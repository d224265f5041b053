// The answer engine: question in, cited answer (or an honest refusal) out. Reading the question gives one
// typed Reading; a pure answerer turns it into an answer; when no rule fits, ranking the facts may still
// answer. Everything is indexed once, when the engine is built.
import { spanPutRight } from './span-stated.js';
import { placeOfSubject } from './place-of-subject.js';
import { timingOfSubject } from './timing-of-subject.js';
import type { KnowledgeBase, Statement } from '../facts/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { once } from '../once.js';
import { askingSentences, createReader, type Reader } from '../matching/read.js';
import { AMOUNT_ASKED, FUNCTION_WORDS } from '../matching/cues.js';
import type { Mismatch, NamedTopic, ReadResult, Reading, Refusal } from '../matching/reading.js';
import type { DetailKind } from './claims/details.js';
import { aboutOf as concerns } from './about.js';
import { buildFactIndex } from './fact-index.js';
import { attributeChecker } from './attribute-asked.js';
import { coverageChecker } from './coverage.js';
import { doneByOthersChecker } from './done-by-others.js';
import { giftAskedChecker } from './gift-asked.js';
import { giftGiven } from './gift-given.js';
import { answerHelpDirected } from './help-directed.js';
import { helpDoerOtherwise } from './help-doer.js';
import { addresseeOtherwise } from './addressee.js';
import { giftOtherwiseChecker } from './gift-otherwise.js';
import { unreportedResponseChecker } from './response-asked.js';
import { evidenceChecker } from './evidence.js';
import { formatCauseLines } from './format-cause.js';
import { buildClaimIndex } from './claims/claim-index.js';
import { checkClaim, type ClaimCheck } from './claims/check.js';
import { headlineCased } from './claims/headline-case.js';
import { checkByTalkClauses } from './claims/talk-clauses.js';
import { checkNoted, framedQuote, framesNothing } from './claims/framed-quote.js';
import { characterisedOtherwise } from './characterised.js';
import { firstTimeDenied } from './first-time.js';
import { asksOneMore, correctedYesNo, mayMisstateAmount, namesDoer, mayMisstateArea, mayMisstateCount, mayMisstateFact, mayMisstateKind, mayMisstateOrdinal, mayMisstatePeriod, mayReverseGift, namesPlace, mayMisstateRole, onlyBounds, roleOtherwise, withCorrection, wrongPremise } from './claims/yes-no.js';
import { asksOfQuote, quotedLines } from './quoted.js';
import { answersInTurn, twoClauses } from './clauses.js';
import { withSecondAsk } from './second-ask.js';
import { readClause } from './clause-person.js';
import { whenInTurn } from './when-clauses.js';
import { contrastParts } from './contrast.js';
import { answerFrom, appendLines, line, notAnswered, prependLines, withSuggestion } from './result.js';
import { cite } from './citations.js';
import { namesArea } from './claims/area-named.js';
import { corrected, correctedAfterLead } from './premise.js';
import { beyondThoseSetAside } from './document-beyond.js';
import { monthNamesTalk } from './named-talk.js';
import { normalize, useSavedDataNormalizations } from '../matching/normalize.js';
import { cutQuestion } from '../matching/tokens.js';
import { illegible } from '../matching/legible.js';
import { quotedLemmas } from './quoted-lemmas.js';
import { asTyped, nameAsTyped } from './as-typed.js';
import { answererOf, intentsWhere } from './intents/index.js';
import { capabilities, helpText, makeSuggester, refusalReason } from './refusal.js';
import { asksLater, beforeLater } from './later-asked.js';
import { clearsBar, queryOf, rankFacts, type Source } from './retrieval.js';
import { exampleQuestions } from './suggestions.js';
import { messagesFor } from '../i18n/index.js';
import type { Messages } from '../i18n/messages.js';
import { LANGS, type Lang } from '../languages.js';
import type { About, Answer, Intent, Knowledge } from './types.js';
import { citingChosenOnly } from './chat-choice.js';

export interface Engine {
  readonly kb: KnowledgeBase;
  /** The lexicon the reader reads with (the conversation's cues convert traditional Chinese with it too). */
  readonly lexicon: Lexicon;
  readonly reader: Reader;
  /** Example questions for autocomplete and "did you mean". */
  readonly examples: readonly string[];
  /** Answers in the question's language, or in `options.lang` when given. */
  readonly answer: (question: string, options?: AnswerOptions) => Answer;
  /** Answers a reading directly (slash commands use this: no parsing). */
  readonly ask: (reading: Reading) => Answer;
  readonly read: (question: string, lang?: Lang) => ReadResult;
  /**
   * Answers what reading a question gave, as answer() does after reading it: for a caller that reads the
   * question itself (src/conversation re-reads a follow-up with what the conversation was about).
   */
  readonly answerRead: (result: ReadResult) => Answer;
  /**
   * The facts that best support or correct a free sentence (a claim), best first, with scores; only those
   * that clear the same bar as an answer. Empty when nothing matches well enough.
   */
  readonly findSources: (claim: string, limit?: number) => readonly Source[];
  /** The claim checker's verdict on a free sentence: supports, contradicts (with the details that differ), related or none. */
  readonly check: (claim: string, limit?: number) => ClaimCheck;
}

export interface AnswerOptions {
  /** Answer in this language whatever the question's; by default, the question's own. */
  readonly lang?: Lang;
}

/** The intent that answers each kind of wrong premise (and that the claim checker's No for it carries). */
const DETAIL_INTENTS: Readonly<Record<'month' | 'format' | 'person', Intent>> = { month: 'when', format: 'format', person: 'who' };
/** Intents about the talk as an event: a yes/no question of this kind with a wrong detail is answered No. */
const SCOPE_ONLY = intentsWhere((d) => d.aboutTheEvent);

/** Refusals a wrong detail can cause: talks that do not exist as named, words or numbers the articles lack. */
const CORRECTABLE: ReadonlySet<string> = new Set(['scope', 'absent', 'no-match', 'period']);

/** Details a question may take for granted wrongly and still be answered, put right ("the 14th Congress"). */
const PREMISE_DETAILS: ReadonlySet<DetailKind> = new Set(['number', 'period', 'polarity', 'status', 'kind']);
/** A question's word this sure (its own, a curated alias) tells what was said of things only mentioned… */
const SURE_WORD = 0.85;
/** …when it is in at most this many statements. */
const RARE_IN = 3;
const between = (n: number, low: number, high: number): boolean => n >= low && n <= high;

/** A message with a sentence before its last one: its asking sentence may lean on what that sentence states. */
const CONTEXT_BEFORE = /[.!?。？！]\s*\S/u;
/** Most words of a question whose premise is checked. */
const PREMISE_WORDS = 40;
/** Characters a word takes at most, on a generous count: bounds a message in a script without spaces (Chinese). */
const CHARS_PER_WORD = 8;
/** Details of the event a "why" takes for granted: its date, how the talks were held, and who acted. */
const PRESUMED_DETAILS: ReadonlySet<DetailKind> = new Set(['date', 'format', 'person']);
/** Details that name which talk an act was at: a yes/no nothing answered at the talk it names is put right by them. */
const TALK_DETAILS: ReadonlySet<DetailKind> = new Set(['date']);
/** Refusals that may come of such a detail; the others say what is wrong already ("the third document"). */
const PREMISE_REFUSALS: ReadonlySet<Refusal['kind']> = new Set(['why', 'scope', 'period', 'no-number', 'absent', 'no-match', 'undefined-term']);

/**
 * Answerers that decide a yes/no question's Yes or No themselves: through the claim checker
 * (claims/yes-no.ts), or, for compare, by whether two things are alike, which is no claim of details.
 */
const DECIDE_YES_NO = intentsWhere((d) => d.decidesYesNo);
/** Answers that give statements or agreements as found, whose cited sentences may only name what is asked of. */
const CHECKED_ATTRIBUTES = new Set([...intentsWhere((d) => d.coverage === 'asked'), 'when']);

/** What a message no stage could read is about: nothing a follow-up could continue from. */
const NOTHING_ABOUT: About = { talks: [], people: [], organisations: [], topics: [], documents: [] };

export function createEngine(kb: KnowledgeBase, lexicon: Lexicon): Engine {
  useSavedDataNormalizations(kb);
  const reader = createReader(kb, lexicon);
  const facts = buildFactIndex(kb, lexicon);
  const knowledge: Knowledge = { kb, facts, claims: once(() => buildClaimIndex(kb, lexicon, facts)) };
  const examples = exampleQuestions(kb);
  const suggest = makeSuggester(examples);
  const articleLemmas = quotedLemmas(kb, lexicon);
  const uncovered = coverageChecker(lexicon, articleLemmas);
  const attributeAsked = attributeChecker(kb, lexicon);
  const unreportedResponse = unreportedResponseChecker(kb, lexicon);
  const giftAsked = giftAskedChecker(kb, lexicon);
  const giftOtherwise = giftOtherwiseChecker(kb, lexicon);
  const doneByOthers = doneByOthersChecker(kb, lexicon);
  const offices: ReadonlySet<string> = new Set(lexicon.roles.offices);
  const evidence = evidenceChecker(knowledge, lexicon);
  const units = new Set(kb.talks.flatMap((t) => t.figures.flatMap((f) => f.amounts.map((a) => a.unit.toUpperCase()))));
  const currencyWords = new Map(Object.entries(lexicon.claims.currencies).flatMap(([code, names]) => names.map((n) => [n, code] as const)));
  const amountWords = new Set([...Object.keys(lexicon.claims.numbers), ...Object.keys(lexicon.claims.scales)]);
  /**
   * The first currency the question names that no figure is given in, as asked, and whether the question states an
   * amount in it ("worth 235,000 euros": a premise put right; "how much in euros?" asks, and takes nothing wrongly); null when none.
   */
  const otherCurrency = (reading: Reading): { name: string; stated: boolean } | null => {
    // A yes/no question's currency is the claim checker's to compare ("No: 235,000 USD, not euros"). Chinese
    // currency words are not read here ("元" is any currency's unit).
    if (reading.lang === 'zh' || reading.aspects.yesNo) return null;
    const words = reading.said.words;
    for (let i = 0; i < words.length; i++) {
      // Two words, then one ("us dollars", "dollars"); joined without slicing, as this runs at every word.
      for (let n = 2; n >= 1; n--) {
        const name = n === 2 && i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : (words[i] ?? '');
        const code = currencyWords.get(name);
        const before = words[i - 1] ?? '';
        if (code === undefined || units.has(code)) continue;
        const stated = /^\d+$/.test(before) || amountWords.has(before);
        // A Vietnamese syllable left as typed may be a currency's name only by chance ("đồng" of "người đồng cấp",
        // "đồng ý"): there it counts only beside an amount, stated or asked ("bao nhiêu euro", read "how much euro").
        if (reading.lang === 'vi' && !stated && !AMOUNT_ASKED.has(before)) continue;
        return { name, stated };
      }
    }
    return null;
  };
  /** "The articles give no figure in euros, only in CNY and USD", the currency named as the question's language names it. */
  const currencyLine = (reading: Reading, name: string): string => {
    const m = messagesFor(reading.lang);
    // The English words it was read by are the asker's only in English.
    const asked = reading.lang === 'en' ? name : m.currency(currencyWords.get(name) ?? name);
    return m.otherCurrency(asked, [...units].map((u) => m.currency(u.toUpperCase())));
  };
  // Worded once per language: every refusal ends with what can be asked.
  const aboutOf = new Map(LANGS.map((l) => [l, once(() => capabilities(kb, messagesFor(l)))]));
  const helpOf = new Map(LANGS.map((l) => [l, once(() => helpText(kb, messagesFor(l)))]));
  const about = { get: (l: Lang) => aboutOf.get(l)?.() };
  const help = { get: (l: Lang) => helpOf.get(l)?.() };

  /** An answer with what it is about, and how its question asked (a follow-up may ask the same again). */
  const concerning = (reading: Reading, reply: Answer): Answer => {
    const { yesNo, hoped, inPerson, commitment } = reading.aspects;
    const mentioned = yesNo && reading.aspects.mentioned;
    // "Were the 2022 talks on the phone?", then "and the 2020 ones?": the same format asked again of the talk named.
    // The formats claimed, for a follow-up to ask again: of "was the 2020 call held by video?", video; "call" only
    // names the talk asked about.
    const scoped = reading.scope.talks ?? [];
    const inScope = new Set(scoped);
    const claimed = reading.formatTalks.some((t) => !inScope.has(t)) && scoped.length > 0 ? reading.formatTalks.filter((t) => !inScope.has(t)) : reading.formatTalks;
    const formats = yesNo && claimed.length > 0 ? { formats: claimed.map((t) => t.id) } : {};
    return { ...reply, about: concerns(knowledge, reading, reply), ...(yesNo || hoped || inPerson || commitment ? { asked: { yesNo, hoped, ...(inPerson ? { inPerson } : {}), ...(commitment ? { commitment } : {}), ...(mentioned ? { mentioned } : {}), ...formats } } : {}) };
  };

  const ask = (reading: Reading): Answer => concerning(reading, answerReading(reading));

  const answerReading = (asked: Reading): Answer => {
    // "Were the phone talks held on 19 July 2020?": when the wrong detail is all a yes/no question asks, the
    // answer is No, then the right date, format or participants.
    const correction = asked.scope.correction;
    const onlyTheDetail = correction !== null && correction !== undefined && correction.details.length > 0 && asked.aspects.yesNo && SCOPE_ONLY.has(asked.intent) && asked.topics.length === 0 && asked.documents.length === 0;
    // Any other yes/no question with a wrong detail ("did Trung express sympathy in 2020?") is No as asked: the
    // correction, then what the talk meant reports, with no second Yes or No.
    // A month naming the talk ("did the March talks sign anything?") is no part of the claim: see named-talk.ts.
    const monthSlip = !onlyTheDetail && asked.aspects.yesNo && monthNamesTalk(asked);
    const wrongClaim = !onlyTheDetail && !monthSlip && asked.aspects.yesNo && correction !== null && correction !== undefined && (correction.wrong.length > 0 || correction.stand.length > 0);
    // "Was the aid worth 2.5 million yuan?": an amount the articles never give makes a yes/no claim false.
    // "Worth more than 200,000 USD?": an amount given as a bound is no figure claimed; the checker compares it.
    const premises = asked.premises && asked.premises.length > 0 && !onlyBounds(knowledge, asked) ? asked.premises : [];
    const amountClaim = premises.length > 0 && asked.aspects.yesNo;
    // The claim checker's No names the right value and cites it ("No: 29 July 2020, not 19 July 2020. [1]"):
    // it comes first; the premise notes below serve what it cannot settle.
    // It must differ where the reading found the premise wrong: "the 2020 talk a video call" is wrong in its
    // format (the year names the talk), not a 2022 talk misdated.
    if (onlyTheDetail || wrongClaim || amountClaim) {
      const checked = correctedYesNo(knowledge, asked);
      const where = new Set<Intent>((correction?.details ?? []).map((d) => DETAIL_INTENTS[d]));
      if (checked && (where.size === 0 || where.has(checked.intent))) return checked;
    }
    const detailIntent = correction?.details.includes('month') ? 'when' : correction?.details.includes('format') ? 'format' : 'who';
    const reading: Reading = onlyTheDetail
      ? { ...asked, intent: detailIntent, aspects: { ...asked.aspects, yesNo: false, inPerson: false } }
      : amountClaim || wrongClaim
        ? { ...asked, aspects: { ...asked.aspects, yesNo: false } }
        : asked;
    if (reading.intent === 'help') return notAnswered('help', reading.lang, help.get(reading.lang) ?? '');
    if (reading.intent === 'unknown') return notAnswered('unknown', reading.lang, about.get(reading.lang) ?? '');
    const answered = unfoundedAgreement(reading) ?? answererOf(reading.intent)(knowledge, reading);
    // A yes/no question goes through the claim checker: these answerers ask it themselves; the others' answer
    // gets the checker's No first when a detail of the question differs.
    const checked = DECIDE_YES_NO.has(reading.intent) ? answered : withCorrection(knowledge, reading, answered, SCOPE_ONLY.has(reading.intent));
    // "Did the ILD present medical supplies to Vietnam in 2020?": nothing of it at the talk the year names, but the
    // checker finds the act at another talk with that detail given otherwise: No, with the right value cited.
    // Only the talk given wrongly: whether the rest holds there is what the answerer found nothing of. The act is pinned
    // by who did it, a body or person named ("the ILD"): "did China send supplies in 2020?" may ask of another gift.
    // Read only where it decides something: the doer's details cost a claim reading of every question otherwise.
    const pinned = () => namesDoer(knowledge, reading) && !asksOneMore(knowledge, reading);
    if (!checked.answered && reading.aspects.yesNo && pinned()) return correctedYesNo(knowledge, reading, () => [], TALK_DETAILS) ?? checked;
    if (!checked.answered) return checked;
    // The question's own words decide between the intent's answer and a statement that says them.
    const found = evidence(reading, checked) ?? checked;
    const gap = lacking(reading, found);
    const unranked = gap ? null : unrankedAnswer(reading, found);
    const reply = unranked?.reply ?? found;
    // A subject put right by where it came up (topic.ts) keeps that correction before what the articles do not say of it.
    const moved = reply.answered && (reply.raisedAt ?? []).length > 0 && !reading.aspects.yesNo ? appendLines(reply, gap?.lines.slice(0, 1).map((l) => l.text) ?? []) : null;
    if (gap) return amountPutRight(reading, reply, gap) ?? moved ?? gap;
    const m = messagesFor(reading.lang);
    // What the question took for granted wrongly, put right first (premise.ts: led by No in a yes/no question).
    const corrections: string[] = [];
    if (correction && (correction.wrong.length > 0 || correction.stand.length > 0)) {
      corrections.push(m.corrected(correction.wrong.map((l) => m.scopeLabel(l)), correction.talk, correction.stand, correction.met));
    }
    // "What did Wang Yi tell Quan in 2020?": the name the articles lack, and who held that place.
    const standIn = reading.standIn;
    // A Vietnamese name is said back with the diacritics it was typed with ("Vương Nghị", read as "vuong nghi").
    const ownWords = () => knowledge.claims().ownWords('vi', reading.said.text);
    const standInWords = standIn && reading.lang === 'vi' ? nameAsTyped(reading.said.text, standIn.words, (english) => ownWords().asked(english)) : standIn?.words ?? '';
    if (standIn?.instead) corrections.push(m.notNamed(standInWords, standIn.talk, standIn.instead, standIn.talk.participants.map((p) => p.person).filter((p) => p !== standIn.instead)));
    else if (standIn?.office) corrections.push(m.heldBy(standIn.talk));
    else if (standIn) corrections.push(m.notAtTalk(standInWords, standIn.talk));
    // "When they met in person, what did they sign?": how the talks answered were held, before what was signed.
    if (reading.presumedInPerson) {
      // "What was said when Song Tao sat face to face with his counterpart in Hanoi?": another event (metElsewhere).
      const elsewhere = metElsewhere(reading);
      if (elsewhere) return elsewhere;
      const cited = new Set(reply.citations.map((c) => c.talk));
      const talks = reading.scope.talks ?? kb.talks.filter((t) => cited.has(t.id));
      if (talks.length > 0 && talks.every((t) => t.format.remote)) corrections.push(m.heldRemotely(talks));
    }
    if (premises.length > 0) corrections.push(m.noSuchAmount(premises, givenAmounts(reply, m)));
    if (reading.overcount) corrections.push(m.overcounted(reading.overcount.count, reading.overcount.of));
    if (reading.everyHeldAs) corrections.push(m.heldEach(kb.talks));
    // "两次会谈前后隔了整整三年": a span between the talks their dates do not give.
    const span = reading.spanStated ? spanPutRight(kb.talks, reading.spanStated) : null;
    if (span && reading.spanStated) corrections.push(m.spanStated(reading.spanStated.words, span.earlier, span.later, span.span));
    // "The value in euros": a currency no figure of the articles is given in is said so, with those they use.
    const notes: string[] = [];
    const currency = otherCurrency(reading);
    if (currency) (currency.stated ? corrections : notes).push(currencyLine(reading, currency.name));
    // Asked by another name ("South China Sea"), the answer first gives the articles' own.
    const other = reading.topics.find((t) => t.otherName !== undefined && t.topic.articleName);
    const names = other?.topic.articleName?.names;
    if (other && names) notes.push(m.articleCalls(names, other.otherName ?? ''));
    if (unranked) notes.push(unranked.note);
    // Led by No when the question asked Yes or No, or when a tag question put the wrong detail ("The talks were in
    // July, right? What did they sign?").
    const noted = notes.length > 0 ? prependLines(reply, notes) : reply;
    if (monthSlip) return correctedAfterLead(noted, corrections);
    return corrected(noted, corrections, asked.aspects.yesNo || asked.premiseAsked === true);
  };

  // "What did the 15-million-yuan gift consist of?": what is asked the articles do not give, but the amount the question
  // states they give otherwise. Put right, with the sentence that gives it, then what they do not say: a refusal alone
  // would leave the wrong figure standing.
  const amountPutRight = (reading: Reading, reply: Answer, gap: Answer): Answer | null => {
    if (reading.aspects.yesNo || reading.said.words.length > PREMISE_WORDS) return null;
    const unsaid = appendLines(reply, gap.lines.slice(0, 1).map((l) => l.text));
    // An amount the articles never give ("15 million"): said so, with the figures the answer quotes.
    const premises = reading.premises ?? [];
    if (premises.length > 0 && !onlyBounds(knowledge, reading)) {
      const given = givenAmounts(reply, messagesFor(reading.lang));
      return given.length > 0 ? corrected(unsaid, [messagesFor(reading.lang).noSuchAmount(premises, given)], reading.premiseAsked === true) : null;
    }
    // An amount stated in a currency no figure is given in ("235.000 euro … gồm những gì?"): the gift is clear, the
    // currency put right before what the articles say of it.
    const currency = otherCurrency(reading);
    if (currency?.stated === true) return corrected(unsaid, [currencyLine(reading, currency.name)], reading.premiseAsked === true);
    // Another figure or currency than the articles' ("1.5 million USD"): put right by the caller, as for any answer.
    if (!mayMisstateAmount(knowledge, reading)) return null;
    const premise = wrongPremise(knowledge, reading);
    return premise && premise.kinds.every((d) => d === 'amount') ? unsaid : null;
  };

  // A detail refused by the reader, of a gift whose figure the question states wrongly: the figure put right, the gift
  // quoted, and the refusal's reason after them.
  const detailOfWrongAmount = (reading: Reading, refused: Answer): Answer | null => {
    if ((reading.premises ?? []).length === 0 && otherCurrency(reading)?.stated !== true && !mayMisstateAmount(knowledge, reading)) return null;
    const topical: Reading = { ...reading, intent: 'topic' };
    const found = answererOf('topic')(knowledge, topical);
    if (!found.answered) return null;
    const put = amountPutRight(topical, found, refused);
    if (!put) return null;
    return concerning(topical, (reading.premises ?? []).length > 0 ? put : detailCorrected(topical, put, () => wrongPremise(knowledge, topical)));
  };

  // A subject asked at talks whose report never mentions it, answered by the topic answerer where it did come up (put
  // right first, see topic.ts), then `unsaid`: what the articles do not say of it. Null when the subject came up there.
  const raisedElsewhere = (reading: Reading, unsaid: string): Answer | null => {
    if ((reading.scope.talks ?? []).length === 0 || reading.aspects.yesNo) return null;
    const topical: Reading = { ...reading, intent: 'topic' };
    const found = answererOf('topic')(knowledge, topical);
    if (!found.answered || (found.raisedAt ?? []).length === 0) return null;
    return concerning(topical, appendLines(found, unsaid.split('\n').slice(0, 1)));
  };

  // What was said on a subject by people asked of talks they took no part in, at the talks they did: `where` (they took
  // part only there) put right first. Null for a yes/no (whether they were there is the question), or no subject asked.
  // Not when someone else named took part in the talks named ("the online meeting between Quan and Song Tao"): the
  // meeting named by its people did not happen, and another talk's words are no answer about it.
  const presentElsewhere = (reading: Reading, mismatch: Extract<Mismatch, { kind: 'not-present' }>, where: string): Answer | null => {
    const talks = [...new Set(mismatch.absent.flatMap((a) => a.talks))];
    // A name or meaning asked ("what are the documents actually called?") is no subject's words to quote.
    if (reading.aspects.yesNo || reading.aspects.definition || reading.unscopedIntent !== 'topic' || reading.topics.length === 0 || talks.length === 0) return null;
    if (reading.people.some((p) => mismatch.where.some((t) => t.participants.some((x) => x.person === p)))) return null;
    const topical: Reading = { ...reading, intent: 'topic', scope: { talks, mismatch: null } };
    const found = answererOf('topic')(knowledge, topical);
    if (!found.answered || !found.citations.every((c) => talks.some((t) => t.id === c.talk)) || lacking(topical, found)) return null;
    return concerning(topical, corrected(found, [where.split('\n')[0] ?? ''], false));
  };

  // "那五份陆地边界法律文件分别叫什么？": a detail refused by the reader (their names), of things the question counts
  // otherwise than the articles do (three): the count put right, what was said of them quoted, and the refusal's reason
  // after them. A refusal alone would leave the wrong count standing.
  const detailOfWrongCount = (reading: Reading, refused: Answer): Answer | null => {
    if (reading.aspects.yesNo || reading.said.words.length > PREMISE_WORDS || !mayMisstateFact(knowledge, reading)) return null;
    const premise = wrongPremise(knowledge, reading);
    if (!premise || premise.kinds.length === 0 || !premise.kinds.every((d) => d === 'number')) return null;
    const topical: Reading = { ...reading, intent: 'topic', scope: { talks: premise.talks, mismatch: null }, premises: [] };
    const found = answererOf('topic')(knowledge, topical);
    if (!found.answered) return null;
    const unsaid = appendLines(found, refused.lines.slice(0, 1).map((l) => l.text));
    return concerning(topical, corrected(unsaid, [premise.line], false));
  };

  /** The figures an answer quotes, each worded with its amounts ("1.5 million CNY (235,000 USD)"): the right value for a wrong one asked. */
  const givenAmounts = (reply: Answer, m: Messages): string[] =>
    kb.talks
      .flatMap((t) => t.figures)
      .filter((f) => reply.citations.some((c) => c.quote.includes(f.quote)))
      .map((f) => f.amounts.map((a, i) => (i === 0 ? m.amount(a.value, a.unit) : `(${m.amount(a.value, a.unit)})`)).join(' '));
  // "What was the deal with the floods?": a noun that may name an agreement ("deal", "outcome", "plan"), with no
  // word of signing or agreeing, asks about the topic as a whole unless an agreement on it matches.
  // "Did China pledge medical supplies in the 2020 call?": asked yes or no of a talk that never reported the subject, No
  // with where it did come up (topic.ts), rather than "no agreement" there.
  const unfoundedAgreement = (reading: Reading): Answer | null => {
    const { aspects } = reading;
    if (reading.intent !== 'agreements' || aspects.commitment !== null || reading.topics.length === 0) return null;
    const found = answererOf('agreements')(knowledge, reading);
    if (aspects.yesNo) return found.answered ? null : undertakenElsewhere(reading, found);
    return found.answered ? found : answererOf('topic')(knowledge, { ...reading, intent: 'topic', aspects: { ...aspects, aboutAgreement: false } });
  };

  // "Did China pledge medical supplies in the 2020 call?": an undertaking asked of talks whose report says nothing on
  // its subject, that other talks do report: No (the talks named report none), then what was said where it came up.
  const undertakenElsewhere = (reading: Reading, none: Answer): Answer | null => {
    const named = reading.scope.talks ?? [];
    const subjects = new Set(reading.topics.map((t) => t.topic));
    const onSubject = (t: (typeof named)[number]) => t.statements.some((st) => st.topics.some((x) => subjects.has(x)));
    const elsewhere = kb.talks.filter((t) => !named.includes(t) && onSubject(t));
    const reason = none.lines[0]?.text ?? '';
    if (named.length === 0 || named.some(onSubject) || elsewhere.length === 0 || reason === '') return null;
    const there = answererOf('topic')(knowledge, { ...reading, intent: 'topic', scope: { talks: elsewhere, mismatch: null }, aspects: { ...reading.aspects, yesNo: false, aboutAgreement: false } });
    if (!there.answered) return null;
    return { ...corrected(there, [line(reason, named.map((t) => cite(t, t.format)))], true), raisedAt: elsewhere.map((t) => t.id) };
  };

  // What the question asks for (a day, a figure, the most of something, the thing a "what X" names) must be in
  // the sentences its answer cites; else the answer is about the subject without answering, and is refused.
  const lacking = (reading: Reading, reply: Answer): Answer | null => {
    const elsewhere = doneByOthers(reading, reply);
    const found = uncovered(reading, reply);
    // Things of the kind asked, only not ranked: answered, with a note (`unrankedAnswer`).
    const gap = (found?.kind === 'unranked' ? null : found) ?? (elsewhere === null ? null : { kind: 'event' as const, word: elsewhere });
    // "What decisions were taken at the 13th National Congress?": the sentence naming it gives none of them.
    const attribute = gap || !CHECKED_ATTRIBUTES.has(reading.intent) ? null : attributeAsked(reading, reply);
    if (attribute) return notAnswered(reading.intent, reading.lang, messagesFor(reading.lang).attributeNotGiven(attribute.attribute, attribute.thing, attribute.plural));
    if (!gap) return null;
    const subject = reading.topics[0]?.topic.labels[reading.lang] ?? reading.documents[0]?.texts[reading.lang] ?? null;
    // What can be asked follows once: answerRead adds it to every answer that is no answer.
    const refusal = notAnswered(reading.intent, reading.lang, messagesFor(reading.lang).notGiven(gap.kind, 'word' in gap ? gap.word : '', subject));
    // "When is the second centenary goal due?": the date of another event than the talks is what is asked; an
    // ordinal or year in it names that event, no detail of the talks to put right in its place.
    return gap.kind === 'event' ? { ...refusal, lacksDetail: true } : refusal;
  };

  // "What was the biggest sticking point?": the things the answer cites are of the kind asked; the articles only do
  // not rank them. One line says so before them.
  // The superlative's own concepts ("biggest": great, important) pick no statement then, since no rank is given: the
  // answer without them stands when its sentences still name things of the kind asked.
  const unrankedAnswer = (reading: Reading, reply: Answer): { readonly reply: Answer; readonly note: string } | null => {
    const gap = uncovered(reading, reply);
    if (gap?.kind !== 'unranked') return null;
    const plain: Reading = { ...reading, concepts: reading.concepts.filter((c) => normalize(c.word) !== gap.word) };
    const intent = reading.intent;
    const again = intent !== 'help' && intent !== 'unknown' && plain.concepts.length < reading.concepts.length ? answererOf(intent)(knowledge, plain) : null;
    const better = again?.answered === true && uncovered(reading, again)?.kind === 'unranked' ? again : reply;
    return { reply: better, note: messagesFor(reading.lang).unranked(gap.word) };
  };

  const refuse = (lang: Lang, words: readonly string[], intent: Intent, reason: string): Answer => {
    const hint = lang === 'en' ? suggest(words) : null;
    // The reason first; the suggestion stays apart from the lines (answerText words it after the reason).
    const refusal = notAnswered(intent, lang, [reason, about.get(lang) ?? '']);
    return hint ? withSuggestion(refusal, hint) : refusal;
  };

  // "Why did Song Tao congratulate Vietnam on its 14th Congress?": a question the articles cannot answer as
  // asked may rest on a detail they give otherwise. The claim checker finds it; the answer puts it right, then
  // answers at the talk whose sentence gives the right value, as if the question had the detail right.
  // `answered`: the question was answered as asked, so who did the act is the answer's own to say ("The report does
  // not say Quan did so; Song Tao did"): a wrong person is not put right a second time.
  // `premiseOf`: the claim checker's wrong premise of the question, found once per question however many steps ask.
  const premiseCorrected = (reading: Reading, answered = false, premiseOf = () => wrongPremise(knowledge, reading)): Answer | null => {
    // A question states a premise in a sentence or two; a longer text is no claim to check (and checking one costs).
    if (reading.aspects.yesNo || reading.said.words.length > PREMISE_WORDS) return null;
    // Only a value inside a fact (a count, an ordinal, a period, a polarity, done or hoped): which talk and who
    // said it are the talk scope's to put right, and another party or place named is another subject. A "why"
    // takes the event as given, though: its talk and speaker, got wrong, are put right too ("why did Trung ask …
    // in the 2020 call?"); "what was said in 2020?" is answered by what was (nothing then).
    // So does a question opening with the event as a clause of its own ("after Trung sent sympathies…, how did…?").
    const presumes = reading.aspects.why || reading.aspects.presumes === true;
    // A question stating no such value has no premise to put right here: the checker need not rank and compare sentences to tell.
    // "Which documents on sea border management…?": an area qualifying the thing asked, given otherwise (the land border).
    const area = mayMisstateArea(knowledge, reading);
    if (!presumes && !area && !mayMisstateFact(knowledge, reading)) return null;
    const premise = premiseOf();
    if (!premise || !premise.kinds.every((d) => PREMISE_DETAILS.has(d) || (presumes && PRESUMED_DETAILS.has(d)) || (area && d === 'place'))) return null;
    if (answered && premise.kinds.includes('person')) return null;
    // A "why" about a subject the talk it names did report ("按2020年那篇报道…交流为什么没办成？") is about that talk:
    // another talk's sentence the checker liked better is no wrong date to put right.
    const named = reading.scope.talks ?? [];
    // A topic named by a phrase of the articles' own ("十三大以来的成就", "since the 13th Congress") was reported there only
    // where a statement of that talk uses the phrase: another talk's statement on the same topic is not it.
    const { facts } = knowledge;
    const reportedAs = (h: (typeof reading.topics)[number], st: (typeof named)[number]['statements'][number]) =>
      st.topics.includes(h.topic) && (!h.precise || !facts.topicUsesPhrase(h.topic, h.words, h.lang) || facts.usesPhrase(st, h.words, h.lang));
    const reportedThere = named.length > 0 && reading.topics.length > 0 && reading.topics.every((h) => named.some((t) => t.statements.some((st) => reportedAs(h, st))));
    if (presumes && premise.kinds.includes('date') && reportedThere && !premise.talks.some((t) => named.includes(t))) return null;
    // "…the Code of Conduct that was signed": once "signed" is put right, what was said about it is the answer.
    const hoped = premise.kinds.includes('status');
    // "Ba văn kiện pháp lý … ký năm nào?": things the articles only mention were signed some time, not at the talks;
    // when is what the articles lack, no "signed" to put right by what was urged of them.
    if (hoped && reading.topics.some(namedAsMentionedOnly)) return null;
    const intent = reading.intent === 'help' || reading.intent === 'unknown' ? 'search' : hoped && reading.intent === 'agreements' ? 'topic' : reading.intent;
    const aspects = { ...reading.aspects, why: false, ...(hoped ? { commitment: null, aboutAgreement: false } : {}) };
    // "Why did Song Tao congratulate China on the centenary goal?": put right as Trung's act, it is answered as his.
    // One person for one: several given for one ("Quan, not Trung and Song Tao") may name who is asked of besides.
    const swaps = premise.people.filter((p) => p.claimed.length === 1 && p.instead.length === 1);
    const wrongPeople = new Set(swaps.flatMap((p) => p.claimed));
    const people = wrongPeople.size === 0 ? reading.people : [...new Set([...reading.people.filter((p) => !wrongPeople.has(p)), ...swaps.flatMap((p) => p.instead)])];
    const scoped: Reading = { ...reading, intent, people, scope: { talks: premise.talks, mismatch: null }, aspects, premises: [] };
    // A question refused for a talk named by the wrong detail ("…2021-2030 được ký vào ngày nào?": no talk in 2030) is
    // still asked what it asks once the detail is put right: search answers only what no intent of its own does.
    const unscoped = reading.intent === 'unknown' ? reading.unscopedIntent : undefined;
    const body = answerReading(unscoped !== undefined && unscoped !== 'help' && unscoped !== 'unknown' ? { ...scoped, intent: unscoped } : scoped);
    const reply = corrected(body.answered ? body : answerFrom(premise.intent, reading.lang, []), [premise.line], reading.aspects.yesNo);
    return concerning(scoped, reply);
  };

  // "2020年黄平君和宋涛开视频会议时，为什么说海上局势复杂？": a why of talks the question names by a detail they had
  // otherwise (a format, a month, someone who took no part), which the claim checker did not find: the why rests on
  // those talks, so they are put right (answerReading's correction of the scope) and what was said there answers;
  // that the articles give no reason follows. A refusal alone would leave the wrong talk standing.
  const whyOfTalkPutRight = (reading: Reading, refused: Answer): Answer | null => {
    const correction = reading.scope.correction;
    if (!reading.aspects.why || reading.aspects.yesNo || !correction || (correction.wrong.length === 0 && correction.stand.length === 0)) return null;
    const plain: Reading = { ...reading, aspects: { ...reading.aspects, why: false } };
    const body = answerReading(plain);
    if (!body.answered) return null;
    return concerning(plain, appendLines(body, refused.lines.slice(0, 1).map((l) => l.text)));
  };

  // "What did China's foreign minister Song Tao discuss…?": a title given in apposition that the person did not
  // hold is put right before the answer, as the claim checker puts it right in a yes/no question. So is an amount
  // stated in a currency the figure is not given in, or another figure that the articles give ("what were the 1.5
  // million US dollars of supplies for?"): led by No when a tag question stated it ("…, right? What for?").
  // A meeting in person that nothing of the question pins to a talk (no date, no one who took part in only one), when
  // every talk was held remotely: another event the articles do not report ("上回宋涛在北京跟越方当面会谈…"), refused
  // saying so and naming the talks they do report. Without a place, a subject or document named ties it to the talk
  // that raised it ("what did they say of the floods when they met face to face?"): put right, not refused.
  const metElsewhere = (reading: Reading): Answer | null =>
    reading.presumedInPerson && reading.scope.talks === null && kb.talks.every((t) => t.format.remote) &&
    (reading.placedTalk === true || namesPlace(knowledge, reading) || reading.topics.length + reading.documents.length === 0)
      ? { ...notAnswered(reading.intent, reading.lang, messagesFor(reading.lang).noSuchMeeting(kb.talks, true)), lacksDetail: true }
      : null;

  // "When Quan met Foreign Minister Wang Yi in 2020, what did they agree?": someone the articles lack, under an office
  // no participant in that place held, at a meeting named by no format or day: another meeting, refused as such.
  const otherPersonsMeeting = (reading: Reading): Answer | null =>
    reading.standIn?.otherMeeting === true
      ? { ...notAnswered(reading.intent, reading.lang, messagesFor(reading.lang).noSuchMeeting(kb.talks, false)), lacksDetail: true }
      : null;

  const detailCorrected = (reading: Reading, reply: Answer, premiseOf: () => ReturnType<typeof wrongPremise>): Answer => {
    if (!reply.answered || reading.aspects.yesNo || reading.said.words.length > PREMISE_WORDS) return reply;
    const signer = otherSigner(reading, premiseOf);
    if (signer) return signer;
    // Most questions claim no role or amount at all: the checker need not compare a sentence to tell.
    const kinds = new Set<DetailKind>();
    if (reading.people.length > 0 && mayMisstateRole(knowledge, reading)) kinds.add('role');
    // An amount the articles never give is put right already (noSuchAmount), and one in a currency no figure is
    // given in by otherCurrency.
    if ((reading.premises ?? []).length === 0 && otherCurrency(reading)?.stated !== true && mayMisstateAmount(knowledge, reading)) kinds.add('amount');
    // "Which were the three documents signed?": a count the articles give otherwise is put right before the list.
    // So is an ordinal ("achievements since the 12th Congress", of the 13th), unless put right as a figure already.
    if (mayMisstateCount(knowledge, reading) || ((reading.premises ?? []).length === 0 && mayMisstateOrdinal(knowledge, reading))) kinds.add('number');
    // "Besides the plan for 2021-2030, what else was signed?": a period the articles give otherwise, put right first.
    if (mayMisstatePeriod(knowledge, reading)) kinds.add('period');
    // "What did Quan say of China's earthquake?": a thing of another kind than the one reported (floods), put right first.
    if (mayMisstateKind(knowledge, reading)) kinds.add('kind');
    // "Which documents on sea border management…?": an area qualifying the thing asked, given otherwise (the land border).
    if (mayMisstateArea(knowledge, reading)) kinds.add('place');
    // So is an area named alone that the talk asked about reports as another ("the land border disputes" of 2020: the sea).
    else if (namesArea(knowledge, reading)) kinds.add('place');
    // "Why did Vietnam give China supplies in 2022?": a gift taken as given, its giver and recipient the other way round
    // (the giver's person with them: "Tống Đào, không phải Lê Hoài Trung").
    // Not where the answer puts its doer right already ("Not quite. The report does not say Le Hoai Trung did so…").
    const putRight = (reply.lines[0]?.text ?? '').startsWith(messagesFor(reading.lang).notSo);
    const reversed = !putRight && mayReverseGift(knowledge, reading);
    if (reversed) kinds.add('place');
    if (kinds.size === 0) return reply;
    const premise = premiseOf();
    // Who said it, got wrong beside such a detail ("what did Trung say about … since the 12th Congress?", Song Tao's
    // words of the 13th): the same sentence puts both right.
    const besideDetail = (d: DetailKind) => d === 'person' && (reading.people.length > 0 || reversed) && premise !== null && premise.kinds.some((x) => x !== 'person' && kinds.has(x));
    if (!premise || !premise.kinds.every((d) => kinds.has(d) || besideDetail(d))) {
      // A post given a person, beside a subject whose sentences give no posts: checked on its own (roleOtherwise).
      const post = kinds.has('role') && !premise?.kinds.includes('role') ? roleOtherwise(knowledge, reading) : null;
      return post ? corrected(reply, [post.line], reading.premiseAsked === true) : reply;
    }
    return corrected(reply, [premise.line], reading.premiseAsked === true);
  };

  // "Trung mentioned two legal documents on land border management. Which two were they?": a message whose asking
  // sentence leans on what a sentence before it states is answered from the asking sentence alone, which states no
  // count to put right. The whole message is the claim then: a detail it gives otherwise, at a talk the answer cites,
  // is put right first. Null when the asking sentence states the premise itself, or the whole states none wrongly.
  // `own`: detailCorrected of the reading itself, which answerRead has made already.
  const statedBefore = (reading: Reading, reply: Answer, typed: string | undefined, premiseOf: () => ReturnType<typeof wrongPremise>, own: Answer): Answer | null => {
    if (typed === undefined || !reply.answered || reading.aspects.yesNo || !CONTEXT_BEFORE.test(typed.trim())) return null;
    // A message too long to be a claim is not read a second time whole (as detailCorrected would refuse it after).
    if (typed.length > PREMISE_WORDS * CHARS_PER_WORD || typed.split(/\s+/u).length > PREMISE_WORDS) return null;
    // A detail of the reading's own put right already: that is the reply.
    if (own !== reply) return null;
    const whole = reader.readWhole(typed, reading.lang);
    if (whole.kind !== 'reading' || whole.reading.aspects.yesNo) return null;
    const wholePremise = once(() => wrongPremise(knowledge, whole.reading));
    const put = detailCorrected(whole.reading, reply, wholePremise);
    const cited = new Set(reply.citations.map((c) => c.talk));
    return put !== reply && (wholePremise()?.talks.every((t) => cited.has(t.id)) ?? false) ? put : null;
  };

  // "When did Quan sign the 2021-2025 plan?": a document named with someone who took no part in the talks it was
  // signed at. Answered by that person's talks it would be wrong; who signed it is put right, and the question
  // answered at the talks where it was signed.
  const otherSigner = (reading: Reading, premiseOf: () => ReturnType<typeof wrongPremise>): Answer | null => {
    if (reading.documents.length === 0 || reading.people.length === 0) return null;
    const signedAt = kb.talks.filter((t) => reading.documents.some((d) => t.agreements.includes(d)));
    const absent = reading.people.some((p) => !signedAt.some((t) => t.participants.some((x) => x.person === p)));
    if (signedAt.length === 0 || !absent) return null;
    const premise = premiseOf();
    if (!premise || !premise.kinds.every((d) => d === 'person') || !premise.talks.every((t) => signedAt.includes(t))) return null;
    const scoped: Reading = { ...reading, scope: { talks: premise.talks, mismatch: null }, premises: [] };
    const first = answerReading(scoped);
    // Asked of what the wrong signer did there ("…, ông ấy đã đề nghị gì?"): answered as the one who signed it.
    const signers = premise.people.filter((p) => p.claimed.length === 1 && p.instead.length === 1);
    const wrong = new Set(signers.flatMap((p) => p.claimed));
    const asSigner: Reading = { ...scoped, people: [...new Set([...reading.people.filter((p) => !wrong.has(p)), ...signers.flatMap((p) => p.instead)])] };
    const [body, read] = first.answered || wrong.size === 0 ? [first, scoped] : [answerReading(asSigner), asSigner];
    return body.answered ? concerning(read, corrected(body, [premise.line], false)) : null;
  };

  // "Why did they meet face to face in Hanoi?": a why of a meeting in person, at talks held remotely, has that
  // premise for its answer: put right, with how the talks were held.
  // So is a why of talks held by another format than they were ("why did they hold the July 2020 talks by video?").
  // Why they were not in person, or why by phone: the reason the articles give for keeping in touch remotely.
  const remoteCauses = (reading: Reading) => {
    const remoteTalks = reading.scope.talks?.filter((t) => t.format.remote) ?? [];
    // Not when who acted is got wrong ("why did Trung phone Song Tao in July 2020?"): that premise is put right instead.
    const present = reading.people.every((p) => remoteTalks.every((t) => t.participants.some((x) => x.person === p)));
    // Nor when a document named was signed at none of them ("why did Quan sign the plan by phone?"): another premise.
    const signedThere = reading.documents.every((d) => remoteTalks.some((t) => t.agreements.includes(d)));
    const asked = reading.aspects.why && !reading.aspects.yesNo && present && signedThere && !reading.scope.correction && remoteTalks.length > 0 && (reading.aspects.inPerson || reading.formatTalks.length > 0);
    return asked ? formatCauseLines(knowledge, messagesFor(reading.lang), remoteTalks) : [];
  };

  const heldRemotely = (reading: Reading): Answer | null => {
    const talks = reading.scope.talks;
    const m = messagesFor(reading.lang);
    const correction = reading.scope.correction;
    const otherFormat = correction && correction.details.length === 1 && correction.details[0] === 'format' && correction.wrong.length > 0 ? m.corrected(correction.wrong.map((l) => m.scopeLabel(l)), correction.talk, correction.stand, correction.met) : null;
    // "Why weren't they in person?", "why were they held by phone?": where the report says why exchanges took such
    // forms (data: the format's `reasons`), those statements, said to be about exchanges rather than these talks alone.
    // ("Why did they meet face to face?" presumes a meeting in person: put right below, not answered with reasons.)
    const denied = reading.said.words.some((w) => knowledge.claims().negators.has(w));
    // The format named asks it only of the talks themselves: "why did Trung phone Song Tao in July 2020?" names who
    // phoned, a premise put right first.
    const asksForm = (reading.aspects.inPerson && denied) || (reading.formatTalks.length > 0 && reading.people.length === 0 && reading.formatTalks.every((t) => talks?.includes(t) === true));
    const reasons = reading.aspects.why && !reading.aspects.yesNo && asksForm && otherFormat === null && talks && talks.length > 0 && talks.every((t) => t.format.remote)
      ? talks.flatMap((t) => (t.format.reasons ?? []).flatMap((id) => t.statements.filter((st) => st.id === id).map((st) => line(m.bullet(m.statement(st)), [cite(t, st)]))))
      : [];
    if (talks && reasons.length > 0) return answerFrom('format', reading.lang, [m.formReasons(talks), ...reasons]);
    // "Why not in person?" asks why they were held remotely: no premise to put right.
    const remote = reading.aspects.inPerson && !denied && talks && talks.length > 0 && talks.every((t) => t.format.remote) ? m.heldRemotely(talks) : null;
    const note = otherFormat ?? remote;
    if (reading.aspects.yesNo) return null;
    const causes = otherFormat === null ? remoteCauses(reading) : [];
    if (causes.length > 0) return corrected(answerFrom('topic', reading.lang, causes), note === null ? [] : [note], false);
    if (note === null) return null;
    const held = answererOf('format')(knowledge, { ...reading, intent: 'format', aspects: { ...reading.aspects, why: false, inPerson: false } });
    return held.answered ? corrected(held, [note], false) : null;
  };

  /**
   * What the people a question names said of things only mentioned that it asks for by name (`words`): led by the
   * note that the articles name none. Null unless a person named spoke of them, in a sentence using the question's
   * further words ("make better use of existing cooperative mechanisms").
   */
  const saidOfUnnamed = (reading: Reading, words: string): Answer | null => {
    if (reading.people.length === 0 || reading.aspects.yesNo) return null;
    const topical: Reading = { ...reading, intent: 'topic' };
    const said = answererOf('topic')(knowledge, topical);
    const speakers = new Set(reading.people);
    const cited = said.citations.flatMap((c) => kb.talks.filter((t) => t.id === c.talk).flatMap((t) => t.statements.filter((s) => s.quote === c.quote)));
    if (!said.answered || cited.length === 0 || !cited.every((s) => s.speakers.some((p) => speakers.has(p)))) return null;
    // What was said of them, in the question's own rare words ("existing"): not a fact of the things themselves
    // ("which provinces were hit by the floods Quan mentioned?"), which the articles do not give.
    // A sentence of theirs that singles out some of the very things asked ("localities, especially those along the
    // shared border") or lists them answers "which localities did Trung single out?" with no further word.
    const rare = reading.concepts.filter((c) => !c.asking && c.weight >= SURE_WORD && between(knowledge.facts.statementsUsing(c.lemma).length, 1, RARE_IN));
    if (!singlesOut(words, cited) && !cited.some((s) => rare.some((c) => knowledge.facts.ofStatement(s)?.lemmas.has(c.lemma) === true))) return null;
    // Things the sentence only counts ("three legal documents") stay refused: the count is all it gives of them.
    if (cited.some((s) => knowledge.facts.givesNumber(s))) return null;
    // "Which border provinces did Trung name?": the asker's own qualifier ("border") is all the sentence says of them
    // ("localities, especially those along the shared border"), so it names nothing asked: refused as not named.
    // "Which provinces…?" is answered by that qualifier.
    const m = messagesFor(reading.lang);
    if (qualifiedAlready(words, cited)) return notAnswered(reading.intent, reading.lang, [m.namesNone(words), about.get(reading.lang) ?? '']);
    return concerning(topical, prependLines(said, [m.noneNamed(words)]));
  };

  /** Whether a cited sentence singles out or lists instances right after the thing asked for (its last word). */
  const singlesOut = (words: string, cited: readonly Statement[]): boolean => {
    const head = normalize(words).split(' ').filter(Boolean).at(-1);
    if (head === undefined) return false;
    const followers = [...lexicon.focus.instancers, ...lexicon.focus.enumerators].map((p) => normalize(p));
    return cited.some((s) => followers.some((p) => ` ${normalize(s.quote)} `.includes(` ${head} ${p} `)));
  };

  /** Whether the words asking for things (a qualifier, then the thing) have every qualifier in a cited sentence already. */
  const qualifiedAlready = (words: string, cited: readonly Statement[]): boolean => {
    const asked = normalize(words).split(' ').filter(Boolean);
    const qualifiers = asked.slice(0, -1).filter((w) => !FUNCTION_WORDS.has(w)).map((w) => lexicon.lemma(w));
    return qualifiers.length > 0 && cited.some((s) => {
      const lemmas = knowledge.facts.ofStatement(s)?.lemmas;
      return lemmas !== undefined && qualifiers.every((q) => lemmas.has(q));
    });
  };

  // The talks a trip is asked about: those the question names, else where the documents it names were signed, else
  // the one all the people it names took part in; null when that is not one set of remote talks (nothing to put right).
  const tripTalks = (reading: Reading): Reading | null => {
    const signedAt = kb.talks.filter((t) => reading.documents.some((d) => t.agreements.includes(d)));
    const joined = reading.people.length > 0 ? kb.talks.filter((t) => reading.people.every((p) => t.participants.some((x) => x.person === p))) : [];
    const talks = reading.scope.talks ?? (signedAt.length > 0 ? signedAt : joined.length === 1 ? joined : null);
    if (!talks || talks.length === 0 || !talks.every((t) => t.format.remote)) return null;
    return { ...reading, scope: { ...reading.scope, talks }, aspects: { ...reading.aspects, inPerson: true } };
  };

  /** No to a trip asked of talks held remotely: how they were held, put first. */
  const tripDenied = (reading: Reading): Answer | null => {
    const talks = reading.scope.talks ?? [];
    const held = answererOf('format')(knowledge, { ...reading, intent: 'format', aspects: { ...reading.aspects, yesNo: false, why: false, inPerson: false } });
    return held.answered && talks.length > 0 ? corrected(held, [messagesFor(reading.lang).heldRemotely(talks)], true) : null;
  };

  // A gift the question takes for a thing the articles name on another subject (vaccines): said not to be so, with no
  // count of it, then the gift the talks named report (medical supplies, their worth), cited.
  const giftPutRight = (reading: Reading, typed: string | undefined): Answer | null => {
    const found = giftOtherwise(reading);
    if (!found) return null;
    // The gift's subject is what is asked, though the question named it only by a verb of giving.
    const others = reading.topics.filter((h) => h.topic !== found.asked.topic);
    const topics = others.some((h) => h.topic === found.gift) ? others : [...others, { topic: found.gift, words: found.gift.label, lang: 'en' as const, precise: false }];
    const topical: Reading = { ...reading, intent: 'topic', topics, unmatched: [], scope: { talks: found.talks, mismatch: null }, premises: [] };
    const given = answererOf('topic')(knowledge, topical);
    if (!given.answered) return null;
    const lang = reading.lang;
    const thing = lang !== 'en' && typed !== undefined ? (knowledge.claims().ownWords(lang, typed).asked(found.asked.words) ?? found.asked.words) : found.asked.words;
    return concerning(topical, corrected(given, [messagesFor(lang).giftOtherwise(thing)], false));
  };

  // `asked`: the question as the asker typed it, to name what the articles lack in their own spelling. Without it
  // (a follow-up re-read by src/conversation, a refusal built there), the reading's own text as typed stands for it:
  // every path names "美国", never the glossary's "america".
  const answerRead = (result: ReadResult, asked?: string): Answer => {
    const lang = result.reading.lang;
    const typed = asked ?? (result.reading.said.text.trim() || undefined);
    const otherMeeting = otherPersonsMeeting(result.reading);
    if (otherMeeting) return concerning(result.reading, otherMeeting);
    // "When did they last meet before the 2020 call?", "…after the 2022 talks?": a meeting outside every talk reported.
    const outside = result.reading.outsideMeeting;
    if (outside) {
      const m = messagesFor(lang);
      return concerning(result.reading, { ...notAnswered(result.reading.intent, lang, outside === 'earlier' ? m.noEarlierMeeting(kb.talks) : m.noLaterMeeting(kb.talks)), lacksDetail: true });
    }
    // "How many vaccine doses did China donate in 2022?": a gift taken for another thing is put right, then answered.
    const otherGift = result.kind === 'reading' || PREMISE_REFUSALS.has(result.refusal.kind) ? giftPutRight(result.reading, typed) : null;
    if (otherGift) return otherGift;
    // "Did Vietnam help China in 2020?": one side's help of the other, asked by its verb, told by the statements of it.
    const helped = result.kind === 'reading' || result.refusal.kind === 'no-match' ? answerHelpDirected(knowledge, result.reading) : null;
    if (helped) return concerning(result.reading, helped);
    if (result.kind === 'refusal') {
      // "Besides the two documents, what was the third?": no third, and the two signed (document-beyond.ts).
      const beyond = result.refusal.kind === 'no-such-document' ? beyondThoseSetAside(result.reading, refusalReason(kb, messagesFor(lang), result.refusal), ask) : null;
      if (beyond) return beyond;
      // No rule fits: the facts that match the question best may still answer it.
      if (result.refusal.kind === 'no-match') {
        // "那次在河内面对面举行的会谈聊了什么": what was said at talks held at a place, that no talk was held at.
        const elsewhere = metElsewhere(result.reading);
        if (elsewhere) return concerning(result.reading, appendLines(elsewhere, [about.get(lang) ?? '']));
        const searching: Reading = { ...result.reading, intent: 'search' };
        const found = answererOf('search')(knowledge, searching);
        const gap = lacking(searching, found);
        if (gap) return concerning(searching, appendLines(gap, [about.get(lang) ?? '']));
        // "What did the talks between the two prime ministers achieve?": who held the talk, put right first.
        const office = result.reading.standIn?.office ? [messagesFor(lang).heldBy(result.reading.standIn.talk)] : [];
        if (found.answered) return concerning(searching, corrected(withCorrection(knowledge, result.reading, found), office, false));
      }
      // "Was that the first time…?" of a talk after another reported with the same people: No, with that talk.
      const notFirst = result.refusal.kind === 'first-time' ? firstTimeDenied(knowledge, result.reading) : null;
      if (notFirst) return concerning(result.reading, notFirst);
      // Another event than the talks is refused by its name: its date or number is no slip of a talk's to put right.
      const otherEvent = result.refusal.kind === 'absent' && result.refusal.event === true;
      // A yes/no question with one detail wrong (a date, an amount, a person): No, and the right value. A thing the
      // articles lack is read in the question's language ("song than", folded, is Vietnamese there, not English).
      const refusal = result.refusal;
      const absentThings = () => (refusal.kind === 'absent' ? refusal.things.map((t) => reader.readWhole(t, lang, lang === 'en' ? {} : { written: lang }).reading) : []);
      const answeredNo = CORRECTABLE.has(result.refusal.kind) && !otherEvent ? correctedYesNo(knowledge, result.reading, absentThings) : null;
      if (answeredNo) return concerning(result.reading, answeredNo);
      // "Did Song Tao call it a relationship of comradeship?": words of his the articles lack, the rest what he said.
      const plainWords = result.refusal.kind === 'absent' && result.refusal.things.every((t) => /^\p{Ll}[\p{Ll}\s-]*$/u.test(t));
      const otherwise = plainWords ? characterisedOtherwise(knowledge, result.reading) : null;
      if (otherwise) return concerning(result.reading, otherwise);
      // A why of talks held otherwise than asked is put right by how they were held, before any other premise.
      // So is a why of a trip to talks held remotely ("why did Quan fly to Beijing to meet Song Tao?").
      const trip = result.refusal.kind === 'unsupported' && result.refusal.topic === 'travel';
      const travelled = trip && result.reading.aspects.why ? tripTalks(result.reading) : null;
      const remote = result.refusal.kind === 'why' ? heldRemotely(result.reading) : travelled ? heldRemotely(travelled) : null;
      if (remote) return concerning(result.reading, remote);
      // "Did Song Tao fly to Hanoi to sign the plan?": a trip to talks held remotely is answered No, with how they were held.
      // Only a trip tied to the talks, by a document they signed, their format or both who met
      // ("did Song Tao fly to Hanoi in 2022?" may ask of another visit).
      const r = result.reading;
      const tied = r.documents.length > 0 || r.formatTalks.length > 0 || r.people.length >= 2;
      const askedTrip = trip && tied && r.aspects.yesNo ? tripTalks(r) : null;
      const noTrip = askedTrip ? tripDenied(askedTrip) : null;
      if (noTrip) return concerning(result.reading, noTrip);
      // "The meeting between Song Tao and Vietnam's prime minister", no talk named: an office in a counterpart's place
      // is no other kind of leader the articles name ("General Secretaries") to put right; the refusal names it.
      const officeOfPerson = refusal.kind === 'absent' && r.people.length > 0 && (r.unheldOffice === true || refusal.things.every((t) => offices.has(normalize(t)) || offices.has(normalize(t).replace(/s$/u, ''))));
      // "What's the second centenary goal?": what a thing only mentioned is, asked of another of its name (an ordinal the
      // articles give otherwise), is a thing they never name: refused, not put right to the one they mention.
      const otherOfName = refusal.kind === 'undefined-term' && !r.aspects.why && wrongPremise(knowledge, r)?.ordinalOnly === true;
      const premised = PREMISE_REFUSALS.has(result.refusal.kind) && !otherEvent && !officeOfPerson && !otherOfName ? premiseCorrected(result.reading) : null;
      // "Why did they meet face to face in 2020?": the format put right, then the reason the articles give for it.
      const causes = premised && result.refusal.kind === 'why' ? remoteCauses(result.reading) : [];
      if (premised) return causes.length > 0 ? appendLines(premised, causes) : premised;
      // "Which provinces did Trung want to make better use of the mechanisms?": things only mentioned, asked by name,
      // in what a person named said of them: none is named, and what he said of them answers.
      const unnamed = result.refusal.kind === 'undefined-term' ? saidOfUnnamed(result.reading, result.refusal.words) : null;
      if (unnamed) return unnamed;
      // "宋涛在2020年7月的通话中宣布捐赠了哪些医疗物资?": more than the articles say, of a subject asked at a talk that never
      // reported it: where it did come up, put right and quoted, then what they do not say.
      const moved = result.refusal.kind === 'undefined-term' ? raisedElsewhere(result.reading, refusalReason(kb, messagesFor(lang), result.refusal)) : null;
      if (moved) return moved;
      // "黄平君在那次视频会谈里是怎么谈海上问题的?": a subject asked of someone at talks he took no part in is answered at those
      // he did, after saying where he was (he is who the question is about; the talks named had another in his place).
      const notPresent = result.refusal.kind === 'scope' && result.refusal.mismatch.kind === 'not-present' ? result.refusal.mismatch : null;
      const present = notPresent ? presentElsewhere(result.reading, notPresent, refusalReason(kb, messagesFor(lang), result.refusal)) : null;
      if (present) return present;
      // "Where was the congestion?": where a thing said was, when the sentences saying it name an area.
      const where = result.refusal.kind === 'unsupported' && result.refusal.topic === 'location' ? placeOfSubject(knowledge, result.reading) : null;
      if (where) return concerning(result.reading, where);
      // "有没有定下疫苗护照互认的具体时间表？": no timetable for the subject asked, then what was said on it.
      const timed = result.refusal.kind === 'unsupported' && result.refusal.topic === 'timing' ? timingOfSubject(knowledge, result.reading, messagesFor(lang)) : null;
      if (timed) return concerning(result.reading, timed);
      // "疫苗护照是啥意思 后来有下文没": the question before a clause asking what came later is answered, with that note.
      const before = asksLater(result) && typed !== undefined ? beforeLater(typed, (x) => reader.read(x, lang)) : null;
      const first = before ? answerRead(before) : null;
      if (first?.answered) return appendLines(first, [refusalReason(kb, messagesFor(lang), result.refusal).split('\n')[0] ?? '']);
      // What the articles lack is named in the asker's words: a glossary's English ("america" for 中美) read back
      // through the same words corrections use, else a Vietnamese word with the diacritics it was typed with.
      const own = lang !== 'en' && typed !== undefined ? knowledge.claims().ownWords(lang, typed) : null;
      // A word the glossary gave only inside a compound ("america" of 中美) is named by that compound as typed.
      // A Vietnamese word is named with the capitals and diacritics it was typed with ("Tổng Bí thư", not the glossary's key).
      const named = (t: string) => (lang === 'vi' && typed !== undefined ? asTyped(typed, own?.asked(t) ?? t) : (own?.asked(t) ?? own?.within(t) ?? t));
      // So is a term the articles only mention ("总书记" read as "general secretaries").
      const spelled = !own ? result.refusal
        : result.refusal.kind === 'absent' ? { ...result.refusal, things: result.refusal.things.map(named) }
          : result.refusal.kind === 'undefined-term' ? { ...result.refusal, words: named(result.refusal.words) } : result.refusal;
      const refused = refuse(lang, result.words, result.intent, refusalReason(kb, messagesFor(lang), spelled));
      // "What exactly was in the 15 million yuan of supplies?": a detail the articles do not give, of a figure stated wrongly.
      const detail = result.refusal.kind === 'unsupported' && result.refusal.topic === 'detail' ? (detailOfWrongAmount(result.reading, refused) ?? detailOfWrongCount(result.reading, refused)) : null;
      if (detail) return detail;
      return concerning(result.reading, refused);
    }
    const premiseOf = once(() => wrongPremise(knowledge, result.reading));
    const plain = ask(result.reading);
    // "Khi ông Quân ký kế hoạch 2021-2025…, ông ấy đề nghị gì?": a document signed by someone of another talk, read at his
    // talk, finds nothing signed there; who signed it is put right and the question answered where it was signed.
    const signer = plain.answered ? null : otherSigner(result.reading, premiseOf);
    if (signer) return signer;
    // Put right on the reading's own details once: statedBefore starts from it, and it is the reply when that finds nothing.
    const own = detailCorrected(result.reading, plain, premiseOf);
    const reply = statedBefore(result.reading, plain, typed, premiseOf, own) ?? own;
    // "Did China accept that?": a side's response, which only that side's own sentences could report.
    const responder = unreportedResponse(result.reading, reply);
    if (responder) {
      const side = responder.sideTerms[lang][0] ?? responder.sides[0] ?? responder.name;
      return concerning(result.reading, notAnswered(reply.intent, lang, [messagesFor(lang).responseUnreported(side), about.get(lang) ?? '']));
    }
    // "Did China hand Vietnam anything in 2022?": read as the talk by name, answered by the gift its report gives.
    const given = giftGiven(knowledge, result.reading, reply);
    if (given) return concerning(result.reading, given);
    // "Did Trung ask Vietnam to comply…?" when he called on China: No, with the calls found.
    const otherAddressee = addresseeOtherwise(knowledge, result.reading, reply);
    if (otherAddressee) return concerning(result.reading, otherAddressee);
    // "Did China help with the floods?" when China was the one helped: No, with who helped whom; help never reported
    // of the side asked is no Yes.
    const otherHelper = helpDoerOtherwise(knowledge, result.reading, reply);
    if (otherHelper) return concerning(result.reading, otherHelper);
    // "What did Vietnam give China for the floods?": a gift of one side, which no cited sentence reports: said so,
    // with that side's own words the answer found (sympathy is no gift).
    const ungiven = giftAsked(result.reading, reply);
    if (ungiven) {
      const m = messagesFor(lang);
      const side = ungiven.side.sideTerms[lang][0] ?? ungiven.side.sides[0] ?? ungiven.side.name;
      const own = reply.lines.flatMap((l) => {
        const cites = l.cites.flatMap((n) => reply.citations[n - 1] ?? []).filter((c) => ungiven.own.includes(c.quote));
        return cites.length > 0 ? [line(l.text, cites)] : [];
      });
      return concerning(result.reading, appendLines(notAnswered(reply.intent, lang, m.giftUnreported(side, own.length > 0)), [...own, about.get(lang) ?? '']));
    }
    // A "why" answered by the act it asks about may still take a detail of it wrongly ("on its second centenary goal"): put right first.
    const checkPremise = (!reply.answered && reply.lacksDetail !== true) || result.reading.aspects.why;
    // An office given both sides is put right by who held the talk (standIn), not as another kind of leader.
    const premised = !checkPremise || reply.intent === 'help' || reply.intent === 'unknown' || result.reading.standIn?.office === true ? null : premiseCorrected(result.reading, reply.answered, premiseOf);
    if (premised) return premised;
    const talkPutRight = reply.answered ? null : whyOfTalkPutRight(result.reading, reply);
    if (talkPutRight) return talkPutRight;
    // An intent that finds nothing still tells the user what can be asked (help says it already).
    return reply.answered || reply.intent === 'help' || reply.intent === 'unknown' ? reply : appendLines(reply, [about.get(lang) ?? '']);
  };

  /**
   * A message quoting lines and asking of them, naming nothing of its own: what the articles say of the quoted words
   * (see quoted.ts). Null when it is not one, asks what no quote makes answerable (an opinion, a conversion), or the
   * quoted words find nothing.
   */
  const ofQuote = (question: string, options: AnswerOptions): Answer | null => {
    const quoted = quotedLines(question);
    if (!quoted) return null;
    const rest = reader.read(quoted.rest, options.lang);
    // "Where's that from?" is no question about a place once it asks of a quote; other asks beyond the articles stay so.
    const beyond = rest.kind === 'refusal' && rest.refusal.kind === 'unsupported' && rest.refusal.topic !== 'location';
    if (beyond || !asksOfQuote(rest.reading)) return null;
    const said = answerRead(reader.read(quoted.quote, options.lang ?? rest.reading.lang));
    return said.answered ? said : null;
  };

  /**
   * Two clauses each naming its own talk ("In 2020 …; what … in 2022?"): each clause answered at its talk, in turn
   * (read whole, one clause's words may crowd out or pick the other talk's statements). Null when that is not so. Not for a yes/no
   * (one Yes or No answers the whole), nor a refusal (a part of a question the articles do not cover is no answer).
   */
  const byClauses = (text: string, whole: ReadResult, reply: Answer): Answer | null => {
    const named = whole.reading.scope.talks ?? [];
    if (whole.kind === 'refusal' || !reply.answered || whole.reading.aspects.yesNo || named.length !== 2) return null;
    const lang = whole.reading.lang;
    const clauses = twoClauses(text, lang === 'en' ? (lexicon.across.clauses ?? []) : (lexicon.glossaries[lang].focus?.clauses ?? []));
    if (!clauses) return null;
    // "…, và năm 2022 ông phản hồi…": a clause's pronoun is the person the whole named (clause-person.ts).
    const pronouns = lang === 'en' ? [] : (lexicon.glossaries[lang].focus?.clausePronouns ?? []);
    const parts = clauses.map((c) => readClause(c, whole.reading, pronouns, reader.read));
    // A clause no rule reads ("còn năm 2022 Trung Quốc làm gì để hỗ trợ lại Việt Nam?") is still asked of its talk: the
    // statements that match it best answer it, as they would the clause asked alone.
    const talkOf = (r: ReadResult) => ((r.kind === 'reading' || r.refusal.kind === 'no-match') && r.reading.scope.talks?.length === 1 ? r.reading.scope.talks[0] : undefined);
    // When the whole already cites each talk, the clauses replace it only when each asks a subject of its own ("…
    // sympathy; what did Vietnam congratulate China on in 2022?"); a clause leaning on the other's subject ("…, và
    // đến năm 2022 thì có thêm đề nghị gì mới?") or asking who took part is better read whole.
    const cited = new Set(reply.citations.map((c) => c.talk));
    const ownSubject = (r: ReadResult) =>
      r.kind === 'reading' && r.reading.intent === 'topic' && (r.reading.topics.length > 0 || r.reading.concepts.some((c) => !c.asking && c.weight >= 1));
    if (named.every((t) => cited.has(t.id)) && !parts.every(ownSubject)) return null;
    const talks = parts.map(talkOf);
    if (talks.some((t) => t === undefined) || new Set(talks).size !== 2 || !named.every((t) => talks.includes(t))) return null;
    const answers = parts.map((r) => answerRead(r));
    if (!answers.every((a, i) => a.answered && a.citations.some((c) => c.talk === talks[i]?.id))) return null;
    return concerning(whole.reading, answersInTurn(lang, answers));
  };

  /**
   * "Ông Song Tao có mặt ở cả hai lần không, còn người phía Việt Nam có giống nhau không?", "was Song Tao at both talks,
   * and was the Vietnamese side's person the same?": two yes/no questions joined as clauses, each naming what it asks of
   * (a person, side, subject or document), are each answered Yes or No on their own, in turn: one Yes or No cannot
   * answer both. Null when that is not so, or when either clause alone is refused.
   */
  const byYesNoClauses = (text: string, whole: ReadResult): Answer | null => {
    if (whole.kind === 'refusal' || !whole.reading.aspects.yesNo) return null;
    const lang = whole.reading.lang;
    const clauses = twoClauses(text, lang === 'en' ? (lexicon.across.clauses ?? []) : (lexicon.glossaries[lang].focus?.clauses ?? []));
    if (!clauses) return null;
    const parts = clauses.map((c) => reader.read(c, lang));
    const namesItsOwn = (r: Reading) => r.people.length + r.sidesNamed.length + r.topics.length + r.documents.length + r.organisations.length > 0;
    if (!parts.every((r) => r.kind === 'reading' && r.reading.aspects.yesNo && namesItsOwn(r.reading))) return null;
    const answers = parts.map((r) => answerRead(r));
    if (!answers.every((a) => a.answered)) return null;
    return concerning(whole.reading, answersInTurn(lang, answers));
  };

  /**
   * "In 2020 Vietnam consoled China over its floods. Did any material help go the other way by 2022?": a question set
   * by a word of contrast against the fact its statement gives of another talk is answered at its own talk, and the
   * statement's talk follows with what it reports of that fact (both talks bear on it). Null when the statement and
   * the question do not each name one talk of their own, or either goes unanswered.
   */
  const byContrast = (text: string, whole: ReadResult): Answer | null => {
    if (whole.kind === 'refusal') return null;
    const lang = whole.reading.lang;
    const joiners = lang === 'en' ? (lexicon.across.clauses ?? []) : (lexicon.glossaries[lang].focus?.clauses ?? []);
    // The question part is read once, for its words of contrast and then to be answered.
    const readParts = new Map<string, ReadResult>();
    const readPart = (part: string) => {
      const known = readParts.get(part);
      if (known) return known;
      const r = reader.read(part, lang);
      readParts.set(part, r);
      return r;
    };
    const englishOf = (part: string) => {
      const r = readPart(part);
      return r.kind === 'reading' ? r.reading.said.words.join(' ') : '';
    };
    const parts = contrastParts(text, joiners, lexicon.across.contrasts ?? [], englishOf);
    if (!parts) return null;
    const [stated, asked] = parts.map(readPart);
    if (stated?.kind !== 'reading' || asked?.kind !== 'reading' || stated.reading.aspects.yesNo) return null;
    const [statedTalk] = stated.reading.scope.talks ?? [];
    const [askedTalk] = asked.reading.scope.talks ?? [];
    if (stated.reading.scope.talks?.length !== 1 || asked.reading.scope.talks?.length !== 1 || !statedTalk || !askedTalk || statedTalk === askedTalk) return null;
    const answers = [answerRead(asked), answerRead(stated)];
    if (!answers.every((a, i) => a.answered && a.citations.some((c) => c.talk === (i === 0 ? askedTalk : statedTalk).id))) return null;
    return concerning(asked.reading, answersInTurn(lang, answers));
  };

  /** Two things asked as joined clauses, the whole's answer lacking one's statements: they are added (second-ask.ts). */
  const bySecondAsk = (text: string, whole: ReadResult, reply: Answer): Answer | null => {
    if (whole.kind === 'refusal') return null;
    const lang = whole.reading.lang;
    const clauses = twoClauses(askingSentences(text) ?? text, lang === 'en' ? (lexicon.across.clauses ?? []) : (lexicon.glossaries[lang].focus?.clauses ?? []));
    const added = withSecondAsk({ clauses, whole: whole.reading, reply, talks: kb.talks, read: reader.read, answerRead });
    return added ? concerning(whole.reading, added) : null;
  };

  /** Two "when" asks joined as clauses, the whole refused: each clause's answer in turn (when-clauses.ts). */
  const byWhenClauses = (text: string, whole: ReadResult, reply: Answer): Answer | null => {
    if (whole.kind === 'refusal') return null;
    const lang = whole.reading.lang;
    const clauses = twoClauses(askingSentences(text) ?? text, lang === 'en' ? (lexicon.across.clauses ?? []) : (lexicon.glossaries[lang].focus?.clauses ?? []));
    return whenInTurn({ clauses, whole, reply, read: reader.read, answerRead });
  };

  // Each text read alone is read once within one answer, however many of the steps below read it (readings-kept.ts).
  const answer = (question: string, options: AnswerOptions = {}): Answer => reader.during(() => answerOnce(question, options));

  const answerOnce = (question: string, options: AnswerOptions): Answer => {
    // One cut, made once: every stage below (quotes, clauses, contrasts, re-reads) sees what reading reads, so a
    // message of any length is answered in bounded time.
    const text = cutQuestion(typeof question === 'string' ? question : '');
    // Noise no stage could make out is refused before any stage reads it (legible.ts).
    if (illegible(text)) {
      const lang = options.lang ?? reader.language(text);
      return { ...refuse(lang, [], 'unknown', refusalReason(kb, messagesFor(lang), { kind: 'unreadable' })), about: NOTHING_ABOUT };
    }
    const quoted = ofQuote(text, options);
    if (quoted) return quoted;
    const whole = reader.read(text, options.lang);
    const reply = answerRead(whole, text);
    const out = byContrast(text, whole) ?? byClauses(text, whole, reply) ?? byYesNoClauses(text, whole) ?? bySecondAsk(text, whole, reply) ?? byWhenClauses(text, whole, reply) ?? reply;
    return whole.kind === 'refusal' ? out : citingChosenOnly(text, whole.reading, whole.reading.scope.talks ?? kb.talks, out);
  };

  const findSources = (claim: string, limit = 5): readonly Source[] => {
    const result = reader.readWhole(typeof claim === 'string' ? claim : '');
    return rankFacts(knowledge, queryOf(knowledge, result.reading, true), limit).filter(clearsBar);
  };

  const check = (claim: string, limit = 5): ClaimCheck => {
    const text = headlineCased(kb, knowledge.claims(), typeof claim === 'string' ? claim : '');
    // A claim passed on in quotes with a note of where it was seen: the quote is what is checked.
    const framed = framedQuote(text);
    // Clauses each of another talk are checked each at its own (talk-clauses.ts).
    if (!framed) return checkByTalkClauses(knowledge, text, (t) => reader.readWhole(t).reading, checkClaim(knowledge, reader.readWhole(text).reading, limit), limit);
    if (framesNothing(reader.readWhole(framed.frame).reading)) return checkClaim(knowledge, reader.readWhole(framed.quote).reading, limit);
    return checkNoted(knowledge, reader.readWhole(text).reading, reader.readWhole(framed.quote).reading, limit);
  };

  return { kb, lexicon, reader, examples, answer, ask, read: reader.read, answerRead, findSources, check };
}

/** A topic named by the words of a thing its talks only mention ("three legal documents"), in the question's language. */
function namedAsMentionedOnly(h: NamedTopic): boolean {
  const words = normalize(h.words);
  return (h.lang === 'en' ? h.topic.mentionedOnly : h.topic.mentionedOnlyTerms[h.lang]).some((m) => normalize(m) === words);
}
