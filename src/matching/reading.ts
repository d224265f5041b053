// The one typed reading of a question that matching produces and answering consumes: what is asked
// (intent), about which talks, people, organisations and topics, and the aspects that change the answer
// (yes/no, why, signed or only mentioned...). Answerers read this and never the question's text.
import type { Agreement, Organisation, Person, Talk, Topic } from '../facts/types.js';
import type { Lang } from '../languages.js';
import type { ScopeLabel } from '../i18n/messages.js';
import type { UnsupportedKind } from './cues.js';
import type { StandIn } from './stand-in.js';
import type { StatedSpan } from './span-stated.js';
import type { PersonClaim } from './person-claim.js';
import type { Intent } from './intent.js';
import type { MeetingOutside } from './earlier-meeting.js';

// The intents are declared with the rules that decide among them (intent.ts); the Reading carries one.
export { INTENTS, type Intent } from './intent.js';

/** Why the talks a question names do not exist as named. */
export type Mismatch =
  /** "There were no talks in 2019." */
  | { readonly kind: 'no-talk'; readonly labels: readonly ScopeLabel[] }
  /** "Hoang Binh Quan took part only in the talks of 29 July 2020, not in those of 2022." */
  | { readonly kind: 'not-present'; readonly absent: readonly { readonly person: Person; readonly talks: readonly Talk[] }[]; readonly where: readonly Talk[]; readonly labels: readonly ScopeLabel[] };

/**
 * A wrong detail in a question whose talk is otherwise clear ("the March 2022 videoconference", "Quan at the
 * 2022 talks"): the one talk the rest of the question names, and what the question got wrong about it.
 */
export interface Correction {
  readonly talk: Talk;
  /** The details that fit no talk, as the question named them; a generic word ("call") is dropped unsaid. */
  readonly wrong: readonly ScopeLabel[];
  /** What kind of detail was wrong: a month or day, a format, a person. */
  readonly details: readonly ('month' | 'format' | 'person')[];
  /** People named who were not at that talk, each with who held the same side's place there. */
  readonly stand: readonly { readonly asked: Person; readonly instead: Person | null }[];
  /**
   * A year was dropped as the slip on the word of the other details alone ("the April 2021 videoconference"): put
   * right in an answer, but never the ground of a No (the year may be the one meant, of talks not reported).
   */
  readonly yearSlip?: boolean;
  /** The people named, who met at `talk` alone: the talk they held is put right, not that there were no talks then. */
  readonly met?: readonly Person[];
}

export interface TalkScope {
  /** Talks the question is limited to; null when it names none (answer across all talks). */
  readonly talks: readonly Talk[] | null;
  readonly mismatch: Mismatch | null;
  /** With a mismatch: the talk meant, when the question's other details name exactly one. */
  readonly correction?: Correction | null;
  /** The talks were picked by the topics named ("who was on the call about the floods?"): the topics asked nothing more. */
  readonly byTopic?: boolean;
  /** The talks are those given for what the question left open (a conversation's), not named by the question itself. */
  readonly given?: boolean;
}

export interface NamedTopic {
  readonly topic: Topic;
  /** The words of the question that named it ("first centenary goal"), or the term of data/i18n it matched. */
  readonly words: string;
  /** The language of `words`: a Vietnamese or Chinese term is looked for in the facts' wording in that language. */
  readonly lang: Lang;
  /**
   * Named by a phrase specific enough to mean only the statements that use it: three words or more, or a
   * name the articles capitalise ("East Sea" is not how the 2020 report speaks of the sea).
   */
  readonly precise: boolean;
  /** The question's own name for a contested thing the articles name otherwise ("South China Sea", "南海"). */
  readonly otherName?: string;
}

/** An article lemma the question uses, directly or through a related word. */
export interface Concept {
  readonly lemma: string;
  /** 1 when the question uses the article's own word; less for a synonym or looser relation. */
  readonly weight: number;
  /** The word as asked. */
  readonly word: string;
  /** A cue word ("said", "thank", "signed"): it says what kind of answer is wanted more than what about. */
  readonly asking: boolean;
  /** How the question names it: with the article's own word, a curated alias, or a WordNet relation. */
  readonly via: 'word' | 'curated' | 'wordnet';
}

/** "signed" (documents), "agreed" (spoken agreement) or both ("signed or agreed"). */
export type Commitment = 'signed' | 'agreed' | 'any';

