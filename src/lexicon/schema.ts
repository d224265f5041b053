// The shapes of data/lexicon/: two generated files (compact strings, cheap to parse) and one curated list.
import { z } from 'zod';

/**
 * Word → text, checked with a loop rather than zod's record (thousands of entries: zod's per-entry parse
 * was most of the lexicon's load time).
 */
const stringRecord = z.custom<Record<string, string>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v as Record<string, unknown>).every((x) => typeof x === 'string'),
  { message: 'must map each word to a string' },
);

const wordList = z.string().regex(/^[a-z]+( [a-z]+)*$/, { message: 'must be lower-case words separated by single spaces' });

/**
 * A Bloom filter: base64 bits, m bits, k hashes. The bits are checked for length only: the generator writes
 * them, and a test compares the file with what the generator makes (a regex over 200 KB would cost start-up).
 */
const bloom = z
  .strictObject({ m: z.number().int().positive(), k: z.number().int().positive(), bits: z.string() })
  .refine((b) => b.bits.length === Math.ceil(Math.ceil(b.m / 8) / 3) * 4, { message: 'bits do not hold m bits of base64' });

export const englishFileSchema = z.strictObject({
  about: z.string(),
  /** Words mainly used as verbs, adjectives or adverbs, as a Bloom filter. */
  general: bloom,
  /** Irregular form → lemma ("went" → "go"). */
  irregular: stringRecord,
  /** Every WordNet word, as a Bloom filter: real words are never "corrected". */
  words: bloom,
});

export const relatedFileSchema = z.strictObject({
  about: z.string(),
  /** The lemmas of the articles and the data. */
  vocabulary: wordList,
  /** Question word → "lemma:weight" pairs (weight in hundredths), strongest first; each checked when first used. */
  related: stringRecord,
});

/** data/lexicon/opposites.json: the articles' quality words and their WordNet antonyms ("long term" → "short term"). */
export const oppositesFileSchema = z.strictObject({
  about: z.string(),
  /** An article word (words apart, as claims are read) → its opposites. */
  opposites: z.record(z.string(), z.array(z.string())),
  /** Of those, the opposites that are spans of time ("short term" of "long term"): a detail of period. */
  spans: z.record(z.string(), z.array(z.string())),
});

export type OppositesFile = z.infer<typeof oppositesFileSchema>;

/** Words people use for something the articles say that WordNet does not link ("gratitude" for thanked). */
export const curatedSchema = z.array(
  z.strictObject({
    // "give * credit": a "*" between words stands for any one word of the question (the object of an idiom's verb).
    words: z.array(z.string().regex(/^[a-z0-9]+( (?:[a-z0-9]+|\*))* [a-z0-9]+$|^[a-z0-9]+$/, { message: 'must be lower-case words (normalized: no accents or punctuation), "*" only between them' })).min(1),
    /** The article lemma they stand for; must be in related.json's vocabulary. */
    means: z.string().regex(/^[a-z]+$/),
    /** The phrase means its lemma alone: none of its words names a topic ("beyond their own borders" is no land border). */
    whole: z.boolean().optional(),
    note: z.string().optional(),
  }),
);

export type EnglishFile = z.infer<typeof englishFileSchema>;
export type RelatedFile = z.infer<typeof relatedFileSchema>;
export type CuratedFile = z.infer<typeof curatedSchema>;

/** English words the matcher reads, lower case ("who is", "phone call"). */
const englishPhrase = z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/, { message: 'must be lower-case English words separated by single spaces' });
const foreignPhrase = z.string().min(1).regex(/^\S+( \S+)*$/u, { message: 'must be words separated by single spaces' });

/**
 * Shortenings people type in chat, each with the full form in the same language ("vn" → "Việt Nam", "med" →
 * "medical", "干嘛" → "做什么"): read in their full form before anything else reads the question. In English and
 * Vietnamese a key matches a whole word, any case; in Chinese, characters anywhere.
 */
export const chatFormsSchema = z.record(z.string().min(1).regex(/^\S+( \S+)*$/u, { message: 'must be words separated by single spaces' }), z.string().min(1));
export type ChatForms = z.infer<typeof chatFormsSchema>;

/**
 * Words that stand for the part of a name the asker forgot ("什么" in "黎什么忠", "gì" in "Lê gì Trung", "something" in
 * "Le something Trung"): with a part of a name on each side they are that name (src/matching/name-gap.ts).
 */
export const nameGapsSchema = z.array(z.string().min(1).regex(/^\S+( \S+)*$/u, { message: 'must be words separated by single spaces' })).min(1);

/**
 * What is never the subject a question is refused for lacking (src/matching/asker-aside.ts): a clause about the asker
 * ("我老记混", "手机打字不方便 见谅"), told by a word of the asker opening it (`asker`) or a word of chatting about the
 * asking itself (`about`), with no word of asking (`asks`, besides the glossary's question words); and a general noun
 * of the question (`generic`: "trạng thái", "状态": state, thing, way), which names no subject.
 */
export const askerAsidesSchema = z.strictObject({
  asker: z.array(z.string().min(1)),
  about: z.array(z.string().min(1)),
  asks: z.array(z.string().min(1)),
  generic: z.array(z.string().min(1)),
});
export type AskerAsides = z.infer<typeof askerAsidesSchema>;

