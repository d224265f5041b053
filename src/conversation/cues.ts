// What makes a question a follow-up, found from the words of data/lexicon/conversation.json: words standing
// for what the last answer was about ("he", "there", "ông ấy", "那次"), "the other one", "the first one", an
// elliptical opening or closing ("and in 2020?", "còn … thì sao?", "那…呢？"), or a bare question word ("why?").
// The cue words are cut out of the question: what is left is what the reader reads, with the conversation
// giving what the cues stood for. No zod here (the one-shot console builds this from checked files).
import { FIRST_TIME } from '../matching/cues.js';
import { claimsFirstTime } from '../matching/first-time.js';
import { foldWord } from '../matching/normalize.js';
import type { Lang } from '../languages.js';

/** Where the cues are, relative to data/. */
export const CONVERSATION_FILE = 'lexicon/conversation.json';

export const CUE_KINDS = [
  'person', 'people', 'plural', 'thing', 'talk', 'other', 'first', 'last', 'both', 'earlier', 'later', 'opening', 'closing', 'lead', 'reset', 'place', 'talks',
  'asking', 'filler', 'beyond', 'not', 'same', 'post', 'copula', 'copulaStart', 'saying', 'response', 'settling', 'cleft', 'inverted', 'partner', 'otherPerson', 'body',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

/**
 * A question asked again in other words: `who` asks who did a deed ("who {deed}?"), `claim` puts a person forward for
 * it as a statement checked back ("{name} {deed}, right?"); `{deed}` and `{name}` stand for the deed and the name.
 */
export interface ReAsk {
  readonly who: string;
  readonly claim: string;
}

/** The shape of data/lexicon/conversation.json. */
export interface ConversationFile {
  readonly about: string;
  /** What stands in the question for words that name talks ("both of them" → "the talks"), per language. */
  readonly talkNoun: Readonly<Record<Lang, string>>;
  /** What stands for words naming both talks in a yes/no question ("was he at both of them?" → "both talks"). */
  readonly bothNoun: Readonly<Record<Lang, string>>;
  /** What stands in the question for words asking which organisation ("哪个组织" → "谁"): the party asked as "who" asks it. */
  readonly whoWord: Readonly<Record<Lang, string>>;
  /** How a follow-up is asked again in other words, per language (src/conversation/who-did.ts). */
  readonly reAsk: Readonly<Record<Lang, ReAsk>>;
  readonly languages: Readonly<Record<Lang, Readonly<Record<CueKind, readonly string[]>>>>;
  /**
   * Per language, the words opening an ordinal of times ("lần thứ") and the grammar words that may stand before a
   * talk's ordinal ("trong lần thứ hai"): after any other word, the ordinal numbers that thing ("mục tiêu 100 năm lần
   * thứ hai": the second centenary goal), no talk pointed back at.
   */
  readonly numbered?: Partial<Readonly<Record<Lang, NumberedWords>>>;
}

/** See ConversationFile.numbered. */
export interface NumberedWords {
  readonly markers: readonly string[];
  readonly grammar: readonly string[];
}

/**
 * What a follow-up points back to: one person, the people, "they" (people or things), the subject, the talks;
 * the other talk, the first or last one, both, the one before or after.
 */
export type Reference = 'person' | 'people' | 'plural' | 'thing' | 'talk' | 'other' | 'first' | 'last' | 'both' | 'earlier' | 'later';
const REFERENCES: ReadonlySet<CueKind> = new Set<Reference>(['person', 'people', 'plural', 'thing', 'talk', 'other', 'first', 'last', 'both', 'earlier', 'later']);
/** References to talks: replaced by the language's word for the talks rather than cut. */
const TALKS: ReadonlySet<CueKind> = new Set<Reference>(['talk', 'other', 'first', 'last', 'both', 'earlier', 'later']);

/** English words that stand for the talks alone ("the two") but only count a noun when one follows ("the two sides"). */
const COUNTING_DETERMINERS: ReadonlySet<string> = new Set(['two', 'both', 'each', 'either']);

/**
 * How English words are used: `general` for words mainly used as verbs, adjectives or adverbs, `noun` for a word
 * that can head a noun phrase (an English word, neither general nor a function word). Optional: without it no
 * word is taken for a noun.
 */
export interface WordUse {
  readonly general: (word: string) => boolean;
  readonly noun: (word: string) => boolean;
  /**
   * Nouns a bare "the other" still points at another talk with ("the other videoconference") or at another of the
   * things signed ("the other doc"); after any other noun it is the other of that noun ("the other relationship").
   */
  readonly othersTalkOrSigned?: (word: string) => boolean;
}

/** English person words that stand for "his" or "her" before a noun: the name takes "'s" in their place. */
const POSSESSIVE: ReadonlySet<string> = new Set(['his', 'hers']);
/** References a left-dislocated opening may be resumed by ("the chinese guy, what did he…"): a person or people. */
const RESUMING: ReadonlySet<CueKind> = new Set<CueKind>(['person', 'people', 'plural']);
/** Stands in the rest where the resumed opening goes (a character no question holds). */
const RESUMED = '\u0001';

export interface Cues {
  /** What the question's words point back to, in the order they come. */
  readonly references: readonly Reference[];
  /** Opens or closes like an elliptical question ("and in 2020?", "what about the sea?", "…呢？"). */
  readonly elliptical: boolean;
  /** The asker says this is another subject ("unrelated, but…"). */
  readonly reset: boolean;
  /** It asks where ("where in China?"): the articles name no places. */
  readonly place: boolean;
  /** What is left names talks in general ("when were the talks held?"): all of them, not those of the conversation. */
  readonly namesTalks: boolean;
  /** What is left has a question word of its own (so it asks its own kind of question). */
  readonly asks: boolean;
  /** It asks beyond what the last answer gave ("what else…?", "what other document…?", "还…"). */
  readonly beyond: boolean;
  /** It asks whether something was the same at another talk, or still or also so ("same guy as in 2020?", "还是他吗？"). */
  readonly same: boolean;
  /** It asks of a post or role ("the same job", "chức vụ", "职务"), not of who held it. */
  readonly post: boolean;
  /** It asks of someone saying something ("saying", "nói", "说"): with a person or side named, who said it. */
  readonly saying: boolean;
  /** It asks how someone answered another's words ("react", "receptive", "回应", "phản ứng"): a response, not a subject. */
  readonly response: boolean;
  /** It asks how something is to be settled or handled ("settle", "giải quyết", "解决"): with no object named, the conversation's subject. */
  readonly settling: boolean;
  /** It asks with whom something is done ("work with", "和谁", "với ai"): a who of a party named in what was said. */
  readonly partner: boolean;
  /**
   * It asks which organisation ("which organisation", "哪个组织", "tổ chức nào"): as "who" asks a person, a party named in
   * what was said. The rest has the language's "who" in its place (the articles name organisations, never the word).
   */
  readonly body: boolean;
  /** It asks whether something is so ("是不是…", "có phải…", "was it…", or opens with "是…吗"): with no subject of its own, the conversation's. */
  readonly copula: boolean;
  /**
   * "And the original figure was in yuan?", "so Le Hoai Trung was on that call?": a statement put back with a question
   * mark, its only question words ones that ask where they open it ("was", "did") and words before the first: yes or no.
   */
  readonly stated: boolean;
  /**
   * "Was he the one who raised it?", "so it was Song Tao who…?": the question split at a relative word past its start,
   * into who is put forward (`focus`) and the deed he is checked against (`clause`), as typed; null without one.
   */
  readonly cleft: { readonly focus: string; readonly clause: string } | null;
  /** Nothing is left but question words and filler ("why?", "who else?", "为什么？"). */
  readonly bare: boolean;
  /** The question without its cue words (words naming talks become the language's word for talks): what the reader reads. */
  readonly rest: string;
  /** The same with words naming both talks read as "both talks": what a yes/no question asks of each talk. */
  readonly restBoth: string;
  /**
   * The rest with an opening before a comma put where the first pronoun of a person after it stands, as a pronoun
   * resuming it ("and the chinese guy, what did he congratulate vietnam on" → "what did the chinese guy congratulate
   * vietnam on"); null when there is none (English only, as the comma's reordering is).
   */
  readonly resumed: string | null;
  /** The cue phrases found, as written in the lexicon (for tests and explanations). */
  readonly found: readonly string[];
  /**
   * Nouns a "that" determines ("that goal", "mục tiêu đó", "那个目标"), as written: the follow-up may name them in full
   * from what the last answer was about ("the first centenary goal").
   */
  readonly determined: readonly string[];
  /**
   * The word standing for one person is "the other guy", "người kia", "另一位": the one of the people in play the last
   * answer was not about (read as "he" of him).
   */
  readonly otherPerson: boolean;
  /** The question around the first word standing for one person ("he", "ông ấy", "他"): null without one. */
  readonly person: { readonly before: string; readonly after: string; readonly possessive: boolean } | null;
  /** The question around the first word standing for the last answer's subject ("it", "nó", "它"): null without one. */
  readonly thing: { readonly before: string; readonly after: string } | null;
}

export type CueReader = (question: string, lang: Lang) => Cues;

interface Unit {
  readonly start: number;
  readonly end: number;
  readonly exact: string;
  readonly folded: string;
}

interface Phrase {
  readonly kind: CueKind;
  readonly text: string;
  readonly units: readonly string[];
  /** Matched only as written (a one-syllable Vietnamese cue: "nó" is a pronoun, "no" is not). */
  readonly exactOnly: boolean;
}

/** A Chinese character, or a run of other letters and digits: the units phrases are matched by. */
const UNIT = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

function unitsOf(text: string): Unit[] {
  return [...text.matchAll(UNIT)].map((m) => {
    const exact = m[0].toLowerCase();
    return { start: m.index, end: m.index + m[0].length, exact, folded: foldWord(exact) };
  });
}

/** Priority among phrases of the same length at one place: a non-cue first, then what decides the most. */
const PRIORITY: Readonly<Record<CueKind, number>> = {
  not: 0, opening: 1, closing: 2, reset: 3, other: 4, first: 5, last: 6, both: 7, earlier: 8, later: 9, person: 10, people: 11, plural: 12, talk: 13, thing: 14,
  lead: 15, place: 16, talks: 17, asking: 18, filler: 19, beyond: 20, same: 21, post: 22, copula: 23, copulaStart: 24, saying: 25, response: 26, cleft: 27, settling: 28, inverted: 29, partner: 30, otherPerson: 31, body: 32,
};

/** Kinds whose one-syllable Vietnamese words may be typed without diacritics (being wrong about them costs little; an opening counts only at the start: "con nam 2020?"). */
const LOOSE: ReadonlySet<CueKind> = new Set<CueKind>(['asking', 'filler', 'beyond', 'lead', 'opening', 'same', 'post', 'copula', 'copulaStart', 'saying', 'response', 'settling', 'cleft', 'inverted', 'partner', 'body']);

/** Kinds that are only noticed, never cut: what is left is read with them. */
const NOTICED: ReadonlySet<CueKind> = new Set<CueKind>(['lead', 'asking', 'filler', 'beyond', 'place', 'talks', 'same', 'post', 'copula', 'copulaStart', 'saying', 'response', 'settling', 'cleft', 'inverted', 'partner']);

function indexPhrases(lang: Lang, lists: Readonly<Record<CueKind, readonly string[]>>, simplified: (t: string) => string): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  for (const kind of CUE_KINDS) {
    for (const raw of lists[kind]) {
      const text = lang === 'zh' ? simplified(raw) : raw.normalize('NFC');
      const units = unitsOf(text);
      if (units.length === 0) continue;
      const exactOnly = lang === 'vi' && units.length === 1 && !LOOSE.has(kind) && units[0]?.exact !== units[0]?.folded;
      const phrase: Phrase = { kind, text: raw, units: units.map((u) => u.exact), exactOnly };
      for (const key of new Set([units[0]?.exact ?? '', exactOnly ? '' : (units[0]?.folded ?? '')])) {
        if (!key) continue;
        const list = index.get(key) ?? [];
        list.push(phrase);
        index.set(key, list);
      }
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.units.length - a.units.length || PRIORITY[a.kind] - PRIORITY[b.kind]);
  return index;
}

function fits(units: readonly Unit[], at: number, p: Phrase): boolean {
  if (at + p.units.length > units.length) return false;
  return p.units.every((w, k) => {
    const u = units[at + k];
    // Folded only where the word was typed without diacritics ("van" may be "vẫn"; "văn" is another word).
    return u !== undefined && (u.exact === w || (!p.exactOnly && u.exact === u.folded && u.folded === foldWord(w)));
  });
}

export function buildCues(file: ConversationFile, simplified: (text: string) => string, words?: WordUse): CueReader {
  const indexes = new Map<Lang, Map<string, Phrase[]>>();
  const indexFor = (lang: Lang) => {
    let index = indexes.get(lang);
    if (!index) {
      index = indexPhrases(lang, file.languages[lang], simplified);
      indexes.set(lang, index);
    }
    return index;
  };

  return (question, lang) => {
    const text = lang === 'zh' ? simplified(question) : question.normalize('NFC');
    const units = unitsOf(text);
    const index = indexFor(lang);
    const candidates = (at: number) => {
      const u = units[at];
      if (!u) return [];
      const byExact = index.get(u.exact) ?? [];
      const byFolded = u.folded !== u.exact ? (index.get(u.folded) ?? []) : [];
      return byFolded.length === 0 ? byExact : [...new Set([...byExact, ...byFolded])].sort((a, b) => b.units.length - a.units.length || PRIORITY[a.kind] - PRIORITY[b.kind]);
    };
    const cut: { start: number; end: number; by?: string; both?: boolean }[] = [];
    const found: string[] = [];
    const references: Reference[] = [];
    let elliptical = false;
    let reset = false;
    let place = false;
    let namesTalks = false;
    let opened = false;
    let person: Cues['person'] = null;
    let otherPerson = false;
    let thing: Cues['thing'] = null;
    let body = false;
    // Lead words ("ok", "thanks") only at the start; an opening right after them.
    let start = 0;
    for (;;) {
      const lead = candidates(start).find((p) => p.kind === 'lead' && fits(units, start, p));
      if (!lead) break;
      cut.push({ start: units[start]?.start ?? 0, end: units[start + lead.units.length - 1]?.end ?? 0 });
      start += lead.units.length;
    }
    // "the two sides", "the two general secretaries": a counting word before a noun (past any adjectives) counts that
    // noun and stands for nothing; "what did the two say?" keeps it standing for the talks or people.
    const countsNoun = (after: number, p: Phrase): boolean => {
      if (!words || !COUNTING_DETERMINERS.has(p.units.at(-1) ?? '')) return false;
      for (let k = after; k < units.length; k++) {
        const w = units[k]?.exact.toLowerCase() ?? '';
        if (words.noun(w)) return true;
        if (!words.general(w)) return false;
      }
      return false;
    };
    // "the other relationship he mentioned": a bare "the other" before a noun (past any adjectives) that names no talk
    // nor a thing signed is the other of that noun, said at the conversation's talks; no other talk is pointed at.
    const othersNoun = (after: number, p: Phrase): boolean => {
      if (!words?.othersTalkOrSigned || p.kind !== 'other' || p.units.at(-1) !== 'other') return false;
      let noun = false;
      // Nouns in a row count together ("the other phone call" is a talk by its last one).
      for (let k = after; k < units.length; k++) {
        const w = units[k]?.exact.toLowerCase() ?? '';
        if (words.othersTalkOrSigned(w)) return false;
        if (words.noun(w)) noun = true;
        else if (noun || !words.general(w)) break;
      }
      return noun;
    };
    // "mục tiêu 100 năm lần thứ hai": an ordinal of times right after a word that is no grammar, no cue and no word
    // of the talks numbers the thing named there, no talk pointed back at.
    const numbered = file.numbered?.[lang];
    const grammar = new Set(numbered?.grammar ?? []);
    const cueEndsAt = (k: number) => [0, 1, 2, 3].some((back) => candidates(k - back).some((c) => c.kind !== 'not' && c.units.length === back + 1 && fits(units, k - back, c)));
    const numbersThing = (at: number, p: Phrase) => {
      if (!numbered || at <= start || !numbered.markers.some((m) => p.text.startsWith(`${m} `))) return false;
      const before = units[at - 1];
      return before !== undefined && !/^\d+$/u.test(before.exact) && !grammar.has(before.exact.toLowerCase()) && !cueEndsAt(at - 1);
    };
    const kept: boolean[] = units.map(() => true);
    const endsClause = (k: number) => {
      const u = units[k];
      const next = units[k + 1];
      return u !== undefined && next !== undefined && /[,，;；]/u.test(text.slice(u.end, next.start));
    };
    const determinerAt: { at: number; length: number }[] = [];
    // Units of words naming talks: a "where" right after them is relative ("the same call where … came up"), no place asked.
    const talkAt: boolean[] = units.map(() => false);
    // Units of words standing for what the last answer was about ("he", "that call"): a subject a statement may open with.
    const referenceAt: boolean[] = units.map(() => false);
    for (let i = start; i < units.length; ) {
      const match = candidates(i).find((p) => {
        if (NOTICED.has(p.kind) || !fits(units, i, p)) return false;
        if (lang === 'en' && (countsNoun(i + p.units.length, p) || othersNoun(i + p.units.length, p))) return false;
        // "Was that the first time Song Tao talked with…?": a first time with a clause after it claims one, no talk it points at.
        if (p.kind === 'first' && i + p.units.length < units.length && FIRST_TIME[lang].includes(p.text) && claimsFirstTime(text, lang, true)) return false;
        if (TALKS.has(p.kind) && numbersThing(i, p)) return false;
        if (p.kind === 'opening') return i === start;
        // "còn năm 2020 thì sao, có ký gì không?": after an opening, a closing may end its first clause too.
        if (p.kind === 'closing') return i > start && (i + p.units.length === units.length || (opened && endsClause(i + p.units.length - 1)));
        return true;
      });
      if (!match) {
        i++;
        continue;
      }
      // "The other guy" stands for one person as "he" does: the follow-up takes him from the people in play.
      if (match.kind === 'otherPerson') otherPerson = true;
      if (match.kind === 'body') body = true;
      const kind: CueKind = match.kind === 'otherPerson' ? 'person' : match.kind;
      const span = {
        start: units[i]?.start ?? 0,
        end: units[i + match.units.length - 1]?.end ?? 0,
        ...(TALKS.has(kind) ? { by: file.talkNoun[lang], both: match.kind === 'both' } : {}),
        ...(kind === 'body' ? { by: file.whoWord[lang] } : {}),
        ...(RESUMING.has(kind) && !POSSESSIVE.has(match.text) ? { resumes: true } : {}),
      };
      if (match.kind !== 'not') {
        cut.push(span);
        found.push(match.text);
        for (let k = i; k < i + match.units.length; k++) kept[k] = false;
        if (TALKS.has(kind)) for (let k = i; k < i + match.units.length; k++) talkAt[k] = true;
        if (REFERENCES.has(kind)) for (let k = i; k < i + match.units.length; k++) referenceAt[k] = true;
        if (match.kind === 'opening' || match.kind === 'closing') elliptical = true;
        if (match.kind === 'opening') opened = true;
        else if (match.kind === 'reset') reset = true;
        else if (REFERENCES.has(kind)) references.push(kind as Reference);
        if (match.kind === 'thing') determinerAt.push({ at: i, length: match.units.length });
        if (kind === 'person' && person === null) person = { before: text.slice(0, span.start), after: text.slice(span.end), possessive: POSSESSIVE.has(match.text) };
        if (match.kind === 'thing' && thing === null) thing = { before: text.slice(0, span.start), after: text.slice(span.end) };
      }
      i += match.units.length;
    }
    for (let k = 0; k < start; k++) kept[k] = false;
    // What is left: does it ask a question of its own, and is it anything but question words and filler?
    let asks = body;
    let bare = !body;
    let beyond = false;
    // A statement put back: words (a subject) before its first question word, and every question word an inverted one.
    let subjectFirst = false;
    let onlyInverted = true;
    for (let i = 0; i < units.length; ) {
      if (!kept[i]) {
        if (referenceAt[i] && !asks) subjectFirst = true;
        i++;
        continue;
      }
      const word = candidates(i).find(
        (p) => (p.kind === 'asking' || p.kind === 'filler' || p.kind === 'beyond' || p.kind === 'place' || p.kind === 'talks') && fits(units, i, p) && p.units.every((_w, k) => kept[i + k]),
      );
      if (word?.kind === 'beyond') beyond = true;
      const relative = word?.kind === 'place' && talkAt[i - 1] === true;
      if (word?.kind === 'asking' || word?.kind === 'place') {
        const inverted = word.kind === 'asking' && candidates(i).some((p) => p.kind === 'inverted' && fits(units, i, p));
        if (!inverted || !subjectFirst) onlyInverted = false;
      } else if (!asks && (!word || word.kind === 'talks')) subjectFirst = true;
      if ((word?.kind === 'asking' || word?.kind === 'place') && !relative) asks = true;
      if (word?.kind === 'place' && !relative) place = true;
      if (word?.kind === 'talks') {
        namesTalks = true;
        for (let k = i; k < i + word.units.length; k++) talkAt[k] = true;
      }
      if (word?.kind === 'talks') {
        bare = false;
        i += word.units.length;
        continue;
      }
      if (!word) bare = false;
      i += word ? word.units.length : 1;
    }
    // The noun a "that" stands before (after, in Vietnamese): a word no cue, question word or filler covers.
    const plain = (k: number) => kept[k] === true && !candidates(k).some((p) => (p.kind === 'asking' || p.kind === 'filler' || p.kind === 'beyond') && fits(units, k, p));
    const determined = determinerAt.flatMap(({ at, length }) => {
      const k = lang === 'vi' ? at - 1 : at + length;
      const u = units[k];
      if (!u || !plain(k)) return [];
      // A word across punctuation is none it determines ("which side raised it, china or vietnam?").
      const cue = { start: units[at]?.start ?? 0, end: units[at + length - 1]?.end ?? 0 };
      const between = k < at ? text.slice(u.end, cue.start) : text.slice(cue.end, u.start);
      if (/[\p{P}]/u.test(between)) return [];
      // Chinese: the characters that follow, up to a question word or the end (a noun is a run of characters).
      if (lang === 'zh') {
        let end = k;
        while (end + 1 < units.length && plain(end + 1) && end - k < 3) end++;
        return [text.slice(u.start, units[end]?.end ?? u.end)];
      }
      return [text.slice(u.start, u.end)];
    });
    // Where the first pronoun of a person after the question's first comma stands, when its opening is resumed there.
    const firstComma = text.search(/[,，]/u);
    const resumedAt = firstComma < 0 ? undefined : [...cut].sort((a, b) => a.start - b.start).find((c) => c.start > firstComma && 'resumes' in c);
    const restWith = (both: string | null, resume = false): string => {
      let rest = '';
      let from = 0;
      for (const c of [...cut].sort((a, b) => a.start - b.start)) {
        rest += `${text.slice(from, c.start)} ${resume && c === resumedAt ? RESUMED : ((both !== null && c.both ? both : c.by) ?? '')} `;
        from = c.end;
      }
      rest = `${rest}${text.slice(from)}`.replace(/\s+/g, ' ').trim();
      // "What about the 2022 talks, did covid come up there?": the question the comma opens first (it is read by
      // its first words: "did…" asks yes or no), then what the opening named.
      const comma = rest.search(/[,，]/u);
      // In Vietnamese and Chinese the question ends with its question words ("…, có ký gì không?"): kept in its order.
      if (opened && comma > 0 && lang === 'en') {
        const tail = rest.slice(comma + 1).trim();
        const head = unitsOf(tail)[0];
        if (head && (index.get(head.exact) ?? []).some((p) => p.kind === 'asking' && p.units.length === 1)) {
          const mark = /[?？]$/u.exec(tail)?.[0] ?? '';
          const head = rest.slice(0, comma).trim();
          // "and the chinese guy, what did he congratulate vietnam on": resumed, the opening stands where "he" does.
          rest = resume && tail.includes(RESUMED) ? tail.replace(RESUMED, head) : `${tail.slice(0, tail.length - mark.length).trim()} ${head}${mark}`;
        }
      }
      return rest.replace(RESUMED, '').replace(/\s+/g, ' ').trim();
    };
    const rest = restWith(null);
    const resumedRest = resumedAt ? restWith(null, true) : rest;
    // Sameness and posts are read over every word, cue words too ("is that the same post…": "the same" is also "that").
    const anywhere = (kind: CueKind) => units.some((_u, i) => i >= start && candidates(i).some((p) => p.kind === kind && fits(units, i, p)));
    const same = anywhere('same');
    const post = anywhere('post');
    const saying = anywhere('saying');
    const response = anywhere('response');
    const settling = anywhere('settling');
    const partner = anywhere('partner');
    // "是用来抗洪的吗？": a copula the question opens with (past lead words) has no subject before it: as "是不是…".
    const opensWithCopula = candidates(start).some((p) => p.kind === 'copulaStart' && fits(units, start, p));
    const copula = anywhere('copula') || opensWithCopula;
    // The first relative word past the question's first word, its longest phrase ("the one who" before "who").
    let cleft: Cues['cleft'] = null;
    for (let i = start + 1; i < units.length && cleft === null; i++) {
      const p = candidates(i).find((c) => c.kind === 'cleft' && fits(units, i, c));
      // The phrase's last word is the relative one: what comes before it ("the one", "that call") is put forward.
      const relative = p ? units[i + p.units.length - 1] : undefined;
      if (relative) cleft = { focus: text.slice(0, relative.start), clause: text.slice(relative.end) };
    }
    const stated = asks && subjectFirst && onlyInverted;
    return { references, elliptical, reset, place, namesTalks, asks, beyond, same, post, saying, response, settling, partner, body, copula, stated, cleft, bare: bare && asks, rest, restBoth: restWith(file.bothNoun[lang]), resumed: resumedRest !== rest ? resumedRest : null, found, determined, otherPerson, person, thing };
  };
}
