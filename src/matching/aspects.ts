// Stage 5: the cue groups a question uses, and from them its aspects (yes/no, why, signed or agreed…).
import { ASPECT_CUES, CALCULATION, CHAT_WORDS, CUE_MASKS, CUES, DISTRIBUTIVES, PAIRED_NOUNS, FUNCTION_WORDS, MEETING_YEAR_FILLERS, MONTHS, OCCASION_PREPOSITIONS, SPEAKER_ARTICLES, TALK_NOUNS, UNSUPPORTED, YES_NO_OPENERS, type UnsupportedKind } from './cues.js';
import { isRegularEdForm } from './tokens.js';
import { makeCueScanner, type CueScan, type CueScanner } from './cue-scan.js';
import type { Aspects, Commitment } from './reading.js';
import type { Token } from './tokens.js';
import type { AcrossWords, BesidesWords, StoryWords, TagWords } from '../lexicon/schema.js';

export const OPENERS = {
  whenStart: ['when', 'what date', 'which date', 'what day', 'which day', 'on what date', 'on which date', 'what year', 'which year'],
  whatIs: ['what is', 'what are', 'who is', 'who are', 'whats', 'what exactly is', 'what exactly are', 'whats exactly'],
  /** Past forms: "what were the focal points?" asks what something only mentioned is, as "what are…" does. */
  whatWas: ['what was', 'what were', 'what exactly was', 'what exactly were'],
  defining: ['stand for', 'stands for', 'standing for', 'acronym', 'abbreviation', 'abbreviated', 'short for', 'mean', 'meaning',
    'means', 'define', 'definition', 'full name', 'full form', 'expand', 'expansion'],
  why: ['why', 'how come', 'for what reason', 'what was the reason', 'what is the reason', 'what were the reasons', 'reason why'],
  /** A clause that states an event as given before asking about it ("After Trung sent sympathies…, how did…?"). */
  presuming: ['after', 'once', 'following', 'ever since'],
  howHeld: ['how were', 'how was', 'how did', 'how do', 'held how', 'how they'],
  heldVerb: ['held', 'conducted', 'organised', 'organized', 'place', 'communicate', 'talk', 'talked', 'meet', 'met', 'happen',
    'happened', 'done', 'hold'],
  howQuantity: ['how much', 'how many', 'how long'],
  nthDocument: ['third document', 'fourth document', 'fifth document', 'third agreement', 'fourth agreement', 'third deal', '3rd document',
    '4th document', 'third one', 'third paper', 'third text'],
  namesOf: ['names of', 'name of', 'name the', 'named', 'titles of', 'list the'],
  decidedAt: ['decided at', 'decided during', 'decisions at', 'decisions of', 'decision of', 'happened at', 'took place at', 'resolved at',
    'adopted at', 'agenda of'],
  /** "idk what X means, who…?": the asker saying what they do not know, before the question they ask. */
  unknowing: ['idk', 'dont know', 'do not know', 'dunno', 'no idea', 'not sure', 'unsure', 'no clue', 'not clear', 'confused about'],
  /** "The results of the 13th National Congress": what something only mentioned brought, asked of it just after. */
  outcomeOf: ['outcomes of', 'outcome of', 'results of', 'result of'],
  /** "What does the first centenary goal involve?": what a thing holds, asked of it. */
  contentsOf: ['involve', 'involves', 'involved', 'entail', 'entails', 'consist of', 'consists of', 'comprise', 'comprises'],
  whatIsExactly: ['what exactly is', 'what exactly are', 'whats exactly', 'what is exactly', 'what exactly was', 'what exactly were', 'what was exactly',
    'what were exactly'],
  /** "How many people attended…?": a head count the articles never give. */
  countsAttendance: ['how many people', 'how many attendees', 'how many participants', 'how many delegates', 'how many persons',
    'number of people', 'number of participants', 'number of attendees'],
  /** "How many officials attended…?": a verb of attending makes a count of officials a head count… */
  attending: ['attended', 'attend', 'attends', 'took part', 'take part', 'participated', 'participate', 'was present', 'were present', 'joined', 'present'],
  /** …unless the officials the reports name are counted ("how many different officials took part across both talks?"). */
  countsNamed: ['different', 'distinct', 'differ', 'in total', 'altogether', 'across', 'named', 'both talks', 'two talks'],
  /** "How many documents…": a count the agreements answer. */
  countsDocuments: ['how many documents', 'how many docs', 'how many agreements', 'how many papers', 'how many deals', 'how many things',
    'how many plans', 'how many texts', 'number of documents', 'number of agreements', 'how many cooperation documents', 'how many were signed',
    'how many did they sign', 'how many did they agree',
    // Said after the verb, as Vietnamese and Chinese put it ("ký mấy cái", "签了几份"): "signed how many".
    'signed how many', 'sign how many', 'agreed how many'],
} as const;

