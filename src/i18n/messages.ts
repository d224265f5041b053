// Everything an answer or a refusal says in words, per language. Answerers compose these; they never write
// a sentence of their own, so an answer in Vietnamese or Chinese is the same answer in other words. Facts'
// own wording comes from the knowledge base in each language; quotes stay verbatim English.
import type { Agreement, AgreementKind, Figure, Organisation, Participant, Person, Statement, Talk, Topic } from '../facts/types.js';
import type { Lang, Localized } from '../languages.js';
import type { UnsupportedKind, YearPart } from '../refusal-kinds.js';

/** A calendar span between two dates. */
export interface Span {
  readonly days: number;
  readonly years: number;
  readonly months: number;
  readonly rest: number;
  /** The span in whole months, to the nearest month, for a span of a year or more (people say "21 months",
   * "近21个月"): `near` is below when the exact span falls short of it, above when it runs past it. */
  readonly inMonths: { readonly months: number; readonly near: 'below' | 'exact' | 'above' } | null;
}

export interface Messages {
  readonly lang: Lang;

  /** The line an answer that continued a conversation begins with: "(about Song Tao and the talks of 19 April 2022)". */
  carriedOver(about: CarriedOver): string;
  /** A follow-up whose subject the conversation's talks do not report, answered from the talks that do. */
  reportedElsewhere(from: readonly Talk[], at: readonly Talk[]): string;
  /** Whether what the last answer said was said at the talks a follow-up names ("that was from the 2020 call, right?"): where it was. */
  saidAt(yes: boolean, at: readonly Talk[]): string;
  /** Whether what the last answer said was said by the person or side a follow-up names ("so it was the Chinese side saying this?"): who said it. */
  saidBy(yes: boolean, speakers: readonly Person[]): string;
  /** Who said what was just quoted ("who said that?"). */
  spokenBy(speakers: readonly Person[]): string;

  // Pieces.
  date(iso: string): string;
  /** "a, b and c". */
  list(items: readonly string[]): string;
  /** "a, b, c and 7 more". */
  capped(items: readonly string[], max: number): string;
  count(n: number): string;
  /** A count standing alone, the thing counted left out ("two"; Chinese needs its measure word: "两个"). */
  countAlone(n: number): string;
  capitalise(text: string): string;
  /** Ends a line of the answer ("." in English, "。" in Chinese). */
  readonly stop: string;
  person(p: Person): string;
  people(ps: readonly Person[]): string;
  organisation(o: Organisation): string;
  /** The acronym where there is one, else the name. */
  organisationShort(o: Organisation): string;
  description(o: Organisation): string;
  topic(t: Topic): string;
  format(t: Talk): string;
  /** "the phone talks of 29 July 2020". */
  talk(t: Talk): string;
  /** "29 July 2020, phone talks". */
  talkHeading(t: Talk): string;
  role(p: Participant): string;
  side(p: Person): string;
  statement(s: Statement): string;
  agreement(a: Agreement): string;
  figure(f: Figure): string;
  summary(t: Talk): string;
  /** "both" for two talks, "all three" for more. */
  allOf(n: number): string;
  readonly yes: string;
  /** A yes/no question about something the report has only as hoped for or proposed. */
  readonly onlyHoped: string;
  readonly no: string;
  /**
   * Opens the correction of a wrong premise in a question that asked no Yes or No ("Không phải vậy.", "不对，"):
   * Vietnamese and Chinese put the negation first, as their speakers correct what was taken for granted; English
   * (empty) says what is so. It never reads as a No to the question asked: that is `no`, for yes/no questions only.
   */
  readonly notSo: string;
  /** A yes/no question about every talk, true of some only. */
  readonly notEach: string;
  /** A talk asked about whose report says nothing on the subject. */
  notInReport(t: Talk): string;
  earlierNotListed(n: number): string;

