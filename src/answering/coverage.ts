// Coverage: what a question asks for (its focus) against what its answer's evidence gives. "On what exact day
// were ties established?" asks for a day; a sentence about the anniversary of ties is about the same thing but
// gives none, and answering with it would be confidently wrong. A statement answer whose cited sentences lack
// the kind of detail asked for (a day or date, a figure, the most or least of something, the thing a "what X"
// names, the names of things it only counts or describes, what a thing held, a place, the date of an event other
// than the talks, another instance of a thing) becomes a refusal that names what the articles do not give. The words are data
// (data/lexicon/en.json `focus`); Vietnamese and Chinese questions are read through their English pivot words.
import type { Lexicon } from '../lexicon/lexicon.js';
import { BE_FORMS, COPULAS, CUES, FUNCTION_WORDS, MONTHS, ORDINALS, TALK_NOUNS } from '../matching/cues.js';
import { focusPhrase } from '../matching/focus-phrase.js';
import { escapeRegExp, normalizeData as normalize } from '../matching/normalize.js';
import type { Reading } from '../matching/reading.js';
import { wordsAt } from '../matching/words-at.js';
import { intentsWhere } from './intents/index.js';
import { saidOfAsked } from './list-asked.js';
import { namedKindCheck } from './named-kinds.js';
import { namedPlaceCheck } from './named-place.js';
import { referenceReader, type Reference } from './references.js';
import type { Answer } from './types.js';

/** What a question asks for that its answer's evidence does not give. */
/** Words of time to come that a hope speaks of by nature ("hoped for future cooperation"), not of another talk or document. */
const TIME_TO_COME: ReadonlySet<string> = new Set(['future', 'upcoming']);

export type Gap =
  | { readonly kind: 'date' }
  | { readonly kind: 'figure' }
  /** "Which gates had the worst congestion?": nothing is ranked. */
  | { readonly kind: 'superlative'; readonly word: string }
  /**
   * "What was the biggest obstacle Quan raised?": nothing is ranked, but the evidence names things of the kind asked
   * (obstacles): the answer gives them, with a note that the articles rank none of them.
   */
  | { readonly kind: 'unranked'; readonly word: string }
  /** "What targets are set in the plan?": the thing asked for, as the question names it. */
  | { readonly kind: 'detail'; readonly word: string }
  /** "What did the General Secretaries say?": people the articles mention, whose words they do not report. */
  | { readonly kind: 'speaker'; readonly word: string }
  /** "Which exchanges exactly were called off?": the evidence refers to them only vaguely (its phrase, or ''). */
  | { readonly kind: 'unnamed'; readonly word: string }
  /** "What was in the medical supplies package?": the evidence mentions the thing, never what it held. */
  | { readonly kind: 'contents'; readonly word: string }
  /** "When were the supplies delivered?": an event the evidence does not report, only the talks it came up at. */
  | { readonly kind: 'event'; readonly word: string }
  /** "Where in Beijing was Song Tao?": the evidence gives no place. */
  | { readonly kind: 'place' }
  /** "The previous party cooperation plan": another instance of a thing the articles report only one of. */
  | { readonly kind: 'other'; readonly word: string };

/** Answers that give statements (or agreements) as found: the structured intents give their own kind of detail. */
const CHECKED = intentsWhere((d) => d.coverage === 'asked');
/** Answers about the talks as events, whose "where" asks where someone was when no person is named. */
const PLACED_INTENTS: ReadonlySet<string> = new Set(['summary', 'format', 'talks', 'when', 'search']);
/** Answers that report what was said on a subject, which list no things a count could count. */
const SUBJECT_READ: ReadonlySet<string> = new Set(['topic', 'search']);
/** Answers where "the previous plan" cannot mean the other talk (which "the earlier talks" may). */
const OTHER_CHECKED = intentsWhere((d) => d.coverage !== 'none');
/** Ordinals ("70th") and years count nothing; "the two sides" neither. */
const NOT_A_FIGURE = /\b\d+(st|nd|rd|th)\b|\b(19|20)\d\d\b|\b(the )?two (sides|parties|countries|officials|leaders|general secretaries|nations)\b/gi;

/**
 * "哪三份", "哪两项": "which" with a count and a measure word of documents or items (the glossary's
 * `focus.identifyCounted`) asks which ones those are, by name, as "which three documents are they?" does ("哪次" asks
 * which talk: one is no count of things). A count in Chinese numerals or digits.
 */
function whichCounted(counted: { readonly which: readonly string[]; readonly measures: readonly string[] } | undefined): RegExp | null {
  if (!counted) return null;
  const alt = (xs: readonly string[]) => xs.map(escapeRegExp).join('|');
  // "共识具体包括哪几条？": "几" (a few) with the measure word closing the clause asks which items those are, as a number does;
  // before a noun ("哪几份法律文件") it asks which of the things named, which their description may answer.
  return new RegExp(`(?:${alt(counted.which)})\\s*(?:(?:[两二三四五六七八九十]|[2-9])\\s*(?:${alt(counted.measures)})|几\\s*(?:${alt(counted.measures)})(?=\\s*(?:[？?。，,！!]|$)))`, 'u');
}

/** The copulas between an asker and the thing it asks for ("what are the…"). */
/** Words asking what sort of thing, not which ones ("what kind of disaster"). */
const SORT_WORDS: ReadonlySet<string> = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'sorts']);
/** How close a related word must be to stand for the question's ("successes" for "achievements"). */
const RELATED_WEIGHT = 0.5;

/** Determiners that point back to a thing already spoken of. */
const POINTERS: ReadonlySet<string> = new Set(['those', 'these', 'that', 'this', 'the']);

/** A span of years ("2021-2025", "2021 to 2025"). */
const PERIOD = /\b(?:19|20)\d\d\s*(?:-|–|to)\s*(?:19|20)?\d\d\b/u;

/** A name given with its acronym: "Code of Conduct in the East Sea (COC)". */
const ACRONYM_NAME = /\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\p{Ll}+|of|on|the|in|for|and))*\s*\(\p{Lu}{2,}\)/gu;

export type CoverageCheck = (reading: Reading, reply: Answer) => Gap | null;


/**
 * `articleLemmas`: the lemmas of every sentence the facts quote. A word none of them uses is the asker's own, whose
 * particulars the articles cannot name ("which islands"); without it, that check is left out.
 */