type UnsupportedGroup = `u:${UnsupportedKind}`;
/** Groups whose words are data (data/lexicon/en.json `across`, `story`, `tags`, `besides`): the talks side by side, the story's own time, a closing tag, the rest of what is named. */
type LexiconGroup = 'acrossPair' | 'acrossDiffer' | 'acrossChoice' | 'acrossWhich' | 'acrossHolder' | 'acrossOrder' | 'acrossReplacing' | 'acrossSuccessor' | 'acrossReports' | 'acrossOpening'
  | 'acrossSpanFrom' | 'acrossSpanTo' | 'acrossElapsed' | 'acrossLasting' | 'acrossPersist' | 'storyRelative' | 'storySequel' | 'storyDoubt' | 'storyAfter' | 'storyChanged' | 'storyReminder' | 'storyDeterminer' | 'storyModifier' | 'storyPast' | 'storyPresent' | 'storyContinuing' | 'storyBound' | 'storyPresentAsking' | 'storyCarriedOut' | 'tagCloser' | 'tagSubject' | 'tagBelieved' | 'besides' | 'besidesLoose' | 'besidesSubjects';
export type CueGroup = keyof typeof CUES | keyof typeof ASPECT_CUES | keyof typeof OPENERS | UnsupportedGroup | LexiconGroup;

/**
 * The scanner of every cue group. `latestYear`, the year of the knowledge base's latest talk, makes "after 2022"
 * and "since 2022" questions about what came after the talks (derived from the data, never written here).
 */
export function makeQuestionScanner(
  latestYear: number | null = null,
  words?: { readonly across: AcrossWords; readonly story: StoryWords; readonly tags: TagWords; readonly besides?: BesidesWords },
): CueScanner<CueGroup> {
  const groups: Record<string, readonly string[]> = {
    ...CUES,
    ...ASPECT_CUES,
    ...OPENERS,
    ...(words ? { acrossPair: words.across.pair, acrossDiffer: words.across.differ, acrossChoice: words.across.choice, acrossWhich: words.across.which, acrossHolder: words.across.holder,
      acrossOrder: words.across.order, acrossReplacing: words.across.replacing ?? [], acrossSuccessor: words.across.successor ?? [], acrossReports: words.across.reports ?? [], acrossOpening: words.across.opening ?? [], acrossSpanFrom: words.across.spanFrom, acrossSpanTo: words.across.spanTo, acrossElapsed: words.across.elapsed,
      acrossLasting: words.across.lasting, acrossPersist: words.across.persist ?? [], storyRelative: words.story.relative, storySequel: words.story.sequel, storyDoubt: words.story.doubt, storyAfter: words.story.after ?? [], storyChanged: words.story.changed ?? [], storyReminder: words.story.reminder, storyDeterminer: words.story.determiners, storyModifier: words.story.modifiers, storyPast: words.story.past, storyPresent: words.story.present, storyContinuing: words.story.continuing, storyBound: words.story.bounds ?? [], storyPresentAsking: words.story.presentAsking, storyCarriedOut: words.story.carriedOut ?? [],
      tagCloser: words.tags.closers, tagSubject: words.tags.subjects, tagBelieved: words.tags.believed } : {}),
    ...(words?.besides ? { besides: words.besides.words, besidesLoose: words.besides.loose, besidesSubjects: words.besides.subjects ?? [] } : {}),
  };
  for (const u of UNSUPPORTED) groups[`u:${u.kind}`] = u.cues;
  if (latestYear !== null) groups['u:future'] = [...(groups['u:future'] ?? []), `after ${latestYear}`, `since ${latestYear}`];
  return makeCueScanner(groups as Record<CueGroup, readonly string[]>, CUE_MASKS);
}

export function unsupportedKind(cues: CueScan<CueGroup>): UnsupportedKind | null {
  for (const u of UNSUPPORTED) if (cues.has(`u:${u.kind}`)) return u.kind;
  return null;
}

const WH = new Set(['who', 'whom', 'what', 'whats', 'when', 'where', 'which', 'how', 'why', 'whose']);

/** Words a question may open with before its verb: chat, and a time ("In 2022, did they…"). */
const LEAD_IN = new Set(['so', 'wait', 'and', 'also', 'in', 'on', 'at', 'during', 'for', 'back', 'then', 'ok', 'okay', 'and', 'but', 'quick', 'q', 'question']);

/** The first word that is not chat or a time ("hey, was…" and "in 2022, did…" open with the verb). */
export function firstWord(tokens: readonly Token[]): number {
  const i = tokens.findIndex(
    (t) => YES_NO_OPENERS.has(t.text) || !(CHAT_WORDS.has(t.text) || LEAD_IN.has(t.text) || /^\d+$/.test(t.text) || MONTHS_SET.has(t.text)),
  );
  return i < 0 ? 0 : i;
}

const MONTHS_SET: ReadonlySet<string> = new Set(MONTHS);
/** "Do you know who…", "can you tell me when…", "can you confirm who…": a question word asked through a yes/no frame. */
const ASKS_THROUGH = new Set(['know', 'tell', 'remember', 'explain', 'show', 'recall', 'confirm', 'verify', 'check']);

/** Words that give an amount as a bound ("more than 300k?", "under a million?"). */
const BOUNDS = new Set(['more', 'less', 'over', 'under', 'above', 'below', 'fewer', 'greater', 'higher', 'lower', 'exceeding']);

/** "So more than 300k usd?": a fragment opening with a bound and a number, with no question word, asks yes or no. */
function boundAsked(tokens: readonly Token[], first: number): boolean {
  if (!BOUNDS.has(tokens[first]?.text ?? '') || tokens.some((t) => WH.has(t.text))) return false;
  return tokens.slice(first + 1, first + 4).some((t) => /^\d/u.test(t.text));
}

