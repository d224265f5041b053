// The facts' own wording in Vietnamese and Chinese (data/i18n/), as keys a question's words are found by.
// A Vietnamese question is read by syllables: a run of syllables (two to four) that the wording of some
// fact uses is evidence for that fact, with diacritics as typed or, typed without them, folded. A Chinese
// word is found in the wording by its characters. The keys carry the language ("vi:muc tieu", "zh:关切")
// so that the fact index can hold them beside the English lemmas without ever meeting one.
import type { KnowledgeBase, Talk } from '../facts/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { foldWord, viTones } from './normalize.js';
import type { Foreign } from './pivot.js';

/** Longest run of syllables (vi) or characters (zh) looked up as one key. */
export const MAX_GRAM = 4;
/** Shortest run that counts as evidence: one syllable or one character says too little on its own. */
export const MIN_GRAM = 2;

const PREFIX = /^(vi|zh):/;

/** Whether a lemma is a key of the facts' wording in another language rather than an English lemma. */
export function isWordingKey(lemma: string): boolean {
  return PREFIX.test(lemma);
}

export function wordingKey(lang: Foreign, gram: string): string {
  return `${lang}:${gram}`;
}

/** Vietnamese syllables as typed (lower case, NFC, diacritics kept): letters and digits only. */
export function syllables(text: string): string[] {
  return viTones(text).toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}

/** Runs of Chinese characters (simplified), split at anything else. */
export function hanRuns(text: string): string[] {
  return text.split(/[^\p{Script=Han}]+/u).filter(Boolean);
}

/** The keys a text gives, each once per occurrence: runs of MIN_GRAM..MAX_GRAM syllables (folded) or characters. */
export function wordingKeys(text: string, lang: Foreign, lexicon: Pick<Lexicon, 'simplified'>): string[] {
  const out: string[] = [];
  if (lang === 'vi') {
    const folded = syllables(text).map(foldWord);
    for (let i = 0; i < folded.length; i++) {
      for (let n = MIN_GRAM; n <= MAX_GRAM && i + n <= folded.length; n++) out.push(wordingKey('vi', folded.slice(i, i + n).join(' ')));
    }
    return out;
  }
  for (const run of hanRuns(lexicon.simplified(text))) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      for (let n = MIN_GRAM; n <= MAX_GRAM && i + n <= chars.length; n++) out.push(wordingKey('zh', chars.slice(i, i + n).join('')));
    }
  }
  return out;
}

/** Every text of the facts in a language: statements, agreements, figures, roles, summaries, names, labels, terms. */
export function wordingTexts(kb: KnowledgeBase, lang: Foreign): string[] {
  const out: string[] = [];
  const talk = (t: Talk) => {
    out.push(t.names[lang], t.summary.texts[lang], t.format.labels[lang]);
    for (const p of t.participants) out.push(p.roles[lang]);
    for (const s of t.statements) out.push(s.texts[lang]);
    for (const a of t.agreements) out.push(a.texts[lang]);
    for (const f of t.figures) out.push(f.texts[lang]);
  };
  for (const t of kb.talks) talk(t);
  for (const p of kb.people.values()) out.push(p.names[lang], p.sideNames[lang]);
  // The terms a topic or body is known by in the language ("biên giới trên bộ", "东南亚国家联盟"): a question that
  // words the thing otherwise ("đường biên trên bộ", "东南亚国家") still speaks the facts' language, not of a thing
  // they lack.
  for (const o of kb.organisations.values()) out.push(o.names[lang], o.descriptions[lang], ...o.terms[lang]);
  for (const t of kb.topics.values()) out.push(t.labels[lang], ...t.terms[lang]);
  return [...new Set(out)];
}

/** What a question's words are looked up in: the wording's runs, as typed (vi with diacritics) and as keys. */
export interface Wording {
  /** Whether the facts' wording uses this run: folded syllables joined by spaces (vi), or characters (zh). */
  readonly uses: (gram: string) => boolean;
  /** Vietnamese only: the same with diacritics as typed ("mục tiêu" is not "mức tiêu"). */
  readonly usesAccented: (gram: string) => boolean;
  /**
   * Vietnamese only: the two syllables the wording writes apart that a word typed as one joins ("vacxin" for
   * "vắc xin"), with the wording's diacritics; null when none. Not for a syllable the wording has of its own.
   */
  readonly split: (word: string) => readonly [string, string] | null;
  /** Vietnamese only: whether the wording has this one syllable, as typed (with diacritics) or folded. */
  readonly hasSyllable: (syllable: string) => boolean;
}

/** Shortest word taken for two syllables joined: shorter ones are syllables of their own too often. */
const MIN_JOINED = 5;

export function buildWording(kb: KnowledgeBase, lang: Foreign, lexicon: Pick<Lexicon, 'simplified'>): Wording {
  const folded = new Set<string>();
  const accented = new Set<string>();
  const single = new Set<string>();
  const singleTyped = new Set<string>();
  const joined = new Map<string, readonly [string, string]>();
  for (const text of wordingTexts(kb, lang)) {
    for (const key of wordingKeys(text, lang, lexicon)) folded.add(key.slice(3));
    if (lang !== 'vi') continue;
    const typed = syllables(text);
    for (let i = 0; i < typed.length; i++) {
      single.add(foldWord(typed[i] ?? ''));
      singleTyped.add(typed[i] ?? '');
      for (let n = MIN_GRAM; n <= MAX_GRAM && i + n <= typed.length; n++) accented.add(typed.slice(i, i + n).join(' '));
      const [a, b] = [typed[i], typed[i + 1]];
      if (a !== undefined && b !== undefined && !/\d/.test(a + b)) {
        const key = foldWord(a) + foldWord(b);
        if (!joined.has(key)) joined.set(key, [a, b]);
      }
    }
  }
  const split = (word: string) => (word.length >= MIN_JOINED && !single.has(word) ? (joined.get(word) ?? null) : null);
  const hasSyllable = (syllable: string) => (foldWord(syllable) === syllable ? single : singleTyped).has(syllable);
  return { uses: (gram) => folded.has(gram), usesAccented: (gram) => accented.has(gram), split, hasSyllable };
}