  // who
  whoLine(t: Talk, roles: readonly string[]): string;
  roleOf(name: string, role: string): string;
  /** A role with the article's own English words for it, asked how the articles word it ("头衔怎么写"). */
  inOriginal(text: string, original: string): string;
  notAt(absent: readonly Person[], where: readonly Talk[], seen: readonly { person: Person; talks: readonly Talk[] }[]): string;
  tookPartIn(people: readonly Person[], where: string): string;
  /** "Which official took part in both talks?": who was at every talk asked, with no Yes (no one was named). */
  wasAtEach(people: readonly Person[], where: string): string;
  talksCount(n: number): string;
  onlyIn(seen: readonly { person: Person; talks: readonly Talk[] }[]): string;
  personAt(seen: readonly { person: Person; talks: readonly Talk[] }[]): string;
  officialsNamed(talkCount: number, people: readonly Person[]): string;
  noOneElse(named: readonly { people: readonly Person[]; talk: Talk }[]): string;

  // when
  talksWere(n: number): string;
  whenLine(t: Talk): string;
  /** The time from one talk to the next: days, and the calendar years, months and days. */
  intervalLine(earlier: Talk, later: Talk, span: Span): string;
  agreementWhen(a: Agreement, t: Talk): string;
  /**
   * A count of years at a later talk, counted on from an anniversary the articles number for an earlier year (the
   * `ordinal`th in `year`): `later` years after it, its `ordinal + later`th year. The articles give no such figure.
   */
  yearsCountedLine(ordinal: number, year: number, talk: Talk, later: number): string;
  earlierAgreements(n: number): string;

  // agreements
  signedLine(parties: readonly Person[], agreements: readonly Agreement[], countAll: number | null): string;
  /** "Besides the plan, what else was signed?": the other documents, after those the question named. */
  signedBesides(parties: readonly Person[], named: readonly Agreement[], others: readonly Agreement[]): string;
  /** Nothing else was signed beside the documents the question named. */
  signedNothingElse(parties: readonly Person[], named: readonly Agreement[]): string;
  sidesAgreed(a: Agreement): string;
  noDocumentSigned: string;
  agreementsLine(t: Talk, parts: readonly string[]): string;
  agreementsElsewhere(elsewhere: readonly { talk: Talk; agreement: Agreement }[]): string;
  /** Where each document was signed or agreed, with no Yes or No: the premise put right of a question that placed it elsewhere. */
  agreedAt(found: readonly { talk: Talk; agreement: Agreement }[]): string;
  noAgreement(scope: Talk | null, signed: boolean, topics: readonly Topic[], elsewhere: readonly Talk[]): string;
  notAnAgreement(said: readonly { talk: Talk; statement: Statement }[]): string;
  earlierTalksWithAgreements(n: number): string;

  // format
  formatLine(t: Talk): string;
  notInPerson(n: number): string;
  /** A meeting in person taken for granted by a question asking something else: how the talks were held instead. */
  heldRemotely(talks: readonly Talk[]): string;
  /** A meeting asked about that no talk of the articles is (another person's, or in person): none reported, and the talks that are (`remote`: every talk was held remotely). */
  noSuchMeeting(talks: readonly Talk[], remote: boolean): string;
  /** "When did they last meet before the 2020 call?": a meeting before the talks reported, which the articles never report. */
  noEarlierMeeting(talks: readonly Talk[]): string;
  noLaterMeeting(talks: readonly Talk[]): string;
  /** A format taken for every talk that only some had: how each was held (`talks`: every talk). */
  heldEach(talks: readonly Talk[]): string;
  /** A span said to lie between the talks that their dates do not give ("three years apart"): the span they give. */
  spanStated(stated: string, earlier: Talk, later: Talk, span: Span): string;
  /** More talks counted than the articles report ("the three talks"): how many they report, before the answer of them all. */
  overcounted(count: number, of: number): string;
  /** "Why not in person?" of remote talks whose report says why exchanges took such forms: leads those statements. */
  formReasons(talks: readonly Talk[]): string;
  /** A name the articles lack, asked in a participant's place: who held it, beside whom. */
  notNamed(words: string, talk: Talk, instead: Person, beside: readonly Person[]): string;
  /** A name the articles lack at a talk, with no place it took: who held the talk. */
  notAtTalk(words: string, talk: Talk): string;
  /** An office the question gives both sides at a talk ("the two prime ministers"): who held it, in their roles. */
  heldBy(talk: Talk): string;
  inPerson(talks: readonly Talk[]): string;
  wasFormat(n: number, labels: readonly string[]): string;
  notFormat(labels: readonly string[]): string;

