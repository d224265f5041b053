// An attribute asked of a thing the articles only name. "What decisions were taken at the CPV's 13th National
// Congress?", "Tên ba văn kiện pháp lý … là gì?", "十三大的决议": the question asks for something OF a thing (its
// decisions, resolution, names, contents, members) that the articles mention without explaining (a topic's
// `mentionedOnly` in data/topics/). The sentence that names the thing is about it, but answering with it would be
// confidently wrong: it gives none of that. What the mention itself carries (its count, its number, its subject:
// "three legal documents on land border management") is no attribute asked, so "what were the three documents
// about?" stays answered. The attribute words are data: data/lexicon/en.json `focus.attributes`, and the glossaries'
// `focus.attributes` (with `attributeJoiners`, the words allowed between the attribute and the thing).
import type { KnowledgeBase, Topic } from '../facts/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { COPULAS, MONTHS, TALK_NOUNS } from '../matching/cues.js';
import { focusPhrase } from '../matching/focus-phrase.js';
import { escapeRegExp, normalizeData as normalize } from '../matching/normalize.js';
import type { Reading } from '../matching/reading.js';
import type { Answer } from './types.js';

/** The attribute asked, as the question words it, and the thing it is asked of, as the answer's language names it. */
export interface AttributeAsked {
  readonly attribute: string;
  readonly thing: string;
  /** The thing is named in the plural ("three legal documents"): "their names", not "its". */
  readonly plural: boolean;
}

export type AttributeCheck = (reading: Reading, reply: Answer) => AttributeAsked | null;

/** Words after the attribute that may stand before its thing in English ("decisions taken at the CPV's 13th…"). */
const REACH = 8;
/** Determiners pointing back ("what were those decisions"): no part of the thing asked. */
const POINTERS: ReadonlySet<string> = new Set(['those', 'these', 'that', 'this', 'the']);

interface Mention {
  readonly topic: Topic;
  /** The English phrase as the data gives it ("National Congress") and its head word's lemma ("congress"). */
  readonly phrase: string;
  readonly head: string;
}