/** Words of a fragment offering a figure: beyond these, it is a sentence of its own. */
const FIGURE_FRAGMENT_WORDS = 8;

/**
 * "So like 1.5 million dollars?", "thats since the 12th congress?": a short fragment with a figure (an ordinal, or an
 * amount of a magnitude) and a question mark, with no question word, offers the figure for a check, as "was it…"
 * does. A bare number ("COVID-19?", "top 3 topics?") is part of a name or a request, not a figure offered.
 */
function figureAsked(tokens: readonly Token[], first: number): boolean {
  if (tokens.length > FIGURE_FRAGMENT_WORDS || REQUESTS.has(tokens[first]?.text ?? '') || tokens.some((t) => WH.has(t.text))) return false;
  // From the first token: a figure may open the fragment, before the word `first` finds ("1.5 million usd?").
  return tokens.some((t, i) => (/^\d+(?:st|nd|rd|th)$/u.test(t.text) || (/^\d+$/u.test(t.text) && CALCULATION.magnitudes.has(tokens[i + 1]?.text ?? ''))));
}

/** Words opening a fragment that asks whether there is such a thing ("anything about…?", "any problems?"). */
const ANY = new Set(['anything', 'any', 'something']);

/** "Anything about vaccine passports?": the verb left out of "was there anything…", it asks yes or no. */
function anyAsked(tokens: readonly Token[], first: number): boolean {
  // "Anything else?", "any other documents?" ask for more than was given, not whether there is any.
  return ANY.has(tokens[first]?.text ?? '') && tokens.length > first + 1 && !tokens.some((t) => WH.has(t.text) || BEYOND.has(t.text));
}

/**
 * "Did Trung say anything about vaccine passports?", "ông Trung có nói gì về…": a verb of saying, then "about" or "on" (only
 * "anything", "what" or "much" between), asks whether the subject came up, not whether it was done.
 */
function saidAbout(tokens: readonly Token[], cues: CueScan<CueGroup>): boolean {
  return cues.hits('said').some((h) => {
    for (let i = h.at + h.length; i < Math.min(tokens.length, h.at + h.length + 3); i++) {
      const word = tokens[i]?.text ?? '';
      // "say anything on vaccine passports", "regarding": any word naming what it is of, as "about" does; "on" or
      // "regarding" only after "anything"/"what" ("was it said on the phone?" asks where, not of what).
      if (word === 'about' || (OF_SUBJECT.has(word) && i > h.at + h.length)) return true;
      if (!ANY.has(word) && word !== 'what' && word !== 'much') return false;
    }
    return false;
  });
}

const BEYOND = new Set(['else', 'other', 'others', 'more', 'further', 'additional', 'another']);

/** Words after "anything" that say what it is of ("anything about the sea", "something on vaccine passports"). */
const OF_SUBJECT = new Set(['about', 'on', 'regarding', 'concerning']);

/**
 * "Was there anything about the East Sea in the 2022 one?", "is there something on vaccine passports?": a thing said to
 * be there, of a subject, asks whether the subject came up (as "anything about X?" does), not whether X was done.
 * "Was there anything tangible that came out?" names no subject and still asks what was done.
 */
function thereAbout(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.text === 'there' && ANY.has(tokens[i + 1]?.text ?? '') && OF_SUBJECT.has(tokens[i + 2]?.text ?? ''));
}

/** The people nouns of the `others` phrases that open with "other" ("other officials" → "officials"). */
const OTHER_PEOPLE: ReadonlySet<string> = new Set(ASPECT_CUES.others.flatMap((p) => {
  const [first, ...rest] = p.split(' ');
  return first === 'other' && rest.length === 1 ? rest : [];
}));
/** Most words that may qualify those people between "other" and the noun ("other Vietnamese party officials"). */
const OTHER_QUALIFIERS = 2;

/** Most words between a word setting things aside and the people it sets aside ("besides the two heads' officials"). */
const ASIDE_REACH = 3;

/**
 * "Ngoài hai trưởng ban, còn những quan chức nào…" ("which besides two head officials attended"): people set aside by
 * a word of "besides", in a question asking who or which, asks for others than them, as "who else" does.
 */
function peopleSetAside(tokens: readonly Token[], cues: CueScan<CueGroup>): boolean {
  if (!tokens.some((t) => t.text === 'who' || t.text === 'which')) return false;
  return cues.hits('besides').some((h) => !BEYOND.has(tokens[h.at]?.text ?? '') && tokens.slice(h.at + h.length, h.at + h.length + ASIDE_REACH).some((u) => OTHER_PEOPLE.has(u.text)));
}

/** "Which other Vietnamese officials joined Trung?": "other" before people, a word or two apart, asks beyond those named. */
function otherPeople(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.text === 'other' && tokens.slice(i + 2, i + 2 + OTHER_QUALIFIERS).some((u) => OTHER_PEOPLE.has(u.text)));
}