export function coverageChecker(lexicon: Lexicon, articleLemmas: ReadonlySet<string> = new Set()): CoverageCheck {
  const f = lexicon.focus;
  const askers = new Set(f.askers);
  const qualifiers = new Set(f.qualifiers);
  const ends = new Set(f.ends);
  const speech = new Set(f.speech);
  const dates = new Set(f.date);
  const figures = new Set(f.figure);
  const periods = new Set(f.period);
  const superlatives = new Set(f.superlative);
  const ranking = new Set([...f.superlative, ...f.ranking]);
  const ranks = new Set(f.ranks);
  const signed = new Set(lexicon.claims.signedThings);
  // "What concrete outcomes did the talks have?": the words asking what was agreed are what an agreements answer gives.
  const agreed = new Set([...CUES.agreements, ...CUES.agreementsWeak].filter((w) => !w.includes(' ')));
  const months = new Set<string>(MONTHS);
  const identify = new Set(f.identify);
  const happenings = new Set(f.happenings ?? []);
  const countedBy = new Map(Object.entries(lexicon.glossaries).flatMap(([lang, g]) => {
    const r = whichCounted(g.focus?.identifyCounted);
    return r ? [[lang, r] as const] : [];
  }));
  // "哪一起事件" asks as "哪起" does: each `identify` phrase opened by a "which" word, with "one" after that word too.
  const identifyBy = new Map(Object.entries(lexicon.glossaries).map(([lang, g]) => [lang, withOne(g.focus?.identify ?? [], g.focus?.identifyCounted?.which ?? [], g.focus?.whichOne ?? [])] as const));
  const naming = new Set(f.naming);
  const anyWords = new Set(f.existence);
  const joiners = new Set(f.joiners);
  const contents = new Set(f.contents);
  const acts = new Set([...f.acts, ...f.speech.map((w) => lexicon.lemma(w))]);
  const talkWords = new Set(lexicon.claims.talkWords);
  const unitWords = new Set([...Object.values(lexicon.claims.currencies).flat(), ...(f.money ?? []), ...lexicon.claims.periodUnits, ...lexicon.claims.talkWords]);
  const whereWords = new Set(f.where);
  const worksWords = new Set(f.works ?? []);
  const participants = new Set(lexicon.claims.notCounted);
  const references = referenceReader(lexicon);
  const namedKind = namedKindCheck(lexicon, references);
  const places = namedPlaceCheck(lexicon);
  // Split once here: otherInstance looks for every phrase in every English question it checks.
  const others = lexicon.claims.otherInstance.map((phrase) => ({ phrase, parts: phrase.split(' ') }));
  const numberWords = new Set([...Object.keys(lexicon.claims.numbers), ...Object.keys(lexicon.claims.scales)]);
  // Each quoted sentence is read once: its words and their lemmas.
  const read = new Map<string, { words: ReadonlySet<string>; lemmas: ReadonlySet<string>; figure: boolean; ordinal: boolean }>();
  const quoted = (quote: string) => {
    let r = read.get(quote);
    if (!r) {
      const words = normalize(quote).split(' ').filter(Boolean);
      const counted = normalize(quote.replace(NOT_A_FIGURE, ' ')).split(' ');
      const figure = counted.some((w) => /\d/.test(w) || numberWords.has(w));
      r = { words: new Set(words), lemmas: new Set(words.map((w) => lexicon.lemma(w))), figure, ordinal: /\b\d+(st|nd|rd|th)\b/i.test(quote) };
      read.set(quote, r);
    }
    return r;
  };

  return (reading, reply) => {
    if (!reply.answered || reply.citations.length === 0) return null;
    const words = reading.said.words;
    const quotes = reply.citations.map((c) => c.quote);
    if (reading.aspects.yesNo) return anyFigureAsked(words) && !quotes.some((q) => quoted(q).figure) ? { kind: 'figure' } : null;
    // "Where in Beijing was Song Tao connecting from?": whatever answers it must give a place.
    // The glossaries' "where" is loose ("đâu là…" is "what is…", "卡点在哪儿" a sticking point): in Vietnamese and
    // Chinese, only the words asking for a place, and where a person was.
    const native = reading.lang === 'en' ? null : lexicon.glossaries[reading.lang].focus;
    const text = reading.said.text.toLowerCase();
    // In English, "where" opening the question ("…the one where they talked" is no question of place).
    // A side, or the talks as an event, asked where with no subject named ("中方是在北京哪栋楼连线的", "会谈在哪里举行") is
    // where someone was, too: a subject's "where" ("卡点在哪儿") is what the thing is.
    // There, "在哪" alone may open "在哪个部门", "在哪类领域" (which department, which kind of field): only a word that
    // names a place ("哪里", "哪栋楼") asks where, and only of the talks or a side, not of who someone is.
    const placed = reading.people.length > 0 || (reading.topics.length === 0 && reading.documents.length === 0 && PLACED_INTENTS.has(reading.intent));
    const placeWords = native && reading.people.length === 0 ? { ...native, where: native.where.filter((w) => w !== '在哪') } : native;
    // "ông Song Tao làm ở đâu", "宋涛在哪个部门", "where does Song Tao work?": where a person works is his body, which
    // the role answering him names; no place is asked.
    const ofPerson = reading.intent === 'person' && reading.people.length > 0;
    const askedWords = placeWords && ofPerson ? { ...placeWords, lies: [...(placeWords.lies ?? []), ...(placeWords.works ?? [])] } : placeWords;
    const worksAsked = ofPerson && words.some((w) => worksWords.has(w));
    const where = askedWords ? placed && asksPlace(text, askedWords) : !worksAsked && (whereWords.has(words[0] ?? '') || (words[0] === 'from' && whereWords.has(words[1] ?? '')));
    // A "where" read as the format asked ("where was it held, in person or online?", matching/format-offered.ts) is
    // answered by how the talks were held, which names no place.
    if (where && reading.intent !== 'source' && reading.intent !== 'format' && !quotes.some((q) => references(q).place)) return { kind: 'place' };
    // "At which border gate…?", "tỉnh nào", "哪些省份": a named place, which "the border areas" does not give.
    if (reading.intent !== 'source' && places.asked(reading) && !quotes.some((q) => places.named(q))) return { kind: 'place' };
    // "When were the supplies delivered?": the talks' date dates what was done at them, not another event.
    // "In which year's talks did ASEAN come up?" asks which talk, which the date answers.
    const event = reading.intent === 'when' && !reading.aspects.which ? undatedEvent(reading, quotes) : null;
    if (event) return { kind: 'event', word: event };
    const other = OTHER_CHECKED.has(reading.intent) && reading.lang === 'en' ? otherInstance(reading, quotes) : null;
    if (other) return { kind: 'other', word: other };
    if (!CHECKED.has(reading.intent)) return null;
    const speaker = unreportedSpeaker(reading, speech, ends, qualifiers);
    if (speaker) return { kind: 'speaker', word: speaker };
    const cited = quotes.map((q) => quoted(q));
    const any = (test: (q: (typeof cited)[number]) => boolean) => cited.some(test);
    // The most or least of something: the articles must rank what they report. "The most recent one" orders the talks
    // (data/lexicon/en-questions.json `ordinals`): the talk meant, which the scope read, no ranking asked.
    // Not in a long message's context before its asking sentences ("since most people only watch…").
    const askFrom = reading.said.askFrom ?? 0;
    const superlativeAt = words.findIndex((w, i) => i >= askFrom && superlatives.has(w) && !ranks.has(lexicon.lemma(words[i + 1] ?? '')) && ORDINALS[words[i + 1] ?? ''] === undefined);
    const superlative = words[superlativeAt];
    if (superlative !== undefined && !any((q) => [...q.words].some((w) => ranking.has(w)))) {
      return { kind: candidatesNamed(reading, superlativeAt, cited) ? 'unranked' : 'superlative', word: superlative };
    }
    // "How many cadres a year?": a count of something the evidence speaks of, with no number beside it.
    // So is a count of a thing the cited sentences never name, asked of a subject ("how many trucks were stuck at the
    // border"): their words on the subject count nothing (a list of what was signed may count documents).
    // An ordinal answers "how many-th" ("the 70th anniversary").
    const counted = countedNouns(words);
    const spoken = (w: string) => any((q) => q.lemmas.has(lexicon.lemma(w))) || SUBJECT_READ.has(reading.intent);
    // "How many cooperation documents were signed?", "ký mấy văn bản hợp tác": things signed, however qualified, are
    // what the list of the documents signed counts.
    const countsSigned = reading.intent === 'agreements' && counted.some((w) => signed.has(w));
    // An ordinal counts years ("the 70th anniversary" of ties) or the thing its own sentence names, never the asker's
    // own thing beside it ("how many COVID-19 cases…?" is not answered by the anniversary of ties cited with it).
    const countedHead = counted[counted.length - 1];
    const answersCount = (q: (typeof cited)[number]) => q.figure || (q.ordinal && (reading.aspects.yearsCounted === true || q.lemmas.has(lexicon.lemma(countedHead ?? ''))));
    if (!countsSigned && counted.some(spoken) && !any(answersCount)) return { kind: 'figure' };
    // A count of the asker's own thing, a word no sentence of the articles uses ("how many COVID-19 cases"), is given
    // only by a figure beside the article concept it was read as ("legal texts": the three legal documents); other
    // figures count other things (the aid's value). "How much money…" asks an amount, which the value of a thing gives.
    if (!countsSigned && reading.aspects.count && countedHead !== undefined && words.includes('many') && askersOwn(countedHead)) {
      const as = reading.concepts.filter((c) => c.word === countedHead).map((c) => c.lemma);
      if (!any((q) => q.figure && as.some((l) => q.lemmas.has(l)))) return { kind: 'figure' };
    }
    // Asked to name or list things, or for what a thing held, the evidence must name them.
    // "Which talk named specific instruments like the DOC?" asks which talk, not what the instruments are.
    // "Which specific training courses does the scheme include?" asks inside a thing, which the evidence must list.
    const unnamed = reading.aspects.which && !asksWhichInside(reading) ? null : unnamedGap(reading, quotes);
    if (unnamed) return unnamed;
    // The noun phrase after "what"/"which" (past "the", "exact" …) names the kind of answer: "what exact day",
    // "what trade deficit figure", "what concrete targets".
    const head = focusPhrase(words, askers, qualifiers, ends);
    // "Who signed it, on what date?": what was signed at the talks is dated by them, which the answer gives.
    const signedAtTalks = reading.intent === 'agreements' && reading.aspects.commitment === 'signed';
    // "What's the exact date ties were established?": past the copula the phrase asks for a date just the same.
    // "What was the date of the talks where…?" asks the talks' own date, which every answer's heading gives.
    const dated = head.length > 0 ? head : ofTalks(words, copulaPhrase(words)) ? [] : copulaPhrase(words);
    if (dated.some((w) => dates.has(w)) && !signedAtTalks && !any((q) => [...q.words].some((w) => months.has(w)))) return { kind: 'date' };
    // "Which number" (第几) and "what number anniversary" ask how many-th: an ordinal answers them too.
    const nth = words.includes('which') || head.slice(0, -1).some((w) => figures.has(w));
    if (head.some((w) => figures.has(w)) && !any((q) => q.figure || (nth && q.ordinal))) return { kind: 'figure' };
    // "What's the latest COVID case count?": the figure of the asker's own thing (the word before the figure's, one no
    // sentence of the articles uses) is not the figure of another thing the evidence gives (the aid's value).
    const figureAt = head.findIndex((w) => figures.has(w));
    if (figureAt > 0 && askersOwn(head[figureAt - 1] ?? '')) return { kind: 'figure' };
    // "What was the trade volume?": past the copula the phrase names the thing of a figure just the same.
    const figured = head.length > 0 ? head : dated;
    const figuredAt = figured.findIndex((w) => figures.has(w));
    const figureOf = figuredAt > 0 ? (figured[figuredAt - 1] ?? '') : '';
    // "Whats the trade volume?": the figure of a thing the cited sentences speak of is given only by one saying both the
    // thing and a figure; the count of documents cited beside them counts no trade. A thing no cited sentence says in
    // the question's word ("the donation amount": supplies "presented") is left to the figures they give.
    const sayingIt = figureOf === '' || figures.has(figureOf) ? [] : cited.filter((q) => saysWord(reading, q, figureOf));
    if (sayingIt.length > 0 && !sayingIt.some((q) => q.figure || q.ordinal)) return { kind: 'figure' };
    // The last word of that phrase is the thing asked for: when it is an article concept (not a topic's or a
    // document's own name), a cited sentence must say it.
    // Only for what was signed, in English: a sentence reporting a signing gives no document's contents, while
    // other answers paraphrase the thing asked for too freely for its word to be required ("which spheres").
    if (reading.lang !== 'en') return null;
    // "What were the main decisions of that congress?": past the copula.
    const thing = head.length > 0 ? head : copulaPhrase(words);
    if (thing.length === 0) return null;
    const noun = thing[thing.length - 1] ?? '';
    // What was agreed of another thing the question names ("the decisions of that congress"), which the evidence
    // only mentions, whatever answer found it: a cited sentence must say it.
    const owner = ownerOf(reading, words.indexOf(noun));
    if (owner !== null && agreed.has(noun) && !lexicon.isGeneral(noun) && !any((q) => q.lemmas.has(lexicon.lemma(noun)) || q.words.has(noun))) return { kind: 'detail', word: [noun, 'of', owner].join(' ') };
    if (reading.intent !== 'agreements') return null;
    // Of the talks, that is; of a document named ("what outcomes does the plan list?") they are its contents.
    if (signed.has(noun) || (agreed.has(noun) && reading.documents.length === 0) || lexicon.isGeneral(noun)) return null;
    // "What time frame do the documents cover?": the period a document's name gives ("2021-2025") is the span asked.
    if ([thing.slice(-2).join(' '), noun].some((w) => periods.has(w)) && quotes.some((q) => PERIOD.test(q))) return null;
    const concept = reading.concepts.find((c) => c.word === noun && !c.asking);
    const named = namedByQuestion(reading, noun);
    if (concept && !named && !any((q) => q.lemmas.has(concept.lemma) || q.words.has(noun))) return { kind: 'detail', word: noun };
    // "What is the budget of the plan?": a word the articles never use, asked as the thing of a document, is a property
    // they do not give, whatever the signing sentence found.
    if (!concept && !named && reading.unmatched.includes(noun) && !any((q) => q.words.has(noun))) return { kind: 'detail', word: noun };
    return null;
  };

  /** Whether a quoted sentence says a word of the question: itself, its lemma, or the article concept it was read as. */
  function saysWord(reading: Reading, q: { readonly lemmas: ReadonlySet<string>; readonly words: ReadonlySet<string> }, word: string): boolean {
    return q.words.has(word) || q.lemmas.has(lexicon.lemma(word)) || reading.concepts.some((c) => c.word === word && q.lemmas.has(c.lemma));
  }

  /**
   * "What did Quan point to as the biggest sticking point?": the thing ranked (the noun phrase after the superlative)
   * is one the cited sentences name, by the question's word or the article concept it was read as ("obstacles"), and
   * so is the thing a "what"/"which" phrase asks for, if any ("which border gates had the worst congestion?" asks for
   * gates, which no sentence names). The evidence then names the candidates; only their ranking is missing.
   */
  function candidatesNamed(reading: Reading, at: number, cited: readonly { readonly lemmas: ReadonlySet<string>; readonly words: ReadonlySet<string> }[]): boolean {
    const words = reading.said.words;
    const named = (noun: string | undefined) => {
      if (noun === undefined) return false;
      const lemmas = new Set([lexicon.lemma(noun), ...reading.concepts.filter((c) => !c.asking && normalize(c.word).split(' ').includes(noun)).map((c) => c.lemma)]);
      return cited.some((q) => q.words.has(noun) || [...lemmas].some((l) => q.lemmas.has(l)));
    };
    const ranked = focusPhrase(['what', ...words.slice(at + 1)], askers, qualifiers, ends);
    const asked = focusPhrase(words.slice(0, at), askers, qualifiers, ends);
    const thing = ranked[ranked.length - 1] ?? asked[asked.length - 1];
    return named(thing) && (asked.length === 0 || named(asked[asked.length - 1]));
  }

  /**
   * "Did the talks set any concrete target for trade volume?": whether there is a figure is asked, when a figure word
   * is in the phrase after "any" (through its "for", "of", "in"); a sentence on the subject giving none is no Yes.
   * A question naming a figure of its own ("any deal worth 5 million?") is the claim checker's to weigh.
   */
  function anyFigureAsked(words: readonly string[]): boolean {
    if (words.some((w) => /\d/u.test(w) && !/^(19|20)\d\d$/u.test(w))) return false;
    return words.some((w, i) => {
      if (!anyWords.has(w)) return false;
      for (let k = i + 1; k < words.length; k++) {
        const x = words[k] ?? '';
        if (figures.has(x)) return true;
        if (ends.has(x) && !joiners.has(x)) return false;
      }
      return false;
    });
  }

  /**
   * A word of the question no sentence the facts quote uses, nor any grammar: the asker's own thing. A currency or
   * money word ("how many yuan"), a unit of years ("bao nhiêu năm") or a word for the talks ("how many rounds") is no
   * thing of the asker's: the articles' amounts, anniversary and talks count it.
   */
  function askersOwn(word: string): boolean {
    const lemma = lexicon.lemma(word);
    return articleLemmas.size > 0 && /^[a-z]+$/.test(word) && lexicon.isEnglish(word) && !FUNCTION_WORDS.has(word) && !lexicon.isGeneral(word) && !articleLemmas.has(lemma)
      && !unitWords.has(word) && !unitWords.has(lemma);
  }

  /** The words after "how many"/"how much" that may name what is counted ("how many cadres" → "cadres"). */
  function countedNouns(words: readonly string[]): readonly string[] {
    const at = words.findIndex((w, i) => w === 'how' && (words[i + 1] === 'many' || words[i + 1] === 'much'));
    if (at < 0) return [];
    // Up to the verb: "how many documents were signed" counts documents, not signings.
    const after = words.slice(at + 2, at + 5);
    const verb = after.findIndex((w) => ends.has(w) || w.endsWith('ed'));
    return after.slice(0, verb < 0 ? after.length : verb).filter((w) => /^[a-z]+$/.test(w) && !lexicon.isGeneral(w) && !qualifiers.has(w) && !participants.has(w) && !FUNCTION_WORDS.has(w));
  }

  /**
   * "How does the plan differ from the previous party cooperation plan?": an earlier, later or other instance of
   * a thing (not a talk: the articles report two), which no cited sentence speaks of. Returns the phrase, or null.
   */
  function otherInstance(reading: Reading, quotes: readonly string[]): string | null {
    const words = reading.said.words;
    // The quotes normalised only once a phrase is found: most questions name none.
    let cited: readonly string[] | null = null;
    for (const { phrase, parts } of others) {
      // "What did China hope for future cooperation?": a hope is of what is to come; "future" there is no other one.
      if (reading.aspects.hoped && TIME_TO_COME.has(phrase)) continue;
      const at = wordsAt(words, parts);
      if (at < 0) continue;
      cited ??= quotes.map((q) => ` ${normalize(q)} `);
      if (cited.some((q) => q.includes(` ${phrase} `))) continue;
      // The noun phrase it qualifies: up to the first word that ends it; a talk's word leaves it the other talk.
      const rest = focusPhrase(['what', ...words.slice(at + parts.length)], askers, qualifiers, ends);
      const noun = rest[rest.length - 1];
      // A thing of the articles ("plan"), not the asker's own ("the earlier stuff").
      if (noun === undefined || talkWords.has(noun) || numberWords.has(noun) || !lexicon.vocabulary.has(lexicon.lemma(noun))) continue;
      // "The earlier declaration on…" may mean one the evidence names ("the Declaration on the Conduct…"), as a
      // "previous plan" cannot mean the plan it reports signed ("a cooperation plan … for the 2021-2025 period").
      // An acronym the evidence writes in capitals ("the future COC") is such a name too.
      const name = new RegExp(`\\b(?:${noun.charAt(0).toUpperCase()}${noun.slice(1)}|${noun.toUpperCase()}\\b)`);
      if (quotes.some((q) => name.test(q))) continue;
      return [phrase, ...rest].join(' ');
    }
    return null;
  }

  /**
   * "Which specific incidents at sea…?", "what are the names of the three legal documents?", "what was in the
   * supplies package?": a question asking to identify, list, or say what a thing held, against evidence that
   * refers to those things only by a count or a general phrase ("a number of exchanges", "practical measures").
   */
  function unnamedGap(reading: Reading, quotes: readonly string[]): Gap | null {
    const words = reading.said.words;
    const native = reading.lang === 'en' ? null : lexicon.glossaries[reading.lang].focus;
    const text = reading.said.text.toLowerCase();
    const asks = words.some((w) => askers.has(w)) || words[0] === 'list' || words[0] === 'name';
    if (!asks) return null;
    const read = quotes.map((q) => references(q));
    const all = read.flatMap((r) => [...r.references]);
    // In the order the answer gives them.
    const inOrder = [...all];
    // What the question shares with a phrase: its own words, or the English of the topics it names.
    const asked = new Set([...words, ...reading.topics.flatMap((t) => t.topic.keywords.flatMap((k) => normalize(k).split(' ')))]
      .filter((w) => /^[a-z]+$/.test(w) && !numberWords.has(w) && !FUNCTION_WORDS.has(w) && !askers.has(w) && !identify.has(w) && !qualifiers.has(w) && !talkWords.has(w) && !participants.has(w))
      .map((w) => lexicon.lemma(w)));
    const shared = (r: Reference) => [...r.lemmas].filter((l) => asked.has(l)).length;
    const sharing = (r: Reference) => shared(r) > 0;
    // The phrase to quote: counted or quantified ones first, then the one sharing most with the question.
    all.sort((a, b) => Number(b.quantified) - Number(a.quantified) || shared(b) - shared(a));
    // What a thing held: the evidence must list something.
    const holds = native ? (native?.contents ?? []).some((m) => text.includes(m)) : asksContents(words);
    // An instance singled out ("especially the developments at sea") names what is asked, unless the question already says it.
    const listing = (r: (typeof read)[number]) => r.enumerates || r.instances.some((inst) => inst.length > 0 && !inst.some((l) => asked.has(l)));
    const lists = read.some(listing);
    // What a document named holds is listed only by a sentence on that document (the one reporting it, or one saying
    // its words): "mechanisms, including those between localities" lists nothing the plan holds.
    const ofDocument = (q: string) => reading.documents.length === 0 || reading.documents.some((d) => d.quote === q || d.keywords.some((k) => ` ${normalize(q)} `.includes(` ${normalize(k)} `)));
    const listsHeld = read.some((r, i) => listing(r) && ofDocument(quotes[i] ?? ''));
    // A list of other things than those asked for ("ministries, sectors and localities" for "training courses") lists
    // none of them: the thing asked, when the question names it, must be a word of the evidence.
    const thing = native ? null : identified(words);
    const listsThem = listsHeld && (thing === null || thing === '' || quotes.some((q) => quoted(q).lemmas.has(lexicon.lemma(thing))));
    if (holds && reading.topics.length + reading.documents.length > 0 && !listsThem) {
      return { kind: 'contents', word: all.find((r) => !r.named && sharing(r))?.phrase ?? '' };
    }
    const target = native ? ((identifyBy.get(reading.lang) ?? native.identify).some((m) => text.includes(m)) || (countedBy.get(reading.lang)?.test(text) ?? false) || asksSpecific(text, native.identifySpecific, reading.topics.map((t) => t.words.toLowerCase())) ? '' : null) : identified(words);
    if (target === null) {
      // "Which ministries took part?": particulars by name, of which the evidence gives only the bare plural.
      const kind = native ? null : namedKind(words, quotes);
      if (kind !== null) return { kind: 'unnamed', word: kind };
      // "Which border gates were named as congested?": a thing asked by a naming verb that no cited sentence speaks of
      // at all; a list there is of other things ("ministries, sectors and localities"), a vague phrase all they give.
      const named = native ? null : identified(words, true);
      const loose = named ?? (native ? null : topicWordAsked(reading, quotes));
      if (loose === null || loose === '' || quotes.some((q) => quoted(q).lemmas.has(lexicon.lemma(loose)))) return null;
      if (coveredKindNamed(loose, quotes)) return null;
      if (named === null) {
        // Asked by the subject's own word: the first phrase the answer gives on that subject (by a one-word name of it:
        // "south china sea" makes no phrase on China one on the sea), or none, the subject then said unnamed.
        const own = new Set(reading.topics.flatMap((t) => t.topic.keywords.filter((k) => !k.includes(' ')).map((k) => lexicon.lemma(normalize(k)))));
        const onSubject = inOrder.find((r) => !r.named && [...r.lemmas].some((l) => own.has(l)));
        return { kind: 'unnamed', word: onSubject?.phrase ?? '' };
      }
      const vague = all.find((r) => !r.named && sharing(r));
      return vague ? { kind: 'unnamed', word: vague.phrase } : null;
    }
    // "东海规则叫什么": asked the name of nothing it names, a cited sentence on the same subject that gives a name with
    // its acronym ("a Code of Conduct in the East Sea (COC)") names it.
    const names = quotes.flatMap((q) => q.match(ACRONYM_NAME) ?? []);
    const namesAsked = names.some((n) => normalize(n).split(' ').some((w) => asked.has(lexicon.lemma(w))));
    if (target === '' && namesAsked) return null;
    if (target !== '') {
      // The thing asked is a word of the evidence: it must be named there, not only counted or described.
      const lemma = lexicon.lemma(target);
      const same = all.filter((r) => r.lemma === lemma);
      if (same.some((r) => r.named) || coveredKindNamed(target, quotes)) return null;
      if (same.length > 0) return { kind: 'unnamed', word: same[0]?.phrase ?? '' };
      // "Which specific instruments on the East Sea…?": asked by a word the articles never use, the names the evidence gives
      // with their acronyms on the question's subject ("the Declaration on the Conduct of Parties in the East Sea (DOC)")
      // are what it asks to identify, whatever other things the same sentence only counts ("three legal documents"); a
      // word of theirs ("which disputes exactly?") asks for the things they leave unnamed, and so does a happening.
      // A name the asker offers ("the paracels?") is no kind of thing asked: only an English word of the asker's own is.
      if (namesAsked && lexicon.isEnglish(target) && !articleLemmas.has(lemma) && !articleLemmas.has(lexicon.articleLemma(target)) && !happenings.has(target) && !happenings.has(lemma)) return null;
    }
    // Asked in other words ("incidents" of "complicated developments at sea"): a vague phrase about the same thing,
    // and nothing listed. A list answers only when its sentence says what the question says of the things
    // (list-asked.ts): the exchanges "not held as scheduled" are not the "forms of exchanges such as phone talks" used instead.
    if (lists) {
      const said = saidOfAsked(reading, articleLemmas);
      const says = (q: string) => said.every((l) => quoted(q).lemmas.has(l));
      if (read.some((r, i) => listing(r) && says(quotes[i] ?? ''))) return null;
      const of = read.flatMap((r, i) => (says(quotes[i] ?? '') ? r.references : [])).find((r) => !r.named);
      return { kind: 'unnamed', word: of?.phrase ?? '' };
    }
    const vague = all.find((r) => !r.named && sharing(r));
    return vague ? { kind: 'unnamed', word: vague.phrase } : null;
  }

  /**
   * "Which islands was he talking about?": the thing a "which"/"what" phrase asks for is the very word by which the
   * question named its subject (a topic keyword, "islands" of the sea), so it asks which particular ones; the caller
   * checks that no cited sentence says that word, the articles then leaving them unnamed. Null otherwise.
   */
  function topicWordAsked(reading: Reading, quotes: readonly string[]): string | null {
    // "What kind of disaster…" asks what sort of thing it was, which the thing the answer reports is.
    const words = reading.said.words;
    if (words.some((w) => SORT_WORDS.has(w))) return null;
    // Each asker's phrase: "what was happening at sea, like which islands?" asks its particulars in a later clause.
    for (const [at, w] of words.entries()) {
      if (!askers.has(w)) continue;
      const noun = particularAsked(reading, quotes, focusPhrase(words.slice(at), askers, qualifiers, ends));
      if (noun !== null) return noun;
    }
    return null;
  }

  /** The plural noun a phrase asks for, when it is the question's own word for its subject and no cited sentence says it. */
  function particularAsked(reading: Reading, quotes: readonly string[], phrase: readonly string[]): string | null {
    // The phrase may run on into a verb the focus words do not end at ("what islands came up"): its last noun.
    const general = phrase.findIndex((w) => lexicon.isGeneral(lexicon.lemma(w)));
    const noun = (general < 0 ? phrase : phrase.slice(0, general)).at(-1);
    if (noun === undefined) return null;
    const lemma = lexicon.lemma(noun);
    // Particulars are asked in the plural ("which islands"); one thing asked ("which milestone", "what accomplishment")
    // is often the asker's word for one the answer names otherwise.
    if (lemma === noun) return null;
    const heads = new Set(reading.topics.filter((t) => t.lang === 'en').map((t) => lexicon.lemma(normalize(t.words).split(' ').at(-1) ?? '')));
    if (!heads.has(lemma) || articleLemmas.size === 0 || articleLemmas.has(lemma)) return null;
    // The asker's word for what a cited sentence says ("successes" of achievements) is answered by it.
    const near = new Set(lexicon.related(lemma).filter((r) => r.weight >= RELATED_WEIGHT).map((r) => r.lemma));
    return quotes.some((q) => [...quoted(q).lemmas].some((l) => near.has(l))) ? null : noun;
  }

  /** Whether a word is one of the names of the topics or documents the question names. */
  function namedByQuestion(reading: Reading, word: string): boolean {
    return [...reading.topics.map((t) => t.words), ...reading.documents.flatMap((d) => d.keywords)].some((n) => normalize(n).split(' ').includes(word));
  }

  /**
   * "The decisions of that congress": the thing after "of" that holds the noun at `at`, when it is a thing of the
   * articles other than the talks, their sides or a topic or document the question names. Null otherwise.
   */
  function ownerOf(reading: Reading, at: number): string | null {
    const words = reading.said.words;
    if (at < 0 || words[at + 1] !== 'of') return null;
    let owner: string | null = null;
    for (const w of words.slice(at + 2)) {
      if (POINTERS.has(w) || qualifiers.has(w) || /\d/u.test(w) || numberWords.has(w)) continue;
      if (ends.has(w) || !/^[a-z]+$/u.test(w)) break;
      // The thing is a word of the articles (a trailing "tho" is none).
      if (reading.concepts.some((c) => c.word === w && !c.asking)) owner = w;
    }
    return owner === null || talkWords.has(owner) || participants.has(owner) || namedByQuestion(reading, owner) ? null : owner;
  }

  /**
   * The noun phrase asked for, past a copula right after the asker: "what are those border documents called" asks
   * for "border documents" as "which border documents" does. A phrase right after the asker stands as it is.
   * `closedOnly`: only one a naming participle closes ("…called"), the asking for a name.
   */
  function copulaPhrase(words: readonly string[], closedOnly = false): readonly string[] {
    const phrase = focusPhrase(words, askers, qualifiers, ends);
    const at = words.findIndex((w) => askers.has(w));
    if (phrase.length > 0 || at < 0 || !COPULAS.has(words[at + 1] ?? '')) return phrase;
    // Determiners pointing back ("those", "that") are no part of the thing asked.
    const after = focusPhrase(['what', ...words.slice(at + 2).filter((w, i) => i > 0 || !POINTERS.has(w))], askers, qualifiers, ends);
    // "…documents called exactly": a naming participle ("called", "named") closes the thing named; a naming noun
    // ("the full name") is the thing asked.
    const closed = after.findIndex((w, i) => i > 0 && (identify.has(w) || identify.has(lexicon.lemma(w))) && lexicon.lemma(w) !== w);
    if (closed < 0) return closedOnly ? [] : after;
    return after.slice(0, closed);
  }

  /** Whether the phrase asked is said of the talks ("the date of the talks", "the day of that call"). */
  function ofTalks(words: readonly string[], phrase: readonly string[]): boolean {
    const last = phrase[phrase.length - 1];
    const at = last === undefined ? -1 : words.indexOf(last);
    if (at < 0 || !['of', 'for'].includes(words[at + 1] ?? '')) return false;
    return words.slice(at + 2, at + 5).some((w) => TALK_NOUNS.has(w) || TALK_NOUNS.has(lexicon.lemma(w)));
  }

  /** "What was (actually) in X?", "what did X contain?" */
  /** "Which courses does the scheme include?": which things a subject holds, not which talk held it ("which talk included…"). */
  function asksWhichInside(reading: Reading): boolean {
    const words = reading.said.words;
    if (reading.lang !== 'en' || !asksContents(words)) return false;
    const thing = identified(words);
    return thing !== null && thing !== '' && !talkWords.has(thing);
  }

  function asksContents(words: readonly string[]): boolean {
    if (words.some((w) => contents.has(w))) return true;
    const at = words.findIndex((w) => askers.has(w));
    if (at < 0 || !['is', 'was', 'are', 'were', 's'].includes(words[at + 1] ?? '')) return false;
    let i = at + 2;
    while (qualifiers.has(words[i] ?? '')) i++;
    return words[i] === 'in';
  }

  /**
   * The thing a question asks to identify ("which specific incidents" → "incidents", "the names of the documents"
   * → "documents"); '' when it asks so of nothing it names; null when it does not ask to identify.
   */
  /**
   * "What disasters hit China?": an umbrella word of the lexicon's kinds (`claims.kindCovers`: a natural disaster covers
   * floods, storms…) is named by evidence that names one of the kinds it covers ("heavy rains and floods").
   */
  function coveredKindNamed(word: string, quotes: readonly string[]): boolean {
    const cited = quotes.map((q) => ` ${normalize(q)} `);
    const says = (w: string) => cited.some((q) => q.includes(` ${normalize(w)} `));
    return Object.values(lexicon.claims.kinds).some((group) =>
      Object.entries(lexicon.claims.kindCovers ?? {}).some(
        ([umbrella, covered]) => (group[umbrella] ?? []).includes(word) && covered.some((kind) => (group[kind] ?? []).some(says)),
      ),
    );
  }

  function identified(words: readonly string[], inflected = false): string | null {
    // "What are the names of the three legal documents?", "list the measures": the noun phrase after them.
    const namingAt = words.findIndex((w, i) => (naming.has(w) && words[i + 1] === 'of') || (i === 0 && (w === 'list' || w === 'name')));
    if (namingAt >= 0) {
      const after = words.slice(namingAt + (words[namingAt + 1] === 'of' ? 2 : 1));
      const phrase = focusPhrase(['what', ...after.filter((w) => !/^\d+$/.test(w) && !numberWords.has(w))], askers, qualifiers, ends);
      return phrase[phrase.length - 1] ?? '';
    }
    // "Which specific incidents at sea…", "which party exchanges exactly…": a word asking to identify in or right after the phrase.
    const at = words.findIndex((w) => askers.has(w));
    if (at < 0) return null;
    const phrase = copulaPhrase(words, true);
    if (phrase.length === 0) return null;
    // "What specifically did Quan say about the sea?": with no noun, the word qualifies what was said, asked as such.
    if (phrase.every((w) => identify.has(w)) && words.some((w) => speech.has(lexicon.lemma(w)) || speech.has(w))) return null;
    const span = words.slice(at + 1, at + 1 + phrase.length + 4);
    const last = span.indexOf(phrase[phrase.length - 1] ?? '');
    // Up to a few words after the noun: "which documents are they exactly", "which 3 documents are they, names?";
    // `inflected`, a naming word in any form too ("which gates were named as congested").
    // "What are those documents called?": a phrase past the copula is one a naming participle closed.
    const named = focusPhrase(words, askers, qualifiers, ends).length === 0;
    const marked = named || span.slice(0, last + 4).some((w) => identify.has(w) || (inflected && identify.has(lexicon.lemma(w))));
    return marked ? (phrase[phrase.length - 1] ?? '') : null;
  }

  /**
   * A "when" about something other than what the officials did at the talks: a verb of the question that the
   * evidence does not use ("delivered", where the sentence says the supplies were announced). Returns it, or null.
   */
  function undatedEvent(reading: Reading, quotes: readonly string[]): string | null {
    if (reading.topics.length + reading.documents.length === 0) return null;
    // Vietnamese and Chinese are read through their English pivot words, where the dictionary's loose senses of chat
    // and nouns ("在线": online) are no verbs: there only a verb the glossary gives as done ("运到": delivered).
    const pivoted = reading.lang !== 'en';
    const named = new Set([
      ...reading.topics.flatMap((t) => normalize(t.words).split(' ')),
      ...reading.documents.flatMap((d) => d.keywords.flatMap((k) => normalize(k).split(' '))),
      ...[...reading.people, ...reading.organisations, ...reading.sidesNamed].flatMap((e) => [e.name, ...e.aliases].flatMap((n) => normalize(n).split(' '))),
    ]);
    // The quotes' lemmas, gathered only for a word that passes every other test (an answer at many talks cites many
    // sentences, often the same sentence of each talk's article).
    let lemmas: ReadonlySet<string> | null = null;
    const quotedLemmas = () => (lemmas ??= new Set([...new Set(quotes)].flatMap((q) => [...quoted(q).lemmas])));
    const at = reading.said.words.indexOf('when');
    return reading.said.words.slice(at + 1).find((w) => {
      const lemma = lexicon.lemma(w);
      // A participle is a verb whatever else its stem may be ("handed over": "hand" is a noun too).
      const participle = w.endsWith('ed') && lemma !== w;
      if (!/^[a-z]+$/.test(w) || named.has(w) || ends.has(w) || talkWords.has(w) || FUNCTION_WORDS.has(w) || qualifiers.has(w) || !(participle || lexicon.isGeneral(lemma))) return false;
      if (pivoted && !participle) return false;
      return !acts.has(lemma) && !quotedLemmas().has(lemma) && !quoted(quotes[0] ?? '').words.has(w);
    }) ?? null;
  }
}