export interface Aspects {
  /** Opens like a yes/no question ("was…", "did…"): the answer leads with Yes or No. */
  readonly yesNo: boolean;
  readonly why: boolean;
  /** "Which talk…?": the answer names the talk(s) and their dates. */
  readonly which: boolean;
  /** "那事是哪次会谈提的？": where an act taken as done happened, not a choice among the talks (matching/cleft.ts). */
  readonly located?: boolean;
  /** Asks whether the talks were held in person. */
  readonly inPerson: boolean;
  readonly commitment: Commitment | null;
  /** Uses words for agreements or documents ("agreed", "deal", "plan", "documents"). */
  readonly aboutAgreement: boolean;
  /** Asks about a hope, proposal or call, not an agreement. */
  readonly hoped: boolean;
  /** "What did he say about it, and what did he suggest?": what was said is asked beside a wish, so the wish narrows nothing. */
  readonly saidToo?: boolean;
  /** Asks whether something came up at all ("was the DOC mentioned?"). */
  readonly mentioned: boolean;
  readonly count: boolean;
  readonly amount: boolean;
  /** "Both talks", "each time". */
  readonly both: boolean;
  /** Opens with a clause stating an event as given ("After Trung sent sympathies…, how did Song Tao respond?"). */
  readonly presumes?: boolean;
  /** States a hope or proposal as given ("after the 2022 proposal, when did…?"): what came of it is asked, not the hope. */
  readonly hopeGiven?: boolean;
  /** Asks how far apart the talks were ("how long between…", "相隔多久", "cách nhau bao lâu"). */
  readonly interval?: boolean;
  /** Every talk, each on its own ("both times", "in each round"): each gets its line, a silent one too. */
  readonly eachTalk: boolean;
  /** "In either conversation": each talk gets its line, but one that has it is enough for a Yes. */
  readonly anyTalk?: boolean;
  /** "What is X?", "what does X mean?" */
  readonly definition: boolean;
  /** "Who else…?": asks beyond the people named. */
  readonly others: boolean;
  /** Asks who held a place at the talks ("who led it", "same person", "which party bodies"): the people with their roles answer. */
  readonly holders: boolean;
  /** Asks how the articles word something ("how is his title written", "英文写法"): their English words answer too. */
  readonly wording?: boolean;
  /**
   * Asks whether the one who held a place at a talk also held it at another ("was he also the one on the 2020 call?"):
   * a No is shown with the talk he did hold it at, beside the one asked.
   */
  readonly heldAgain?: boolean;
  /** "What did Vietnam say at the start of each talk?": the opening of each talk is asked (data/lexicon/en.json `across.opening`). */
  readonly opening?: boolean;
  /** Asks a count of years ("how many years old were ties at…", "建交有多少年了"): an anniversary the articles number may count it on. */
  readonly yearsCounted?: boolean;
  /**
   * "Who did Vietnam talk to?", "越方和谁通话？": who is asked as the one met with, so of a side named it is the people
   * across from that side, not its own (data/lexicon/en-questions.json `aspects.partner`).
   */
  readonly partner?: boolean;
  /** "Besides the plan, what else…?", "what was signed alongside it?": asks for the rest of what it names (data/lexicon/en.json `besides`). */
  readonly besides?: boolean;
}

export const NO_ASPECTS: Aspects = {
  yesNo: false, why: false, which: false, inPerson: false, commitment: null, aboutAgreement: false, hoped: false, mentioned: false, count: false,
  amount: false, both: false, eachTalk: false, definition: false, others: false, holders: false,
};

/**
 * What a question names, declared once: entities.ts finds it (its `Entities` add where each stands), the
 * Reading carries it, a conversation gives it to a follow-up (`Given`), and retrieval ranks by it (`SourceQuery`).
 */
export interface Named {
  /** Everyone the question names. */
  readonly people: readonly Person[];
  /** The parties whose side the question names as the one speaking ("what did Beijing offer?"). */
  readonly sides: readonly Organisation[];
  /** Every party named as a side or nationality wherever it stands ("is Song Tao Vietnamese?"). */
  readonly sidesNamed: readonly Organisation[];
  readonly organisations: readonly Organisation[];
  readonly topics: readonly NamedTopic[];
  /** Agreements the question singles out by their own words ("the plan"). */
  readonly documents: readonly Agreement[];
  /** Talks whose format the question names ("was it a phone call?"). */
  readonly formatTalks: readonly Talk[];
}