/** After "same", words that ask the same question again ("same for 2020", "same question but…"), not whether things were the same. */
const SAME_AGAIN = new Set(['for', 'question', 'questions', 'but', 'thing', 'things', 'with', 'again', 'here', 'there']);
/** Openers of a request, whatever follows ("compare the same…", "tell me…"). */
const REQUESTS = new Set(['tell', 'show', 'list', 'give', 'compare', 'summarise', 'summarize', 'describe', 'explain']);
/** After "apart from", the words that keep it a distance between things ("apart from each other"). */
const RECIPROCALS = new Set(['each', 'one']);

/** "Apart from the plan, what else…?": "apart" before "from" and a thing sets that thing aside; it asks no time between. */
function apartFrom(tokens: readonly Token[], at: number, length: number): boolean {
  return length === 1 && tokens[at]?.text === 'apart' && tokens[at + 1]?.text === 'from' && !RECIPROCALS.has(tokens[at + 2]?.text ?? '');
}

/** Words of a fragment asking sameness: beyond these, it is a sentence with its own verb, not a fragment. */
const SAME_FRAGMENT_WORDS = 10;

/** "Same guy both times?", "the chinese side, same person?": the verb left out of "was it the same…", it asks yes or no. */
function sameAsked(tokens: readonly Token[], first: number): boolean {
  if (tokens.length - first > SAME_FRAGMENT_WORDS || REQUESTS.has(tokens[first]?.text ?? '') || tokens.some((t) => WH.has(t.text))) return false;
  return tokens.some((t, i) => i >= first && t.text === 'same' && i + 1 < tokens.length && !SAME_AGAIN.has(tokens[i + 1]?.text ?? ''));
}

/** Most words of the source a question cites before the verb it opens ("according to the 2020 article, did…"). */
const SOURCE_PHRASE_WORDS = 6;

/**
 * "According to the 2020 article, did every exchange go ahead?": the source cited first, then the auxiliary that asks
 * yes or no. Where that auxiliary stands, or -1 (a question word first, "according to the report, who…", asks it).
 */
function openerAfterSource(tokens: readonly Token[], first: number): number {
  if (tokens[first]?.text !== 'according' || tokens[first + 1]?.text !== 'to') return -1;
  for (let i = first + 2; i < tokens.length && i <= first + 2 + SOURCE_PHRASE_WORDS; i++) {
    const t = tokens[i]?.text ?? '';
    if (WH.has(t)) return -1;
    if (YES_NO_OPENERS.has(t)) return i > first + 2 ? i : -1;
  }
  return -1;
}

/** Most words a phrase naming the occasion may take before the verb it opens ("in the 2020 phone call, did…"). */
const OCCASION_PHRASE_WORDS = 6;

/**
 * "In the 2020 call, did Quan suggest…?", "during that video meeting was…": a phrase naming the talk, opened by a
 * preposition of occasion (or by "the", put first), may stand before the auxiliary that asks yes or no. Where that auxiliary stands, or -1.
 */
function openerAfterOccasion(tokens: readonly Token[], first: number, markedQuestion = false): number {
  // "The July 2020 phone call, was it between…?": the talk put first with no preposition, in a question (its question
  // mark; no question word). A statement ("the 2020 talks were between…") states, it does not ask.
  const putFirst = markedQuestion && tokens[first]?.text === 'the' && !tokens.some((t) => WH.has(t.text));
  if (!putFirst && !tokens.slice(0, first + 1).some((t) => OCCASION_PREPOSITIONS.has(t.text))) return -1;
  const inPhrase = (t: Token) =>
    SPEAKER_ARTICLES.has(t.text) || DISTRIBUTIVES.between.has(t.text) || TALK_NOUNS.has(t.text) || MEETING_YEAR_FILLERS.has(t.text) || OCCASION_PREPOSITIONS.has(t.text) || /^\d+$/u.test(t.text) || MONTHS_SET.has(t.text);
  for (let i = first; i < tokens.length && i <= first + OCCASION_PHRASE_WORDS; i++) {
    const t = tokens[i];
    if (t === undefined) return -1;
    if (YES_NO_OPENERS.has(t.text)) return i > first && tokens.slice(first, i).some((u) => TALK_NOUNS.has(u.text)) ? i : -1;
    if (!inPhrase(t)) return -1;
  }
  return -1;
}

/** Most words a subject may take before its verb in a statement asked as a question ("the chinese side said…?"). */
const SUBJECT_WORDS = 3;

/**
 * "So they both stressed regular contact…?", "and in 2020 Quan said there were no problems?": a statement told in the
 * past and closed by a question mark, with no question word, asks for a check as "did…" does. Its subject opens it
 * (not an article: "the one signed in 2022?" names a thing, it states nothing), and a past verb follows close.
 */
function statedAsked(tokens: readonly Token[], cues: CueScan<CueGroup>, first: number): boolean {
  if (tokens.some((t) => WH.has(t.text)) || tokens.length - first < 3) return false;
  const opener = tokens[first]?.text ?? '';
  const determiner = cues.hits('storyDeterminer').some((h) => h.at === first);
  const pronoun = cues.hits('tagSubject').some((h) => h.at === first);
  if (YES_NO_OPENERS.has(opener) || SPEAKER_ARTICLES.has(opener) || REQUESTS.has(opener) || determiner || (FUNCTION_WORDS.has(opener) && !pronoun)) return false;
  const past = new Set(cues.hits('storyPast').filter((h) => h.length === 1).map((h) => h.at));
  return tokens.slice(first + 1, first + 1 + SUBJECT_WORDS).some((t, k) => (isRegularEdForm(t) || past.has(first + 1 + k)) && !YES_NO_OPENERS.has(t.text));
}

