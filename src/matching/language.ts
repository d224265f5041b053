// Which language a question is written in: Chinese by its characters; Vietnamese by words only Vietnamese
// uses (with diacritics or without: "hoi dam nam 2022"); English otherwise. Names count for neither, so
// "who is Lê Hoài Trung?" is English and "Tống Đào là ai" Vietnamese.
import type { KnowledgeBase } from '../facts/types.js';
import type { Lang } from '../languages.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { foldWord, normalize } from './normalize.js';
import { cutQuestion } from './tokens.js';
import { derivedFor, noteDerived } from '../verified-data.js';

/** Letters only Vietnamese uses among the languages people write here (French or Spanish accents are not enough). */
const VIETNAMESE_LETTERS = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/u;
const HAN = /\p{Script=Han}/gu;

export interface LanguageSignals {
  /** Words English questions use: function and cue words, the articles' words. */
  readonly english: ReadonlySet<string>;
  /** Folded words of the Vietnamese glossary and of the Vietnamese terms of the facts. */
  readonly vietnamese: ReadonlySet<string>;
  /** Words of names (people, acronyms): in any language. */
  readonly names: ReadonlySet<string>;
}

/** The name the build saves the signals' word sets under (src/verified-data.ts). */
const SIGNAL_WORDS = 'language-signal-words';

interface SignalWords {
  readonly vietnamese: readonly string[];
  readonly names: readonly string[];
}

const isStrings = (v: unknown): v is readonly string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function savedSignalWords(value: unknown): SignalWords | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<Record<keyof SignalWords, unknown>>;
  return isStrings(v.vietnamese) && isStrings(v.names) ? { vietnamese: v.vietnamese, names: v.names } : null;
}

export function languageSignals(kb: KnowledgeBase, lexicon: Lexicon, english: ReadonlySet<string>): LanguageSignals {
  // Folding every Vietnamese term is the costly part: a fresh process of the compiled build takes the build's result
  // when the data was loaded from the very same files.
  const saved = savedSignalWords(derivedFor(SIGNAL_WORDS, [kb, lexicon]));
  if (saved) return { english, vietnamese: new Set(saved.vietnamese), names: new Set(saved.names) };
  const signals = signalWords(kb, lexicon);
  noteDerived(SIGNAL_WORDS, [kb, lexicon], { vietnamese: [...signals.vietnamese], names: [...signals.names] });
  return { english, ...signals };
}

function signalWords(kb: KnowledgeBase, lexicon: Lexicon): { vietnamese: Set<string>; names: Set<string> } {
  const names = new Set<string>();
  for (const p of kb.people.values()) for (const t of [...p.terms.en, ...p.terms.vi]) for (const w of normalize(t).split(' ')) names.add(w);
  for (const o of kb.organisations.values()) if (o.acronym) names.add(normalize(o.acronym));
  const vietnamese = new Set<string>();
  const g = lexicon.glossaries.vi;
  const phrases = [...Object.keys(g.questions), ...Object.keys(g.words), ...g.yesNo.ends, ...g.yesNo.anywhere, ...g.yesNo.open, ...g.yesNo.close];
  for (const t of kb.topics.values()) phrases.push(...t.terms.vi);
  for (const t of kb.talks) phrases.push(...t.terms.vi);
  for (const p of phrases) for (const w of normalize(p).split(' ')) if (w && !names.has(w) && !/^\d+$/.test(w)) vietnamese.add(w);
  return { vietnamese, names };
}

/** Runs of letters other than Han characters (what is left between them and any other sign). */
const OTHER_LETTERS = /[^\P{L}\p{Script=Han}]+/gu;

/**
 * Whether the text has at most `most` words of other letters longer than one UTF-16 unit: counted until there are
 * more, so that a long message of mixed junk is not split whole to tell it is no Chinese question.
 */
function otherWordsAtMost(text: string, most: number): boolean {
  let words = 0;
  OTHER_LETTERS.lastIndex = 0;
  for (let m = OTHER_LETTERS.exec(text); m !== null; m = OTHER_LETTERS.exec(text)) {
    if (m[0].length > 1 && ++words > most) return false;
  }
  return true;
}

export function detectLanguage(text: string, s: LanguageSignals): Lang {
  const question = cutQuestion(text);
  const han = question.match(HAN)?.length ?? 0;
  // Latin words are counted only against Chinese characters: a question with none needs no count.
  if (han > 0 && otherWordsAtMost(question, han)) return 'zh';
  let vi = 0;
  let en = 0;
  let accented = false;
  let words = 0;
  for (const typed of question.split(/[^\p{L}\p{M}]+/u)) {
    if (!typed) continue;
    words++;
    const w = foldWord(typed);
    if (s.names.has(w)) continue;
    const letters = !/^[A-Za-z]*$/.test(typed) && VIETNAMESE_LETTERS.test(typed.normalize('NFC'));
    const inVi = s.vietnamese.has(w) || letters;
    // A Vietnamese word typed with its tone mark ("còn") says so as much as a letter of Vietnamese alone does.
    if (letters || (inVi && /\p{M}/u.test(typed.normalize('NFD')))) accented = true;
    const inEn = s.english.has(w);
    if (inVi && !inEn) vi++;
    else if (inEn && !inVi) en++;
  }
  // One bare word ("Trong") is too little to call Vietnamese unless its letters say so.
  return vi > en && (vi >= 2 || accented || (en === 0 && words >= 2)) ? 'vi' : 'en';
}
