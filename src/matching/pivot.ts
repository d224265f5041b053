// Stage 0 for a question in Vietnamese or Chinese: its words as the later stages read them. Question words
// and common words become English (data/lexicon/vi.json, zh.json); the names and terms of the facts in that
// language (data/i18n/) stay as they are, for the entity stage finds them in the language's own indexes;
// anything else stays too, so a thing the articles lack is still refused in the asker's words.
import type { KnowledgeBase } from '../facts/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { GlossaryFile } from '../lexicon/schema.js';
import { CHAT_WORDS, FUNCTION_WORDS, MONTHS, OCCASION_PREPOSITIONS, ORDINAL_NUMBERS, TALK_ANCHORS, TALK_NOUNS } from './cues.js';
import { escapeRegExp, foldWord, normalize, viTones } from './normalize.js';
import { once } from '../once.js';
import { termsOf } from './terms.js';
import { cutQuestion } from './tokens.js';
import { buildWording, MAX_GRAM, MIN_GRAM, wordingKey, type Wording } from './native.js';
import { isNameTag, type ChineseWord, type ChineseWords } from '../lexicon/chinese.js';
import { homophones, nameWithSlip, withHomophones } from './homophones.js';
import { namesBySound } from './name-by-sound.js';
import { splitFunctionWords } from './function-words.js';
import { isFinalParticle, isParticle, particleSounds, splitMadeModals } from './chat-particles.js';
import { runAt } from './words-at.js';
import { sameSaidLast } from './same-said-last.js';

export type Foreign = 'vi' | 'zh';

/**
 * A term of the facts as one word ("phia_trung_quoc"): the entity stage then takes it whole, so the "Trung"
 * of "phía Trung Quốc" is never Le Hoai Trung. The per-language phrase indexes use the same key.
 */
export function termKey(term: string): string {
  return normalize(term).replace(/ /g, '_');
}

/** A word for the later stages: `text` as they compare it, `cased` as the asker wrote it. */
export interface PivotWord {
  readonly text: string;
  readonly cased: string;
  /**
   * Set on a word no glossary entry, term or dictionary gave English for: 'wording' when the facts' own
   * wording in the language uses it (`key` is what the fact index knows it by), 'unknown' when nothing does.
   */
  readonly native?: NativeKind;
  readonly key?: string;
}

/**
 * How a word left without English was found (see Token.native); 'name': a name the segmenter tags that nothing
 * knows; 'act': a Chinese word CC-CEDICT gives only senses of acting ("坐下": to sit down), which may say how something
 * was done rather than name a subject.
 */
export type NativeKind = 'wording' | 'unknown' | 'name' | 'act';

export interface Pivoted {
  readonly words: readonly PivotWord[];
  /** Marked as a yes/no question ("… có … không?", "…吗？"): read as one opening with "did". */
  readonly yesNo: boolean;
  /** The question with dates and amounts in English form ("29 July 2020", "1.5 million"), for reading numbers. */
  readonly numbers: string;
  /** How many words were put in front ("did", question words): the question proper starts after them. */
  readonly lead: number;
  /**
   * Told in the past where the English read loses the tense: a Chinese particle of a completed act ("后来怎么样了",
   * what became of it), which jieba tags 'ul' / 'ug' ("了", "过"); the glossary drops it as grammar.
   */
  readonly past?: boolean;
  /** A question of its own with a tag after it ("…văn kiện nào…, đúng chứ?"): what it takes for granted is asked to be checked. */
  readonly tagged?: boolean;
}

interface Entry {
  /** Folded words (vi) or the normalized text (zh) it matches. */
  readonly key: string;
  readonly size: number;
  /** English words, or null for a term of the facts (kept as typed). */
  readonly english: string | null;
  readonly question: boolean;
  /** A single word that had diacritics before folding: unsafe to match in a question typed without them. */
  readonly foldedSingle: boolean;
  /** The entry's words as written (vi: diacritics kept), for telling a word typed with other diacritics apart. */
  readonly written: readonly string[];
  /** The key's words, split once: matching compares them at every word of every question. */
  readonly words: readonly string[];
  /** The key ends in a Latin letter or digit ("5g"): in Chinese text it must not run on into another. */
  readonly latinEnd: boolean;
}

/** The terms the pivot matches: a talk's terms with a year ("hội đàm năm 2022") are read as words and a year,
 * for the scope stage takes dates and a format question then keeps its talk. */
function pivotTerms(kb: KnowledgeBase, lang: Foreign): string[] {
  const dated = new Set(kb.talks.flatMap((t) => t.terms[lang].filter((term) => /\d{4}/.test(term))));
  return termsOf(kb, lang).filter((term) => !dated.has(term));
}

const exact = (text: string) => viTones(text).toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();

/** A Roman numeral ("XIII") or digits as a number; null when neither. */
function romanOrDigits(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const value: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let out = 0;
  const t = text.toUpperCase();
  for (let i = 0; i < t.length; i++) {
    const v = value[t.charAt(i)];
    if (v === undefined) return null;
    out += v < (value[t.charAt(i + 1)] ?? 0) ? -v : v;
  }
  return out;
}

/** The dates and amounts of a question, in the form the English stages read. */
const VI_RULES: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  // "Đại hội XII", "Đại hội lần thứ 13": a party congress by its number, as English writes it ("12th national congress").
  [/(?<!\p{L})(?:đại hội|dai hoi)(?:\s+(?:đảng|dang))?\s+(?:(?:lần|lan)\s+(?:thứ|thu)\s+)?([XVIL]{1,6}|\d{1,2})(?![\p{L}\d])/giu, (m) => {
    const n = romanOrDigits(m[1] ?? '');
    return n !== null && n > 0 && n < 40 ? ` ${n}th national congress ` : (m[0] ?? '');
  }],
  [/(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/g, (m) => ` ${Number(m[1])} ${month(m[2])} ${m[3]} `],
  [/(?:th[aá]ng\s*)?(\d{1,2})\s*\/\s*(\d{4})/gi, (m) => ` ${month(m[1])} ${m[2]} `],
  [/(\d{1,2})\s*\/\s*(\d{1,2})(?!\d)/g, (m) => ` ${Number(m[1])} ${month(m[2])} `],
  [/th[aá]ng\s+(\d{1,2})(?:\s+n[aă]m\s+(\d{4}))?/gi, (m) => ` ${month(m[1])} ${m[2] ?? ''} `],
  // Not "63 tỉnh" (provinces): the word ends there, which "\b" cannot tell after a letter with a diacritic.
  [/(\d+),(\d+)\s*(tri[eệ]u|t[yỷỉ])(?![\p{L}\p{M}])/giu, (m) => ` ${m[1]}.${m[2]} ${/^tri/i.test(m[3] ?? '') ? 'million' : 'billion'} `],
  [/(\d+)\s*(tri[eệ]u|t[yỷỉ])(?![\p{L}\p{M}])/giu, (m) => ` ${m[1]} ${/^tri/i.test(m[2] ?? '') ? 'million' : 'billion'} `],
  [/\b(\d{1,3})\.(\d{3})\b/g, (m) => `${m[1]},${m[2]}`],
  // "15%": the sign as the glossary's word, as English reads "15 percent".
  [/(\d)\s*[%％]/gu, (m) => `${m[1] ?? ''} phần trăm `],
  // "nhân 3", "chia 7": arithmetic only before a number ("nhân dịp", "chia buồn" are words of their own).
  [/(?<!\p{L})nh[aâ]n\s+(?=\d)/giu, () => ' nhân với '],
  [/(?<!\p{L})chia\s+(?=\d)/giu, () => ' chia cho '],
  // "cộng", "trừ" only between two figures ("ngoại trừ 2 văn kiện": except two documents).
  [/(?<=(?:\d|million|billion)\s*)c[oộ]ng\s+(?=\d)/giu, () => ' cộng với '],
  [/(?<=(?:\d|million|billion)\s*)tr[uừ]\s+(?=\d)/giu, () => ' trừ đi '],
];

/** Chinese numerals up to 99 ("两", "十二", "七十") as a number. */
function hanNumber(text: string): number | null {
  const digit = (c: string | undefined) => (c === undefined || c === '' ? null : '〇一二三四五六七八九'.indexOf(c === '两' ? '二' : c));
  const [tens, units] = text.split('十');
  if (units === undefined) return digit(tens) ?? null;
  const t = tens === '' ? 1 : digit(tens);
  const u = units === '' ? 0 : digit(units);
  return t === null || u === null || t < 0 || u < 0 ? null : t * 10 + u;
}

/** A numeral and what it counts or dates: a measure word, "个月", "周年", a party congress ("十三大"). */
const HAN_NUMERAL = '[一二两三四五六七八九十]{1,3}';

const ZH_RULES: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  // Numbers written natively become digits, as typed ones: "两份" is "2 份", "十三大" (chat: "13大") the 13th congress,
  // whatever follows it after a party's name ("越共十四大是…"), else only before words that end the name ("十大成就" is no congress).
  [new RegExp(`(?<!\\d)(?:(?<=(?:越共|中共|党的|党)\\s*)(${HAN_NUMERAL}|\\d{2})\\s*大|(${HAN_NUMERAL}|\\d{2})\\s*大(?=以来|上|召开|提出|的|后|$|[^\\p{Script=Han}]))`, 'gu'), (m) => { const k = m[1] ?? m[2] ?? ''; const n = /\d/u.test(k) ? Number(k) : hanNumber(k); return n !== null && n >= 10 ? ` ${n}th national congress ` : (m[0] ?? ''); }],
  // "第十四届", "第14届": a session by its ordinal, as "the 14th" (a congress's own word follows).
  [new RegExp(`第\\s*(${HAN_NUMERAL}|\\d{1,2})\\s*届`, 'gu'), (m) => { const n = /\d/u.test(m[1] ?? '') ? Number(m[1]) : hanNumber(m[1] ?? ''); return n === null || n < 1 ? (m[0] ?? '') : ` ${ordinal(n)} `; }],
  // Not "一" ("一次", "统一"), nor "两次" (both talks), nor after a word that points ("下一次", "哪两位").
  [new RegExp(`(?<![第下上这那哪每一二两三四五六七八九十])(${HAN_NUMERAL})(?=[份项个轮位名届]|个月|周年|年(?!代))`, 'gu'), (m) => { const n = hanNumber(m[1] ?? ''); return n === null || n < 2 ? (m[0] ?? '') : ` ${n}`; }],
  // "百分之十五", "百分之15": a percentage, as "15%" is typed.
  [new RegExp(`百分之\\s*(\\d+(?:\\.\\d+)?|${HAN_NUMERAL})(?![\\d一二两三四五六七八九十])`, 'gu'), (m) => { const n = /\d/u.test(m[1] ?? '') ? m[1] : hanNumber(m[1] ?? ''); return n === null ? (m[0] ?? '') : ` ${n} percent `; }],
  [/(\d{1,3})\s*(?:周年|週年)/g, (m) => ` ${m[1]}th anniversary `],
  [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, (m) => ` ${Number(m[3])} ${month(m[2])} ${m[1]} `],
  [/(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, (m) => ` ${Number(m[2])} ${month(m[1])} `],
  [/(\d{4})\s*年\s*(\d{1,2})\s*月(?!份)/g, (m) => ` ${month(m[2])} ${m[1]} `],
  [/(\d{4})\s*年/g, (m) => ` ${m[1]} `],
  // "22年那场会谈": a year of this century said by its last two digits, as chat does (not "20年", twenty years).
  [/(?<![\d.])(19|2[1-9])\s*年(?![代来间前后])/g, (m) => ` 20${m[1]} `],
  [/(\d{1,2})\s*月(?:份)?(?!\d)/g, (m) => ` ${month(m[1])} `],
  [/(\d+(?:\.\d+)?)\s*万/g, (m) => ` ${Math.round(Number(m[1]) * 10_000).toLocaleString('en-GB')} `],
  [/(\d+(?:\.\d+)?)\s*亿/g, (m) => ` ${Number(m[1]) / 10} billion `],
  [/(\d{4})\s*[—–-]\s*(\d{4})/g, (m) => ` ${m[1]}-${m[2]} `],
  [/(\d{4})\s*(?:年\s*)?(?:到|至|~)\s*(\d{4})/g, (m) => ` ${m[1]}-${m[2]} `],
  // "一点障碍都没有" (not a bit of obstacle at all): the negation after its noun goes before it, as English says it,
  // and is no question's end ("…没有？" asks of a verb before it); the "at all" stays said.
  [/(?:一点儿?|一丝|丝毫|任何)([^\P{Script=Han}儿]\p{Script=Han}{0,7}?)[都也](?:没有|没)/gu, (m) => `完全没有${m[1] ?? ''}`],
  // "在两篇报道里是不是都出现了": the "都" that spreads the question over a pair goes back beside the pair, past the
  // yes/no frame put between them, so "两篇报道里都" reads "both articles" as it does unsplit.
  [/(两\p{Script=Han}{1,6}?)(是不是|是否)都/gu, (m) => `${m[1] ?? ''}都${m[2] ?? ''}`],
];