/**
 * `pivotYesNo`: for a question read through the English pivot, whether its own language's marks ask yes or no
 * (pivot.ts puts "did" first when they do). A word the glossary lacks stays as typed, and "Số đồ…" folded is "so do":
 * no English opener of its own, so only the pivot's "did" opens a yes/no question there.
 */
export function readAspects(tokens: readonly Token[], cues: CueScan<CueGroup>, pivotYesNo?: boolean, markedQuestion = false): Aspects {
  const first = firstWord(tokens);
  const opensWith = (group: CueGroup) => cues.hits(group).some((h) => h.at === first);
  // "Did they say anything about how…" is still yes/no; "do you know who…" asks the question word.
  const opener = YES_NO_OPENERS.has(tokens[first]?.text ?? '') ? first : pivotYesNo === undefined ? Math.max(openerAfterOccasion(tokens, first, markedQuestion), openerAfterSource(tokens, first)) : -1;
  // Counted from the opener, which a long question reaches after its story ("We have two entries. Can you confirm who…").
  const through = opener >= 0 ? opener : first;
  const asksThrough = tokens.slice(through, through + 5).some((t) => ASKS_THROUGH.has(t.text)) && tokens.some((t) => WH.has(t.text));
  const opensYesNo = pivotYesNo !== false && opener >= 0 && !asksThrough && !WH.has(tokens[opener + 1]?.text ?? '');
  // A statement asked ("they signed two documents?") is told by its question mark, which only English keeps here.
  const stated = markedQuestion && pivotYesNo === undefined && (statedAsked(tokens, cues, first) || figureAsked(tokens, first));
  const yesNo = opensYesNo || stated || closedByTag(tokens, cues) || opensWithBelief(tokens, cues, first) || boundAsked(tokens, first) || anyAsked(tokens, first) || sameAsked(tokens, first);
  // "After the 2022 proposal, when did they recognise vaccine passports?" ("sau đề nghị…"): a hope the question
  // states as given, just after "after", is its premise; what it asks of is what came of it.
  const hopeGiven = (at: number) => cues.hits('presuming').some((p) => p.at < at && at - (p.at + p.length) <= 1);
  const whyAsked = opensWith('why') || cues.hits('why').some((h) => tokens[h.at]?.text === 'reason');
  const signed = cues.has('signed');
  const agreed = cues.has('agreed');
  const commitment: Commitment | null = signed && agreed ? 'any' : signed ? 'signed' : agreed ? 'agreed' : null;
  // "DOC 和 COC 分别是啥" (read "doc and coc each …"): "each" right after two things joined spreads over them, not over
  // the talks, whatever talk noun the pivot's order then puts after it ("each article"). Not over two years or talks.
  // Asked at which talk each came up ("mưa lũ … và … hộ chiếu vắc xin lần lượt … ở cuộc trao đổi nào"), it spreads over the talks.
  const choosing = choosesTalk(tokens, cues) || cues.has('acrossWhich');
  const talkAsked = choosing || (tokens.some((t) => t.text === 'which') && tokens.some((t) => TALK_NOUNS.has(t.text) || TALK_NOUNS.has(t.lemma)));
  const overPair = (at: number) =>
    !talkAsked &&
    tokens[at - 2]?.text === 'and' && [tokens[at - 1], tokens[at - 3]].every((t) => t !== undefined && !/^\d+$/u.test(t.text) && !TALK_NOUNS.has(t.text) && !TALK_NOUNS.has(t.lemma) && !MONTHS.includes(t.text));
  const spread = spreadOverTalks(tokens, overPair);
  // Read in English only: a pivot moves the question words of Vietnamese and Chinese to the front, so no clause is its own.
  const saidToo = pivotYesNo === undefined && saidBesideWish(tokens, cues);
  return {
    yesNo,
    why: whyAsked,
    ...(opensWith('presuming') && tokens.some((t) => WH.has(t.text)) ? { presumes: true } : {}),
    which: choosing,
    inPerson: cues.has('inPerson'),
    commitment,
    aboutAgreement: cues.has('agreements') || cues.has('agreementsWeak') || commitment !== null,
    hoped: cues.hits('hoped').some((h) => !hopeGiven(h.at)) && !saidToo,
    ...(saidToo ? { saidToo: true } : {}),
    ...(cues.hits('hoped').some((h) => hopeGiven(h.at)) ? { hopeGiven: true } : {}),
    // "Anything about X?" asks whether X came up, not whether it was done.
    mentioned: mentionAsked(tokens, cues, yesNo) || anyAsked(tokens, first) || (yesNo && (saidAbout(tokens, cues) || thereAbout(tokens))),
    // "sao mấy vụ giao lưu bị hoãn": Vietnamese "mấy" before a noun is "those" as often as "how many"; a why asks
    // the reason, never a count as well.
    count: cues.has('count') && !whyAsked,
    // Not a word of a longer phrase of summing ("sum up", "in total sum up…"): that phrase asks a summary.
    amount: cues.hits('amount').some((h) => !valuedAsVerb(tokens, h) && !moneyOfASubject(tokens, h) && !(yesNo && totalOfStated(tokens, h)) && !inLongerSummary(cues, h)),
    // "What did both sides agree?" ("双方", "hai bên") counts the sides, not the talks.
    // "两次会谈里哪次是开视频的？" (read "which talk both talks …"): the talks a "which" just chooses from are not both asked.
    both: cues.hits('both').some((h) => !(h.length === 1 && PAIRED_NOUNS.has(tokens[h.at + 1]?.text ?? '')) && !choosesFrom(tokens, cues, h)),
    interval: cues.hits('interval').some((h) => !apartFrom(tokens, h.at, h.length)),
    eachTalk: cues.hits('eachTalk').some((h) => !overPair(h.at)) || spread !== null,
    ...(spread === 'any' ? { anyTalk: true } : {}),
    definition: cues.hits('definition').some((h) => !unknownBeforeQuestion(tokens, cues, h)),
    others: cues.has('others') || otherPeople(tokens) || peopleSetAside(tokens, cues),
    holders: cues.has('acrossHolder'),
    besides: cues.has('besides'),
    ...(cues.has('wording') ? { wording: true } : {}),
    // "Was he also the one on the 2020 call?": whether the one who held a place at one talk held it at another too.
    ...(heldAgain(tokens) ? { heldAgain: true } : {}),
    // "How many years old were ties at the videoconference?", "第二次会谈时建交有多少年了": a count of years, not the time between the talks.
    ...(cues.has('yearsCounted') && !cues.has('interval') ? { yearsCounted: true } : {}),
    ...(cues.has('acrossOpening') ? { opening: true } : {}),
    ...(cues.has('partner') ? { partner: true } : {}),
  };
}