/** A language's question words and common words, as the English the matcher reads (data/lexicon/vi.json, zh.json). */
export const glossaryFileSchema = z.strictObject({
  about: z.string(),
  /** Chat shortenings, read as their full form first (see chatFormsSchema). */
  chat: chatFormsSchema.optional(),
  /** Words standing for a forgotten part of a name (see nameGapsSchema). */
  nameGaps: nameGapsSchema.optional(),
  /** The asker's asides and general nouns, never named as what the articles lack (see askerAsidesSchema). */
  asides: askerAsidesSchema.optional(),
  /** Question words: moved to the front of the question, where English puts them. */
  questions: z.record(foreignPhrase, englishPhrase),
  /** Other words; "" drops one (particles, fillers). */
  words: z.record(foreignPhrase, englishPhrase.or(z.literal(''))),
  /** How a yes/no question is marked: a word at the end, one anywhere, or an opener with a closer at the end. */
  yesNo: z.strictObject({
    ends: z.array(foreignPhrase),
    anywhere: z.array(foreignPhrase),
    open: z.array(foreignPhrase),
    close: z.array(foreignPhrase),
    /**
     * Verbs after the opener that embed a question ("bot có biết sự việc nào … không?", do you know which…): with
     * a question word after them, the question asks that, not yes or no.
     */
    embedding: z.array(foreignPhrase).optional(),
    /**
     * Chinese: closing checks whether the articles say it ("文章里有写吗"): after a question of its own ("DOC 和 COC 到底是啥
     * 文章里有写吗"), that question is what is asked, not yes or no; alone they mark a yes/no as `ends` do.
     */
    tails: z.array(foreignPhrase).optional(),
  }),
  /**
   * Question words that stand next to the thing they ask about: a word neither the glossary, the facts'
   * terms nor their wording knows is tolerated, unless it stands just before one of `before` ("kinh phí" of
   * "kinh phí bao nhiêu") or just after one of `after` ("mấy giờ", "nói gì về X"): then it is the thing asked, which the
   * articles may lack.
   */
  asks: z.strictObject({ before: z.array(foreignPhrase), after: z.array(foreignPhrase) }).optional(),
  /**
   * What a question asks for, said in this language where the English pivot loses it ("cụ thể", "具体"): asking to
   * identify things by name, for what something holds, or for a place (data/lexicon/en.json `focus` has the English).
   * `times`: question words asking a day, a year or a talk that a `where` word may run into ("在哪天": on which day),
   * where it asks no place. `identifyCounted`: a "which" word before a count and one of these measure words asks
   * which ones those are, by name ("哪三份": which three documents).
   */
  focus: z
    .strictObject({
      identify: z.array(foreignPhrase),
      contents: z.array(foreignPhrase),
      where: z.array(foreignPhrase),
      /** Words asking how much something matters ("quan trọng", "重要"): with a "why", they ask its significance (en.json `focus.significanceAsked`). */
      significance: z.array(foreignPhrase).optional(),
      /** Words joining two clauses after a comma ("…, còn bài 2022…", "…，而2022年…"): en.json `across.clauses`. */
      clauses: z.array(foreignPhrase).optional(),
      /**
       * Words of a clause standing for the person another clause of the question named, beyond those whose glossary
       * English is "he"/"she": a bare honorific naming no one ("…, và năm 2022 ông phản hồi…": he).
       */
      clausePronouns: z.array(foreignPhrase).optional(),
      times: z.array(foreignPhrase).optional(),
      /**
       * A `where` word in a verb of where a thing lies ("trở ngại … nằm ở đâu": where does the obstacle lie) asks what the
       * thing is, not a place.
       */
      lies: z.array(foreignPhrase).optional(),
      /**
       * A `where` word in a verb of working ("làm ở đâu", "在哪工作", "在哪个部门"): asked of a person, where he works is
       * his body, which his role names, not a place (en.json `focus.works`).
       */
      works: z.array(foreignPhrase).optional(),
      /**
       * Words opening a clause set before the question's own, up to a comma ("Trước những vấn đề Việt Nam nêu ra, phía
       * Trung Quốc phản hồi thế nào?": regarding): the clause is read after the question, as English puts it.
       */
      fronting: z.array(foreignPhrase).optional(),
      /** Words that make a claim absolute ("không hề", "一点"): en.json `claims.absolutes`. */
      absolutes: z.strictObject({ exclusive: z.array(foreignPhrase), total: z.array(foreignPhrase) }).optional(),
      identifyCounted: z.strictObject({ which: z.array(foreignPhrase).min(1), measures: z.array(foreignPhrase).min(1) }).optional(),
      /**
       * Words for "one" that may stand after a `identifyCounted.which` word without changing the ask ("哪一起事件" asks
       * as "哪起" does): an `identify` phrase opened by a "which" word is matched with them too.
       */
      whichOne: z.array(foreignPhrase).optional(),
      /**
       * A word asking for the particular ("cụ thể", "具体") before a "which" word ("nào", "哪个") asks which things, by
       * name ("具体指的是哪个口岸"), unless the "which" opens one of `not` (a day, a place, a talk, a side asked).
       */
      identifySpecific: z.strictObject({ specific: z.array(foreignPhrase).min(1), which: z.array(foreignPhrase).min(1), not: z.array(foreignPhrase) }).optional(),
      /**
       * Words of a long message's asking part that point back at the subject its context sentences named ("在这方面",
       * "về vấn đề này"): that subject is what is asked, not a loose word of the asking part ("成果").
       */
      subjectBack: z.array(foreignPhrase).optional(),
      /**
       * The words after which such a pointer points back ("在这方面", "怎么提这件事"), as it does at the start of a clause.
       * After any other word it stands beside a subject the asking part names itself ("在贸易和边境这块": that subject).
       */
      subjectBackAfter: z.array(foreignPhrase).optional(),
      /**
       * Which named place is asked ("哪个口岸", "tỉnh nào"): a `which` word before or after one of `kinds`, nouns of
       * places whose particulars are names (en.json `focus.placeKinds`).
       */
      namedPlaces: z.strictObject({ which: z.array(foreignPhrase).min(1), kinds: z.array(foreignPhrase).min(1) }).optional(),
      /**
       * Nouns of what a thing holds or brought ("tên", "nghị quyết", "名称", "决议"), asked of a thing the articles only
       * name when they stand next to its term (Vietnamese before it, Chinese after it), with only `attributeJoiners`
       * between ("của", "的"): en.json `focus.attributes`.
       */
      attributes: z.array(foreignPhrase).optional(),
      attributeJoiners: z.array(foreignPhrase).optional(),
    })
    .optional(),
  /**
   * Chinese only: characters that, cut alone after a verb, say what it results in ("换算成美元": into), with the
   * English read for them; inside a longer word ("办成") they are that word's.
   */
  complements: z.record(foreignPhrase, z.string()).optional(),
  /**
   * Chinese only: verb-object words a particle may split ("签字" written "签的字", "签了字"): `words`, each a key of
   * `words`, are read as that key with one of `particles` after their first character too.
   */
  separable: z.strictObject({ particles: z.array(foreignPhrase).min(1), words: z.array(foreignPhrase).min(1) }).optional(),
  /**
   * Chinese only: what a chat message says after a question it mistyped, before typing the word again ("打错了，是黎怀忠":
   * mistyped, it is…): `markers` say so, `fillers` may stand before the word given again.
   */
  retyped: z.strictObject({ markers: z.array(foreignPhrase).min(1), fillers: z.array(foreignPhrase) }).optional(),
  /**
   * Chinese only: verbs that, cut alone before another verb, only say it must or will be done ("要加强": should
   * strengthen), with the English modal read for them; elsewhere the dictionary reads them ("要": demand).
   */
  auxiliaries: z.record(foreignPhrase, z.string()).optional(),
  /**
   * Chinese only: words that before an adjective say only how much ("比较复杂": rather complicated), read as nothing
   * there; elsewhere the glossary reads them ("比较两次会谈": compare).
   */
  degrees: z.array(foreignPhrase).optional(),
  /**
   * Chinese only: common family names, one character each. A word of two or three characters jieba made up from
   * characters its dictionary lacks ("王毅", tagged x) that starts with one, and that CC-CEDICT does not read, is a
   * person's name: one the articles lack is refused or put right, as a name jieba tags is.
   */
  surnames: z.string().optional(),
  /**
   * Chinese only: titles and offices said right before a person's name ("中方代表王毅", "外长王毅"). jieba tags them as
   * nouns, which otherwise mark a surname word after them as the rest of a word cut wrongly; after a title it is a name.
   */
  titles: z.array(z.string()).optional(),
  /**
   * Chinese only: measure words (`words`, one character each) and the words that point or ask before them (`pointers`:
   * "这", "那", "哪", "几"). A measure word just after a pointer read alone ("这段时间", "哪几层关系") counts or points,
   * naming nothing: it is read as nothing, never named as what the articles lack, and the rest of the word jieba cut
   * across it ("段时间") is read on its own ("时间").
   */
  measures: z.strictObject({ pointers: z.string().min(1), words: z.string().min(1) }).optional(),
  /**
   * Vietnamese only: number words read as their number just before a thing counted ("năm văn kiện": five documents),
   * where a word may mean something else elsewhere ("năm 2020": the year).
   */
  /**
   * Vietnamese only: the first word of a pair that joins two things ("cả … lẫn …": both … and), read as `english`
   * only when one of `then` follows it in the question; alone it is the glossary's ("cả": whole, or nothing).
   */
  correlatives: z.array(z.strictObject({ first: foreignPhrase, then: z.array(foreignPhrase).min(1), english: englishPhrase })).optional(),
  /**
   * Vietnamese only: words that are a verb between a side and what it acts on and a word of politeness elsewhere
   * ("Trung Quốc giúp Việt Nam": helped; "tóm tắt giúp mình", "tóm tắt giúp hai cuộc": please). Read as `english` when
   * a term of the facts ends just before (the doer) or one of `purposes` stands there ("để": to), and a term follows,
   * or before one of `objects` ("nhau": each other);
   * elsewhere the glossary's word ("" drops it).
   */
  transitives: z.array(z.strictObject({ word: foreignPhrase, objects: z.array(foreignPhrase), english: englishPhrase, purposes: z.array(foreignPhrase).optional() })).optional(),
  /**
   * Vietnamese only: a negation before a word reads as that word's opposite ("không cứng nhắc": flexible), as the
   * articles say it; `opposites` gives each word its opposite's English, `negators` the words that negate.
   */
  negatedOpposites: z.strictObject({ negators: z.array(foreignPhrase).min(1), opposites: z.record(foreignPhrase, englishPhrase) }).optional(),
  counting: z
    .strictObject({
      numbers: z.record(foreignPhrase, z.number().int().positive()),
      nouns: z.array(foreignPhrase),
      /**
       * "mấy cuộc hội đàm kiểu này" (these talks of this kind): a word that asks how many, before a noun phrase a
       * demonstrative closes within a few words, points at those things instead; read as the plural word. Not past a
       * word that ends the noun phrase (`breakers`: "mấy văn kiện trong lần này" asks how many, this time). So does one
       * right after a word naming a subject (`about`: "về mấy tỉnh sát biên giới", about those provinces) in a
       * question another word asks already (`asked`: "nói gì", "có … không"): that word asks, not the count.
       */
      pointing: z
        .strictObject({
          askers: z.array(foreignPhrase),
          demonstratives: z.array(foreignPhrase),
          breakers: z.array(foreignPhrase),
          plural: foreignPhrase,
          about: z.array(foreignPhrase).optional(),
          asked: z.array(foreignPhrase).optional(),
        })
        .optional(),
    })
    .optional(),
});

