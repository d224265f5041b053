// "Did Vietnam help China in 2020?", "ok did vietnam help china with them?", "越南帮过中国吗？": a verb of helping between
// two sides named in turn asks whether the first helped the second. The report says so in a statement of one side
// whose verb of helping has the second side just after it ("thanked … for supporting China", "to support Vietnam's
// …"), whoever spoke it: thanks for help are the helper's help told by the one helped. Yes, then those statements, at
// each talk that has one; with none in that direction, the question is left to the other readings (silence in a report
// is no "No"). The verbs are data (en-questions.json `helpBetween`); the sides' words come from the knowledge base.
import type { Organisation, Statement, Talk } from '../facts/types.js';
import { byDate } from '../facts/talk-order.js';
import { messagesFor } from '../i18n/index.js';
import { HELP_BETWEEN, TALK_NOUNS, VERB_ADVERBS } from '../matching/cues.js';
import { normalize } from '../matching/normalize.js';
import type { Reading } from '../matching/reading.js';
import { cite } from './citations.js';
import { answerFrom, line, MAX_TALKS_EACH, type Line } from './result.js';
import type { Answer, Knowledge } from './types.js';

/** Most words between a verb of helping and the side helped ("supporting the Chinese side"). */
export const REACH = 3;
/** Most adverbs between a lone side and its verb of helping ("also", "ever"). */
const HELPER_REACH = 2;

/** Each party with a side, and its words (English, and the question's language) as normalised text has them. */
export function partyWords(k: Knowledge, lang: Reading['lang']): { readonly party: Organisation; readonly words: readonly (readonly string[])[] }[] {
  return [...k.kb.organisations.values()]
    .filter((o) => o.sides.length > 0)
    .map((party) => ({
      party,
      words: [...party.sides, ...(party.sideTerms[lang] ?? []), ...party.sideTerms.en].map((t) => normalize(t).split(' ').filter(Boolean)).filter((w) => w.length > 0),
    }));
}

/** The party whose words start at `at` in `words`, if any. */
export function partyAt(parties: ReturnType<typeof partyWords>, words: readonly string[], at: number): Organisation | null {
  const hit = parties.find((p) => p.words.some((w) => w.every((x, j) => words[at + j] === x)));
  return hit?.party ?? null;
}

/** Most words between a preposition of giving and its side ("from the Chinese side", "từ phía Đảng Trung Quốc"). */
const GIVER_REACH = 2;

/**
 * "Any assistance from the Chinese Party?", "help from Vietnam to China", "hỗ trợ … từ phía Trung Quốc" (read "from"):
 * a side after the verb of helping that a preposition of giving marks (`givers`) is the helper wherever it stands, and
 * the first other side after the verb the one helped (null: whoever else). Null when no side is so marked.
 */
export function givenBy(parties: ReturnType<typeof partyWords>, words: readonly string[], verb: number): { helper: Organisation; helped: Organisation | null } | null {
  const named = words.flatMap((_, i) => {
    const party = i > verb ? partyAt(parties, words, i) : null;
    return party === null ? [] : [{ party, at: i }];
  });
  const giver = named.find(({ at }) => [...Array(GIVER_REACH + 1).keys()].some((gap) => HELP_BETWEEN.givers.has(words[at - 1 - gap] ?? '') && at - 1 - gap > verb && !named.some((n) => n.at > at - 1 - gap && n.at < at)));
  if (giver === undefined) return null;
  const helped = named.find((n) => n.party !== giver.party)?.party ?? null;
  return { helper: giver.party, helped };
}

/**
 * The party named first before the verb at `verb` and the one named first after it: helper and helped; a side marked
 * as the giver after the verb (`givenBy`) is the helper instead. "Did Vietnam
 * help out with the floods?", "did vietnam help with it?": with no side after the verb, a side just before it (an adverb
 * or two between at most, `HELPER_REACH`) and no other side named is the helper, and whoever else it helped is asked (`helped`
 * null); a side further off ("did Vietnam ask for help?") is not said to help.
 */