/** The phrases asking whether someone held a place again ("also the one"), word by word. */
const HELD_AGAIN: readonly (readonly string[])[] = ASPECT_CUES.heldAgain.map((p) => p.split(' '));

/**
 * "Was he also the one on the 2020 call?", "was trung also the vietnamese guy…?": a phrase of `heldAgain`, one word
 * (a side's or a post's) perhaps standing before its noun.
 */
function heldAgain(tokens: readonly Token[]): boolean {
  const fits = (at: number, words: readonly string[], gap: number) =>
    words.every((w, k) => tokens[at + k + (k === words.length - 1 ? gap : 0)]?.text === w);
  return tokens.some((_, i) => HELD_AGAIN.some((words) => fits(i, words, 0) || fits(i, words, 1)));
}

/** Words at most from a word of not knowing to the definition word it governs ("idk what 'first centenary goal' means"). */
const UNKNOWN_SPAN = 6;

/**
 * "tbh idk what 'first centenary goal' means here, who congratulated who on it?": a meaning the asker says they do not
 * know, followed by a question of its own, is a preface; the question after it is what is asked, not a definition.
 * Alone ("idk what COC means") it still asks the meaning.
 */
export function unknownBeforeQuestion(tokens: readonly Token[], cues: CueScan<CueGroup>, h: { readonly at: number; readonly length: number }): boolean {
  const prefaced = cues.hits('unknowing').some((u) => u.at + u.length <= h.at && h.at - (u.at + u.length) <= UNKNOWN_SPAN);
  const definitionAt = (at: number) => [...cues.hits('definition'), ...cues.hits('defining')].some((d) => at >= d.at && at < d.at + d.length);
  return prefaced && tokens.some((t, i) => i >= h.at + h.length && WH.has(t.text) && !definitionAt(i));
}

/**
 * "What did he say about it, and what did he suggest?": a wish asked in a question of its own beside one asking what
 * was said asks for both, so it narrows the answer to no wishes. Each question word opens a clause.
 */
function saidBesideWish(tokens: readonly Token[], cues: CueScan<CueGroup>): boolean {
  const opens = tokens.flatMap((t, i) => (WH.has(t.text) ? [i] : []));
  if (opens.length < 2) return false;
  const clause = (at: number) => opens.filter((o) => o <= at).length;
  const wishes = cues.hits('hoped');
  const wishAt = (at: number) => wishes.some((h) => at >= h.at && at < h.at + h.length);
  const saying = cues.hits('said').filter((h) => !wishAt(h.at) && clause(h.at) > 0);
  return saying.some((h) => wishes.every((w) => clause(w.at) !== clause(h.at)));
}

/**
 * Whether a word of mentioning asks whether something came up. Followed by another verb of saying that is asked (a
 * response: "越方…提出要…，中方当时怎么回应的？", "Vietnam raised X in 2020; how did China respond?"), in a question
 * that is no yes/no, it states what came up, as the question's premise.
 */
function mentionAsked(tokens: readonly Token[], cues: CueScan<CueGroup>, yesNo: boolean): boolean {
  const hits = cues.hits('mentioned');
  if (hits.length === 0) return false;
  // "Besides bilateral ties, what else did they exchange views on?" asks what else came up.
  if (yesNo || cues.has('besides')) return true;
  const last = Math.max(...hits.map((h) => h.at + h.length));
  const mentioning = (at: number) => hits.some((h) => at >= h.at && at < h.at + h.length);
  const answered = cues.hits('said').some((h) => h.at >= last && !mentioning(h.at)) && tokens.some((t, i) => i >= last && WH.has(t.text)) === tokens.some((t) => WH.has(t.text));
  return !answered;
}