/** Traditional → simplified Chinese characters, as concatenated pairs (generated). */
export const traditionalFileSchema = z.strictObject({
  about: z.string(),
  pairs: z.string().refine((s) => [...s].length % 2 === 0, { message: 'must hold pairs of characters' }),
});

/** English word → the Chinese words read as it, space-separated (generated from CC-CEDICT by scripts/lexicon/cedict.ts). */
export const chineseEnglishFileSchema = z.strictObject({
  about: z.string(),
  words: stringRecord,
  /** Common words with no English read whose every sense is an act ("出场"), space-separated: verbs, whatever jieba tags them. */
  verbs: z.string().optional(),
  /** Toneless pinyin → the characters read so (every reading of each): what a word typed by its sound may be. */
  readings: stringRecord.optional(),
});

export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
export type ChineseEnglishFile = z.infer<typeof chineseEnglishFileSchema>;
export type TraditionalFile = z.infer<typeof traditionalFileSchema>;

/** Lower-case words as normalised text has them ("called on", "didnt"); "$" stands for itself. */
const phrase = z.string().regex(/^(\$|[a-z0-9]+( [a-z0-9]+)*)$/, { message: 'must be lower-case words separated by single spaces' });
const phrases = z.array(phrase).min(1);

/** The words the claim checker reads a claim's checkable details by (data/lexicon/en.json, section `claims`). */
export const claimWordsSchema = z.strictObject({
  /** Number words and ordinals, with their values ("three" → 3, "second" → 2). */
  numbers: z.record(phrase, z.number().positive()),
  ordinals: z.record(phrase, z.number().int().positive()),
  /** "million" → 1e6, "k" → 1e3. */
  scales: z.record(phrase, z.number().positive()),
  /** Currency code (as data/talks figures write their units) → the words for it. */
  currencies: z.record(z.string().regex(/^[A-Z]{3}$/), phrases),
  /** "worth", "valued at": a number after them without a currency is still an amount. */
  worth: phrases,
  /** "about", "roughly": an amount given loosely. */
  approximately: phrases,
  /** "more than", "under": an amount given as a bound, which the article's amount must pass. */
  bounds: z.strictObject({ above: phrases, below: phrases }),
  /** Nouns a number before them does not count ("the two sides", "both countries"). */
  notCounted: phrases,
  /** What a head count of a talk counts ("the three officials on the call"): compared with its participants. */
  attendees: phrases,
  /** Words after such a count that say they were at the talk ("three officials took part"), as a talk's own word does. */
  attending: phrases,
  /** What a count of things signed counts ("three documents"): compared with the documents a talk signed. */
  signedThings: phrases,
  /** Words after a count that say it is the whole ("two in total"): the thing counted is named before the count. */
  totals: phrases,
  /** Nouns that count the same thing ("60 years" of ties, their "70th anniversary"). */
  alike: z.array(phrases),
  /** Words joining the two years of a period ("2021 to 2025"). */
  periodLinks: phrases,
  /** Words before the last year of a document's period said alone ("runs until 2030"): compared with its period's end. */
  periodEnds: phrases,
  /** Words before the first year of a document's period said alone ("kicks in from 2023"): compared with its period's start. */
  periodStarts: phrases,
  /** Words before a year alone that make it the whole period of a document ("a scheme for 2021 only"): from and to that year. */
  periodWhole: phrases.optional(),
  /** Units a count of before a document is the length of its period ("a ten-year plan"): compared with its period's. */
  periodUnits: phrases,
  /** A thing qualified so ("the previous plan", "a later visit") is another one than the articles report. */
  otherInstance: phrases,
  /** Formats no talk of data/ has ("in person", "written"), with their words. */
  formats: z.record(phrase, phrases),
  /** Words a talk itself stands for ("spoke", "met", "held"): a talk-level match covers them. */
  talkWords: phrases,
  /** Countries other than the talks' own sides (those come from data/organisations), with their words. */
  countries: z.record(phrase, phrases),
  /** Kinds of place ("border", "sea"), with their words. */
  areas: z.record(phrase, phrases),
  /** Nouns for parts of a country ("provinces"): "Vietnamese provinces" says where. */
  localNouns: phrases,
  /** Words before a place that make it where something is or happens ("in", "at", "along"). */
  locatives: phrases,
  /**
   * Verbs of undergoing an event ("suffered", "was hit by", "遭遇" → "encounter"): a country as their subject is
   * where the event happened ("Vietnam suffered floods" says the floods were in Vietnam), not an actor.
   */
  undergoing: phrases,
  /**
   * Verbs of an event striking a place ("floods that hit northern Vietnam", "storms battered China"): a place as
   * their object, a region's words between, is where the event happened, as after a locative.
   */
  striking: phrases,
  /**
   * Kinds of `kinds` that are events a place undergoes ("flood"; not an epidemic, which the articles place nowhere): in a
   * Vietnamese or Chinese question a side named just before one ("越南洪灾", "Việt Nam bị lũ lụt") is where it happened.
   */
  undergoneKinds: phrases.optional(),
  /** Words between a locative and its place that keep it one ("in the north of", "in northern Vietnam"). */
  regions: phrases,
  negators: phrases,
  /** Verbs a denial passes through to the verb after them ("hadn't managed to restart" denies restarting). */
  negationCarriers: phrases,
  /**
   * Quantifiers of a whole ("every single", "all") and of a part ("a number of", "some"): a claim of the whole that
   * the sentence most about it reports of a part only is answered No. Idioms with those words ("at all") claim no whole.
   */
  quantifiers: z.object({ whole: phrases, idioms: phrases, part: phrases }).optional(),
  /** Words that add someone beside those named ("also joined", "joined too"): one more taking part, in no one's place. */
  additive: phrases.optional(),
  /** Words by which someone acts for a side ("spoke for", "on behalf of", "represented"): the side after them is his own, checked against his party. */
  representing: phrases.optional(),
  /** Nouns of anyone or anything at all ("people", "things"): they say nothing of what a claim is about. */
  genericNouns: phrases.optional(),
  /**
   * Verbs that say nothing beyond the noun they are said with ("offered condolences", "expressed his sympathies",
   * "extended congratulations"): said by a sentence that says that noun with one of them.
   */
  supportVerbs: phrases.optional(),
  /**
   * Acts that take what they are for as their object ("praised Vietnam for its exports", "thanked … for supporting …",
   * "helped with the floods"): a Yes to one needs the sentence to say what it was for (act-object.ts).
   */
  objectActs: phrases.optional(),
  /**
   * Words that, between or before two sides a claim names ("Vietnam and China", "from China", "received"), say the
   * first is not the one acting on the second: then who acted is not read from their order.
   */
  sideLinks: phrases.optional(),
  /**
   * Of those, the ones that still let the order say who acted on whom: `doerAfter` before the second side makes it the
   * doer ("received condolences from China", "was thanked by Vietnam") when a word of `turning` (the passive's or
   * receiving's: "was", "received") stands before it ("caused by China's floods" is no act of China's); `receiverAfter` after the act's words makes
   * the second side its receiver ("chia buồn với Việt Nam": condolences with Vietnam), unless the act is `mutual`,
   * done by both together ("discussed with", "agreed with"); a `mutual` verb alone between the two ("spoke to Song
   * Tao") is the talk they held, no act of one on the other.
   */
  actDirection: z.strictObject({ doerAfter: phrases, turning: phrases, receiverAfter: phrases, mutual: phrases }).optional(),
  /**
   * Pairs of opposite words: a claim and a sentence using opposite sides of one pair, or one negated, disagree.
   * `checked: "negative"`: the positive side is the articles' ordinary wording ("promote", "strengthen"), which answers a
   * claim of the negative ("reduce") but asks nothing itself: a claim of the positive is not checked by the pair.
   */
  polarity: z.array(z.strictObject({ positive: phrases, negative: phrases, checked: z.literal('negative').optional() })),
  /** Words a phrase of those pairs may have one of inside it ("lost their momentum", "brushed the issues off" not). */
  phraseGaps: phrases,
  /**
   * Particles that end a phrasal verb of those pairs and may stand after its object ("scale cooperation back" for
   * "scale back"): one or two words between the verb and the particle.
   */
  phrasalParticles: phrases.optional(),
  /** Words of those pairs meant only as written, not in their other forms ("force" by arms; "forced" someone to is another verb). */
  exactForms: phrases.optional(),
  /** Pronouns an adjective of those pairs may name a thing by ("anything negative"): it names no thing, so any sense of it holds. */
  indefinites: phrases.optional(),
  /** Words that name a span of years alone ("a decade"): before or after a document, how long its period lasts. */
  periodSpans: z.record(phrase, z.number().int().positive()).optional(),
  /** Adverbs that make the verb after them something done ("already agreed", "finally settled"). */
  doneAdverbs: phrases,
  /**
   * Words right before a verb that leave the act unclaimed ("to recognise", "would recognise", "about recognising",
   * "the recognise"): the verb said after any other word claims the act, of an act a sentence only hopes for.
   */
  unasserting: phrases.optional(),
  /**
   * Words that make what follows them the subject talked of ("talked about the phone calls between the General
   * Secretaries", "mentioned phone talks"), and the determiners that may stand between: a format said there is something
   * talked about, not how the talk was held ("by phone", "over the phone" are neither).
   */
  talkedAbout: z.strictObject({ links: phrases, determiners: phrases }).optional(),
  /** Words before a verb's "-ing" form that say the act is going on ("are recognising", "have started recognising"). */
  underway: phrases.optional(),
  /**
   * Events other than the talks ("congress", "visit", "summit"): a claim that dates or places one of them, and
   * names no talk, speaks of another event than the articles report.
   */
  otherEvents: phrases,
  /**
   * Words that arrange a meeting to come ("agreed", "set", "invited"): before "to meet", "to visit" (a name between
   * or not), the meeting is another than the talks held.
   */
  planners: phrases,
  /** Words that rank a thing first without a superlative ("the main snag", "in particular"): said by a sentence that singles it out. */
  ranked: phrases,
  /** A length of time before a word relating it to the talks ("a few months after the call"): the claim is of another time. */
  distance: z.strictObject({
    units: phrases,
    links: phrases,
    /** Words placing what a claim says between two talks ("between the 2020 and 2022 talks"): a time, like `links`. */
    spans: phrases.optional(),
  }),
  /**
   * Of those, the ones a question may call the talks themselves by ("the April summit", "during the visit"): another
   * event only when a body other than the talks' parties holds it ("the ASEAN summit"); the rest ("congress",
   * "plenum", "election") never are the talks.
   */
  looseEvents: phrases,
  /** Verbs besides a talk's that say such an event happened or was to ("was set for", "convened"). */
  eventVerbs: phrases,
  /**
   * Words people put for a word of the articles when they retell them (the article's lemma → theirs: "stability"
   * ← "stable", "perception" ← "understanding"): a claim's word covered by the article's, for the checker only.
   */
  paraphrases: z.record(phrase, z.array(z.string().regex(/^[a-z]+$/, { message: 'must be one lower-case word' })).min(1)),
  /** Nouns naming a talk ("call", "meeting"): a claim naming one speaks of the talks. */
  talkNouns: phrases,
  /** Nouns that count the times talks were held ("five times", "three rounds"), besides `talkNouns`. */
  talkTimes: phrases.optional(),
  /** Words that turn a denial round ("not by phone but by video"): a negator before them denies nothing after. */
  contrasts: phrases,
  /**
   * Words that make a claim absolute ("only", "never", "at all"): a sentence saying the thing does not say nothing else
   * was, or that it never was otherwise, so no Yes rests on one that does not say the same word. `exclusive` ones ("only")
   * set one thing against the others reported beside it; `total` ones ("never", "at all") say it of every time or
   * part. Vietnamese and Chinese ones are their glossaries' `focus.absolutes`.
   */
  absolutes: z.strictObject({ exclusive: phrases, total: phrases }).optional(),
  /** Words that put an alternative aside ("online rather than face to face"): a format after them, with another before, is denied. */
  alternatives: phrases,
  /**
   * Kinds of one thing, each with its words: a claim naming one kind where a sentence names another of the same
   * thing ("an earthquake" where the floods were) is contradicted, not merely unrelated.
   */
  kinds: z.record(phrase, z.record(phrase, phrases)),
  /**
   * Members of `kinds` that name several others of their group together ("natural disaster": floods, storms… but not
   * an epidemic): a claim saying the umbrella agrees with a sentence naming one it covers, and conflicts with another.
   */
  kindCovers: z.record(phrase, phrases).optional(),
  /**
   * Bodies of a side besides its party ("government", "army", "red cross"), said right after the side ("the Chinese
   * government") or before "of" it: a gift the articles give as a party body's is not confirmed as theirs.
   */
  institutions: phrases.optional(),
  /**
   * Words that say how something was characterised ("called", "described as", "termed"): the quality after them is a
   * detail a yes/no checks against the statements (src/answering/claims/quality-said.ts).
   */
  characterising: phrases.optional(),
  /** Words of degree between a characterising word and its quality ("very", "highly"): not the quality. */
  characterisingDegrees: phrases.optional(),
  /** The only grammar that may stand right after a characterising word before its quality ("called a…"): after other grammar ("called off") it characterises nothing. */
  characterisingArticles: phrases.optional(),
  /** The forms of "be" a yes/no opens with ("was the channel useless?"): an adjective nothing covers after its subject is a quality claimed (quality-said.ts). */
  qualityCopulas: phrases.optional(),
  /**
   * Done ("signed", "concluded"), not done ("put off") and only hoped for or proposed ("hoped", "urged"). `proposing`:
   * verbs that put forward what follows them ("raised settling disputes", Chinese "提出…解决"), no wish of their own.
   */
  status: z.strictObject({
    done: phrases, notDone: phrases, hoped: phrases, proposing: phrases.optional(),
    /** The words of `done` that claim the sides agreed ("agree to", "reached agreement"): a sentence reporting an agreement (agreed, affirmed) says so. */
    agreeing: phrases.optional(),
  }),
  /**
   * Words whose object already exists ("comply with", "implementation of"): a thing a sentence asks to be complied
   * with was done before, so a claim that it was signed or done is not contradicted by the asking; "existing
   * mechanisms" are mechanisms in place.
   */
  presupposing: phrases,
  /**
   * Verbs of carrying a thing out ("implemented", "put in place", "rolled out"): said of a thing a sentence only
   * proposes or calls for ("proposed practical measures"), they claim done what was only hoped for.
   */
  carryingOut: phrases.optional(),
  /** Words for holding a post ("head", "chairs", "runs"): any of them fits any role; only a rank or a body can differ. */
  titles: phrases,
  /** Words that make a role a lesser one ("deputy head", "vice chairman"). */
  ranks: phrases,
  /** Nouns that end the name of a body ("Propaganda and Education Commission"). */
  bodies: phrases,
  /** Chat and filler words that say nothing a claim could be checked on ("esp", "lol"). */
  ignore: phrases,
  /**
   * Verbs of giving ("donated", "presented": the giver before them, the recipient after "to") and of receiving
   * ("received": the recipient before, the giver after "from"): who gave to whom, compared with the giver of a gift.
   */
  giving: z.strictObject({
    give: phrases,
    receive: phrases,
    /**
     * How "what did China give?" asks for the thing given (src/answering/gift-asked.ts): `askers` ask the thing, not
     * after one of `whyPrepositions` ("for what": why), and only before one of `auxiliaries` ("what did…") or a name;
     * `sideTails` may stand between a side's name and the verb ("the Vietnamese side gave"); after the verb,
     * `recipientPronouns` are whom it was given to, and `determiners` open an object of its own ("give the Vietnamese their due").
     * `aid`: verbs and nouns of aid ("support", "help", "assistance"): "what did Vietnam support China with?", "what
     * concrete support did Vietnam provide?" ask the thing given as well, which a sentence reporting only that the aid
     * was given (Song Tao's thanks for it) does not say. `reports`: words for the article itself; a verb of giving
     * they follow ("the name given in the 2020 article", "the figure presented in the report") is the article's
     * telling, not a side's gift.
     */
    asked: z.strictObject({ sideTails: phrases, whyPrepositions: phrases, recipientPronouns: phrases, auxiliaries: phrases, determiners: phrases, askers: phrases, aid: phrases.optional(), reports: phrases.optional() }),
  }),
  /**
   * Verbs of taking up or answering what the other side said ("accepted", "agreed to", "responded"): a yes/no asking
   * one side's response is answered only by that side's own sentences (src/answering/response-asked.ts).
   */
  responses: phrases.default([]),
  /** Words that put a role at another time than the talks ("used to be", "formerly"): the articles cannot tell. */
  otherTime: phrases,
  /** Verbs that say someone holds a post ("serving as", "acted as"): a title after them is a role claimed, as after "was". */
  postVerbs: phrases,
  /** Nouns for a post as such ("role", "position"): never the words of a body that names which post. */
  postNouns: phrases.default([]),
  /** Words that name a pair ("both"): before a word for a party ("both sides"), the talk's two parties, as "the two sides". */
  pairWords: phrases,
  /** Pronouns that, opening a report's sentence ("They affirmed…"), stand for the talk's two parties as "the two sides" does. */
  pairOpeners: phrases,
});
export type ClaimWords = z.infer<typeof claimWordsSchema>;