function namedAround(parties: ReturnType<typeof partyWords>, words: readonly string[], verb: number): { helper: Organisation; helped: Organisation | null } | null {
  const given = givenBy(parties, words, verb);
  if (given !== null) return given;
  let helper: Organisation | null = null;
  let helperAt = -1;
  for (let i = verb - 1; i >= 0 && helper === null; i--) {
    helper = partyAt(parties, words, i);
    helperAt = i;
  }
  let helped: Organisation | null = null;
  for (let i = verb + 1; i < words.length && helped === null; i++) helped = partyAt(parties, words, i);
  if (helper !== null && helped !== null) return helper !== helped ? { helper, helped } : null;
  if (helper === null) return null;
  // The words between the side's own words and the verb: none but adverbs ("also", "ever"), nor another side before it.
  const between = words.slice(helperAt + 1, verb).filter((w) => !parties.some((p) => p.words.some((pw) => pw.includes(w))));
  const others = words.some((_, i) => i < helperAt && partyAt(parties, words, i) !== null);
  return between.length <= HELPER_REACH && between.every((w) => VERB_ADVERBS.has(w)) && !others ? { helper, helped: null } : null;
}

export function answerHelpDirected(k: Knowledge, reading: Reading): Answer | null {
  // A pivot's terms stand as one word ("viet_nam"): their parts are read as the sides' words are.
  // A yes/no of the help alone: a choice among the talks, a figure or a thing asked of it is the other readings'.
  const { yesNo, which, eachTalk, both, count, amount } = reading.aspects;
  if (!yesNo || which || eachTalk || both || count || amount) return null;
  const words = reading.said.words.flatMap((w) => w.toLowerCase().split('_'));
  const verbs = words.flatMap((w, i) => (HELP_BETWEEN.verbs.has(w) ? [i] : []));
  // One act asked: two verbs of helping ask who helped whom (help-between.ts).
  if (verbs.length !== 1) return null;
  // "Did Vietnam seek help from China?" asks of the asking, not the help (help-doer.ts).
  if (words.some((w, i) => i < (verbs[0] ?? 0) && HELP_BETWEEN.asking.has(w))) return null;
  const parties = partyWords(k, reading.lang);
  const asked = namedAround(parties, words, verbs[0] ?? 0);
  if (asked === null) return null;
  const english = partyWords(k, 'en');
  // The side just after the statement's own verb of helping is the one it helped.
  const helps = (s: Statement) => {
    if (new Set(s.speakers.map((p) => p.party)).size !== 1) return false;
    const text = normalize(s.text).split(' ').filter(Boolean);
    const helpedHere = (party: Organisation | null) => (asked.helped === null ? party !== null && party !== asked.helper : party === asked.helped);
    return text.some((w, i) => HELP_BETWEEN.verbs.has(w) && [...Array(REACH + 1).keys()].some((j) => helpedHere(partyAt(english, text, i + 1 + j))));
  };
  // The newest talks that report it, at most MAX_TALKS_EACH, told in date order: an answer stays short however many
  // talks the data holds, and the scan stops once they are found.
  const talks: readonly Talk[] = [...(reading.scope.talks && reading.scope.talks.length > 0 ? reading.scope.talks : k.kb.talks)].sort(byDate);
  const found: { t: Talk; statements: Statement[] }[] = [];
  for (let i = talks.length - 1; i >= 0 && found.length < MAX_TALKS_EACH; i--) {
    const t = talks[i] as Talk;
    const statements = t.statements.filter(helps);
    if (statements.length > 0) found.unshift({ t, statements });
  }
  if (found.length === 0) return null;
  // Whatever else the question names must be what those statements say ("…with the floods"; not "…with medical
  // supplies", nor "…build a railway"): the help asked is then theirs.
  const cited = found.flatMap((f) => f.statements);
  const onTopics = reading.topics.every((h) => cited.some((s) => s.topics.includes(h.topic)));
  // The sides' own words ("from China", "từ phía…": read "side") are the help's ends, said by the statements' direction.
  const sideWord = (c: Reading['concepts'][number]) => parties.some((p) => p.words.some((w) => w.includes(c.lemma) || w.includes(c.word.toLowerCase())));
  const saysAll = reading.concepts.every((c) => c.asking || sideWord(c) || c.weight < 0.6 || TALK_NOUNS.has(c.lemma) || HELP_BETWEEN.lemmas.includes(c.lemma) || cited.some((s) => k.facts.ofStatement(s)?.lemmas.has(c.lemma) === true));
  // A party named as a side of the help ("from the Chinese Party") is that side, no other body asked of.
  const otherBody = reading.organisations.some((o) => o !== asked.helper && o !== asked.helped);
  if (!onTopics || !saysAll || reading.unmatched.length > 0 || reading.people.length > 0 || otherBody) return null;
  const m = messagesFor(reading.lang);
  const lines: Line[] = found.flatMap(({ t, statements }) => [line(`${m.talkHeading(t)}:`), ...statements.map((s) => line(m.bullet(m.statement(s)), [cite(t, s)]))]);
  return answerFrom('topic', reading.lang, [m.yes, ...lines]);
}