export function attributeChecker(kb: KnowledgeBase, lexicon: Lexicon): AttributeCheck {
  const f = lexicon.focus;
  const attributes = new Set((f.attributes ?? []).map((w) => lexicon.lemma(w)));
  const askers = new Set(f.askers);
  const qualifiers = new Set(f.qualifiers);
  const ends = new Set(f.ends);
  const topics = [...kb.topics.values()];
  const numberWords = new Set(Object.keys(lexicon.claims.numbers));
  const mentions: readonly Mention[] = topics.flatMap((topic) =>
    topic.mentionedOnly.map((phrase) => ({ topic, phrase, head: lexicon.lemma(normalize(phrase).split(' ').at(-1) ?? '') })),
  );

  /** The mention of a topic a cited sentence writes, the longest, as written there ("13th National Congress"). */
  const writtenIn = (quotes: readonly string[], topic: Topic, head?: string): string | null => {
    let best: string | null = null;
    for (const m of mentions) {
      if (m.topic !== topic || (head !== undefined && m.head !== head)) continue;
      for (const q of quotes) {
        // With the ordinal or count written before it ("13th National Congress", "three legal documents").
        const found = new RegExp(`(?:(\\S+)\\s+)?\\b${escapeRegExp(m.phrase)}\\b`, 'iu').exec(q);
        if (!found) continue;
        const before = (found[1] ?? '').toLowerCase();
        const text = before !== '' && (/^\d+(?:st|nd|rd|th)?$/u.test(before) || numberWords.has(before)) ? found[0] : found[0].slice(found[0].length - m.phrase.length);
        if (text.length > (best?.length ?? 0)) best = text;
      }
    }
    return best;
  };

  /** English: the attribute a "what"/"which" phrase asks (past a copula too), or one followed by "of". */
  const englishAttribute = (words: readonly string[]): number => {
    const at = words.findIndex((w) => askers.has(w));
    if (at >= 0) {
      let phrase = focusPhrase(words, askers, qualifiers, ends);
      let from = at + 1;
      if (phrase.length === 0 && COPULAS.has(words[at + 1] ?? '')) {
        const rest = words.slice(at + 2);
        const skipped = rest.findIndex((w) => !POINTERS.has(w) && !qualifiers.has(w));
        phrase = focusPhrase(['what', ...rest.slice(Math.max(0, skipped))], askers, qualifiers, ends);
        from = at + 2 + Math.max(0, skipped);
      }
      const head = phrase.at(-1);
      if (head !== undefined && attributes.has(lexicon.lemma(head))) return words.indexOf(head, from);
    }
    return words.findIndex((w, i) => attributes.has(lexicon.lemma(w)) && words[i + 1] === 'of');
  };

  const english = (reading: Reading, quotes: readonly string[]): AttributeAsked | null => {
    const words = reading.said.words.slice(reading.said.askFrom ?? 0);
    const at = englishAttribute(words);
    if (at < 0) return null;
    const attribute = words[at] ?? '';
    // The thing: after the attribute ("decisions taken at the 13th Congress", "resolution of that congress"), or in the
    // phrase just before it ("the congress's decisions").
    const near = [...words.slice(at + 1, at + 1 + REACH), ...words.slice(Math.max(0, at - 3), at)];
    for (const w of near) {
      const lemma = lexicon.lemma(w);
      for (const m of mentions) {
        if (m.head !== lemma) continue;
        const thing = writtenIn(quotes, m.topic, m.head);
        if (thing !== null) return { attribute, thing, plural: lexicon.lemma(w) !== w };
      }
    }
    return null;
  };

  /**
   * Vietnamese puts the attribute before the thing ("tên ba văn kiện pháp lý", "nghị quyết của Đại hội XIII"),
   * Chinese after it ("十三大的决议", "法律文件的名称"): the thing is one of the topic's mentions in that language.
   * Each language's patterns (per topic, term and attribute, longest term first) are made once, on first use: a
   * question tries them all, and made anew for each question they cost more than the rest of its reading.
   */
  const nativePatterns = new Map<'vi' | 'zh', readonly { readonly topic: Topic; readonly term: string; readonly shown: string; readonly attribute: string; readonly pattern: RegExp }[]>();
  const patternsOf = (lang: 'vi' | 'zh') => {
    const known = nativePatterns.get(lang);
    if (known) return known;
    const g = lexicon.glossaries[lang].focus;
    const asked = g?.attributes ?? [];
    const joiners = (g?.attributeJoiners ?? []).map(escapeRegExp).join('|');
    const gap = lang === 'vi' ? `(?:\\s+(?:${joiners}|\\d+))*\\s+` : `(?:${joiners})?`;
    const made = topics.flatMap((topic) =>
      // The question's text may hold a term already put in English ("Đại hội XIII" → "13th national congress").
      [...topic.mentionedOnlyTerms[lang], ...topic.mentionedOnly]
        .sort((a, b) => b.length - a.length)
        .flatMap((term) =>
          asked.map((attribute) => {
            const [a, t] = [escapeRegExp(attribute), escapeRegExp(term.toLowerCase())];
            const source = lang === 'vi' ? `(?<!\\p{L})${a}${gap}${t}(?!\\p{L})` : `${t}${gap}${a}`;
            return { topic, term: term.toLowerCase(), shown: term, attribute, pattern: new RegExp(source, 'u') };
          }),
        ),
    );
    nativePatterns.set(lang, made);
    return made;
  };
  const native = (reading: Reading, lang: 'vi' | 'zh', quotes: readonly string[]): AttributeAsked | null => {
    const text = reading.said.text.toLowerCase();
    for (const { topic, term, shown, attribute, pattern } of patternsOf(lang)) {
      // Both words stand in the text as written wherever the pattern matches: a look for them spares the pattern.
      if (!text.includes(attribute) || !text.includes(term) || !pattern.test(text)) continue;
      if (writtenIn(quotes, topic) === null) continue;
      return { attribute, thing: shown, plural: false };
    }
    return null;
  };

  const months = new Set<string>(MONTHS);
  const dateWords = new Set(f.date);
  /**
   * "When exactly was that anniversary, like the actual date?": "when" and a copula, then a subject the question names
   * (no talk, no verb of its own: "when was the gift announced?" dates an act of the talks), with a word asking the
   * exact date. The subject's own date is asked; the talks' date, which every heading gives, is not it, and a cited
   * sentence must give a month.
   */
  const dateOf = (reading: Reading, quotes: readonly string[]): AttributeAsked | null => {
    const words = reading.said.words.slice(reading.said.askFrom ?? 0);
    const at = words.indexOf('when');
    if (at < 0 || reading.topics.length === 0 || reading.people.length > 0) return null;
    let i = at + 1;
    while (qualifiers.has(words[i] ?? '')) i++;
    if (!COPULAS.has(words[i] ?? '')) return null;
    const rest = words.slice(i + 1);
    const exact = words.some((w) => (qualifiers.has(w) && w !== 'the') || dateWords.has(w));
    const acts = rest.some((w) => TALK_NOUNS.has(w) || TALK_NOUNS.has(lexicon.lemma(w)) || (lexicon.isGeneral(lexicon.lemma(w)) && lexicon.lemma(w) !== w && !w.endsWith('s') && !qualifiers.has(w)));
    if (!exact || acts || quotes.some((q) => normalize(q).split(' ').some((w) => months.has(w)))) return null;
    const topic = reading.topics[0];
    if (!topic) return null;
    const head = normalize(topic.words).split(' ').at(-1) ?? '';
    return { attribute: words.find((w) => dateWords.has(w)) ?? 'date', thing: topic.words, plural: lexicon.lemma(head) !== head };
  };

  return (reading, reply) => {
    if (!reply.answered || reply.citations.length === 0 || reading.aspects.yesNo) return null;
    const quotes = reply.citations.map((c) => c.quote);
    if (reading.intent === 'when') return reading.lang === 'en' ? dateOf(reading, quotes) : null;
    const found = reading.lang === 'en' ? english(reading, quotes) : native(reading, reading.lang, quotes);
    if (found === null) return null;
    // A cited sentence that says the attribute itself ("decisions", "resolution") gives it.
    const said = reading.lang === 'en' && quotes.some((q) => normalize(q).split(' ').some((w) => lexicon.lemma(w) === lexicon.lemma(found.attribute)));
    return said ? null : found;
  };
}