/**
 * What a question asks for, beside what it is about (data/lexicon/en.json, section `focus`): "on what exact day",
 * "what figure", "which … the worst". An answer must give that kind of detail, or the articles lack it.
 */
export const focusWordsSchema = z.strictObject({
  /** Question words that put the answer's kind in the noun after them ("what day", "which gates"). */
  askers: phrases,
  /** Words between the question word and that noun that leave it the answer's kind ("what exact day"). */
  qualifiers: phrases,
  /** Words that end that noun phrase: verbs and prepositions ("did", "of"). */
  ends: phrases,
  /** Verbs of saying: "what did X say" asks for X's words, which the articles report only of the people at the talks. */
  speech: phrases,
  /** Nouns asking for a day or date: the evidence must give one. */
  date: phrases,
  /** Words asking whether there is such a thing ("any"): a figure word in the phrase after them asks whether a figure is given. */
  existence: phrases,
  /** Words that carry that phrase on to what it is of or for ("any target for trade volume"). */
  joiners: phrases,
  /** Nouns asking for a figure: the evidence must give a number. */
  figure: phrases,
  /** Words asking for the span of time something covers ("what time frame", "what period"): a period given answers them. */
  period: phrases,
  /** Words asking for the most or least of something: the evidence must rank things. */
  superlative: phrases,
  /** Words that single one thing out among others ("especially"): a sentence using them ranks what it reports. */
  ranking: phrases,
  /** Nouns after which a superlative names a rank, not a ranking asked ("the highest leaders", "最高领导人", "top level"). */
  ranks: phrases,
  /** Words asking to identify or list things ("which specific incidents", "the names of"): the evidence must name them. */
  identify: phrases,
  /** Nouns asking for names ("the names of the documents"): the thing asked is the noun after their "of". */
  naming: phrases,
  /** Verbs asking what something held ("what did the package contain"): the evidence must list its contents. */
  contents: phrases,
  /** Words that refer to things without naming them ("a number of exchanges", "some obstacles"). */
  vague: phrases,
  /** Words that go on to name what a noun refers to ("forms such as phone talks"). */
  enumerators: phrases,
  /** "some obstacles…, especially the developments at sea": one instance named, an answer to what the asker does not already say. */
  instancers: phrases,
  /** What the officials did at the talks (lemmas): the date of the talks dates these, and no other event. */
  acts: phrases,
  /** Question words asking for a place: the evidence must give one. */
  where: phrases,
  /**
   * Words of a starting point ("since"): asked with a question word ("since which event?"), the statements that count
   * what they report from one ("achievements since the 13th Congress") answer it first.
   */
  starts: phrases,
  /**
   * Acts whose object is their reason (lemmas): "congratulated … on the centenary goal", "thanked … for supporting",
   * "sympathies … over the losses". A statement reporting one answers a "why" of it.
   */
  grounds: phrases,
  /**
   * Words by which a statement says what something led to ("exchanges … maintained, contributing to continued growth"):
   * it gives the reason for that outcome, which a "why" of the outcome ("why did they keep growing?") asks.
   */
  contributes: phrases,
  /**
   * Words asking how much something matters ("why is X important?", "why does X matter?"): with a "why", what answers
   * is the statement saying X matters (`significanceSaid`), as a cause answers a plain "why".
   */
  significanceAsked: phrases,
  /** Words by which a statement says something matters ("plays an important role in", "attach great importance to"). */
  significanceSaid: phrases,
  /**
   * Words asking how someone judged a subject ("how did he view…", "what did he think of…"; pivoted: "nhìn nhận",
   * "看法"): the statement in which he judges it (`judgementSaid`) answers before others on the subject.
   */
  judgementAsked: phrases.optional(),
  /** Words by which a statement reports a judgement ("spoke highly of"). */
  judgementSaid: phrases.optional(),
  /** Words for an amount of money ("money", "cash"): in a "how much" they are the amount asked, not what it is of. */
  money: phrases.optional(),
  /**
   * Nouns whose particulars are names (institutions, places: "ministries", "localities"): "which ministries…?" is
   * answered only by names, not by evidence using the bare plural ("exchanges between ministries").
   */
  namedKinds: phrases.optional(),
  /**
   * Nouns of places whose particulars are names ("gate", "province"): "which border gate…?" asks for a name, which
   * evidence speaking only of "the border areas" does not give.
   */
  placeKinds: phrases.optional(),
  /** Verbs of working ("where does he work?"): asked of a person, where he works is his body, which his role names. */
  works: phrases.optional(),
  /**
   * Nouns of things that happen ("incidents", "clashes"): a "which specific incidents?" is not identified by the names
   * of documents or bodies its evidence gives ("the DOC"), as one asked in other words for named things is.
   */
  happenings: phrases.optional(),
  /** Determiners that make "help" a thing given ("the help", "what help", "any concrete help"), not the bot's help asked. */
  helpGiven: phrases,
  /**
   * Nouns of what a thing holds or brought that no mention of it carries ("decisions", "resolution", "names"): asked of a
   * thing the articles only name ("the decisions of the 13th National Congress"), the sentence naming it gives none
   * (answering/attribute-asked.ts).
   */
  attributes: phrases.optional(),
});
export type FocusWords = z.infer<typeof focusWordsSchema>;