/**
 * "具体指的是哪个口岸", "cụ thể là cửa khẩu nào": a word asking for the particular, then a "which" word, beside one
 * of `things` (the question's own words for a subject of the articles), which it asks to name. A "which" opening one
 * of the phrases asking a day, a place or a talk asks no name; nor one beside any other noun ("具体提了哪些要求": the
 * demands are what was said, "cơ quan cụ thể nào": an agency the answer's sentence may name).
 */
function asksSpecific(text: string, pattern: { readonly specific: readonly string[]; readonly which: readonly string[]; readonly not: readonly string[] } | undefined, things: readonly string[]): boolean {
  if (!pattern) return false;
  const from = Math.min(...pattern.specific.map((m) => text.indexOf(m)).filter((i) => i >= 0));
  if (!Number.isFinite(from)) return false;
  const rest = text.slice(from);
  const excluded = pattern.not.flatMap((n) => [...rest.matchAll(new RegExp(escapeRegExp(n), 'gu'))].map((m) => [m.index, m.index + n.length] as const));
  // Chinese runs its words together and puts the thing after "which" (哪个口岸); Vietnamese puts it before (cửa khẩu nào).
  const han = (w: string) => /\p{Script=Han}/u.test(w);
  const bounded = (w: string) => (han(w) ? escapeRegExp(w) : `(?<!\\p{L})${escapeRegExp(w)}(?!\\p{L})`);
  // The Chinese noun runs to the next break; a subject's words may hold it ("边境口岸" for "哪些口岸").
  const after = (at: number) => rest.slice(at).split(/[\s\p{P}的]/u)[0] ?? '';
  const beside = (w: string, at: number) => (han(w) ? things.some((t) => { const noun = after(at + w.length); return noun.startsWith(t) || (noun.length > 0 && t.endsWith(noun)); }) : things.some((t) => rest.slice(0, at).trimEnd().endsWith(t)));
  // "党际交流，具体是哪几场活动？", "…活动具体是哪些?": a Chinese "which" whose phrase closes the clause (no verb after it)
  // asks which particular ones the subject before it were, however the asker words the things ("活动").
  // After the copula only ("是哪些"): "具体提了哪些要求" asks what was said, which the sentences give.
  const closes = (w: string, at: number) =>
    han(w) && rest.slice(0, at).endsWith(COPULA_ZH) && after(at + w.length).length <= CLOSING_NOUN && /^(?:[\s\p{P}]|$)/u.test(rest.slice(at + w.length + after(at + w.length).length));
  return pattern.which.some((w) => [...rest.matchAll(new RegExp(bounded(w), 'gu'))].some((m) => !excluded.some(([a, b]) => m.index >= a && m.index < b) && (beside(w, m.index) || closes(w, m.index))));
}

