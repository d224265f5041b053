// "What did Vietnam give China for the floods?", "how does that compare with what Vietnam gave?": the thing one side
// gave. Only a sentence reporting that side giving (a verb of giving in its own statement, or a figure of its gift)
// answers it; a sentence of that side on the same subject (sympathy over the floods) is no gift, and answering with
// it would present the one as the other. The verbs and the grammar words of the asking are data (data/lexicon/en.json
// `claims.giving.give`, `claims.giving.asked`); the sides, people, statements and figures come from the knowledge base.
import type { KnowledgeBase, Organisation } from '../facts/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { COPULAS, FUNCTION_WORDS } from '../matching/cues.js';
import { normalize } from '../matching/normalize.js';
import type { Reading } from '../matching/reading.js';
import type { Answer } from './types.js';

/** The side whose gift a question asks for, when the answer's sentences report none of its gifts. */
export interface GiftUnreported {
  readonly side: Organisation;
  /** The answer's citations of that side's own statements: what the articles report of it instead. */
  readonly own: readonly string[];
}

/** The concept of helping, which makes a thing sent a gift, not words. */
const HELP = 'help';

export type GiftAsked = (reading: Reading, reply: Answer) => GiftUnreported | null;

export function giftAskedChecker(kb: KnowledgeBase, lexicon: Lexicon): GiftAsked {
  // A verb also said of messages ("offer sympathy", "send a message", "extend congratulations": `claims.supportVerbs`)
  // may ask for words, not a thing; "give" asks a thing unless it has an object of its own ("give Vietnam credit").
  const messages = new Set((lexicon.claims.supportVerbs ?? []).filter((w) => lexicon.lemma(w) !== 'give'));
  const giving = lexicon.claims.giving.give.filter((w) => !w.includes(' ') && !messages.has(w));
  const verbs = new Set(giving);
  const givingLemmas = new Set(giving.map((w) => lexicon.lemma(w)));
  const asked = lexicon.claims.giving.asked;
  /** Words that may stand between a side's name and the verb ("what did the Vietnamese side give"). */
  const sideTails = new Set(asked.sideTails);
  /** A preposition before "what" that makes it ask why ("for what"); "compared with what" still asks the thing. */
  const whyPrepositions = new Set(asked.whyPrepositions);
  /** Pronouns of whom a thing was given to ("what did China give them?"). */
  const recipientPronouns = new Set(asked.recipientPronouns);
  /** Auxiliaries after "what" that leave it the object asked ("what did…", "what has…"). */
  const auxiliaries = new Set(asked.auxiliaries);
  /** Determiners opening an object of the verb's own ("give the Vietnamese their due"). */
  const determiners = new Set(asked.determiners);
  /** Words asking for the thing given. */
  const askers = new Set(asked.askers);
  /** Verbs and nouns of aid: "support what to help…", "what concrete support did Vietnam give?" ask the thing given too. */
  const aid = new Set(asked.aid ?? []);
  const qualifiers = new Set(lexicon.focus.qualifiers);
  // Each party's own words, and each person's names, as normalised text has them (English: the question's own words).
  const namesOf = new Map<Organisation, readonly string[]>();
  const add = (party: Organisation, terms: readonly string[]) => namesOf.set(party, [...(namesOf.get(party) ?? []), ...terms.map((t) => normalize(t)).filter(Boolean)]);
  for (const org of kb.organisations.values()) if (org.sides.length > 0) add(org, [...org.sides, ...org.sideTerms.en]);
  for (const person of kb.people.values()) add(person.party, [person.name, ...person.aliases, ...person.terms.en]);

  // The words of every side's and person's names, which may stand after the verb as whom it was given to.
  const recipientWords = new Set([...namesOf.values()].flatMap((names) => names.flatMap((n) => n.split(' '))));

  /** Words for the article itself: a verb of giving they follow is its telling ("the name given in the 2020 article"). */
  const reports = new Set(asked.reports ?? []);
  /** Words between the verb and the article it is said of, at most ("given in the 2020 article"). */
  const REPORT_REACH = 4;
  /**
   * "What is the formal name of the partnership between Vietnam and China given in the 2020 article?": "what" asks a
   * thing named after "is" ("the formal name"), and the participle after it, said of the article, is the article's
   * telling. Not "what did China give in the 2022 article?" (China gave), nor "what did China give Vietnam…".
   */
  const reportsIt = (words: readonly string[], asker: number, at: number) => {
    if (!COPULAS.has(words[asker + 1] ?? '') || !determiners.has(words[asker + 2] ?? '')) return false;
    for (let k = at + 1; k < Math.min(words.length, at + 1 + REPORT_REACH); k++) {
      const w = words[k] ?? '';
      if (reports.has(w)) return true;
      if (!FUNCTION_WORDS.has(w) && !/^\d+$/u.test(w)) return false;
    }
    return false;
  };

  /** The side named right before the verb at `at` (past "side", "party"…), or null. */
  const giverAt = (words: readonly string[], at: number): Organisation | null => {
    let end = at;
    while (end > 0 && sideTails.has(words[end - 1] ?? '')) end--;
    const before = ` ${words.slice(0, end).join(' ')} `;
    const sides = [...namesOf].filter(([, names]) => names.some((n) => before.endsWith(` ${n} `))).map(([party]) => party);
    return sides.length === 1 ? (sides[0] ?? null) : null;
  };

  /**
   * "Việt Nam đã gửi những gì…?", "越南送了什么…": read through the English pivot, the thing asked stands right after the
   * verb ("viet_nam sent what"), and the giver is the one side the reading names as its subject.
   */
  const pivotGiver = (reading: Reading): Organisation | null => {
    const words = reading.said.words;
    // A verb also said of messages ("gửi", send) asks a thing when what is sent is to help ("để giúp…").
    const helping = reading.concepts.some((c) => c.lemma === HELP && c.weight >= 1);
    // "What" is the thing given, not a determiner ("给了什么样的评价", gave what evaluation): the clause ends after it, or
    // says what the thing was for ("gửi những gì để giúp", sent what to help).
    const thingAsked = (i: number) => askers.has(words[i] ?? '') && (words[i + 1] === undefined || FUNCTION_WORDS.has(words[i + 1] ?? '') || lexicon.lemma(words[i + 1] ?? '') === HELP);
    // So does a verb of aid ("hỗ trợ cụ thể những gì để giúp…": supported what, to help).
    const at = words.findIndex((w, i) => (verbs.has(w) || (helping && (messages.has(w) || aid.has(w)))) && thingAsked(i + 1));
    return at >= 0 && reading.sides.length === 1 ? (reading.sides[0] ?? null) : null;
  };

  return (reading, reply) => {
    if (reading.aspects.yesNo || reading.aspects.amount || reading.aspects.count) return null;
    if (!reply.answered || reply.citations.length === 0) return null;
    if (reading.lang !== 'en') {
      const side = pivotGiver(reading);
      return side ? unreportedOf(side, reply, reading) : null;
    }
    const words = reading.said.words;
    const asker = words.findIndex((w) => askers.has(w));
    const at = words.findIndex((w, i) => i > asker && verbs.has(w));
    // "For what did Song Tao give Vietnam credit?": "what" after a preposition asks why, not the thing given.
    if (asker < 0 || at < 0 || whyPrepositions.has(words[asker - 1] ?? '') || reportsIt(words, asker, at)) return null;
    // "What" is the thing given ("what did…", "what Vietnam gave"), not a determiner ("what message did…"); a noun of
    // aid after it ("what concrete support did Vietnam provide?") is the thing given too.
    let after = asker + 1;
    while (qualifiers.has(words[after] ?? '')) after++;
    const aidAsked = aid.has(words[after] ?? '') && auxiliaries.has(words[after + 1] ?? '');
    const afterAsker = words[asker + 1] ?? '';
    if (!aidAsked && !auxiliaries.has(afterAsker) && !recipientWords.has(afterAsker)) return null;
    const side = giverAt(words, at);
    if (!side) return null;
    // The thing given is what "what" asks: past whom it was given to, no noun of its own ("give Vietnam credit").
    let next = at + 1;
    while (next < words.length && (recipientWords.has(words[next] ?? '') || recipientPronouns.has(words[next] ?? ''))) next++;
    const object = words[next];
    if (object !== undefined && (determiners.has(object) || !FUNCTION_WORDS.has(object))) return null;
    return unreportedOf(side, reply, reading);
  };

  /**
   * The side's gift unreported by the reply's sentences, with its own statements there; null when one reports it, or
   * when the articles report a gift of that side on a subject the question names (the answer only missed it).
   */
  function unreportedOf(side: Organisation, reply: Answer, reading: Reading): GiftUnreported | null {
    const subjects = new Set(reading.topics.map((t) => t.topic));
    if (kb.talks.some((t) => t.figures.some((f) => f.from === side && (subjects.size === 0 || f.topics.some((x) => subjects.has(x)))))) return null;
    const talks = reply.citations.map((c) => kb.talks.find((t) => t.id === c.talk));
    const own: string[] = [];
    for (const [i, c] of reply.citations.entries()) {
      const talk = talks[i];
      if (!talk) return null;
      // A figure of the side's own gift answers it.
      if (talk.figures.some((f) => f.quote === c.quote && f.from === side)) return null;
      const st = talk.statements.find((s) => s.quote === c.quote);
      // A document or anything else cited: no statement to weigh.
      if (!st) return null;
      if (!st.speakers.some((p) => p.party === side)) continue;
      if (normalize(st.text).split(' ').some((w) => givingLemmas.has(lexicon.lemma(w)))) return null;
      own.push(c.quote);
    }
    return { side, own };
  }
}