/**
 * Words that set the talks side by side (data/lexicon/en.json, section `across`): a question using them is about
 * each talk ("the two rounds", "in one round … in the other"), or is when it names two talks ("how did X change
 * from 2020 to 2022?"). Vietnamese and Chinese questions reach them through their glossaries' English.
 */
export const acrossWordsSchema = z.strictObject({
  /** Words naming the talks as a pair or one against the other ("the two rounds", "the other one"). */
  pair: phrases,
  /** Words of change or difference: with two talks named, each is asked about ("differ", "shift", "versus"). */
  differ: phrases,
  /**
   * Words of something kept or repeated ("still", "again", "还"): with two talks named each by its own year ("in 2020
   * …; in 2022 did they still…?"), each is asked about. Not with a format naming one ("was the 2022 one also by phone?").
   */
  persist: phrases.optional(),
  /** Words of a choice: with two talks named, each is answered whether it did ("in 2020 or only in 2022?"). */
  choice: phrases,
  /** Words choosing among the talks ("which of the two", "which round"): answered by the talk(s) that have the thing asked. */
  which: phrases,
  /**
   * Words asking who held a place at the talks ("who led", "who represented", "same person", "different guy"): with
   * the talks set side by side, or people named in turn, each talk's participants are the answer.
   */
  holder: phrases,
  /** Words putting people or talks in order ("came first", "succeeded", "predecessor"): with people named, who was at which talk. */
  order: phrases,
  /**
   * Words putting someone named right after them in another's place ("replaced", "instead of", "took over from"):
   * that person was replaced at a talk the rest of the question names, whose holder of the place is asked.
   */
  replacing: phrases.optional(),
  /** Words after someone named for who came in their place ("Quan's successor", "his replacement"). */
  successor: phrases.optional(),
  /**
   * Nouns for the reports themselves ("articles", "reports"): the pair named by them ("both articles mention phone
   * talks…") is what the reports say, so a format beside it is a subject they mention, not how every talk was held.
   */
  reports: phrases.optional(),
  /**
   * Words of the opening of a talk ("at the start", "opened with", "lời mở đầu", "开头"): with the talks side by side,
   * each talk's first words of one side (its courtesies: sympathy, congratulations) are asked.
   */
  opening: phrases.optional(),
  /** Words opening a stretch of time ("from", "between"): with `spanTo` after them and two talks named, the time between them. */
  spanFrom: phrases,
  /** Words closing that stretch ("to", "until", "and"). */
  spanTo: phrases,
  /** Words asking how much time ("how long", "how many months"): over that stretch, the time between the talks. */
  elapsed: phrases,
  /** Words of lasting ("lasted", "duration"): the time asked is how long a talk took, whatever stretch is named. */
  lasting: phrases,
  /**
   * Words joining two clauses after a comma ("…, while in 2022 what…"): with each clause naming its own talk, each is
   * asked of that talk (a semicolon joins them too). Vietnamese and Chinese ones are their glossaries' `focus.clauses`.
   */
  clauses: phrases.optional(),
  /**
   * Words that set what a question asks against a fact it has just stated of another talk ("In 2020 Vietnam consoled
   * China. Did any help go the other way by 2022?", "…; what did it offer in 2022 instead?"): both talks bear on it.
   */
  contrasts: phrases.optional(),
});
export type AcrossWords = z.infer<typeof acrossWordsSchema>;

