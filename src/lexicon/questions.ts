// data/lexicon/en-questions.json: the English words questions are read by (src/matching/cues.ts imports the file and
// names its lists). Checked here with zod, with the error naming the list and the phrase, by `npm run validate-data`
// and the lexicon tests; the reader itself holds no zod (the one-shot console bundles the file as it is).
import { join } from 'node:path';
import { z } from 'zod';
import { readJson } from '../read-files.js';
import { UNSUPPORTED_KINDS } from '../refusal-kinds.js';

export const QUESTIONS_FILE = 'lexicon/en-questions.json';

/** The intents that have cue phrases of their own. */
export const INTENT_CUES = ['judgement', 'help', 'compare', 'talks', 'source', 'summaryStrong', 'summary', 'agreements', 'agreementsWeak',
  'formatStrong', 'manner', 'format', 'interval', 'when', 'who', 'personRole', 'roleNoun', 'leaderOf', 'participation', 'organisation', 'said'] as const;
export type IntentCue = (typeof INTENT_CUES)[number];

/** The aspects of a question answerers need. */
export const ASPECTS = ['signed', 'agreed', 'hoped', 'mentioned', 'inPerson', 'count', 'amount', 'both', 'eachTalk', 'definition', 'others',
  'which', 'wording', 'yearsCounted', 'partner', 'heldAgain'] as const;
export type Aspect = (typeof ASPECTS)[number];

/**
 * A phrase as normalised text has it: lower case, words separated by single spaces ("*" stands for any one word).
 * Shared with the follow-up cues (data/lexicon/conversation.json), which are any language's phrases.
 */
export const phrase = z
  .string()
  .min(1)
  .refine((p) => p === p.trim() && !/\s{2}/.test(p) && p === p.toLowerCase(), { message: 'must be lower case, single-spaced, without surrounding spaces' });
/** A list of phrases, none twice. */
export const phrases = z.array(phrase).refine((list) => new Set(list).size === list.length, { message: 'lists a phrase twice' });
const group = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, phrases])) as Record<K, typeof phrases>);