/** Exactly the Named part of something larger (the Entities), for a Reading to carry: the type checks each key is taken. */
export function namedOf({ people, sides, sidesNamed, organisations, topics, documents, formatTalks }: Named): Named {
  return { people, sides, sidesNamed, organisations, topics, documents, formatTalks };
}

/** How many things a reading names of its own (people, sides, organisations, topics, documents, and formats unless left out). */
export function namedCount(n: Named, { formats = true }: { readonly formats?: boolean } = {}): number {
  return n.people.length + n.sides.length + n.organisations.length + n.topics.length + n.documents.length + (formats ? n.formatTalks.length : 0);
}

export const NOTHING_NAMED: Named = { people: [], sides: [], sidesNamed: [], organisations: [], topics: [], documents: [], formatTalks: [] };

export interface Reading extends Named {
  readonly intent: Intent;
  /** The language to answer in: the question's, or the one asked for. */
  readonly lang: Lang;
  readonly scope: TalkScope;
  readonly concepts: readonly Concept[];
  /** Words the question uses that nothing in the articles covers ("ventilators"), tolerated or not. */
  readonly unmatched: readonly string[];
  /** General words nothing in the articles covers, let pass as carrying no subject ("when did they arrive?"). */
  readonly uncovered?: readonly string[];
  /** Years named that fall inside an agreement period but on no talk (the 2021-2025 plan). */
  readonly periodYears: readonly number[];
  /** Amounts the question states that the articles never give ("3 million"): put right before the answer. */
  readonly premises?: readonly string[];
  /** Subjects set aside by a word of "besides" just before them ("apart from the medical donation, which agreements…?"): not what is asked on. */
  readonly setAside?: readonly Topic[];
  /** Things handed over asked beside the signing ("any money or any signed paperwork?"): given beside what was signed, not signed on. */
  readonly handedOver?: readonly Topic[];
  /** Takes for granted a meeting in person while asking something else ("when they met face to face, what did they sign?"): put right first. */
  readonly presumedInPerson?: boolean;
  /** The talks are said to be held at a place ("the talks in Beijing"): a meeting there presumed (placed-talk.ts). */
  readonly placedTalk?: boolean;
  /**
   * A meeting asked of a time before the talks reported ("when had they met before the 2020 call?") or after them
   * ("when did they meet in person after the 2022 talks?"): another event (earlier-meeting.ts).
   */
  readonly outsideMeeting?: MeetingOutside;
  /** A name the articles lack in a participant's place ("what did Wang Yi tell Quan…?"): read as who held it, said first. */
  readonly standIn?: StandIn;
  /** An office said of a side beside a participant, that side never held ("越南总理和宋涛…"): what the refusal names. */
  readonly unheldOffice?: boolean;
  /**
   * A yes/no sentence before the one asking checks the wrong detail put right ("The videoconference was on March 19,
   * right? What got signed?"): the correction answers it, with No first.
   */
  readonly premiseAsked?: boolean;
  /** A sentence before the asking one ends in a yes/no tag ("…表示慰问的吧？他怎么说的？"): an act reversed is led by No (tag-before.ts). */
  readonly taggedBefore?: boolean;
  /**
   * The intent the question would have with no talk named: a question refused for a talk that does not exist as named
   * ("the 2021-2030 plan", no talk in 2030) keeps what it asks, for a correction to answer once it puts the detail right.
   */
  readonly unscopedIntent?: Intent;
  /** More talks counted than the articles report ("the three talks"), asked of them all: put right first. */
  readonly overcount?: { readonly count: number; readonly of: number };
  /** A span of time said to lie between the talks ("隔了整整三年", "three years apart"): checked against their dates. */
  readonly spanStated?: StatedSpan;
  /** Takes every talk to have been held in a format only some had ("since both talks were by video, …"): put right first. */
  readonly everyHeldAs?: readonly Talk[];
  /**
   * A yes/no naming one person claims who he is ('role': "is Song Tao from Vietnam?", checked against his roles) or an
   * act he did to or for someone ('act': "did Song Tao give Vietnam anything?", checked against what he said and did).
   */
  readonly personClaim?: PersonClaim;
  /**
   * The people as the question named them, where its participants stood in for some ("was Quan at the April 2022
   * talks, right?") though the scope, asking whether they were there, kept no correction to say so.
   */
  readonly peopleNamed?: readonly Person[];
  readonly aspects: Aspects;
  /**
   * What the question says, for the claim checker to compare its details (numbers, dates, places…) with the
   * facts: its words as the stages read them (typo-corrected; the glossary's English for Vietnamese and
   * Chinese), and its text with numbers as typed ("1.5 million", "2021-2025").
   */
  readonly said: Said;
  /** The rule of src/matching/intent.ts that decided the intent or the refusal (for tracing; answers never read it). */
  readonly rule?: string;
}