  // topic
  bullet(text: string): string;
  whichTalks(talks: readonly Talk[]): string;
  /** A choice among the talks that every one of them answers ("which talk, or both?"): "Both: …", said as such. */
  everyTalkChosen(talks: readonly Talk[]): string;
  notAsAsked(speakers: readonly Person[]): string;
  /** The act asked of some speakers is reported of others: said before what both said on it. */
  doneByOthers(asked: readonly Person[], others: readonly Person[]): string;
  notSaid(scope: Talk | null, speakers: readonly Person[], subject: readonly string[], elsewhere: { dates: readonly string[]; by: readonly Person[] } | null): string;
  notWhy(subject: readonly string[]): string;
  /** A yes/no whose act no statement on its subject reports (the act found only in statements on other things). */
  actNotReported(subject: readonly string[]): string;
  noFigure(subject: readonly string[]): string;

  // person, organisation
  /** `original`: each role with the article's English too (asked how the articles word it). */
  personLine(p: Person, roles: readonly { participant: Participant; talk: Talk }[], original?: boolean): string;
  notReported(people: readonly Person[]): string;
  leaderUnknown(orgs: readonly Organisation[]): string;
  organisationLine(o: Organisation, representedBy: readonly { person: Person; roles: readonly { participant: Participant; talk: Talk }[] }[]): string;
  notMentioned(orgs: readonly Organisation[], single: boolean): string;

  // summary, talks, source, compare
  summaryLine(t: Talk, topics: readonly Topic[]): string;
  talksIntro(all: number, shown: number): string;
  talkEntry(t: Talk): string;
  sourceLine(t: Talk): string;
  compareLine(t: Talk): string;
  inAll(n: number, people: readonly Person[]): string;
  sharedTopics(n: number, topics: readonly Topic[]): string;
  noSharedTopic(n: number): string;
  nothingAbout(t: Talk, subject: readonly string[]): string;
  onlyOneTalk: string;
  sameBody(same: boolean): string;
  /** The No to a change asked of a person's post ("did his title change?") when every talk gives the same body. */
  unchangedBody: string;
  /** Asked whether people named are one and the same ("Quan vs Trung, same guy?"): they are not. */
  differentPeople(people: readonly Person[]): string;
  roleCompared(p: Participant, t: Talk): string;

  // search
  factLine(kind: 'statement' | 'agreement' | 'figure' | 'participant', text: string, extra: { parties?: readonly Person[]; kind?: AgreementKind; from?: Organisation; person?: Person }): string;
  nothingClose: string;

  // claims: what the claim checker found (yes/no answers, Find sources, the console's /sources)
  /** "No: two, not three." — each detail that differs, as the articles give it and as claimed. */
  claimNo(differs: readonly { readonly article: string; readonly claimed: string }[]): string;
  /** A post claimed of someone that another participant held ("CPC International Liaison Department (Song Tao's post)"). */
  postOf(claimed: string, holder: string): string;
  /** A question (not a yes/no one) resting on a detail the articles give otherwise: the right value, no Yes or No. */
  premiseOtherwise(differs: readonly { readonly article: string; readonly claimed: string }[]): string;
  /** The verdict on a claim, before its matches ("The articles say otherwise: …"). */
  claimVerdict(verdict: 'supports' | 'contradicts' | 'related' | 'none', differs: readonly { readonly kind: DetailKind; readonly article: string; readonly claimed: string }[]): string;
  /** A match's label: it supports the claim, contradicts it (naming the details that differ), or is related. */
  matchLabel(verdict: 'supports' | 'contradicts' | 'related', differs: readonly DetailKind[]): string;
  /** A kind of detail ("date", "amount"). */
  detailKind(kind: DetailKind): string;
  /** "only hoped for or proposed", "done". */
  claimStatus(status: 'done' | 'hoped'): string;
  /** A date as far as a claim gives it ("19 July 2020", "August 2020", "29 April"). */
  partialDate(year: number | null, month: number | null, day: number | null): string;
  /** A format no talk had ("in person", "in writing"). */
  otherFormat(id: string): string;
  /** An amount and its currency ("1.5 million CNY"). */
  amount(value: number, unit: string | null): string;
  /** A currency by its code ("CNY"), as an answer in this language names it ("nhân dân tệ"). */
  currency(code: string): string;
  /** An amount given as a bound, as the claim gave it ("more than 300,000 USD"). */
  amountBound(bound: 'above' | 'below', amount: string): string;
  /** "13th". */
  ordinal(n: number): string;

