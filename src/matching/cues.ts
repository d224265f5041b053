// The English words questions are read by (data/lexicon/en-questions.json): function words, the cue words of each
// intent and aspect, the kinds of question the articles never answer, month names and a few very short misspellings
// fuzzy matching cannot safely fix. They are the language's, not any article's: a new article needs none of them.
// The file is imported (bundled into the build like code, so reading questions opens no file at start-up); the names
// below are what the matcher uses.
import questions from '../../data/lexicon/en-questions.json' with { type: 'json' };
import type { Aspect, IntentCue, QuestionWords } from '../lexicon/questions.js';
import type { UnsupportedKind } from '../refusal-kinds.js';

// Checked by src/lexicon/questions.ts (npm run validate-data, and its test) rather than here, so that the one-shot
// console, which holds no zod, reads it as it is.
const words = questions as QuestionWords;
const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);

export const MONTHS: readonly string[] = words.months;

export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = words.monthAbbreviations;

/** Grammar: articles, pronouns, auxiliaries, prepositions, conjunctions, question words, quantifiers. */
export const STOP_WORDS = set(words.stopWords);

/**
 * Chat: greetings, politeness, slang and filler. Never the subject of a question. A short spelling of one
 * (shortTypos: "tks", "thnx" for "thanks") is chat as well, in any language it is typed in ("tks mn, …").
 */
export const CHAT_WORDS: ReadonlySet<string> = new Set([
  ...words.chatWords,
  ...Object.entries(words.shortTypos).flatMap(([typed, full]) => (words.chatWords.includes(full) ? [typed] : [])),
]);

/**
 * Words about the asking itself rather than its subject: asking, telling, the articles, answers and
 * details, school work. They never make the bot refuse, and never pick a fact on their own.
 */
export const FRAME_WORDS = set(words.frameWords);

/** Words that carry no content of their own; never "unknown", never a reason to refuse. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS, ...CHAT_WORDS, ...FRAME_WORDS]);

/** English "be" as a copula ("what are those documents called"); fixed grammar, shared by the reader and the answerers. */
export const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);

/** Every form of "be" that can carry a passive ("was said", "had been named"). */
export const BE_FORMS: ReadonlySet<string> = new Set([...COPULAS, 'be', 'been', 'being']);

/**
 * Cue phrases per intent (normalized; longer, more specific phrases first). `judgement` is a judgement of a side,
 * refused as an opinion when the asking part of a message says it; `summaryStrong` asks for a summary whatever else
 * the question names; `agreementsWeak` are agreement words that are also ordinary topic words ("the land border
 * documents"); `formatStrong` asks the format whatever else the question names; `manner` asks a manner (the format
 * when the talks' holding is asked, else how a subject was to be done); `interval` asks the time between talks;
 * `leaderOf` asks who led an organisation; `participation` are who-words that ask for the participants even when a
 * person is named ("who was Quan's counterpart?").
 */
export const CUES: Readonly<Record<IntentCue, readonly string[]>> = words.intents;

/**
 * Aspects of a question that answerers need. `signed`: a signed document, not a spoken agreement; `hoped`: whether
 * something was hoped for, proposed or urged rather than agreed; `mentioned`: whether it came up at all; `eachTalk`:
 * every talk, each on its own line; `others`: beyond the people the article names ("who else…?").
 */
export const ASPECT_CUES: Readonly<Record<Aspect, readonly string[]>> = words.aspects;

/** Verbs and nouns of particular speech acts: a question using one wants the statements that report it. */
export const SPEECH_ACTS = set(words.speechActs);

/** Speech acts stating a deed of the speaker's side ("announce"): a statement of theirs on it. */
export const ANNOUNCING_ACTS = set(words.announcingActs);

/** Words that open a yes/no question. */
export const YES_NO_OPENERS = set(words.yesNoOpeners);

/** Words after which the next word is a verb ("should focus", "did they rate"), whatever it is as a noun. */
export const BEFORE_VERB = set(words.beforeVerb);

/**
 * Phrases whose words cue nothing: helping someone "deal with" a thing is handling it, no deal signed; "what time
 * span" asks a period, not the time of day. "*" is any one word.
 */
export const CUE_MASKS: readonly string[] = words.masks;

export type { UnsupportedKind };

/** What people ask that the articles never say, by kind; the refusal's wording is built from the data. */
export const UNSUPPORTED: readonly { readonly kind: UnsupportedKind; readonly cues: readonly string[] }[] = words.unsupported;

/** Very short misspellings (fuzzy matching is unsafe below four letters). */
export const SHORT_TYPOS: Readonly<Record<string, string>> = words.shortTypos;

/** Words a question about price or value uses; known so they are not taken for unknown content. */
export const EXTRA_KNOWN: readonly string[] = words.extraKnown;

/** Words that tie a "when" question to the talks (so "when did Vietnam join ASEAN?" is not answered). */
export const TALK_ANCHORS = set(words.talkAnchors);