/**
 * Words of time inside the story (data/lexicon/en.json, section `story`): "the future code", "afterwards", "would"
 * in a report of what was said are the talks' own future, not the asker's today, when the question is told in the
 * past about a subject the articles report.
 */
export const storyWordsSchema = z.strictObject({
  /** Cue phrases of what came after the talks that a past narrative can use of its own time ("future", "going to"). */
  relative: phrases,
  /** Words that put a question in the past: auxiliaries and irregular past forms (a regular "-ed" counts too). */
  past: phrases,
  /**
   * Words of the present ("currently", "目前", "hiện nay") that, inside what a participant is reported to think or say
   * ("黄平君认为…目前…", "Quan said what currently stood in the way"), are the present of the story, not today.
   */
  present: phrases,
  /**
   * Of `relative`, those that put the question after an event ("afterwards", "后来"): after what a side is reported to
   * have said or hoped ("越南2022年说的疫苗护照互认 后来落实了没"), that event is the talk, so they ask after the talks.
   */
  sequel: phrases,
  /**
   * Words of doubt ("really", "actually") that, beside one of `sequel` ("did they later really achieve it?",
   * "后来真的实现了吗"), ask whether something came true after the talks.
   */
  doubt: phrases,
  /**
   * Words of time after ("after", "following"): beside a talk noun ("after the 2022 talks", "会谈之后") in a yes/no
   * question, they ask whether something came about after the latest talks, which the articles cannot tell.
   */
  after: phrases.optional(),
  /**
   * Words of change ("change", "evolve", "变化", "thay đổi"): how something changed after the latest talks ("quan hệ thay
   * đổi ra sao sau cuộc hội đàm đó?") asks what came after them as a yes/no does, which the articles cannot tell.
   */
  changed: phrases.optional(),
  /**
   * A word that, ending the question after a noun ("when were the talks again?", "what date was the call again?"),
   * asks to be reminded, not of another time: `reminder` ("again"), after one of `determiners` and the noun.
   */
  reminder: phrases,
  determiners: phrases,
  /** Words of a talk's kind between the determiner and the noun ("the phone talks again"). */
  modifiers: phrases.default([]),
  /**
   * "Does he still have that job?", "is that partnership still in place?": `continuing` ("still") after one of
   * `presentAsking` ("does", "is") that opens the question, of no talk or year, asks about today.
   */
  continuing: phrases,
  /** "by", "as of": before a talk's year, a word of later events asks of a time the articles report ("who had replaced Quan by the 2022 talks?"). */
  bounds: phrases.optional(),
  presentAsking: phrases,
  /**
   * Words of carrying something out ("implemented", "put into practice"; the glossaries pivot "triển khai", "落实" to
   * them): a yes/no whether a thing was carried out ("was the cooperation plan implemented?") asks what came of it
   * after the talks, which report only its signing or the hope for it.
   */
  carriedOut: phrases.optional(),
});
export type StoryWords = z.infer<typeof storyWordsSchema>;