  // refusals, help
  capabilities(corpus: { reports: number; outlets: readonly string[]; parties: readonly string[]; talks: readonly Talk[] }): string;
  /** Help's promise, said once by every interface: each answer quotes its sentence. */
  readonly quotesEach: string;
  didYouMean(q: string): string;
  /** An embed's footer: the outlets and the article dates of its quotes. */
  articleDates(sources: readonly string[], dates: readonly string[]): string;
  /** Before an answer about a contested thing the question names otherwise: the articles' own name for it. */
  articleCalls(names: Localized, asked: string): string;
  /**
   * A wrong detail in a question whose talk is clear, put right before the answer: "There were no talks in
   * March 2022; the talks of 19 April 2022 (via videoconference) are the ones the articles report."
   */
  /** Amounts a question states that the articles never give: "The articles give no figure of "3 million"; what they report:" */
  noSuchAmount(amounts: readonly string[], given?: readonly string[]): string;
  /** A currency the question names that no figure is given in ("euros"), and the currencies the articles use. */
  otherCurrency(asked: string, used: readonly string[]): string;
  /** `met`: the people named, who held `talk` together and no talk as `wrong` names it. */
  corrected(wrong: readonly string[], talk: Talk, stand: readonly { readonly asked: Person; readonly instead: Person | null }[], met?: readonly Person[]): string;
  empty: string;
  /** Nothing of the message reads as words ("asdf qwer zzz"): no question made out, and none of it named as lacking. */
  unreadable: string;
  absent(things: readonly string[]): string;
  noTalks(labels: readonly string[]): string;
  notPresent(absent: readonly { person: Person; talks: readonly Talk[] }[], labels: readonly string[]): string;
  periodOnly(years: readonly number[]): string;
  why: string;
  /** A feeling asked that the reports never word ("like"): they report what was said and done, not how anyone felt. */
  feeling(word: string): string;
  /** A first time claimed where no earlier talk is reported: the articles do not say what came before them. */
  firstTimeUnknown(talks: readonly Talk[]): string;
  /** A first time claimed of a talk after another reported one: No, with that earlier talk. */
  firstTimeEarlier(earlier: Talk): string;
  /** `act`: what someone is asked to have done that the reports never name, in the asker's words (English only). */
  unanchored(asks: 'when' | 'who', act?: readonly string[]): string;
  undefinedTerm(words: string, topic: Topic): string;
  /** "Which provinces did Trung want…?": the articles name none of those only mentioned; what was said of them follows. */
  noneNamed(words: string): string;
  /** "What was the biggest obstacle?": the things of that kind the articles report, which they do not rank. `word`: the superlative, as read ("biggest"). */
  unranked(word: string): string;
  /** "Did China accept that?": a side's response asked, that no sentence of that side reports. `side`: its word ("China"). */
  responseUnreported(side: string): string;
  /** No gift of `side` reported; `more`: its own words on the subject follow. */
  giftUnreported(side: string, more: boolean): string;
  /** "How many vaccine doses did China donate in 2022?": the gift reported is no such thing; `thing`: the question's word ("vaccines"). */
  giftOtherwise(thing: string): string;
  /** "Which border provinces did Trung name?": none of those only mentioned is named, and the question's qualifier is all the articles say of them. */
  namesNone(words: string): string;
  /**
   * The question asks for a kind of detail its subject's sentences do not give: a day or date, a figure, the most
   * or least of something, or the thing a "what X" names (`word`, as asked). `subject`: what they do report on.
   */
  /**
   * An attribute asked of a thing the articles only name ("the decisions of the 13th National Congress"): `attribute`
   * as the question words it, `thing` as the articles (or, in Vietnamese and Chinese, the question) name it.
   */
  attributeNotGiven(attribute: string, thing: string, plural: boolean): string;
  notGiven(kind: 'date' | 'figure' | 'superlative' | 'detail' | 'speaker' | 'unnamed' | 'contents' | 'event' | 'place' | 'other' | 'timing', word: string, subject: string | null): string;
  noSuchDocument(ordinal: number, signed: number): string;
  noNumber: string;
  noMatch(reports: number): string;
  unsupported(kind: UnsupportedKind, kb: { talks: readonly Talk[]; reports: number }): string;