/** Running a meeting ("hosted", "chaired", "主持" read as "chaired"), which the reports never say anyone did. */
export const MEETING_ACTS = set(words.meetingActs);

/** Words that anchor a "who" question to the talks (who *took part*), unlike "who won the cup". */
export const PARTICIPATION_WORDS = set(words.participation);

/** Adverbs that may stand between a question word and its verb ("who even paid…"): the verb comes after them. */
export const VERB_ADVERBS = set(words.verbAdverbs);

/** Words of liking ("did Vietnam like…") and of feeling ("was China pleased…"), and the words after which they are not said of a side ("would like"). */
/** Words of a first time claimed, per language, and what makes them the first of the talks instead (first-time.ts). */
export const FIRST_TIME = {
  en: words.firstTime.en, vi: words.firstTime.vi, zh: words.firstTime.zh, occasions: words.firstTime.occasions, pair: words.firstTime.pair,
};

export const FEELINGS = {
  verbs: set(words.feelings.verbs), states: set(words.feelings.states), notAfter: set(words.feelings.notAfter), doOpeners: set(words.feelings.doOpeners),
  subjects: set(words.feelings.subjects),
  between: set(words.feelings.between),
};

export const ORDINALS: Readonly<Record<string, 'first' | 'last'>> = words.ordinals;

/** "call for", "call on": the verb, not the phone call. */
export const CALL_VERB_FOLLOWERS = set(words.callVerbFollowers);
/** "Quan is called head": after these, "called" names something, it is no phone call. */
export const CALL_NAMING_BEFORE = set(words.callNamingBefore);
/** "Was the party channel called important?": a be-form opening the clause of "called" makes it a passive that characterises. */
export const CALL_PASSIVE_BE = set(words.callPassiveBe);
/** Words opening another clause between that be-form and "called" ("was it Quan who called Song Tao?"). */
export const CALL_CLAUSE_BREAKS = set(words.callClauseBreaks);

/** Words that join a talk word to the people whose talks they were ("phone talks between the two General Secretaries"). */
export const TOPIC_TALK_JOINERS = set(words.talkJoiners);
/** Words of talking and its means that join them too ("the two General Secretaries talked by phone", "phone conversations between…"). */
export const TOPIC_TALK_MEANS = set(words.talkMeans);

/** "Both sides", "both leaders": "both" before these counts the sides or people, not the talks. */
export const PAIRED_NOUNS = set(words.pairedNouns);

/** Words after which a name or a side is the one speaking or acting ("what did China give?"). */
export const SPEAKER_OPENERS = set(words.speakerOpeners);

/** Articles that may stand between an opener and the side made to speak ("did a Chinese official…"). */
export const SPEAKER_ARTICLES = set(words.speakerArticles);

/** Words that put what is asked after the talks ("after the talks, have they recognised…?"): an outcome, not what was said. */
export const AFTER_TALKS = set(words.afterTalks);

/** Format words so common they often mean any talk ("the call"): they name a format only when nothing else picks the talk. */
export const GENERIC_FORMAT_WORDS = set(words.genericFormatWords);

/** Ordinal words that count documents ("the third document"). */
export const ORDINAL_NUMBERS: Readonly<Record<string, number>> = words.ordinalNumbers;
/** Counts of talks beyond those reported ("all three talks"). */
export const CARDINAL_NUMBERS: Readonly<Record<string, number>> = words.cardinalNumbers;

/** Nouns for a talk, so "the first talks" and "the second meeting" pick one. */
export const TALK_NOUNS = set(words.talkNouns);

/** Words that spread a question over the talks ("each talk", "either of the calls") and what may stand between. */
export const DISTRIBUTIVES = { every: set(words.distributives.every), any: set(words.distributives.any), between: set(words.distributives.between) };

/** Verbs of meeting: a year they date ("when they met in 2021", "khi gặp nhau năm 2021") is a talk's, not a plan's. */
export const MEETING_VERBS = set(words.meetingVerbs);
/** Words that may stand between a verb of meeting and its year ("met back in early 2021"). */
export const MEETING_YEAR_FILLERS = set(words.meetingYearFillers);
/** Words joining two years into a span ("2016 to 2020", "2016 through 2020"): a period, of a document named with it. */
export const YEAR_SPAN_LINKS = set(words.yearSpanLinks);

/** Units of time a "when" question may name as what it asks ("in which year", "on what date"). */
export const TIME_UNITS = set(words.timeUnits);

/** Words of a forecast, not of anyone's wish: asked when, they ask the date of what is expected. */
export const EXPECTATION = set(words.expectation);

/** Lemmas of a statement that reports a hope, proposal or call rather than something done. */
export const HOPE_LEMMAS: readonly string[] = words.hopeLemmas;

/** Lemmas of a statement that proposes a thing without a verb of wishing ("it is necessary to promote…"). */
export const PROPOSAL_LEMMAS: readonly string[] = words.proposalLemmas;