/** An English ordinal ("1st", "13th", "22nd"). */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function month(n: string | undefined): string {
  return MONTHS[Number(n) - 1] ?? n ?? '';
}

function rewrite(text: string, rules: readonly [RegExp, (m: RegExpExecArray) => string][]): string {
  let out = text;
  for (const [pattern, to] of rules) out = out.replace(pattern, (...args: unknown[]) => to(args.slice(0, -2) as unknown as RegExpExecArray));
  return out;
}

/** Entries by their first word (vi) or first character (zh), longest first. */
function index(entries: readonly Entry[], first: (key: string) => string): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  for (const e of entries) {
    const k = first(e.key);
    const list = out.get(k) ?? [];
    list.push(e);
    out.set(k, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.size - a.size || (a.english === null ? 1 : -1) - (b.english === null ? 1 : -1));
  return out;
}

interface Tables {
  readonly glossary: GlossaryFile;
  readonly exact: Map<string, Entry[]>;
  readonly folded: Map<string, Entry[]>;
}

function entriesOf(glossary: GlossaryFile, terms: readonly string[], key: (s: string) => string, unit: (key: string) => number): Entry[] {
  const out: Entry[] = [];
  const seen = new Set<string>();
  const add = (raw: string, english: string | null, question: boolean) => {
    const k = key(raw);
    if (!k) return;
    // The first of the keys that fold alike wins: the glossary lists the likelier sense first.
    const id = `${k}\u0000${english === null ? 't' : 'g'}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ key: k, size: unit(k), english, question, foldedSingle: unit(k) === 1 && k !== exact(raw), written: exact(raw).split(' '), words: k.split(' '), latinEnd: /[a-z0-9]$/.test(k) });
  };
  for (const [k, v] of Object.entries(glossary.questions)) add(k, v, true);
  for (const [k, v] of Object.entries(glossary.words)) add(k, v, false);
  // "是谁签的字？": a verb-object word split by a particle is still that word.
  for (const w of glossary.separable?.words ?? []) {
    const english = glossary.words[w];
    if (english !== undefined) for (const p of glossary.separable?.particles ?? []) add(`${w.slice(0, 1)}${p}${w.slice(1)}`, english, false);
  }
  const negated = glossary.negatedOpposites;
  for (const [k, v] of Object.entries(negated?.opposites ?? {})) for (const n of negated?.negators ?? []) add(`${n} ${k}`, v, false);
  for (const t of terms) add(t, null, false);
  return out;
}

const words = (key: string) => key.split(' ').length;


/** Texts whose pivot is kept: a question and the parts of it read, a follow-up's few readings. */
const RECENT_PIVOTS = 16;

export function createPivot(kb: KnowledgeBase, lexicon: Lexicon): (question: string, lang: Foreign) => Pivoted {
  const firstWord = (k: string) => k.split(' ')[0] ?? '';
  // Each language's tables are built on its first question: a bot asked only in English never pays for them.
  const viTables = once((): Tables & { marks: Marks; wording: Wording; asks: Asks; counted: (text: string) => string } => {
    const terms = pivotTerms(kb, 'vi');
    return {
      glossary: lexicon.glossaries.vi,
      exact: index(entriesOf(lexicon.glossaries.vi, terms, exact, words), firstWord),
      folded: index(entriesOf(lexicon.glossaries.vi, terms, normalize, words), firstWord),
      marks: markers(lexicon.glossaries.vi, exact),
      wording: buildWording(kb, 'vi', lexicon),
      asks: asksOf(lexicon.glossaries.vi),
      counted: countedOf(lexicon.glossaries.vi),
    };
  });
  const zhTables = once(() => {
    const terms = pivotTerms(kb, 'zh').map((t) => lexicon.simplified(t));
    const entries = entriesOf(lexicon.glossaries.zh, terms, normalize, (k) => [...k].length);
    return {
      index: index(entries, (k) => [...k][0] ?? ''),
      // The glossary's dropped words (chat, grammar) of two characters or more: split off where jieba cuts across them.
      functionWords: entries.filter((e) => e.english === '' && [...e.key].length >= 2).map((e) => e.key),
      // Characters the glossary reads on their own ("来", "啥", "签", "对"): a made-up word holding one is a phrase jieba
      // ran together ("认啥", "签新", "君对"), not a word typed by its sound.
      grammar: new Set(entries.filter((e) => [...e.key].length === 1).map((e) => e.key)),
      // What a word typed by its sound may be: the facts' names and terms, the glossary's words (not CC-CEDICT's others).
      homophones: once(() => {
        const dictionary = lexicon.chinese();
        return homophones(
          entries.filter((e) => e.english !== '').map((e) => e.key),
          dictionary?.words() ?? [],
          (c) => dictionary?.sounds(c) ?? [],
        );
      }),
      marks: markers(lexicon.glossaries.zh, normalize),
      wording: buildWording(kb, 'zh', lexicon),
      asks: { before: (lexicon.glossaries.zh.asks?.before ?? []).map(normalize), after: (lexicon.glossaries.zh.asks?.after ?? []).map(normalize) },
      questionWords: Object.keys(lexicon.glossaries.zh.questions).map((q) => normalize(lexicon.simplified(q))),
      // The sounds of the glossary's dropped particles ("呀" ya): a clause-final character typed for one ("的鸭").
      particles: once(() => {
        const dictionary = lexicon.chinese();
        const dropped = entries.filter((e) => e.english === '').map((e) => e.key);
        return particleSounds(dropped, (c) => dictionary?.cut(c)[0]?.tag ?? '', (c) => dictionary?.sounds(c) ?? []);
      }),
    };
  });

  const vietnamese = (asked: string): Pivoted => {
    const vi = viTables();
    const viMarks = vi.marks;
    const question = vi.counted(cutQuestion(asked));
    // "kỷ niệm 60 năm": an anniversary the facts' wording does not give, by its number as English writes it
    // ("60th anniversary"), so that it is compared with theirs like any ordinal; theirs ("70 năm") stays their term.
    const numbers = rewrite(question, VI_RULES).replace(/(?<!\p{L})(kỷ niệm|ky niem)\s+(\d{1,3})\s+(?:năm|nam)(?!\p{L})/giu, (all, said: string, n: string) =>
      vi.wording.uses(`${n} nam`) ? all : ` ${said} ${n}th anniversary `,
    );
    const typed = joinedSplit(exact(numbers).split(' ').filter(Boolean), vi.wording, (w) => (vi.folded.get(w) ?? []).some((e) => e.size === 1 && e.key === w));
    const nfc = question.normalize('NFC');
    const asTyped = { nfc, lower: nfc.toLowerCase() };
    const folded = typed.map((w) => foldWord(w));
    // Typed with diacritics: match as typed ("quà" is not "qua"); without, match folded words.
    const accented = typed.some((w, i) => w !== folded[i]);
    const forms = accented ? typed : folded;
    // A mark typed with diacritics must match as typed: "ạ" (politeness) is not "à" (a question).
    const marked = (i: number, mark: string) => typed[i] === mark || (typed[i] === folded[i] && folded[i] === foldWord(mark));
    // The words of the message's first clause (up to its first question mark or comma): a yes/no clause may close there.
    // Counted only when no earlier sign decided the yes/no: joining the clause's words a second time for every
    // Vietnamese question was time and garbage spent for a rare shape.
    const clauseWords = () => {
      const firstClause = /^([^?,]{1,200})[?,]/u.exec(numbers);
      return firstClause ? joinedSplit(exact(firstClause[1] ?? '').split(' ').filter(Boolean), vi.wording, (w) => (vi.folded.get(w) ?? []).some((e) => e.size === 1 && e.key === w)).length : 0;
    };
    const { yesNo, keep, clause, tagged } = yesNoOf(folded, viMarks, (i) => {
      // Filler as typed ("ạ" after "chưa"), else folded when typed without diacritics.
      const w = typed[i] ?? '';
      return vi.glossary.words[w] === '' || (w === folded[i] && (vi.glossary.words[w] === '' || foldedFiller(vi, w)));
    }, marked, clauseWords);
    // Terms of several words first ("Ban Liên lạc Đối ngoại…" before the glossary's "trưởng ban"), then the rest.
    const table = accented ? vi.exact : vi.folded;
    const terms = new Map<number, Entry>();
    const free = [...keep];
    const termAt = (i: number) => matchWords(table, forms, i, accented, free, 2, true) ?? (accented ? matchWords(vi.folded, folded, i, false, free, 2, true, typed) : null);
    for (let i = 0; i < forms.length; i++) {
      const term = termAt(i);
      // A term the glossary also has ("chúc mừng", "vật tư y tế") is read as its English, which names the topic too.
      if (!term || (table.get(forms[i] ?? '') ?? []).some((e) => e.english !== null && e.key === term.key)) continue;
      // "ông Trung Quốc" (the Chinese official): a term whose last words begin a longer one ("Trung Quốc") gives way to it.
      const end = i + term.size;
      if (Array.from({ length: term.size - 1 }, (_, k) => i + 1 + k).some((j) => j + (termAt(j)?.size ?? 0) > end)) continue;
      terms.set(i, term);
      for (let k = i; k < i + term.size; k++) free[k] = false;
      i += term.size - 1;
    }
    // A sentence's first word is capitalised whatever it is: a name only when the word after it is capitalised too.
    // A single word that is a term of the facts once folded ("doc" for DOC, "tinh" for "tỉnh").
    const isTerm = (w: string) => (vi.folded.get(w) ?? []).some((e) => e.english === null && e.size === 1 && e.key === w);
    const casedAt = casedWords(asTyped, typed);
    const openers = sentenceOpeners(numbers, typed, (i) => /^\p{Lu}/u.test(casedAt[i] ?? ''));
    const out: { word: PivotWord; question: boolean }[] = [];
    // Words left without English, found as runs of syllables in the facts' own Vietnamese wording.
    let left: number[] = [];
    // Each run's word is made once every run is known: whether a lone syllable stands alone among them decides it.
    const runs: { run: Run; at: number }[] = [];
    const flushLeft = () => {
      for (const run of syllableRuns(left, typed, folded, vi.wording, vi.asks)) {
        runs.push({ run, at: out.length });
        out.push({ word: { text: '', cased: '' }, question: false });
      }
      left = [];
    };
    // Typed without diacritics, a single glossary word that had them ("tai" as "tại", "se" as "sẽ") gives way to
    // a pair of syllables the facts' wording uses ("tai san", "tài sản"; "chia se", "chia sẻ") when the word
    // next to it, after or before, is one the glossary lacks.
    const yields = new Set<number>();
    const lacked = (k: number) => k >= 0 && k < forms.length && free[k] === true && !terms.has(k) && !yields.has(k) && !matchWords(table, forms, k, false, free);
    for (let k = 0; k < forms.length && !accented; k++) {
      const single = free[k] && !terms.has(k) ? matchWords(table, forms, k, false, free) : null;
      if (!single || single.size !== 1 || !single.foldedSingle) continue;
      if (lacked(k + 1) && vi.wording.uses(folded.slice(k, k + MIN_GRAM).join(' '))) yields.add(k).add(k + 1);
      else if (lacked(k - 1) && vi.wording.uses(folded.slice(k - 1, k - 1 + MIN_GRAM).join(' '))) yields.add(k - 1).add(k);
    }
    // Where the facts' terms of several words end ("Trung Quốc" of "phía Trung Quốc giúp…"): a side doing what a verb says.
    const termEnds = new Set([...terms].map(([at, t]) => at + t.size - 1));
    // Where a term of the facts ("tỉnh") was put in `out`: a noun, which a "nào" after it asks which of.
    const termsOut = new Set<number>();
    // Glossary words that carry a number ("mục tiêu 100 năm": centenary goal): the number names the thing, no amount.
    const numberedGlossed: Entry[] = [];
    let i = 0;
    while (i < forms.length) {
      if (i === clause) {
        flushLeft();
        out.push({ word: { text: 'did', cased: typed[i] ?? 'did' }, question: false });
      }
      const entry = yields.has(i) ? null : (terms.get(i) ?? (free[i] ? (matchWords(table, forms, i, accented, free) ?? (accented ? matchWords(vi.folded, folded, i, false, free, 2, false, typed) : null)) : null));
      if (!entry) {
        if (free[i]) left.push(i);
        i++;
        continue;
      }
      flushLeft();
      if (entry.english !== null && /\d/.test(entry.key)) numberedGlossed.push(entry);
      if (entry.english === null) {
        termsOut.add(out.length);
        out.push({ word: { text: folded.slice(i, i + entry.size).join('_'), cased: casedAt.slice(i, i + entry.size).join(' ') }, question: false });
      } else {
        // A capitalised word within a sentence ("quan hệ Mỹ – Trung") keeps its capital, a name like any other.
        const asCased = casedAt.slice(i, i + entry.size).join(' ');
        const paired = entry.size === 1 ? (correlative(vi.glossary, folded, i) ?? transitive(vi.glossary, folded, i, (j) => terms.has(j) || isTerm(folded[j] ?? ''), (j) => termEnds.has(j) || isTerm(folded[j] ?? ''))) : null;
        out.push(...glossed(paired === null ? entry : { ...entry, english: paired }, openers.has(i) ? asCased.toLowerCase() : asCased));
      }
      i += entry.size;
    }
    flushLeft();
    // "mấy ý gì": one syllable asked about, the only word found nowhere, that the facts' wording has ("ý" of "ý kiến")
    // is part of some word of theirs said otherwise: never named as what they lack. Beside another word found nowhere
    // ("biến … khí hậu"), it may be part of that thing, and is kept as asked.
    const unfound = runs.filter(({ run }) => !run.found && !run.number);
    const lone = unfound.length === 1 && !yesNo && unfound[0]?.run.asked === true ? unfound[0] : undefined;
    const ofTheirs = lone !== undefined && lone.run.to - lone.run.from === 1 && vi.wording.hasSyllable(typed[lone.run.from] ?? '');
    // Folded, a word found nowhere may spell an English month ("máy" of "bộ máy" → "may"), which the later stages
    // read as the date of a talk: like a term's, that spelling keeps its diacritics.
    // So does a syllable typed with other diacritics than a name of the facts has it ("quán", a shop, is not "Quân"):
    // folded, the later stages would read it as that person.
    const collides = (w: string, own: string) => isTerm(w) || MONTHS.includes(w) || misaccentedName(w, own);
    // "sẽ tiếp tục": a lone syllable found nowhere ("tục") that makes a word of the facts' wording with the glossary word
    // beside it ("tiếp", read as "again") is part of that word, never named as something the articles lack.
    const unfoundAt = new Set(unfound.flatMap(({ run }) => Array.from({ length: run.to - run.from }, (_, j) => run.from + j)));
    const pairUsed = (from: number) => (accented ? vi.wording.usesAccented(typed.slice(from, from + MIN_GRAM).join(' ')) : vi.wording.uses(folded.slice(from, from + MIN_GRAM).join(' ')));
    const glossedAt = (j: number) => j >= 0 && j < typed.length && !unfoundAt.has(j) && !/\d/.test(folded[j] ?? '');
    const partOfWord = (r: Run) => !r.found && !r.number && r.to - r.from === 1 && ((glossedAt(r.from - 1) && pairUsed(r.from - 1)) || (glossedAt(r.to) && pairUsed(r.from)));
    // "Song Tào", "Hoàng Bình Quán": syllables that, folded, spell a person's name of two words or more are that name
    // misaccented, not a detail the articles lack nor another word; they are read folded, as the name.
    const inName = nameSpans(folded, personNames());
    for (const r of runs) {
      const inWord = partOfWord(r.run);
      const named = Array.from({ length: r.run.to - r.run.from }, (_, k) => r.run.from + k).every((k) => inName.has(k));
      const run = (ofTheirs && r === lone) || inWord ? { ...r.run, asked: false } : r.run;
      out[r.at] = { word: viWord(run, typed, folded, casedAt, yesNo && !inWord && !named, openers.has(run.from), named ? () => false : collides), question: false };
    }
    // "phân phát cho tỉnh nào": "nào" after a term asks which of it; fronted as English fronts question words, it takes
    // its noun along ("which tinh"), as "哪个部门" does in Chinese, so what is asked which of is known.
    for (let k = 1; k < out.length; k++) {
      const [noun, which] = [out[k - 1], out[k]];
      if (!noun || !which || !termsOut.has(k - 1) || noun.question || !which.question || which.word.text !== 'which') continue;
      [out[k - 1], out[k]] = [which, { ...noun, question: true }];
    }
    // "Ở lần nào thì phía Trung Quốc tặng…": a preposition of occasion before a question word asks at which occasion
    // ("in which talk"); left behind when that is fronted, it would place what follows ("in the Chinese side").
    for (let k = 1; k < out.length; k++) {
      const [at, asked] = [out[k - 1], out[k]];
      if (at && asked?.question === true && !at.question && OCCASION_PREPOSITIONS.has(at.word.text)) out[k - 1] = { ...at, question: true };
    }
    const read = arranged(tolerated(out), yesNo, withoutTermNumbers(numbers, [...terms.values(), ...numberedGlossed]), (w) => lexicon.lemma(w), true);
    return tagged === true ? { ...read, tagged } : read;
  };

  /** English words that single one thing out among others ("especially"): data/lexicon/en.json focus.ranking. */
  const singlingOut = once(() => new Set(lexicon.focus.ranking));
  /** Words asking the most or least of something (`focus.superlative`). */
  const superlatives = once(() => new Set(lexicon.focus.superlative));
  /** English words that name a talk or its format ("talks", "telephone", "video"). */
  // The syllables of the people's Vietnamese names, folded, each with the diacritics the name writes it with.
  const nameSyllables = once(() => {
    const forms = new Map<string, Set<string>>();
    for (const p of kb.people.values()) {
      for (const own of (p.nativeName ?? '').normalize('NFC').toLowerCase().split(/\s+/u).filter(Boolean)) {
        const key = foldWord(own);
        forms.set(key, (forms.get(key) ?? new Set()).add(own));
      }
    }
    return forms;
  });
  // Every name of a person of two words or more (English, Vietnamese, aliases), folded, as lists of syllables.
  const personNames = once(() =>
    [...kb.people.values()]
      .flatMap((p) => [p.name, p.nativeName ?? '', ...p.aliases])
      .map((n) => foldWord(n.normalize('NFC').toLowerCase()).split(/\s+/u).filter(Boolean))
      .filter((n) => n.length >= 2),
  );
  /** A syllable typed with diacritics (`own`) that folds to a name's syllable (`w`) but is not written as the name writes it. */
  const misaccentedName = (w: string, own: string): boolean => {
    const forms = nameSyllables().get(w);
    return forms !== undefined && own !== w && !forms.has(own.normalize('NFC'));
  };
  const talkWords = once(() => new Set([...TALK_NOUNS, ...TALK_ANCHORS, ...kb.talks.flatMap((t) => [...t.aliases, ...t.format.keywords].flatMap((k) => normalize(k).split(' ')))]));
  /** Nouns of gatherings other than the talks (data/lexicon/en.json claims.otherEvents: congress, plenum), by lemma. */
  const eventNouns = once(() => new Set(lexicon.claims.otherEvents.map((w) => lexicon.lemma(w))));
  /** The glossary's modals (`auxiliaries`), longest first. */
  /** The glossary's words of degree (`degrees`). */
  const degrees = once(() => new Set(lexicon.glossaries.zh.degrees ?? []));
  /** The glossary's measure words and the pointers before them (`measures`). */
  const measureWords = once(() => ({ words: new Set(lexicon.glossaries.zh.measures?.words ?? ''), pointers: new Set(lexicon.glossaries.zh.measures?.pointers ?? '') }));
  const auxiliaries = once(() => Object.entries(lexicon.glossaries.zh.auxiliaries ?? {}).sort(([a], [b]) => b.length - a.length));
  /** The people's Chinese names, put right where typed by their sound (name-by-sound.ts). */
  const byNameSound = once(() => {
    const dictionary = lexicon.chinese();
    return namesBySound([...kb.people.values()].flatMap((p) => p.terms.zh), (c) => dictionary?.sounds(c) ?? []);
  });
  const chinese = (typed: string): Pivoted => {
    const { index: zh, marks: zhMarks, wording, asks, questionWords, functionWords, grammar, homophones: alike, particles } = zhTables();
    const measures = measureWords();
    const question = withoutInterjection(retyped(lexicon.simplified(typed), lexicon.glossaries.zh.retyped), (c) => (zh.get(c.charAt(0)) ?? []).some((e) => e.key === c), (w) => lexicon.isEnglish(w) || lexicon.vocabulary.has(w));
    const numbers = rewrite(lexicon.simplified(cutQuestion(question)), ZH_RULES);
    const text = normalize(numbers);
    const typedLatin = [...numbers.matchAll(/[A-Za-z0-9]+/gu)].map((m) => m[0]);
    const { yesNo, text: typedAsIs } = zhYesNo(text, zhMarks, (w) => lexicon.glossaries.zh.words[w] === '', (t) => questionWords.some((q) => t.includes(q)), numbers);
    // "黎怀中" for 黎怀忠: a known name typed by its sound, wherever jieba would cut it (name-by-sound.ts).
    const typedRest = byNameSound()(typedAsIs);
    // jieba's words: a glossary entry is taken only where it starts and ends a word ("时" is not cut out of
    // "当时"); a word the glossary lacks is read through CC-CEDICT, as a name, or in the facts' wording.
    const dictionary = lexicon.chinese();
    const modals = auxiliaries().map(([w]) => w);
    const tagAlone = (w: string) => {
      const alone = dictionary?.cut(w) ?? [];
      return alone.length === 1 && alone[0] ? alone[0].tag : 'x';
    };
    const cutOf = (t: string) => (dictionary ? splitMadeModals(splitFunctionWords(t, dictionary.cut(t), functionWords), modals, (w) => dictionary.english(w) !== undefined, tagAlone) : []);
    // A word jieba made up that sounds like one known word, holding no grammar, is that word mistyped ("户照": 护照).
    const typedCut = cutOf(typedRest);
    const mistyped = (w: ChineseWord) => /^\p{Script=Han}{2,}$/u.test(w.word) && ![...w.word].some((c) => grammar.has(c)) && !(zh.get(w.word.charAt(0)) ?? []).some((e) => e.key === w.word) && !wording.uses(w.word);
    const soundFixed = dictionary && typedCut.some((w) => w.made === true && mistyped(w)) ? withHomophones(typedRest, typedCut, mistyped, (t) => alike().of(t)) : typedRest;
    // A name jieba tags that nothing knows, cut short of its last character ("黄平|军"), may be a known name mistyped.
    const unknownName = (w: ChineseWord) => isNameTag(w.tag) && !(zh.get(w.word.charAt(0)) ?? []).some((e) => e.key === w.word);
    const rest = soundFixed === typedRest && dictionary ? (nameWithSlip(typedRest, typedCut, unknownName, (t) => alike().of(t)) ?? typedRest) : soundFixed;
    const cut = dictionary ? wordsAt(rest === typedRest ? typedCut : cutOf(rest), rest, (w) => dictionary.isVerb(w)) : null;
    const out: { word: PivotWord; question: boolean }[] = [];
    let unknown = '';
    let unknownAt = 0;
    // Part of a word jieba tags as a noun: what the question is about, which the articles may lack ("呼吸机").
    let noun = false;
    const flush = () => {
      // A lone character after a verb and 不/得 is that verb's complement ("出不去": cannot get out), grammar of
      // the verb, not a thing the question is about: a yes/no question does not ask for it.
      const complement = unknown.length === 1 && /\p{Script=Han}[不得]$/u.test(rest.slice(0, unknownAt));
      const read = unknown ? zhUnknown(unknown, rest, unknownAt, asks, !complement && (yesNo || noun || cut === null), questionWords) : null;
      // A verb of acting kept as what may be asked ("当面坐下来谈的吗": sat down) is marked: the words stage weighs it.
      if (read) out.push({ word: read.native === undefined && dictionary?.isVerb(unknown) === true ? { ...read, native: 'act' } : read, question: false });
      unknown = '';
      noun = false;
    };
    const matched: Entry[] = [];
    /** Where a "which talk" word ("哪一次") put its "talk" in `out`, and where it ends in the text. */
    const whichTalk: { at: number; end: number }[] = [];
    const whichNoun: { at: number; end: number }[] = [];
    const fits = (e: Entry, i: number) =>
      rest.startsWith(e.key, i) && (!e.latinEnd || !/^[a-z0-9]/.test(rest.charAt(i + e.key.length)));
    // Where the last entry ended counts as a start too: a term read whole ("越方") may end inside a word jieba cut ("越|方向").
    let taken = 0;
    // A word jieba cut that is read whole (CC-CEDICT has it, or it is a name) is not cut into: "地震" is an
    // earthquake, not "地" and "震". Into one read no other way ("表示慰问") the glossary's words still go.
    const whole = (w: ChineseWord | undefined) => w !== undefined && dictionary !== null && (dictionary.english(w.word) !== undefined || isNameTag(w.tag));
    // "当面谈": jieba's "当|面谈" leaves a lone character it reads as nothing of the sense ("当": dong) before a word
    // the glossary's entry ends inside ("当面": in person); where what that word leaves over is a word too ("谈"), the
    // entry and that word are the reading ("当面|谈"), not the lone character and an interview.
    const known = (w: string) => (zh.get(w.charAt(0)) ?? []).some((e) => e.key === w && e.english !== null) || dictionary?.english(w) !== undefined;
    const regrouped = (from: number, to: number, start: number, w: ChineseWord) => {
      const lone = cut?.at.get(from);
      return lone !== undefined && lone.word.length === 1 && start === from + 1 && start + w.word.length > to && known(w.word.slice(to - start));
    };
    const cutsWhole = (from: number, to: number) =>
      cut !== null && [from, to - 1].some((k) => {
        const start = cut.within.get(k);
        const w = start === undefined ? undefined : cut.at.get(start);
        return start !== undefined && w !== undefined && (start < from || start + w.word.length > to) && !(start < from && from === taken) && whole(w) && !regrouped(from, to, start, w);
      });
    // A word jieba reads as an adverb of degree ("回应得比较消极", "比较积极": rather), after "得" or before an
    // adjective, says how, not what: the glossary's other sense of it ("比较": compare) is not read.
    // Whether the sentence holding a word asks: it ends with a question mark, or is the message's last. The read text
    // has lost its stops: the same occurrence of the word is found in the question as typed.
    const asking = (i: number, key: string) => {
      const nth = rest.slice(0, i).split(key).length - 1;
      let at = -1;
      for (let k = 0; k <= nth; k++) at = question.indexOf(key, at + 1);
      return at < 0 || !/^[^。！!？?]*[。！!]/u.test(question.slice(at));
    };
    const degree = (e: Entry, i: number) => {
      const w = cut?.at.get(i);
      // "哪个省最严重": a superlative ("最": most) asks which ranks highest, which coverage weighs: kept (one in a
      // statement is read as nothing before this).
      if (!cut || !w || w.word !== e.key || w.tag !== 'd' || e.question || superlatives().has(e.english ?? '')) return false;
      const before = cut.within.get(i - 1);
      const next = cut.at.get(i + e.key.length);
      return (before !== undefined && cut.at.get(before)?.word === '得') || (next?.tag.startsWith('a') ?? false);
    };
    // "这段时间", "哪几层关系": a measure word just after a pointer the glossary read alone ("这", "几") counts or points
    // and names nothing. Read as nothing unless the glossary reads a longer word there or jieba cut a word the dictionary
    // reads starting at it; the rest of a word jieba cut across it ("段|时间") is then read on its own.
    const measured = (i: number, entry: Entry | undefined) => {
      const w = cut?.at.get(i);
      return measures.words.has(rest.charAt(i)) && measures.pointers.has(rest.charAt(i - 1)) && (entry?.key.length ?? 1) === 1 && !(w !== undefined && w.word.length > 1 && whole(w) && !isNameTag(w.tag));
    };
    const aligned = (e: Entry, i: number) => e.english === null || cut === null || !cutsWhole(i, i + e.key.length);
    // By string index (not an array of characters): a long question stays linear. `inside` is the end of a
    // word jieba cut that nothing read whole: its characters are read one by one, as without jieba.
    let inside = 0;
    let i = 0;
    while (i < rest.length) {
      const c = String.fromCodePoint(rest.codePointAt(i) ?? 32);
      if (c === ' ') {
        flush();
        i += 1;
        continue;
      }
      const entry = (zh.get(c) ?? []).find((e) => fits(e, i) && (i < inside ? i + e.key.length <= inside : aligned(e, i)));
      // Grammar jieba finds that the glossary does not read whole (chat-particles.ts): a particle of its dictionary
      // ("不是的话": if not), or a clause-final particle typed by its sound ("线下的鸭"), is read as nothing.
      const found = i >= inside ? cut?.at.get(i) : undefined;
      if (found && (entry?.key.length ?? 0) < found.word.length && (entry === undefined || entry.english === '')) {
        const before = cut?.at.get(cut.within.get(i - 1) ?? -1);
        const particle = (found.word.length >= 2 && isParticle(found)) || (entry === undefined && dictionary !== null && isFinalParticle(found, before, rest.slice(i + found.word.length), dictionary.sounds(found.word), particles()));
        if (particle) {
          flush();
          i += found.word.length;
          taken = i;
          continue;
        }
      }
      if (measured(i, entry)) {
        flush();
        const cutAcross = cut?.at.get(i);
        const after = cutAcross && cutAcross.word.length > 1 && dictionary ? dictionaryPart(cutAcross.word.slice(c.length), (w) => zhWord({ word: w, tag: 'x' }, dictionary, wording, (x) => lexicon.lemma(x))) : null;
        if (after) out.push({ word: after.read, question: false });
        i += c.length + (after?.size ?? 0);
        taken = i;
        continue;
      }
      // Inside a word jieba cut that nothing reads whole, once the glossary has cut into it ("表示|同情") or where
      // jieba made it up from characters its dictionary lacks together ("灾来", tagged x), a longer word the dictionary
      // reads there ("同情": sympathy) is taken before the glossary's shorter one ("同": with) or a
      // character left unknown. A word of jieba's dictionary not cut into ("呼吸机", "交换意见") stays as it was read.
      const within = cut?.within.get(i);
      const around = within === undefined ? undefined : cut?.at.get(within);
      // Where a term of the facts ended inside a word jieba read whole ("中共|中央"), the rest of that word is read as
      // the dictionary reads it ("中央": central), not cut into the glossary's single characters ("中": in).
      const open = around !== undefined && within !== undefined && ((!whole(around) && (within !== i || around.tag === 'x')) || (within < i && i === taken));
      const end = open && within !== undefined ? within + around.word.length : i;
      const part = end > i && dictionary ? dictionaryPart(rest.slice(i, end), (w) => zhWord({ word: w, tag: 'x' }, dictionary, wording, (x) => lexicon.lemma(x))) : null;
      if (part && part.size > (entry?.key.length ?? 0)) {
        flush();
        out.push({ word: part.read, question: false });
        i += part.size;
        taken = i;
        continue;
      }
      // A superlative in a long message's statement ("疫情最凶的时候。") only says how much: no ranking is asked.
      if (entry && superlatives().has(entry.english ?? '') && !asking(i, entry.key)) {
        flush();
        i += entry.key.length;
        taken = i;
        continue;
      }
      if (entry && degree(entry, i)) {
        flush();
        i += entry.key.length;
        taken = i;
        continue;
      }
      // "局势比较复杂": a word of degree before an adjective (jieba may cut the two as one) says how much, not a comparison.
      if (entry && degrees().has(entry.key)) {
        const whole = cut?.at.get(i)?.word ?? '';
        if (cut?.at.get(i + entry.key.length)?.tag.startsWith('a') === true || (whole.length > entry.key.length && whole.startsWith(entry.key))) {
          flush();
          i += entry.key.length;
          taken = i;
          continue;
        }
      }
      if (entry) {
        flush();
        if (entry.english === null) matched.push(entry);
        if (entry.english === null) out.push({ word: { text: entry.key.replace(/ /g, '_'), cased: entry.key }, question: false });
        else if (WHICH_TALK.test(entry.english)) whichTalk.push({ at: out.push(...glossed(entry, entry.key)) - 1, end: i + entry.key.length });
        else if (entry.question && entry.english === 'which') whichNoun.push({ at: out.push(...glossed(entry, entry.key)) - 1, end: i + entry.key.length });
        // "重视与越南的关系": after a verb, "与", "和" join its object to it (with), not two who act (and).
        else if (entry.english === 'and' && cut?.at.get(cut.within.get(i - 1) ?? -1)?.tag.startsWith('v') === true) out.push({ word: { text: 'with', cased: entry.key }, question: false });
        // "还会…吗", "会再…吗": whether it will happen again asks in the future; asked why or how ("为什么2022年还会有
        // 拥堵"), the same modal is "would", of the story's time.
        else if (!yesNo && entry.key.includes('会') && entry.english?.split(' ').includes('will') === true) out.push(...glossed({ ...entry, english: entry.english.replace('will', 'would') }, entry.key));
        // "越南会回赠什么吗": a bare 会 before a verb, asked yes or no, is whether it will happen, as "还会…吗" is: the
        // future ("会上提到了吗" is at the meeting).
        else if (yesNo && entry.key === '会' && entry.english === 'would' && cut?.at.get(i)?.word === '会' && cut.at.get(i + 1)?.tag.startsWith('v') === true) out.push(...glossed({ ...entry, english: 'will' }, entry.key));
        else out.push(...glossed(entry, entry.key));
        i += entry.key.length;
        taken = i;
        continue;
      }
      if (/[\p{Script=Han}]/u.test(c)) {
        const word = i >= inside && dictionary && cut ? cut.at.get(i) : undefined;
        // "换算成美元": a complement jieba cut alone after a verb says what it turns into.
        const complement = word && word.word.length === 1 ? lexicon.glossaries.zh.complements?.[word.word] : undefined;
        if (word && complement !== undefined && cut?.at.get(cut.within.get(i - 1) ?? -1)?.tag.startsWith('v') === true) {
          flush();
          out.push({ word: { text: complement, cased: word.word }, question: false });
          i += word.word.length;
          continue;
        }
        // "中越要加强什么", "两国要加强": a modal just before a word jieba tags a verb says that verb is to be done
        // ("should"), not an act of its own (the dictionary's "demand" would read it as an urging). So is one before a
        // preposition that opens the verb's phrase ("为啥要向越南道谢": to thank).
        const auxiliary = auxiliaries().find(([w]) => rest.startsWith(w, i) && (word === undefined || word.word === w) && /^(v|p$)/.test(cut?.at.get(i + w.length)?.tag ?? ''));
        if (auxiliary) {
          flush();
          out.push({ word: { text: auxiliary[1], cased: auxiliary[0] }, question: false });
          i += auxiliary[0].length;
          continue;
        }
        // "特别珍视", "尤其重视": an adverb of singling out before a verb or adjective says how much, not which one;
        // so does a word of degree before an adjective ("相当复杂").
        const gloss = word && dictionary ? dictionary.english(word.word) : undefined;
        const nextTag = word ? (cut?.at.get(i + word.word.length)?.tag ?? '') : '';
        // "好难记": the adjective may open a word jieba made up ("难记"), tagged as its first character is alone.
        const next = word ? cut?.at.get(i + word.word.length) : undefined;
        const adjective = nextTag.startsWith('a') || (next?.made === true && tagAlone(next.word.charAt(0)).startsWith('a'));
        if (word && ((word.tag === 'd' && gloss !== undefined && singlingOut().has(gloss) && /^[va]/.test(nextTag)) || (degrees().has(word.word) && adjective))) {
          flush();
          i += word.word.length;
          continue;
        }
        // A word of quantity jieba tags as one ("让中国多跟…": more), with no number in it and no English the dictionary
        // gives, says how much, never what: read as nothing, like a word of degree.
        if (word && word.tag === 'm' && !NUMERALS.test(word.word) && dictionary?.english(word.word) === undefined) {
          flush();
          i += word.word.length;
          continue;
        }
        // "2020年夏天", "2022年春天": a time word jieba tags ("t") just after a year only narrows that year, which dates
        // the talk; it names nothing the articles may lack, nor stands between a side and the start of its clause.
        if (word && word.tag === 't' && /(?:19|20)\d{2}\s*$/u.test(rest.slice(0, i))) {
          flush();
          i += word.word.length;
          continue;
        }
        // A preposition the glossary lacks ("按越方的说法", "据报道": according to) relates words and names nothing;
        // the dictionary's sense of its character ("按": press) is another word's.
        if (word && word.tag === 'p') {
          flush();
          i += word.word.length;
          continue;
        }
        // "东南亚国家" (Southeast Asian nations) for "东南亚国家联盟" (ASEAN): a place or body jieba tags that begins
        // exactly one of the facts' terms, and is none itself, names what that term names, described by its members.
        const described = word && (word.tag === 'ns' || word.tag === 'nt') ? (zh.get(c) ?? []).filter((e) => e.english === null && e.key.length > word.word.length && e.key.startsWith(word.word)) : [];
        const term = described.length > 0 && described.every((e) => e.key === described[0]?.key) ? described[0] : undefined;
        if (word && term) {
          flush();
          matched.push(term);
          out.push({ word: { text: term.key.replace(/ /g, '_'), cased: word.word }, question: false });
          i += word.word.length;
          continue;
        }
        const read = word && dictionary ? zhWord(word, dictionary, wording, (x) => lexicon.lemma(x)) : null;
        if (word && read) {
          flush();
          out.push({ word: read, question: false });
          i += word.word.length;
          continue;
        }
        // "电话是谁跟谁打的", "打了个电话": a verb jieba cut alone that the glossary knows only joined to its object
        // ("打电话": phone call), the object said elsewhere in the question, is that word split as Chinese splits it
        // (离合词): the object carries its sense, and the verb names nothing the articles may lack.
        if (word && [...word.word].length === 1 && splitWord(zh.get(c) ?? [], c, rest, i)) {
          flush();
          i += word.word.length;
          continue;
        }
        if (word) {
          // Read again from here, character by character within the word.
          inside = i + word.word.length;
          continue;
        }
        if (!unknown) unknownAt = i;
        if (i < inside && cut?.nounsUntil.has(inside)) noun = true;
        unknown += c;
        i += c.length;
        continue;
      }
      // Latin letters and digits: a word of their own ("COVID", "2022").
      flush();
      const run = /^[a-z0-9]+/.exec(rest.slice(i, i + 64))?.[0] ?? c;
      // A letter of another script is a face drawn in chat ("ಠ_ಠ"), never a word asked about.
      if (run === c && /\p{L}/u.test(c)) {
        i += c.length;
        continue;
      }
      // As typed: capitals tell an acronym the articles lack ("GDP") as they do in English.
      const cased = typedLatin.find((x) => x.toLowerCase() === run) ?? run;
      out.push({ word: { text: run, cased }, question: false });
      i += run.length;
    }
    flush();
    // "在哪个会议室", "哪个部门": "which" before a noun asks which of that noun; fronted as English fronts question
    // words, it takes its noun along ("which room"), as an English question has it, not left behind in the sentence.
    // A measure word between them ("哪项工作": which item of work) counts and names nothing; a noun of acting jieba
    // tags "vn" ("工作": work) is a noun as much as one tagged "n".
    for (const { at, end } of whichNoun) {
      const next = out[at + 1];
      const noun = end + (measures.words.has(rest.charAt(end)) && cut?.at.get(end) === undefined ? 1 : 0);
      const tag = cut?.at.get(noun)?.tag ?? '';
      if (next && !next.question && !next.word.native && /^[a-z]+$/.test(next.word.text) && /^v?n/.test(tag)) out[at + 1] = { ...next, question: true };
    }
    // "哪一次全国代表大会": a "which talk" word before a noun that names no talk counts that noun ("which congress").
    for (const { at, end } of whichTalk.reverse()) {
      const next = out[at + 1]?.word;
      const tag = cut?.at.get(end)?.tag ?? '';
      const noun = next !== undefined && !next.native && /^[a-z]+$/.test(next.text) && tag.startsWith('n') && !talkWords().has(next.text);
      // So does a term of the facts kept as typed that names another gathering ("哪次党代会": which congress).
      const english = next !== undefined && !next.native && /^\p{Script=Han}+$/u.test(next.text) ? dictionary?.english(next.text) : undefined;
      const event = english !== undefined && tag.startsWith('n') && eventNouns().has(lexicon.lemma(english));
      if (noun || event) out.splice(at, 1);
    }
    // "文件是两份吗": a count said of its noun last ("the documents are two") is read as English says it ("two documents").
    const [counted, count] = [out.at(-2), out.at(-1)];
    if (counted && count && /^\d{1,3}$/.test(count.word.text) && !/\d/.test(counted.word.text) && !counted.question) out.splice(-2, 2, count, counted);
    out.splice(0, out.length, ...sameSaidLast(out));
    const past = cut !== null && [...cut.at.values()].some((w) => w.tag === 'ul' || w.tag === 'ug');
    return { ...arranged(tolerated(out), yesNo, withoutTermNumbers(numbers, matched), (w) => lexicon.lemma(w)), past };
  };

  // One question is pivoted several times while it is read (its tokens, its asking part, a follow-up read with and
  // without what the conversation gives): the last few are kept, as the pivot of a text never changes.
  const recent = new Map<string, Pivoted>();
  return (question, lang) => {
    const key = `${lang}\u0000${question}`;
    const known = recent.get(key);
    if (known) return known;
    const pivoted = lang === 'vi' ? vietnamese(question) : chinese(question);
    if (recent.size >= RECENT_PIVOTS) recent.delete(recent.keys().next().value ?? '');
    recent.set(key, pivoted);
    return pivoted;
  };
}

/**
 * Words found nowhere are tolerated beside something the question names (a term, a glossary word that
 * is not grammar, a run of the facts' wording); with nothing else ("Trọng?"), they are what it asks about.
 */
function tolerated(out: readonly { word: PivotWord; question: boolean }[]): { word: PivotWord; question: boolean }[] {
  const named = out.some((o) => !o.question && o.word.native !== 'unknown' && !FUNCTION_WORDS.has(o.word.text) && !/^\d+$/.test(o.word.text));
  return named ? [...out] : out.map((o) => (o.word.native === 'unknown' ? { ...o, word: { text: o.word.text, cased: o.word.cased } } : o));
}

/** A run of words left without English: `from`, `to` (exclusive) index the question's words; `found` when the wording uses it. */
interface Run {
  readonly from: number;
  readonly to: number;
  readonly found: boolean;
  /** A number ("2022", "19/4"): the scope stage reads it, as in English. */
  readonly number: boolean;
  /** What a question word asks about ("kinh phí" of "kinh phí bao nhiêu"): never merely tolerated. */
  readonly asked: boolean;
}

/**
 * The glossary's `counting`: a number word just before a thing counted becomes its digits ("năm văn kiện" → "5 văn
 * kiện"), as typed with diacritics; not after a number ("70 năm", "hai năm": years), and not a word the glossary
 * already reads as its number ("ba", three, which begins terms such as "ba văn kiện pháp lý").
 */
function countedOf(g: GlossaryFile): (text: string) => string {
  const c = g.counting;
  if (!c) return (text) => text;
  const alternatives = (list: readonly string[]) => [...list].map((w) => w.normalize('NFC').toLowerCase()).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const all = Object.keys(c.numbers);
  const read = all.filter((w) => !g.words[w]);
  if (read.length === 0) return (text) => text;
  const numbers = new Map(all.map((w) => [w.normalize('NFC').toLowerCase(), c.numbers[w] ?? 0]));
  const counted = new RegExp(
    `(?<!(?:\\d|${alternatives(all)})\\s+)(?<![\\p{L}\\p{M}\\p{N}])(${alternatives(read)})(?=\\s+(?:${alternatives(c.nouns)})(?![\\p{L}\\p{M}]))`,
    'giu',
  );
  const pointing = c.pointing;
  // A few words of the noun phrase at most, never across a sentence's punctuation.
  const pointed = pointing
    ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternatives(pointing.askers)})(?=(?:\\s+(?!(?:${alternatives(pointing.breakers)})(?![\\p{L}\\p{M}]))[\\p{L}\\p{M}]+){1,${POINTED_REACH}}?\\s+(?:${alternatives(pointing.demonstratives)})(?![\\p{L}\\p{M}]))`, 'giu')
    : null;
  // "nói gì về mấy tỉnh sát biên giới": the asker right after a word naming a subject, another word asking already.
  const about = pointing?.about && pointing.about.length > 0 ? new RegExp(`(?<=(?<![\\p{L}\\p{M}])(?:${alternatives(pointing.about)})\\s+)(?:${alternatives(pointing.askers)})(?![\\p{L}\\p{M}])`, 'giu') : null;
  const asking = pointing?.asked && pointing.asked.length > 0 ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternatives(pointing.asked)})(?![\\p{L}\\p{M}])`, 'iu') : null;
  return (text) => {
    const read = text.normalize('NFC').replace(counted, (w) => String(numbers.get(w.toLowerCase()) ?? w));
    const plural = pointed && pointing ? read.replace(pointed, pointing.plural) : read;
    return about && asking && pointing && asking.test(plural) ? plural.replace(about, pointing.plural) : plural;
  };
}

/** Most words between "mấy" and the demonstrative that makes it "these" ("mấy cuộc hội đàm kiểu này"). */
const POINTED_REACH = 4;

/** The glossary's `asks`, folded, as lists of words. */
interface Asks {
  readonly before: readonly (readonly string[])[];
  readonly after: readonly (readonly string[])[];
}

function asksOf(g: GlossaryFile): Asks {
  const words = (list: readonly string[] = []) => list.map((a) => normalize(a).split(' '));
  return { before: words(g.asks?.before), after: words(g.asks?.after) };
}

/**
 * The words left (indexes, in order) as runs of syllables the facts' Vietnamese wording uses, longest first
 * ("mục tiêu", "tốt hơn"), each word else alone. Consecutive words only; typed with diacritics, the run must
 * match as typed ("mục tiêu" is not "mức tiêu"), typed without, folded.
 */
function syllableRuns(left: readonly number[], typed: readonly string[], folded: readonly string[], wording: Wording, asks: Asks): Run[] {
  const out: Run[] = [];
  let k = 0;
  const digits = (i: number) => /\d/.test(folded[i] ?? '');
  while (k < left.length) {
    const from = left[k] ?? 0;
    let size = 1;
    for (let n = Math.min(MAX_GRAM, left.length - k); n >= MIN_GRAM && !digits(from); n--) {
      if ((left[k + n - 1] ?? -1) !== from + n - 1 || digits(from + n - 1)) continue;
      const asTyped = typed.slice(from, from + n).join(' ');
      const plain = folded.slice(from, from + n).join(' ');
      if (asTyped === plain ? wording.uses(plain) : wording.usesAccented(asTyped)) {
        size = n;
        break;
      }
    }
    const asked = asks.before.some((a) => a.every((w, j) => folded[from + size + j] === w)) || asks.after.some((a) => a.every((w, j) => folded[from - a.length + j] === w));
    out.push({ from, to: from + size, found: size > 1, number: digits(from), asked });
    k += size;
  }
  // The words found nowhere next to an asked one are asked too ("kinh phí" of "kinh phí bao nhiêu").
  const spread = (r: number, from: number) => {
    const run = out[r];
    const other = out[from];
    if (run && other?.asked && !run.found && !run.number && (other.from === run.to || other.to === run.from)) out[r] = { ...run, asked: true };
  };
  for (let r = out.length - 2; r >= 0; r--) spread(r, r + 1);
  for (let r = 1; r < out.length; r++) spread(r, r - 1);
  return out;
}

/**
 * Words typed as one that the facts' wording writes as two syllables ("vacxin", "vắc xin"): split as the wording
 * has them, so the terms and runs of syllables find them. A word the glossary or a term has as one stays.
 */
function joinedSplit(typed: readonly string[], wording: Wording, known: (folded: string) => boolean): string[] {
  return typed.flatMap((w) => {
    const plain = foldWord(w);
    const parts = plain === w && !known(plain) ? wording.split(plain) : null;
    return parts ? [...parts] : [w];
  });
}

/** A run as a word for the later stages; in a yes/no question a word found nowhere is a detail no fact confirms, so it is not merely tolerated. */
function viWord(run: Run, typed: readonly string[], folded: readonly string[], casedAt: readonly string[], yesNo: boolean, opener = false, collides: (folded: string, own: string) => boolean = () => false): PivotWord {
  const plain = folded.slice(run.from, run.to);
  const asCased = casedAt.slice(run.from, run.to).join(' ');
  const cased = opener ? asCased.toLowerCase() : asCased;
  if (run.number) return { text: plain.join(' '), cased };
  // Asked about or claimed, a word found nowhere keeps the diacritics it was typed with: folded, "biến" (change)
  // would pass for "biển" (sea) in the later stages' folded names.
  if (!run.found && (run.asked || yesNo)) return { text: typed.slice(run.from, run.to).join(' ').toLowerCase(), cased };
  // Typed with diacritics a term lacks ("đọc", "Tính"), a word is not that term folded ("DOC", "tỉnh"): it keeps them,
  // so the later stages' folded names do not find it, and is still merely tolerated.
  const own = typed.slice(run.from, run.to).join(' ').toLowerCase();
  if (!run.found) return own !== plain.join(' ') && plain.some((w, k) => collides(w, (typed[run.from + k] ?? '').toLowerCase())) ? { text: own, cased, native: 'unknown' } : { text: plain.join(' '), cased, native: 'unknown' };
  return { text: plain.join('_'), cased, native: 'wording', key: wordingKey('vi', plain.join(' ')) };
}

/**
 * The indexes of the words (of `typed`) that open a sentence of the question, when the word after them is not
 * capitalised: their capital says nothing ("Dịp kỷ niệm nào…"), where "Tập Cận Bình…" is a name all the same.
 */
function sentenceOpeners(question: string, typed: readonly string[], capitalised: (i: number) => boolean): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const sentence of question.normalize('NFC').split(/(?<=[.!?…:;])\s+|\n+/u)) {
    const n = exact(sentence).split(' ').filter(Boolean).length;
    if (n > 0 && !capitalised(at + 1)) out.add(at);
    at += n;
  }
  return out;
}

/** jieba's words by the string index they start at, and every index a word starts or ends at; where each noun ends. */
function wordsAt(words: readonly ChineseWord[], text: string, isVerb: (word: string) => boolean): { at: Map<number, ChineseWord>; starts: Set<number>; nounsUntil: Set<number>; within: Map<number, number> } {
  const at = new Map<number, ChineseWord>();
  /** For each index inside a word, where that word starts. */
  const within = new Map<number, number>();
  const starts = new Set<number>([text.length]);
  /** Where each noun ends. */
  const nounsUntil = new Set<number>();
  let i = 0;
  for (const w of words) {
    // jieba returns the text whole, in order; should it ever not, the words found are still placed.
    const found = text.startsWith(w.word, i) ? i : text.indexOf(w.word, i);
    if (found < 0) continue;
    at.set(found, w);
    starts.add(found);
    i = found + w.word.length;
    for (let k = found; k < i; k++) within.set(k, found);
    starts.add(i);
    // A word the dictionary knows only as an act ("出场", tagged a noun) names no subject the articles may lack.
    if (w.tag.startsWith('n') && !isVerb(w.word)) nounsUntil.add(i);
  }
  return { at, starts, nounsUntil, within };
}

/** The longest word of two characters or more that `read` reads at the start of `span`, and its length; null when none. */
function dictionaryPart(span: string, read: (word: string) => PivotWord | null): { read: PivotWord; size: number } | null {
  for (let size = span.length; size >= MIN_GRAM; size--) {
    const word = span.slice(0, size);
    if (!/^\p{Script=Han}+$/u.test(word)) continue;
    const got = read(word);
    if (got) return { read: got, size };
  }
  return null;
}

/**
 * Whether the one character `c` at `at` opens a glossary word ("打电话") whose rest (its object, "电话") stands elsewhere
 * in `text`, apart from it: the word split by what Chinese puts between or before its parts.
 */
function splitWord(entries: readonly Entry[], c: string, text: string, at: number): boolean {
  return entries.some((e) => {
    if (e.english === null || e.english === '' || e.question || !e.key.startsWith(c) || e.key.length <= c.length) return false;
    const object = e.key.slice(c.length);
    const where = text.indexOf(object);
    return where >= 0 && where !== at + c.length && (where + object.length <= at || where > at);
  });
}

/** Digits and the characters of Chinese numbers: a word of jieba's "m" holding one counts ("两份", "十三"). */
const NUMERALS = /[\d〇零一二两三四五六七八九十百千万亿几半]/u;

/**
 * A Chinese word the glossary lacks, read whole: its English (CC-CEDICT), a name jieba tags (kept as typed: one
 * the articles lack is refused), or a key of the facts' wording; null when none (then read character by character).
 */
function zhWord(w: ChineseWord, dictionary: ChineseWords, wording: Wording, lemma: (w: string) => string): PivotWord | null {
  const english = dictionary.english(w.word);
  // A word English uses in chat ("thanks" for "道谢") is a content word in Chinese: read by its lemma ("thank").
  if (english !== undefined && CHAT_WORDS.has(english) && !CHAT_WORDS.has(lemma(english))) return { text: lemma(english), cased: w.word };
  if (english !== undefined) return { text: english, cased: w.word };
  const size = [...w.word].length;
  if (size < MIN_GRAM) return null;
  // A person's, place's or body's name ("习近平", "北京") is a name the articles lack; another proper noun ("大佬") may be chat.
  // A place or body the facts' own terms name in part ("东南亚" of "东南亚国家联盟") is their wording said otherwise.
  const placeOfTheirs = (w.tag === 'ns' || w.tag === 'nt') && wording.uses(w.word);
  if (isNameTag(w.tag) && !placeOfTheirs) return { text: w.word, cased: w.word, ...(w.tag === 'nz' ? {} : { native: 'name' as const }) };
  if (wording.uses(w.word)) return { text: w.word, cased: w.word, native: 'wording', key: wordingKey('zh', w.word) };
  return null;
}

/**
 * Characters nothing read: tolerated, unless a question word asks about them ("什么X", "X是什么") or `strict`. The
 * question word is the longest one there: "啥" ends "为啥" (why), which asks no "what" of the words after it.
 */
function zhUnknown(run: string, text: string, at: number, asks: { readonly before: readonly string[]; readonly after: readonly string[] }, strict: boolean, questionWords: readonly string[] = []): PivotWord {
  const before = text.slice(0, at).trimEnd();
  const after = text.slice(at + run.length).trimStart();
  const longer = (a: string) => questionWords.some((q) => q.length > a.length && q.endsWith(a) && before.endsWith(q) && !asks.after.includes(q));
  const asked = asks.after.some((a) => before.endsWith(a) && !longer(a)) || asks.before.some((a) => after.startsWith(a));
  return strict || asked ? { text: run, cased: run } : { text: run, cased: run, native: 'unknown' };
}

/**
 * "草 两国边境堵货的事有人提吗", "哇 宋涛是谁", "**急** 那个电话是谁打的": Chinese runs its words together, so one character set off by a space
 * before a question of its own (six characters or more) is an interjection, as "lol" is before an English one, not a
 * thing the articles lack. A character the glossary or a term reads stays (it is the question's subject).
 */
function withoutInterjection(question: string, read: (c: string) => boolean, word: (latin: string) => boolean = () => true): string {
  // Set off by a space, or marked as a tag: in chat emphasis or brackets ("**急**", "【急】"), a space or none after.
  const m = /^\s*(?:(\p{Script=Han})\s+|(?:[*_~]+|[【[（(])(\p{Script=Han})(?:[*_~]+|[】\]）)])\s*)(?=\S)/u.exec(question);
  // "zsbd 想问下…", "emm 2020年…": a run of lower-case letters opening the message, set off by a space, that is no word
  // English or the facts know (chat initials, a sound), is an interjection too.
  const latin = m ? null : /^\s*([a-z]{2,6})\s+(?=\S)/u.exec(question);
  const opener = m ?? (latin && !word(latin[1] ?? '') && !read(latin[1] ?? '') ? latin : null);
  const rest = opener ? question.slice(opener[0].length) : '';
  if (!opener || (m !== null && read(m[1] ?? m[2] ?? '')) || [...rest.matchAll(/\p{Script=Han}/gu)].length < 6) return question;
  return rest;
}

/**
 * "请问黎怀中是啥职位？？ 哦打错了 是黎怀忠": a question, then a word saying it was mistyped and the word typed again. The
 * question is read with that word put right: the run of as many characters in it sharing the most with the word given,
 * at least half of them. What follows the question's own end mark ("？？ 哦") is chat, not part of it.
 */
function retyped(question: string, said: { readonly markers: readonly string[]; readonly fillers: readonly string[] } | undefined): string {
  const marker = said?.markers.find((m) => question.indexOf(m) > 0);
  if (!said || marker === undefined) return question;
  const at = question.indexOf(marker);
  const after = question.slice(at + marker.length).replace(/^[\s\p{P}]+/u, '');
  const filler = said.fillers.find((f) => after.startsWith(f)) ?? '';
  const word = /^\p{Script=Han}+/u.exec(after.slice(filler.length))?.[0] ?? '';
  const ends = [...question.slice(0, at).matchAll(/[？?！!。]/gu)];
  const end = (ends[ends.length - 1]?.index ?? at - 1) + 1;
  const asked = question.slice(0, end);
  const chars = [...word];
  if (chars.length < 2) return question;
  let best = { at: -1, shared: 0 };
  const typed = [...asked];
  for (let i = 0; i + chars.length <= typed.length; i++) {
    const shared = chars.filter((c, k) => typed[i + k] === c).length;
    if (shared > best.shared && shared < chars.length) best = { at: i, shared };
  }
  if (best.at < 0 || best.shared * 2 < chars.length) return question;
  return [...typed.slice(0, best.at), ...chars, ...typed.slice(best.at + chars.length)].join('');
}

/** The numbers text without the numbers the matched terms carry ("mục tiêu 100 năm" names a goal, not an amount). */
function withoutTermNumbers(numbers: string, terms: readonly Entry[]): string {
  const inTerms = new Set(terms.flatMap((t) => t.key.match(/\d+/g) ?? []));
  let out = numbers;
  for (const n of inTerms) out = out.replace(new RegExp(`(?<![\\d.,])${n}(?![\\d.,])`, 'g'), ' ');
  return out;
}

/** In a question typed without diacritics, a folded single word the glossary drops ("dang" as "đang"). */
function foldedFiller(t: Tables, w: string): boolean {
  const e = t.folded.get(w)?.find((x) => x.size === 1);
  return e !== undefined && e.english === '';
}

/** The longest entry at word `i` (at least `min` words) over words not taken by the yes/no marks. */
function matchWords(table: Map<string, Entry[]>, forms: readonly string[], i: number, accented: boolean, keep: readonly boolean[], min = 1, termsOnly = false, typed?: readonly string[]): Entry | null {
  const candidates = table.get(forms[i] ?? '');
  if (candidates === undefined) return null;
  let best: Entry | null = null;
  for (const e of candidates) {
    if (e.size < min || (best && e.size < best.size) || (termsOnly && e.english !== null)) continue;
    if (!entryAt(e, forms, i, keep, typed)) continue;
    // Typed without diacritics, a single word that had them ("quà") gives way to the glossary ("qua").
    if (!accented && e.foldedSingle && e.english === null && candidates.some((g) => g.size === 1 && g.english !== null)) continue;
    // Of a term and a glossary entry with the same words, the glossary's English wins (it names the topic too).
    if (!best || e.size > best.size || (best.english === null && e.english !== null)) best = e;
  }
  return best;
}

/**
 * Whether an entry's words stand at `i`, kept. Matched folded in a question typed with diacritics, a word typed with
 * other diacritics than the entry's is another word ("tuân thủ hai" holds no "thứ hai"); a word typed without any may
 * be it. A plain loop: it runs for every entry at every word of every question, and closures there were garbage.
 */
function entryAt(e: Entry, forms: readonly string[], i: number, keep: readonly boolean[], typed: readonly string[] | undefined): boolean {
  for (let k = 0; k < e.words.length; k++) {
    if (forms[i + k] !== e.words[k] || keep[i + k] !== true) return false;
    if (typed !== undefined && typed[i + k] !== forms[i + k] && typed[i + k] !== e.written[k]) return false;
  }
  return true;
}

/**
 * A glossary entry's English words. One word for one is the asker's word in English: shown as typed ("động đất",
 * "地震"), so what the articles lack is refused in the asker's words; grammar and phrases show their English.
 */
/**
 * "cả cuộc điện đàm 2020 lẫn cuộc hội đàm 2022" (both the 2020 call and the 2022 talks): the English of a word at a
 * position that opens a pair with a word after it (the glossary's `correlatives`, compared folded), or null.
 */
function correlative(glossary: GlossaryFile, folded: readonly string[], at: number): string | null {
  const word = folded[at];
  const pair = (glossary.correlatives ?? []).find((c) => foldWord(c.first) === word);
  if (!pair) return null;
  const then = new Set(pair.then.map(foldWord));
  return folded.slice(at + 1).some((w) => then.has(w)) ? pair.english : null;
}

/** Words between the side that acts and its verb ("Trung Quốc đã giúp", "vn có xin"). */
const DOER_REACH = 2;

/**
 * A verb between a side that acts and what it acts on ("Trung Quốc giúp Việt Nam": helped), or before one of its
 * objects ("giúp nhau"); a word of politeness elsewhere ("tóm tắt giúp mình") and where a thing, not a side, does it
 * ("điều gì đã giúp hai nước tin nhau": what made them trust each other). `transitives` in the glossary.
 */
function transitive(glossary: GlossaryFile, folded: readonly string[], at: number, termAt: (i: number) => boolean, termEndsAt: (i: number) => boolean): string | null {
  const verb = (glossary.transitives ?? []).find((t) => foldWord(t.word) === folded[at]);
  if (!verb) return null;
  const next = at + 1;
  if (verb.objects.some((o) => foldWord(o).split(' ').every((w, k) => folded[next + k] === w))) return verb.english;
  // The doer named just before, or a word of purpose ("để giúp Việt Nam": to help) whose doer is the clause's.
  const purpose = (verb.purposes ?? []).some((w) => folded[at - 1] === foldWord(w));
  const doer = purpose || Array.from({ length: DOER_REACH + 1 }, (_, k) => at - 1 - k).some((j) => j >= 0 && termEndsAt(j));
  return doer && termAt(next) ? verb.english : null;
}

function glossed(entry: Entry, typed: string): { word: PivotWord; question: boolean }[] {
  const words = (entry.english ?? '').split(' ').filter(Boolean);
  const own = words.length === 1 && !entry.question;
  return words.map((w) => ({ word: { text: w, cased: own ? typed : w }, question: entry.question }));
}

/** A letter, mark or digit at the end or the start of a text: what may not touch a word found standing alone. */
const WORD_END = /[\p{L}\p{M}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

/**
 * Where the word first stands alone in the text, not the same letters inside another ("đà" in "Đào"), which would
 * give it that one's capital; -1 where it never does. A search, not a regular expression made for each word: this
 * runs for every Vietnamese word of every question.
 */
function standingAlone(text: string, word: string): number {
  if (word === '') return -1;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!WORD_END.test(text.slice(Math.max(0, at - 2), at)) && !WORD_START.test(text.slice(at + word.length, at + word.length + 2))) return at;
  }
  return -1;
}

/**
 * Each typed word as the asker wrote it, found in order: a word typed twice ("Lần 2020…, lần 2022…") takes the case
 * of its own place, not the capital of its first. A word the rewrites made (no longer in the text after the last
 * found) is looked for from the start, as `casedWord` does.
 */
function casedWords(question: { readonly nfc: string; readonly lower: string }, typed: readonly string[]): string[] {
  let from = 0;
  return typed.map((word) => {
    const rest = from === 0 ? -1 : standingAlone(question.lower.slice(from), word);
    const at = rest >= 0 ? from + rest : from === 0 ? standingAlone(question.lower, word) : -1;
    if (at < 0) return casedWord(question, word);
    from = at + word.length;
    const original = question.nfc.slice(at, at + word.length);
    return foldWord(original) === foldWord(word) ? original.normalize('NFKD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D') : word;
  });
}

/** The word as the asker wrote it (capitals kept, diacritics folded, like the English stages' `cased`). */
function casedWord(question: { readonly nfc: string; readonly lower: string }, word: string): string {
  const { nfc } = question;
  const at = standingAlone(question.lower, word);
  const original = at >= 0 ? nfc.slice(at, at + word.length) : word;
  return foldWord(original) === foldWord(word) ? original.normalize('NFKD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D') : word;
}

/** English question words a glossary entry may leave in place ("gì" → "what"). */
const ASKING = new Set(['what', 'which', 'who', 'whom', 'where', 'why', 'when']);
/** Of those, the ones that may ask a clause of their own before a yes/no one. */
const LEADING: ReadonlySet<string> = new Set([...ASKING].filter((w) => w !== 'why'));
/** A phrase opening with one of these asks its own question ('bị sao': how affected); not "how many", a count. */
const PHRASE_LEADING: ReadonlySet<string> = new Set([...LEADING, 'how']);

/**
 * Question words first, as English has them; "did" first of all in a yes/no question; an ordinal before its
 * noun, in the singular ("văn kiện thứ ba" → "third document", where `ordinalAfterNoun`; "第三份文件" too).
 */
function arranged(words: readonly { word: PivotWord; question: boolean }[], yesNo: boolean, numbers: string, lemma: (w: string) => string, ordinalAfterNoun = false): Pivoted {
  const out = [...words];
  for (let i = 1; i < out.length && ordinalAfterNoun; i++) {
    const [before, ordinal] = [out[i - 1], out[i]];
    if (!before || !ordinal || ORDINAL_NUMBERS[ordinal.word.text] === undefined || before.question || before.word.native) continue;
    // English puts the ordinal first, and the noun after it in the singular.
    const noun = /^[a-z]+$/.test(before.word.text) ? lemma(before.word.text) : before.word.text;
    [out[i - 1], out[i]] = [ordinal, { ...before, word: { ...before.word, text: noun, cased: noun === before.word.text ? before.word.cased : noun } }];
  }
  // "第三份文件" → "third document": after an ordinal, the noun in the singular.
  for (let i = 1; i < out.length; i++) {
    const [ordinal, after] = [out[i - 1], out[i]];
    if (!ordinal || !after || ORDINAL_NUMBERS[ordinal.word.text] === undefined || after.word.native || !/^[a-z]+$/.test(after.word.text)) continue;
    const noun = lemma(after.word.text);
    if (noun !== after.word.text) out[i] = { ...after, word: { ...after.word, text: noun, cased: noun } };
  }
  // "bao nhiêu quan chức", "多少官员": one word asks how much and how many; before a plural noun, English says "many".
  for (let i = 2; i < out.length; i++) {
    const [how, much, noun] = [out[i - 2], out[i - 1], out[i]];
    if (how?.word.text !== 'how' || much?.word.text !== 'much' || !noun || noun.word.native || !/^[a-z]+s$/.test(noun.word.text) || lemma(noun.word.text) === noun.word.text) continue;
    out[i - 1] = { ...much, word: { text: 'many', cased: 'many' } };
  }
  // "Mấy cuộc gọi … đã đem lại tác dụng gì?": opening the question before a noun, with another question word
  // asking, "mấy" is the plural of what follows ("the calls"), not a count asked.
  if (out[0]?.word.text === 'how' && out[1]?.word.text === 'many' && !out[0].question && out.slice(2).some((o) => o.question || ASKING.has(o.word.text))) out.splice(0, 2);
  if (yesNo) return { words: [{ text: 'did', cased: 'did' }, ...out.map((o) => o.word)], yesNo, numbers, lead: 1 };
  const front = out.filter((o) => o.question).map((o) => o.word);
  return { words: [...front, ...out.filter((o) => !o.question).map((o) => o.word)], yesNo, numbers, lead: front.length };
}

interface Marks {
  readonly ends: readonly string[];
  readonly anywhere: readonly string[];
  readonly open: readonly string[];
  readonly close: readonly string[];
  readonly embedding: readonly string[];
  readonly tails: readonly string[];
  /** The glossary's single-word question words ("nào"), folded. */
  readonly asking: ReadonlySet<string>;
  /** Its single words reading as a question word that may lead a question of its own ("gì": what, "nào": which), folded. */
  readonly leading: ReadonlySet<string>;
  /** Those words as the glossary spells them (diacritics kept): "đầu" (head, first), typed so, is not "đâu" (where). */
  readonly leadingTyped: readonly string[];
  /** Its phrases read as such a question word and more ("bị sao": how affected), split into folded words. */
  readonly leadingPhrases: readonly (readonly string[])[];
  /** Its single words of negation ("không", "chưa"), folded: a question word shortly after one reads as "no … at all". */
  readonly negations: ReadonlySet<string>;
}

function markers(g: GlossaryFile, key: (s: string) => string): Marks {
  const all = (list: readonly string[]) => [...new Set(list.map(key))].sort((a, b) => b.length - a.length);
  const single = (list: readonly string[]) => new Set(list.filter((q) => !q.includes(' ')).map((q) => foldWord(key(q))));
  const asking = single(Object.keys(g.questions));
  // A common word the glossary reads as a question word ("gì": what) asks too. Not "why": "sao" also closes "X thì
  // sao?" (what about X?).
  const leadingWords = [...Object.entries(g.questions), ...Object.entries(g.words)].filter(([w, english]) => LEADING.has(english) && !w.includes(' ')).map(([w]) => key(w));
  const leading = single(leadingWords);
  const leadingPhrases = [...Object.entries(g.questions), ...Object.entries(g.words)].filter(([w, english]) => w.includes(' ') && PHRASE_LEADING.has(english.split(' ')[0] ?? '')).map(([w]) => w.split(' ').map((x) => foldWord(key(x))));
  const negations = single(Object.entries(g.words).filter(([, english]) => english === 'not').map(([w]) => w));
  return { ends: all(g.yesNo.ends), anywhere: all(g.yesNo.anywhere), open: all(g.yesNo.open), close: all(g.yesNo.close), embedding: all(g.yesNo.embedding ?? []), tails: all(g.yesNo.tails ?? []), asking, leading, leadingTyped: [...new Set(leadingWords)], leadingPhrases, negations };
}

/**
 * Whether the words mark a yes/no question, and which words are left once the marks are taken out. `marked`
 * says whether the word at an index is a word of a mark (as typed, or folded when typed without diacritics).
 * `clause`: where a yes/no clause opens after a question of its own, when the sentence asks both.
 */
/** A mark's words, split once: the marks are the glossary's (a bounded set), tried at every question. */
const splitMarks = new Map<string, readonly string[]>();
function markWords(mark: string): readonly string[] {
  let ws = splitMarks.get(mark);
  if (ws === undefined) {
    ws = mark.split(' ');
    splitMarks.set(mark, ws);
  }
  return ws;
}

function yesNoOf(folded: readonly string[], marks: Marks, filler: (i: number) => boolean, marked: (i: number, mark: string) => boolean, firstClauseWords: () => number = () => 0): { yesNo: boolean; keep: boolean[]; clause?: number; tagged?: boolean } {
  const keep = folded.map(() => true);
  let end = folded.length;
  const lastIs = (i: number) => (m: string) => marked(i, markWords(m).at(-1) ?? '');
  const isMark = (i: number) => marks.ends.some(lastIs(i)) || marks.close.some(lastIs(i));
  while (end > 0 && filler(end - 1) && !isMark(end - 1)) end--;
  const endsWith = (m: string) => {
    const ws = markWords(m);
    return ws.length <= end && ws.every((w, k) => marked(end - ws.length + k, w));
  };
  const drop = (from: number, n: number) => {
    for (let k = from; k < from + n; k++) keep[k] = false;
  };
  const ending = marks.ends.find(endsWith);
  if (ending) {
    drop(end - words(ending), words(ending));
    // "…còn ký văn kiện nào …, đúng chứ?": a question word before the tag, with no "có" opening a yes/no before it
    // ("có văn kiện nào…": any), asks its own question; the tag asks to check what that question takes for granted.
    // So does a phrase reading as one ("covid làm … bị sao hả": how were they affected).
    const before = folded.slice(0, end - words(ending));
    const phraseAt = before.findIndex((_w, i) => marks.leadingPhrases.some((p) => p.every((w, k) => before[i + k] === w)));
    // Folded words meet ("dau": "đầu", head, and "đâu", where): a word typed with its diacritics must be the question word as typed.
    const single = before.findIndex((w, i) => marks.leading.has(w) && marks.leadingTyped.some((q) => foldWord(q) === w && marked(i, q)));
    const asking = single >= 0 && phraseAt >= 0 ? Math.min(single, phraseAt) : Math.max(single, phraseAt);
    const opened = folded.slice(0, Math.max(0, asking)).some((_w, i) => marked(i, 'có'));
    // "…không vướng mắc gì, đúng không?": a question word shortly after a negation says "none at all", asking nothing.
    const negated = folded.slice(Math.max(0, asking - NEGATED_WITHIN), Math.max(0, asking)).some((w) => marks.negations.has(w));
    if (asking >= 0 && !opened && !negated) return { yesNo: false, keep, tagged: true };
    return { yesNo: true, keep };
  }
  for (const m of marks.anywhere) {
    const ws = markWords(m);
    const at = runAt(folded.length, ws, marked);
    if (at >= 0) {
      drop(at, ws.length);
      return { yesNo: true, keep };
    }
  }
  const closing = marks.close.find(endsWith);
  const opens = (i: number) => marks.open.some((o) => marked(i, o));
  const before = closing ? folded.slice(0, end - words(closing)) : [];
  // "… có gì khác, và … có đổi không?": an opener before a question word asks that word's question ("có gì": what is
  // there), so the yes/no one opens later; with no later one ("có ai … không?": anyone) it is the first after all.
  const ownOpener = before.findIndex((_w, i) => opens(i) && !marks.leading.has(folded[i + 1] ?? ''));
  const opening = ownOpener >= 0 ? ownOpener : before.findIndex((_w, i) => opens(i));
  if (closing && opening >= 0) {
    drop(end - words(closing), words(closing));
    // "Bot có biết sự việc nào … không?": a question embedded after a verb of knowing asks what its question word asks.
    const stop = end - words(closing);
    for (let at = opening; at < stop; at++) {
      if (!marks.open.some((o) => marked(at, o))) continue;
      const embedding = marks.embedding.find((m) => m.split(' ').every((w, k) => marked(at + 1 + k, w)));
      if (embedding && folded.slice(at + 1 + words(embedding), stop).some((w) => marks.asking.has(w))) {
        drop(at, 1 + words(embedding));
        return { yesNo: false, keep };
      }
    }
    drop(opening, 1);
    // "Hình thức có gì khác, và người đại diện có đổi không?": a question word asking before the yes/no clause makes
    // two questions, the first leading as in English ("how did … differ, and did … change?"): the yes/no clause
    // keeps its "did" where it opens.
    if (before.slice(0, opening).some((w) => marks.leading.has(w))) return { yesNo: false, keep, clause: opening };
    return { yesNo: true, keep };
  }
  // "Ông Tống Đào có dự cả hai không, chức vụ của ông ấy là gì?": a yes/no clause closed where the first clause ends,
  // then a question of what about the one it named ("ông ấy"), asks both; the yes/no leads, as "did …? what …?" does.
  const firstClause = firstClauseWords();
  const closesFirst = firstClause > 0 && firstClause < folded.length ? marks.close.find((m) => words(m) < firstClause && markWords(m).every((w, k) => marked(firstClause - words(m) + k, w))) : undefined;
  if (closesFirst) {
    const firstOpener = folded.slice(0, firstClause - words(closesFirst)).findIndex((_w, i) => opens(i) && !marks.leading.has(folded[i + 1] ?? ''));
    const later = folded.slice(firstClause);
    const pointsBack = later.some((_w, i) => VI_BACK.some((p) => p.every((w, k) => later[i + k] === w)));
    const asksAfter = pointsBack && later.some((w) => marks.asking.has(w) || marks.leading.has(w));
    // Not "bạn có biết không, …?": a verb of knowing asks nothing of the talks; the question after it is the one asked.
    const knowing = firstOpener >= 0 && marks.embedding.some((m) => markWords(m).every((w, k) => marked(firstOpener + 1 + k, w)));
    if (firstOpener >= 0 && asksAfter && !knowing && !folded.slice(0, firstOpener).some((w) => marks.leading.has(w))) {
      drop(firstClause - words(closesFirst), words(closesFirst));
      drop(firstOpener, 1);
      return { yesNo: true, keep };
    }
  }
  // "Ông X và ông Y gặp nhau năm 2022 không?": chat drops the "có", and the closing mark alone asks yes or no, when no
  // question word asks before it. Not "… được không?", a request put politely ("tóm tắt giúp mình được không?").
  const polite = before.at(-1) === 'duoc';
  if (closing && !polite && before.length > 1 && !before.some((w) => marks.asking.has(w) || marks.leading.has(w))) {
    drop(end - words(closing), words(closing));
    return { yesNo: true, keep };
  }
  return { yesNo: false, keep };
}

/** How many words before a question word a negation makes it an indefinite ("không có trở ngại nào": no obstacle at all). */
const NEGATED_WITHIN = 4;

/** A glossary word asking which talk ("哪一次"): its "talk" is dropped before a noun naming something else. */
const WHICH_TALK = /^which talks?$/;

/** Endings that make a yes/no question only when nothing else asks: "…是啥态度吧？" is a question of what. */
const weak = ['吧', '的吧'];

function zhYesNo(text: string, marks: Marks, filler: (w: string) => boolean, asks: (text: string) => boolean, typed = ''): { yesNo: boolean; text: string } {
  let t = text.trim();
  // Trailing particles ("呢", "啊") before the mark.
  for (;;) {
    const last = [...t].at(-1) ?? '';
    if (last && filler(last) && !marks.ends.some((m) => m.endsWith(last))) t = [...t].slice(0, -1).join('').trim();
    else break;
  }
  // "DOC 和 COC 到底是啥 文章里有写吗": a closing check whether the articles say it, after a question of its own, leaves
  // that question asked (the answer, quoting them, says whether they do).
  const tail = marks.tails.find((m) => t.endsWith(m) && asks(t.slice(0, t.length - m.length)));
  if (tail) return { yesNo: false, text: t.slice(0, t.length - tail.length) };
  const ending = marks.ends.find((m) => t.endsWith(m) && !(weak.includes(m) && asks(t)));
  // "能告诉我他们签了哪些文件吗": a question word after a verb of telling or knowing (`yesNo.embedding`) is what the
  // request asks, as "can you tell me which…" is in English: not whether the bot can.
  const embedded = ending ? marks.embedding.some((m) => t.includes(m) && asks(t.slice(t.lastIndexOf(m) + m.length, t.length - ending.length))) : false;
  if (ending && embedded) return { yesNo: false, text: t.slice(0, t.length - ending.length) };
  if (ending) return { yesNo: true, text: t.slice(0, t.length - ending.length) };
  // Marked inside, the question keeps its end: what the particles were stripped for was an end mark, and words the
  // glossary drops may end a noun ("有没有说海上的事": 海上, at sea, not 海).
  const anywhere = marks.anywhere.find((m) => t.includes(m));
  if (anywhere) return { yesNo: true, text: text.trim().replace(anywhere, ' ') };
  // A verb asked as "A not A" ("提没提", "说没说", "讨论没讨论") is a yes/no question about the verb, said once; not
  // beside a question word that asks ("多不多我不评价…值多少钱"), which is what is asked.
  const aNotA = asks(t) ? null : A_NOT_A.exec(t);
  if (aNotA) return { yesNo: true, text: text.trim().replace(aNotA[0], aNotA[1] ?? ' ') };
  // "两次会谈中方都是宋涛吗？他是什么职务？": a yes/no clause closed by its mark, then a question of what about the one it
  // named ("他"), asks both; the yes/no leads, as "did …? what …?" does in English. A question of its own after it
  // ("…换了吗？分别是谁？") is the one asked, its answer answering the yes/no too.
  const clause = CLAUSE_END.exec(typed);
  const first = clause ? normalize(clause[1] ?? '') : '';
  const mark = marks.ends.find((m) => !weak.includes(m) && first.endsWith(m));
  const after = t.slice(first.length);
  if (mark && t.startsWith(first) && [...first].length > mark.length + 3 && asks(after) && ZH_BACK.some((p) => after.includes(p))) return { yesNo: true, text: `${first.slice(0, first.length - mark.length)}${after}` };
  return { yesNo: false, text };
}

/** Pronouns pointing back at a person: a question after a yes/no clause asks of the one it named. */
const ZH_BACK = ['他', '她'];
const VI_BACK: readonly (readonly string[])[] = [['ong', 'ay'], ['ba', 'ay'], ['anh', 'ay'], ['chi', 'ay'], ['ong', 'ta'], ['ba', 'ta']];

/** A clause up to its first question mark or comma (a yes/no clause is short: a long run is no clause of one). */
const CLAUSE_END = /^([^？?，,]{1,80})([？?，,])/u;

/** A verb of one or two characters, then 没 or 不, then the same verb again. */
const A_NOT_A = /([^\P{Script=Han}没不]{2}|[^\P{Script=Han}没不])[没不]\1/u;

/** The indexes of the words (folded) that spell one of `names` in full, in order. */
function nameSpans(folded: readonly string[], names: readonly (readonly string[])[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < folded.length; i++) {
    for (const name of names) {
      if (name.every((w, k) => folded[i + k] === w)) for (let k = 0; k < name.length; k++) out.add(i + k);
    }
  }
  return out;
}