  // scope labels ("in 2019", "on 29 April", "held as phone talks", "with Hoang Binh Quan", "as the first talks")
  scopeLabel(label: ScopeLabel): string;

  // Discord: buttons, notices and the lines that go with posted quotes (labels are at most 80 characters).
  /** Button: the rest of an answer's quotes. */
  readonly moreSources: string;
  /** Button: more article sentences for a message. */
  readonly moreMatches: string;
  /** Button: post quote number n in the channel. */
  postQuote(n: number): string;
  /** Button: ask the question "did you mean" suggests. */
  askSuggested(question: string): string;
  /** Under an answer whose other quotes are behind the More sources button: "quotes 1–3 of 8". */
  sourcesShown(from: number, to: number, total: number): string;
  /** Title of a page of further quotes. */
  sourcesPage(from: number, to: number, total: number): string;
  /** Title of the private list of article sentences for a message ("Find sources"). */
  readonly findSourcesTitle: string;
  /** What the list was found for: the start of the message, already quoted and escaped. */
  findSourcesFor(excerpt: string): string;
  /** Footer of that list: "matches 1–3 of 6" and what Post does. */
  matchesShown(from: number, to: number, total: number): string;
  readonly nothingMatchesMessage: string;
  readonly messageHasNoText: string;
  /** After Post: the quote is in the channel. */
  readonly posted: string;
  /** Addresses a posted quote to someone (the mention is already formatted). */
  citationFor(mention: string): string;
  /** The small line under a posted quote: outlet, date and the article's title. */
  quoteSource(outlet: string, isoDate: string, title: string): string;
  /** An article's title as a quote's source line shows it (descriptive titles marked as such). */
  articleTitle(title: string, descriptive: boolean): string;
  /** Where a quote posted without a reply belongs (the link to the message). */
  inReplyTo(link: string): string;
  /** Past the per-user limit of public answers. */
  cooldown(seconds: number): string;
  /** A mention past that limit, where the bot cannot react with ⏳: one line, when to ask again. */
  mentionCooldown(seconds: number): string;
  /** A button whose data no longer matches the articles. */
  readonly buttonOutdated: string;
  /** /cite with a value that is not one of the suggested sentences. */
  readonly unknownSentence: string;
  /** A talk option that names no talk. */
  readonly unknownTalk: string;
  /** A command that arrived with a required option missing, or an option of the wrong type. */
  readonly badOptions: string;
  /** /cite with a sentence from another talk than the one chosen. */
  readonly sentenceNotInTalk: string;
  /** Help's list of commands, added by each interface from its own commands (Discord: a clickable mention and what it does). */
  commandsLinked(lines: readonly string[]): string;
}

/** The kinds of detail the claim checker compares with the facts. */
export const DETAIL_KINDS = ['number', 'amount', 'date', 'period', 'place', 'format', 'person', 'role', 'polarity', 'status', 'kind'] as const;
export type DetailKind = (typeof DETAIL_KINDS)[number];
/** What a follow-up question took from the conversation, to be worded in any language. */
export interface CarriedOver {
  readonly people: readonly Person[];
  readonly topics: readonly Topic[];
  readonly documents: readonly Agreement[];
  readonly talks: readonly Talk[];
}

/** What a talk constraint said, to be worded in any language. */
export type ScopeLabel =
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'month'; readonly month: number; readonly day: number | null }
  /** A season or part of a year or month ("the summer", "late July"): the months or days it spans. */
  | { readonly kind: 'part'; readonly part: YearPart }
  | { readonly kind: 'format'; readonly talk: Talk }
  | { readonly kind: 'person'; readonly person: Person }
  | { readonly kind: 'ordinal'; readonly word: string }
  /** More talks than the articles report ("all three talks"). */
  | { readonly kind: 'count'; readonly count: number; readonly of: number };