/** The phrases, and each opened by one of `which` again with each of `ones` right after that word. */
function withOne(phrases: readonly string[], which: readonly string[], ones: readonly string[]): readonly string[] {
  const more = phrases.flatMap((p) => which.filter((w) => p.startsWith(w)).flatMap((w) => ones.map((o) => `${w}${o}${p.slice(w.length)}`)));
  return [...new Set([...phrases, ...more])];
}

/** Most characters of the noun a closing Chinese "which" phrase asks for ("活动"): a longer run holds a verb. */
const CLOSING_NOUN = 3;
/** The Chinese copula before such a phrase ("具体是哪些"). */
const COPULA_ZH = '是';

/**
 * A place asked in Vietnamese or Chinese: a `where` word, unless a question word asking a day, a year or a talk, or
 * one asking which thing, runs on from inside it ("在哪天举行": on which day; "在哪件事上帮了忙": in which matter).
 */
function asksPlace(text: string, native: { readonly where: readonly string[]; readonly times?: readonly string[] | undefined; readonly identify: readonly string[]; readonly lies?: readonly string[] | undefined }): boolean {
  const times = [...(native.times ?? []), ...native.identify];
  return native.where.some((m) => {
    for (let at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + 1)) {
      const end = at + m.length;
      const timed = times.some((t) => {
        for (let from = Math.max(0, at - t.length + 1); from < end; from++) if (text.startsWith(t, from) && from + t.length > end) return true;
        return false;
      });
      // "trở ngại … nằm ở đâu" (where does the obstacle lie): what the thing is, not a place.
      const lies = (native.lies ?? []).some((t) => {
        for (let from = Math.max(0, end - t.length); from <= at; from++) if (text.startsWith(t, from)) return true;
        return false;
      });
      if (!timed && !lies) return true;
    }
    return false;
  });
}