export const questionsFileSchema = z.strictObject({
  about: z.string().min(1),
  months: z.array(phrase).length(12),
  monthAbbreviations: z.record(phrase, z.number().int().min(1).max(12)),
  stopWords: phrases,
  chatWords: phrases,
  frameWords: phrases,
  intents: group(INTENT_CUES),
  aspects: group(ASPECTS),
  speechActs: phrases,
  /** Speech acts that state a deed of the speaker's side ("announce"): what they state is a statement of theirs. */
  announcingActs: phrases,
  yesNoOpeners: phrases,
  beforeVerb: phrases,
  masks: phrases,
  unsupported: z.array(z.strictObject({ kind: z.enum(UNSUPPORTED_KINDS), cues: phrases })),
  shortTypos: z.record(phrase, phrase),
  extraKnown: phrases,
  talkAnchors: phrases,
  meetingActs: phrases,
  participation: phrases,
  verbAdverbs: phrases,
  /**
   * "Was that the first time Song Tao talked with…?": a first time claimed, per language, which the articles never state
   * (they report two talks, not what came before); `occasions` after a Chinese phrase make it the first of the talks
   * reported ("第一次会谈"), and a `pair` word beside it ("the first time … the second") a choice between those talks.
   */
  firstTime: z.strictObject({ en: phrases, vi: phrases, zh: phrases, occasions: phrases, pair: phrases }),
  feelings: z.strictObject({ verbs: phrases, states: phrases, notAfter: phrases, doOpeners: phrases, subjects: phrases, between: phrases }),
  ordinals: z.record(phrase, z.enum(['first', 'last'])),
  callVerbFollowers: phrases,
  callNamingBefore: phrases,
  /** "Was the party channel called important?": a be-form opening the clause "called" is in, as a passive (see cues.ts). */
  callPassiveBe: phrases.default([]),
  /** Words that open another clause between that be-form and "called" ("was it Quan who called…"). */
  callClauseBreaks: phrases.default([]),
  talkJoiners: phrases,
  /** Words of talking and its means between a talk word and the people talking ("the General Secretaries talked by phone"). */
  talkMeans: phrases,
  /** Nouns after "both" that make it the two sides or people ("both sides", "双方"), not both talks. */
  pairedNouns: phrases,
  speakerOpeners: phrases,
  speakerArticles: phrases,
  afterTalks: phrases,
  genericFormatWords: phrases,
  ordinalNumbers: z.record(phrase, z.number().int().positive()),
  cardinalNumbers: z.record(phrase, z.number().int().positive()),
  talkNouns: phrases,
  /** Words that spread a question over talks ("each talk", "either of the calls"): `every` asks of each, `any` of one at least. */
  distributives: z.strictObject({ every: phrases, any: phrases, between: phrases }),
  meetingVerbs: phrases,
  meetingYearFillers: phrases,
  /** Words joining two years into a span ("2016 to 2020"): the period of a document named with them. */
  yearSpanLinks: phrases,
  occasionPrepositions: phrases,
  datedOccasions: phrases.default([]),
  subjectPrepositions: phrases,
  timeUnits: phrases,
  expectation: phrases,
  hopeLemmas: phrases,
  /** Words of a statement proposing a thing without a verb of wishing ("said it is necessary to promote…"). */
  proposalLemmas: phrases.default([]),
  /** Nouns asking what was thought of a thing ("any views on…?"), not whether it was done. */
  sayingLemmas: phrases.default([]),
  /** Words asking what came of a thing after the talks ("did China end up doing it?"), which the reports never say. */
  outcomeAsked: phrases.default([]),
  amountAsked: phrases,
  /** Words joining two asks side by side ("any money or any signed paperwork?"): each is asked on its own. */
  askJoiners: phrases.default([]),
  sameAsked: phrases,
  /** Words asking what the talks have in common ("common", "similarities"): each report's wording the other shares. */
  commonAsked: phrases.default([]),
  /** Nouns of the level a thing stands at ("which levels of mechanisms…?"): what the articles name of it, not inside it. */
  levelAsked: phrases.default([]),
  /** Nouns of a body ("department", "commission"): asked whether a side's was the same, its body is compared, not its people. */
  bodyAsked: phrases,
  /** Nouns of a person ("person", "guy"): asked whether people named are the same one, they are told apart. */
  personAsked: phrases.default([]),
  /** Words asking which parties the talks were between ("the same two parties?"): each talk's parties compared. */
  partiesAsked: phrases.default([]),
  /**
   * Asked of people named, the ones they met ("did Song Tao talk with two different people?", "was his counterpart the
   * same?"): `nouns` name those across the table, `links` lead to a noun of a person that stands for them ("with … people").
   */
  /**
   * "Who helped whom at each talk?", "bên nào hỗ trợ bên nào", "谁在帮谁": a verb of helping (`verbs`) between two slots
   * for a side (`slots`, or one `reciprocal` phrase) asks what each talk reports one side did for the other: its
   * statements whose own words help or support (`lemmas`), said by one side.
   */
  helpBetween: z.strictObject({ verbs: phrases, lemmas: phrases, slots: phrases, reciprocal: phrases, asking: phrases.default([]), framing: phrases.default([]), givers: phrases.default([]) }).default({ verbs: [], lemmas: [], slots: [], reciprocal: [], asking: [], framing: [], givers: [] }),
  counterpartAsked: z.strictObject({ nouns: phrases, links: phrases }).default({ nouns: [], links: [] }),
  differenceAsked: phrases,
  /**
   * Words of a calculation over figures ("15 percent of 235,000", "1.5 million divided among 63"): `operations` join two
   * figures, `magnitudes` belong to the figure before them ("1.5 million"). As the glossaries give them in English.
   * `anniversaries`: the words a statement numbers an anniversary by ("the 70th founding anniversary"), from which a
   * count of years at a later talk is counted on.
   */
  calculation: z.strictObject({ operations: phrases, magnitudes: phrases, anniversaries: phrases }),
  /** The summary cues that only ask the answer be short ("briefly"): a question of its own beside one is asked briefly. */
  summaryManner: phrases.default([]),
  /**
   * A span of time said in a question ("three years apart", "隔了3年", "cách nhau ba năm"): its units' words in each
   * language and the number words before them (digits need none). See src/matching/span-stated.ts.
   */
  spanStated: z.strictObject({
    units: z.strictObject({ year: phrases, month: phrases, week: phrases, day: phrases }),
    /** Words around a count that make it a bound: more than it ("超过三年", "三年以上"), or less ("不到三年", "三年以内"). */
    above: z.strictObject({ before: phrases, after: phrases }),
    below: z.strictObject({ before: phrases, after: phrases }),
    numbers: z.record(phrase, z.number().int().positive()),
  }).default({ units: { year: [], month: [], week: [], day: [] }, above: { before: [], after: [] }, below: { before: [], after: [] }, numbers: {} }),
  /** Lemmas of responding ("how did China respond?"): the other side's response asked (answering/response-elsewhere.ts). */
  responseVerbs: phrases.default([]),
  sourceEnds: phrases,
});

export type QuestionWords = z.infer<typeof questionsFileSchema>;

/** The file of `dataDir`, checked (a DataError names the list and what is wrong). */
export function loadQuestionWords(dataDir: string): QuestionWords {
  return readJson(dataDir, join(dataDir, QUESTIONS_FILE), questionsFileSchema).value;
}