/**
 * Words that set aside what a question names to ask for the rest (data/lexicon/en.json, section `besides`):
 * "besides the plan, what else was signed?" asks for the other documents, not the plan again.
 */
export const besidesWordsSchema = z.strictObject({
  /** "else", "besides", "apart from", "alongside", "other than"; Vietnamese and Chinese reach them through their glossaries. */
  words: phrases,
  /** Those of `words` that also name one of a pair ("the other talk", "each other", "another round"): they set nothing aside alone. */
  loose: phrases,
  /**
   * Nouns for the subjects a talk covered ("topics", "fields", "issues"): asked for beside a word of setting aside
   * ("ngoài chuyện hai nước, còn bàn những mảng nào?"), they ask for the rest of the talk's subjects.
   */
  subjects: phrases.optional(),
});
export type BesidesWords = z.infer<typeof besidesWordsSchema>;

/**
 * Words that close a statement into a yes/no question (data/lexicon/en.json, section `tags`): "Trung raised it,
 * right?", "he was there didnt he". Chat states a claim and asks for a check far more often than it opens with "did".
 */
export const tagWordsSchema = z.strictObject({
  /** A closing word or phrase that asks for a check ("right", "correct", "is that so"). */
  closers: phrases,
  /** Subjects of an auxiliary tag ("…, didnt he", "…, wasnt it"): an auxiliary then one of these ends the question. */
  subjects: phrases,
  /** Words opening a statement the asker believes, to be checked ("I thought he ran the ILD?"): asked as "did…" is. */
  believed: phrases,
});
export type TagWords = z.infer<typeof tagWordsSchema>;

/** Words that put a name the articles lack in a participant's place at a talk (data/lexicon/en.json, section `roles`). */
export const roleWordsSchema = z.strictObject({
  /** Words linking that name to a participant named beside it: a verb of speaking or meeting, "with", "and", "to". */
  links: phrases,
  /** Offices a side's place may be asked by that no participant held ("premier", "foreign minister"): put right by who held it. */
  offices: phrases,
  /** Words after a person that claim who he is ("from", "work for", "official"), not an act he did (src/matching/person-claim.ts). */
  identity: phrases,
  /** Phrases of an act opening with a word of identity ("work with"): done with someone, no affiliation. */
  jointActs: phrases,
  /**
   * Family names as an English question writes them, by the id of the party of their bearers' side ("wang": cpc,
   * "nguyen": cpv): the side of a name the articles lack when the question says none.
   */
  familyNames: z.strictObject({ about: z.string(), byParty: z.record(z.string(), phrases) }),
});
export type RoleWords = z.infer<typeof roleWordsSchema>;


/**
 * What asks beyond the articles however it is worded (data/lexicon/en.json, section `beyond`): instructions to the bot,
 * its own opinion, a judgement between the sides, what came after the talks, and texts to produce. Vietnamese and
 * Chinese questions reach these words through their glossaries (data/lexicon/vi.json, zh.json).
 */