export interface Said {
  readonly words: readonly string[];
  readonly text: string;
  /** In a long message, the index in `words` where its asking sentences start (the context before asks nothing). */
  readonly askFrom?: number;
}

/** Whether the asking sentence itself names a topic, not only a long message's context sentences before it. */
export function namedInAsking(reading: Reading, t: NamedTopic): boolean {
  const words = t.words.toLowerCase();
  return reading.said.text.toLowerCase().includes(words) || reading.said.words.join(' ').includes(words);
}

/** A reading with only an intent and talks: what a slash command asks. */
export function readingFor(intent: Intent, talks: readonly Talk[] | null = null, lang: Lang = 'en'): Reading {
  return {
    intent,
    lang,
    scope: { talks, mismatch: null },
    ...NOTHING_NAMED,
    concepts: [],
    unmatched: [],
    periodYears: [],
    aspects: NO_ASPECTS,
    said: { words: [], text: '' },
  };
}

/** Why a question is not answered; the wording is built from the knowledge base when it is shown. */
export type Refusal =
  | { readonly kind: 'empty' }
  /** "asdf qwer zzz": no word of any dictionary, name or chat, so no question to make out (and nothing to name as lacking). */
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'unsupported'; readonly topic: UnsupportedKind }
  /** Things the question asks about that no fact, synonym or alias covers ("climate change"). */
  | {
      readonly kind: 'absent';
      readonly things: readonly string[];
      /** The things are another event than the talks ("the CPC's 20th National Congress"): no detail of a talk to put right. */
      readonly event?: boolean;
    }
  | { readonly kind: 'scope'; readonly mismatch: Mismatch }
  | { readonly kind: 'period'; readonly years: readonly number[] }
  | { readonly kind: 'why' }
  /** A "when"/"who" question about something other than the talks ("when did Vietnam join ASEAN?"). */
  | {
      readonly kind: 'unanchored';
      readonly asks: 'when' | 'who';
      /** The act asked of someone that the reports never name, in the asker's words ("paid for the zoom"). */
      readonly act?: readonly string[];
    }
  /** "What exactly is the first centenary goal?": mentioned, never explained. */
  | { readonly kind: 'undefined-term'; readonly topic: Topic; readonly words: string }
  /** "The third document": the talks signed fewer. */
  | { readonly kind: 'no-such-document'; readonly ordinal: number; readonly signed: number }
  /** "Did Vietnam like the plan?": a feeling the reports never word, in the asker's word ("like"). */
  | { readonly kind: 'feeling'; readonly word: string }
  /** "Was that the first time they talked?": the articles report the talks, not what came before them. */
  | { readonly kind: 'first-time' }
  /** "How many cadres…?": the articles give no such number. */
  | { readonly kind: 'no-number' }
  | { readonly kind: 'no-match' };

export type ReadResult =
  | { readonly kind: 'reading'; readonly reading: Reading }
  | {
      readonly kind: 'refusal';
      readonly refusal: Refusal;
      readonly intent: Intent;
      readonly reading: Reading;
      /** The question's words after typo correction, for "did you mean". */
      readonly words: readonly string[];
    };

/** uncorrected() of each reading with a correction, made once. */
const uncorrectedOf = new WeakMap<Reading, Reading>();

/**
 * The reading as the question put it, before a wrong detail was put right: all talks in view, and the people
 * it named in place of those who stood in for them. A claim is checked against what it says, not its correction.
 */
export function uncorrected(reading: Reading): Reading {
  const correction = reading.scope.correction;
  if (!correction && !reading.peopleNamed) return reading;
  // The same object each time: the claim checker keeps what it reads of a reading by the reading (details.ts).
  const known = uncorrectedOf.get(reading);
  if (known) return known;
  const stand = correction?.stand ?? [];
  const instead = new Set(stand.flatMap((s) => (s.instead ? [s.instead] : [])));
  const people = reading.peopleNamed ?? [...new Set([...reading.people.filter((p) => !instead.has(p)), ...stand.map((s) => s.asked)])];
  const made: Reading = { ...reading, people, scope: { talks: null, mismatch: null } };
  uncorrectedOf.set(reading, made);
  return made;
}