/**
 * "What exactly did the two General Secretaries say?": the words between "did" and the verb of saying name who
 * spoke; when they are all a topic's words (people the articles mention: "general secretaries", "party leaders")
 * and no person, side or party is named, the articles report no words of theirs. Returns those words, or null.
 */
function unreportedSpeaker(reading: Reading, speech: ReadonlySet<string>, ends: ReadonlySet<string>, qualifiers: ReadonlySet<string>): string | null {
  // English word order: the speaker stands between "did" and the verb.
  if (reading.lang !== 'en' || reading.people.length + reading.sides.length + reading.organisations.length > 0 || reading.topics.length === 0) return null;
  const words = reading.said.words;
  const verb = words.findIndex((w) => speech.has(w));
  if (verb < 0) return null;
  let aux = verb - 1;
  while (aux >= 0 && !ends.has(words[aux] ?? '')) aux--;
  if (aux < 0) return null;
  // "What effect were contacts said to have had?", "were they said to be…": a form of "be" before a participle of
  // saying, or saying followed by "to have"/"to be", is the passive report, whose subject is what was spoken of.
  if (BE_FORMS.has(words[aux] ?? '') && !(words[verb] ?? '').endsWith('ing')) return null;
  if (words[verb + 1] === 'to' && REPORTED_AFTER.has(words[verb + 2] ?? '')) return null;
  const subject = words.slice(aux + 1, verb).filter((w) => !qualifiers.has(w) && !/^\d+$/.test(w));
  const topicWords = new Set(reading.topics.flatMap((t) => normalize(t.words).split(' ')));
  // "the two General Secretaries": a count of them is no name.
  const named = subject.filter((w) => !topicWords.has(w));
  if (subject.length === 0 || named.some((w) => !COUNT_WORDS.has(w))) return null;
  return words.slice(aux + 1, verb).join(' ');
}

const COUNT_WORDS: ReadonlySet<string> = new Set(['two', 'both', 'their', 'its', 'his']);
const REPORTED_AFTER: ReadonlySet<string> = new Set(['be', 'have', 'had']);