export const beyondWordsSchema = z.strictObject({
  /** Words that may stand before an imperative said to the bot ("please", "now", "can you", "I want you to"). */
  openers: phrases,
  /**
   * The asker as the subject of the verb right after ("I write a lot about the sea", "we translate readouts"): what the
   * asker does is told, not asked of the bot, so that verb starts no imperative however it is worded.
   */
  askers: phrases.optional(),
  instructions: z.strictObject({
    /** Verbs that set something aside ("ignore", "forget"), instructions when what they set aside is the bot's frame or rules. */
    dismiss: phrases,
    /** What the bot answers from ("the articles", "the reports"). */
    frame: phrases,
    /** What the bot is told ("instructions", "rules"). */
    rules: phrases,
    /** What came before ("the above", "everything"): set aside when it ends what is set aside ("ignore the above and…"). */
    earlier: phrases,
    /** Words after which `earlier` still ends what is set aside ("forget everything you know"). */
    earlierEnds: phrases,
    /** Words before the frame that leave it ("outside", "beyond"). */
    outside: phrases,
    /** Words before the rules that drop them ("no rules", "without restrictions"). */
    unbound: phrases,
    /** Phrases that are instructions wherever they stand ("from now on", "new instruction", "general knowledge"). */
    markers: phrases,
    /** A role given to the bot ("act as", "pretend"), when said to it: at the start of a clause or after "you"/"to". */
    persona: phrases,
    /** Role labels that open a message with a colon ("SYSTEM: …"). */
    labels: phrases,
    /** Addresses of a text ("link", "url"): asked of the frame ("the article's link"), a thing the bot cannot give. */
    links: phrases,
    /** Words after a link word that make it a tie between things ("the link between"), not an address. */
    linkTies: phrases,
    /**
     * A procedure one goes through oneself ("apply for", "paperwork", "thủ tục", "手续"): how to go through it is an
     * instruction the articles never give, whatever subject of theirs it is asked of (a vaccine passport).
     */
    procedures: phrases.default([]),
  }),
  opinion: z.strictObject({
    /** The bot addressed ("you", "your"). */
    self: phrases,
    /** Words that may stand between ("you personally think", "your own view"). */
    qualifiers: phrases,
    /** Verbs and nouns of a view of one's own. */
    views: phrases,
    /** Verbs of liking said by the bot ("do you like…", "bạn quý ai hơn"): a view of its own only just after "you". */
    liking: phrases,
    /** The bot's possessives ("your", "ur"): only after one is a noun of `owned` a view ("your take", not "take me"). */
    possessives: phrases.optional(),
    /** Nouns of a view that are other words elsewhere ("take", "read", "two cents"): a view only as the bot's own. */
    owned: phrases.optional(),
  }),
  judgement: z.strictObject({
    /** Words that rank ("better", "more successful"). */
    comparatives: phrases,
    /** Words before a comparative that make it what is said of the thing ranked ("is better", "did better"). */
    predicates: phrases,
    /** Words after a comparative that keep it so ("better than", "better at"). */
    after: phrases,
    /** Words that offer a choice ("which", "who"). */
    choosers: phrases,
    /** Nouns for the sides ranked ("party", "country"). */
    sides: phrases,
    /** Words of excess before what is judged ("too optimistic", "overly cautious"): a judgement, never reported. */
    excess: phrases,
    /** Words opening a question that ask what ought to be done ("should", "ought"): advice, never reported. */
    ought: phrases.optional(),
    /** Verdicts said of a thing ("worth it", "worthwhile", "a mistake"): a judgement, never reported. */
    verdicts: phrases.optional(),
    /** Words weighing a thing against another ("compared to", "relative to"). */
    against: phrases.optional(),
    /** Words for others than those the articles report ("other", "anyone else"): weighed against them, a judgement never reported. */
    outsiders: phrases.optional(),
  }),
  later: z.strictObject({
    /** Auxiliaries of the future ("will", "going to"). */
    future: phrases,
    /** Words before "will" that make it a noun ("political will", "the will of the people"). */
    nounBefore: phrases,
    /** A second person after "will" makes a request ("will you tell me"), not the future. */
    request: phrases,
    /** Words naming talks: a year beside them names a talk, which the scope reads ("were there talks in 2023?"). */
    talks: phrases,
    /** A career after the talks ("went on to", "succeeded", "after leaving"). */
    career: phrases,
    /** "current", "incumbent": beside a post, who holds it now. */
    current: phrases,
    /** "next", "upcoming": before words naming talks, talks after the last one reported ("the next round of talks"). */
    next: phrases,
    /** "after", "since": a talk the next one is counted from ("the next talks after the 2020 call"), which the articles may report. */
    nextFrom: phrases,
    /** Posts ("head", "general secretary"). */
    posts: phrases,
    /** "before", "prior to": before words naming talks, a time earlier than the talks reported (matching/earlier-meeting.ts). */
    earlier: phrases.default([]),
    /** Verbs of meeting ("met", "talked"): before an `earlier` word, a meeting earlier than the talks is asked. */
    meetings: phrases.default([]),
    /** "after", "since": beside words naming the latest talks, a time later than the talks reported (matching/earlier-meeting.ts). */
    after: phrases.default([]),
  }),
  production: z.strictObject({
    /** Verbs of making a text or a thing ("write", "compose", "generate"). */
    verbs: phrases,
    /** Who it is for ("me", "us"), between the verb and the thing made. */
    recipients: phrases,
    /** Words that make the thing a new one ("a", "an", "one", "some"). */
    indefinite: phrases,
    /** Forms of a report on the articles themselves ("summary", "list"): answered, not refused. */
    reports: phrases,
  }),
});
export type BeyondWords = z.infer<typeof beyondWordsSchema>;

/**
 * A how-to the asker asks for himself ("how do I make…", "how to cook…", "teach me how to…", data/lexicon/en.json
 * `howTo`): the articles give no one instructions, so the thing it asks to make or do is a subject they must name,
 * however loosely its other words ("good", "at home") match theirs (src/matching/how-to.ts).
 */
export const howToWordsSchema = z.strictObject({
  /** Phrases opening the how-to, up to its verb ("how do i", "how to", "how can we"). */
  openers: phrases,
  /** Words that may stand before it at the question's start ("please", "teach me", "so"). */
  before: z.array(phrase).default([]),
});
export type HowToWords = z.infer<typeof howToWordsSchema>;


/** data/lexicon/en.json: English words read by meaning. Other sections may be added beside these. */
export const enFileSchema = z.looseObject({
  about: z.string(),
  claims: claimWordsSchema,
  focus: focusWordsSchema,
  across: acrossWordsSchema,
  story: storyWordsSchema,
  besides: besidesWordsSchema,
  roles: roleWordsSchema,
  beyond: beyondWordsSchema,
  tags: tagWordsSchema,
  /** The openers of a how-to the asker asks for himself (see howToWordsSchema). */
  howTo: howToWordsSchema.optional(),
  /** Chat shortenings, read as their full form first (see chatFormsSchema). */
  chat: chatFormsSchema.optional(),
  /** Words standing for a forgotten part of a name (see nameGapsSchema). */
  nameGaps: nameGapsSchema.optional(),
  /** The asker's asides and general nouns, never named as what the articles lack (see askerAsidesSchema). */
  asides: askerAsidesSchema.optional(),
});
export type EnFile = z.infer<typeof enFileSchema>;