/** Nouns of a question asking what was thought of a thing ("any views on…?", "有啥想法"). */
export const SAYING_LEMMAS: ReadonlySet<string> = set(words.sayingLemmas);

/** Phrases asking what came of a thing after the talks ("did China end up doing it?", "eventually"). */
export const OUTCOME_ASKED: readonly string[] = words.outcomeAsked;

/** The words before a currency that ask an amount of it, as the glossaries give them in English. */
export const AMOUNT_ASKED = set(words.amountAsked);
/** Words joining two asks side by side ("money or signed paperwork"). */
export const ASK_JOINERS = set(words.askJoiners ?? []);

/** Words a comparison asked yes or no uses to ask whether things were the same ("same", "similar")… */
export const SAME_ASKED = set(words.sameAsked);
/** Words asking what the talks have in common ("common", "similarities"). */
export const COMMON_ASKED = set(words.commonAsked);
/** Nouns of the level a thing stands at ("which levels of…?"): asked of a thing only mentioned, the level is what is named. */
export const LEVEL_ASKED = set(words.levelAsked);
export const BODY_ASKED = set(words.bodyAsked);
export const PERSON_ASKED = set(words.personAsked);
const PARTIES_ASKED = set(words.partiesAsked);
/** Whether the words ask which parties the talks were between ("the same two parties?"): a phrase as consecutive words. */
export const asksParties = (said: readonly string[]): boolean => said.some((w, i) => PARTIES_ASKED.has(w) || PARTIES_ASKED.has(`${w} ${said[i + 1] ?? ''}`));
/** "Who helped whom?": verbs of helping, the lemmas a statement helps by, the slots for a side and reciprocal phrases. */
export const HELP_BETWEEN = {
  verbs: set(words.helpBetween.verbs),
  lemmas: words.helpBetween.lemmas,
  slots: words.helpBetween.slots,
  reciprocal: words.helpBetween.reciprocal,
  /** Verbs of asking before one of helping: "did Vietnam ask for help?" asks of the asking (answering/help-doer.ts). */
  asking: set(words.helpBetween.asking),
  /** Words that frame a subject between a side and its verb of helping ("中国在洪灾方面帮助了吗", read "in … about"). */
  framing: set(words.helpBetween.framing),
  /** Prepositions before the side that gives help, wherever it stands ("assistance from China", "supported by Vietnam"). */
  givers: set(words.helpBetween.givers),
};
/** Words asking after the people those named met: nouns ("counterpart") and the links before a person noun ("with"). */
export const COUNTERPART_ASKED = { nouns: set(words.counterpartAsked.nouns), links: set(words.counterpartAsked.links) };

/** …or whether they differed ("differ", "change"): the same answer then leads the other way. */
export const DIFFERENCE_ASKED = set(words.differenceAsked);

/** Words of a calculation over figures: operations joining two figures, and the magnitudes of a figure ("million"). */
export const CALCULATION = { operations: set(words.calculation.operations), magnitudes: set(words.calculation.magnitudes), anniversaries: set(words.calculation.anniversaries) };

/** Question words that end the source a question cites ("according to the participants, what…"). */
export const SOURCE_ENDS = set(words.sourceEnds);

/** A span of time said in a question: its units' words and number words (span-stated.ts). */
export const SPAN_STATED = words.spanStated;

/** Lemmas of responding, asked of a side ("中方是怎么回应的"): see answering/response-elsewhere.ts. */
export const RESPONSE_VERBS = set(words.responseVerbs);

/** Summary cues that only ask for a short answer ("briefly", "简单" read so): see briefly-asked.ts. */
export const SUMMARY_MANNER = set(words.summaryManner);

/** Prepositions of the occasion ("at their meeting", "during the call", "in the conversation"): a talk noun after one names the talks. */
export const OCCASION_PREPOSITIONS = set(words.occasionPrepositions);
/** Topic words that, dated by a year and placed as an occasion ("in that 2020 exchange", "2020年那次交流中"), name that year's talks. */
export const DATED_OCCASIONS = set(words.datedOccasions);
/** Prepositions of a subject ("about the meetings", "on high-level meetings"): a talk noun after one is what was said. */
export const SUBJECT_PREPOSITIONS = set(words.subjectPrepositions);

/**
 * The talk nouns a question uses for the occasion of the talks ("what did they discuss at their in-person meeting?"):
 * the nearest preposition before the noun, within a few words, is one of the occasion's.
 */
export function occasionNouns(words: readonly string[]): ReadonlySet<string> {
  const found = new Set<string>();
  words.forEach((w, i) => {
    if (!TALK_NOUNS.has(w)) return;
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      const before = words[j] ?? '';
      if (OCCASION_PREPOSITIONS.has(before)) found.add(w);
      if (OCCASION_PREPOSITIONS.has(before) || SUBJECT_PREPOSITIONS.has(before)) return;
    }
  });
  return found;
}