/** Most words ("of the two") between a distributive and its talk noun. */
const SPREAD_REACH = 3;

/**
 * "In either conversation", "in each of the two talks", "every one of the calls": a distributive before a talk noun
 * spreads the question over the talks, `every` asking of each, `any` ("either") of one at least. Null when none does.
 */
export function spreadOverTalks(tokens: readonly Token[], spreadElsewhere: (at: number) => boolean = () => false): 'every' | 'any' | null {
  const isTalk = (t: Token | undefined) => t !== undefined && (TALK_NOUNS.has(t.text) || TALK_NOUNS.has(t.lemma));
  for (const [i, t] of tokens.entries()) {
    const kind = DISTRIBUTIVES.every.has(t.text) ? 'every' : DISTRIBUTIVES.any.has(t.text) ? 'any' : null;
    if (kind === null || spreadElsewhere(i)) continue;
    let j = i + 1;
    while (j - i <= SPREAD_REACH && DISTRIBUTIVES.between.has(tokens[j]?.text ?? '')) j++;
    if (j - i <= SPREAD_REACH && isTalk(tokens[j])) return kind;
  }
  return null;
}

const ADDRESSING_BOT = new Set(['you', 'u', 'ya', 'yourself', 'bot', 'talksbot', 'me']);

/**
 * Words for who acts, without a name: "help" right after one ("one party helps the other", "一方帮另一方", "did they
 * help") is that side's act, told of the talks.
 */
const HELP_AGENTS = new Set(['party', 'parties', 'side', 'sides', 'country', 'countries', 'each', 'both', 'they', 'other']);

/** Auxiliaries of the past, after which "help" is told of the talks. */
const PAST_AUXILIARIES = new Set(['did', 'was', 'were', 'had']);

/**
 * Whether a cue of help is help given ("what was the help in each case?"), not a request for the bot's help. `given`: the
 * determiners that make "help" a thing given ("the help", "what help", "any concrete help"; en.json `focus.helpGiven`).
 */
export function helpGiven(tokens: readonly Token[], h: { readonly at: number; readonly length: number }, given: ReadonlySet<string>): boolean {
  // "What help can you give me?" asks the bot's.
  if (h.length !== 1 || tokens.some((t) => ADDRESSING_BOT.has(t.text))) return false;
  // "In which direction did help flow?": right after a past auxiliary, "help" is the subject of a verb of its own, a
  // thing given at the talks ("how does help work?" still asks the bot's).
  const subject = PAST_AUXILIARIES.has(tokens[h.at - 1]?.text ?? '') && h.at > 1;
  return subject || given.has(tokens[h.at - 1]?.text ?? '') || HELP_AGENTS.has(tokens[h.at - 1]?.text ?? '') || (given.has(tokens[h.at - 2]?.text ?? '') && !FUNCTION_WORDS.has(tokens[h.at - 1]?.text ?? ''));
}

/**
 * "一方帮另一方的事各有什么" (read "one side the other side … help"): a side of the talks named before "help", by its
 * noun alone, is the one helping: help given between the sides ("pls help: what did the 2 sides…" asks the bot's).
 */
export function helpBySide(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(0, at).some((t) => PAIRED_NOUNS.has(t.text));
}

/** Whether a hit lies inside a longer cue of asking a summary ("sum" of "sum up"). */
function inLongerSummary(cues: CueScan<CueGroup>, h: { readonly at: number; readonly length: number }): boolean {
  return cues.hits('summaryStrong').some((s) => s.length > h.length && s.at <= h.at && s.at + s.length >= h.at + h.length);
}

/**
 * "Were there 2 in total?", "一共是两份吗" ("in 2 total"): "total" just after a figure the question states is the
 * count claimed, checked against the articles' own; it asks no amount.
 */
function totalOfStated(tokens: readonly Token[], h: { readonly at: number; readonly length: number }): boolean {
  if (tokens[h.at + h.length - 1]?.text !== 'total') return false;
  return [h.at - 1, h.at - 2].some((k) => /^\d+$/u.test(tokens[k]?.text ?? ''));
}

/** Words before "value" that make it a thing's worth ("the value", "what value"), and after it ("valued at", "value of"). */
const WORTH_BEFORE = new Set(['the', 'a', 'what', 'which', 'its', 'their', 'total', 'combined', 'estimated', 'overall', 'cash', 'dollar', 'monetary']);
const WORTH_AFTER = new Set(['at', 'of', 'in']);

/**
 * "What does Beijing value in its ties?", "how much does China value its bond?": "value" as the verb of prizing
 * something, after its subject and with no word of worth beside it, asks no amount.
 */
function valuedAsVerb(tokens: readonly Token[], h: { readonly at: number; readonly length: number }): boolean {
  const word = tokens[h.at]?.text ?? '';
  if (h.length !== 1 || (word !== 'value' && word !== 'valued')) return false;
  const before = tokens[h.at - 1]?.text ?? '';
  const after = tokens[h.at + 1]?.text ?? '';
  const valuedIn = after === 'in' && tokens.slice(h.at + 2).some((t) => /^\d/.test(t.text) || t.text === 'dollars' || t.text === 'yuan');
  return h.at > 0 && !WORTH_BEFORE.has(before) && !(WORTH_AFTER.has(after) && (after !== 'in' || valuedIn)) && !YES_NO_OPENERS.has(before);
}

/** Nouns of a subject raised that a word of money may describe ("money worries", "money-and-goods concern"). */
const SUBJECT_HEADS = new Set(['worry', 'worries', 'concern', 'concerns', 'issue', 'issues', 'problem', 'problems', 'matter', 'matters', 'trouble', 'troubles', 'question', 'questions', 'side', 'aspect', 'aspects']);

/**
 * "What money-and-goods worry about commerce did Hanoi raise?", "any money issues?": "money" describing the subject
 * raised (before its noun, alone or with another word by "and") names that subject, it asks no amount.
 */
function moneyOfASubject(tokens: readonly Token[], h: { readonly at: number; readonly length: number }): boolean {
  if (h.length !== 1 || tokens[h.at]?.text !== 'money') return false;
  const next = tokens[h.at + 1]?.text === 'and' ? h.at + 3 : h.at + 1;
  return SUBJECT_HEADS.has(tokens[next]?.text ?? '');
}

/**
 * "Trung raised vaccine passports, right?", "he was at both didnt he": a statement with no question word, closed by
 * a tag, asks for a check as "did…" does. A tag alone ("right?") is not a question about anything.
 */
function closedByTag(tokens: readonly Token[], cues: CueScan<CueGroup>): boolean {
  const last = tokens.length - 1;
  const closer = cues.hits('tagCloser').find((h) => h.at > 0 && h.at + h.length - 1 === last);
  // A question word of the tag itself ("…just about floods or what") asks nothing of its own.
  if (last < 2 || tokens.some((t, i) => WH.has(t.text) && !(closer && i >= closer.at))) return false;
  const closes = closer !== undefined;
  const auxiliary = YES_NO_OPENERS.has(tokens[last - 1]?.text ?? '') && cues.hits('tagSubject').some((h) => h.at === last && h.length === 1);
  return closes || auxiliary;
}

/**
 * "Wait, I thought he ran China's International Liaison Department?": a statement the asker believed, with no question
 * word, asks for a check as "did…" does.
 */
function opensWithBelief(tokens: readonly Token[], cues: CueScan<CueGroup>, first: number): boolean {
  return !tokens.some((t) => WH.has(t.text)) && cues.hits('tagBelieved').some((h) => h.at === first && h.at + h.length < tokens.length);
}

/**
 * "In which talk…?", "at which one", "in which was it signed?": a choice among the talks. "In which currency…?"
 * chooses a thing of another kind: the noun after "in/at which" must be a talk's, a year, or none.
 */
function choosesTalk(tokens: readonly Token[], cues: CueScan<CueGroup>): boolean {
  return cues.hits('which').some((h) => {
    if (tokens[h.at + h.length - 1]?.text !== 'which') return true;
    const next = tokens[h.at + h.length]?.text;
    return next === undefined || next === 'year' || TALK_NOUNS.has(next) || FUNCTION_WORDS.has(next);
  });
}

/**
 * "两次会谈中哪一次…" (read "which talk both talks…"): a "which" choosing a talk, the talks it chooses from just after it
 * (their count and their noun), asks one of them; the two are no "both".
 */
function choosesFrom(tokens: readonly Token[], cues: CueScan<CueGroup>, h: { readonly at: number; readonly length: number }): boolean {
  return TALK_NOUNS.has(tokens[h.at + 1]?.text ?? '') && choosesTalk(tokens, cues) && cues.hits('which').some((w) => {
    const end = w.at + w.length;
    return (end === h.at && TALK_NOUNS.has(tokens[end - 1]?.text ?? '')) || (end + 1 === h.at && TALK_NOUNS.has(tokens[end]?.text ?? ''));
  });
}

/** How near after "which" the talk it chooses may stand ("which talk", "which of the talks", a pivot's "which viet_nam talk"). */
const CHOICE_REACH = 2;

/**
 * "In which talk did China thank Vietnam, and in which did it give aid?": a talk chosen twice over is each talk
 * asked, one act of each, not one talk where both were done. A "which" chooses a talk when a talk noun follows it
 * closely, or when it stands alone before the verb ("in which did…").
 */
export function choosesEachTalk(tokens: readonly Token[]): boolean {
  const choices = tokens.filter((t, i) => {
    if (t.text !== 'which') return false;
    const next = tokens[i + 1]?.text;
    if (next !== undefined && FUNCTION_WORDS.has(next)) return true;
    return tokens.slice(i + 1, i + 1 + CHOICE_REACH).some((x) => TALK_NOUNS.has(x.text));
  });
  return choices.length >= 2;
}

/** "How were the talks held?", but not "how many…": the format is what is asked. */
export function asksHowHeld(cues: CueScan<CueGroup>): boolean {
  const how = cues.hits('howHeld');
  if (how.length === 0 || cues.has('howQuantity')) return false;
  const at = Math.min(...how.map((h) => h.at));
  return cues.hits('heldVerb').some((h) => h.at > at);
}
