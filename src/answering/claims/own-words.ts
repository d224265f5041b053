// A claim's words as the asker typed them: a Vietnamese or Chinese question is checked through the glossary's
// English ("副部长" → "deputy head"), and a correction quotes the asker's own words back, not that English.
import type { Lang } from '../../languages.js';
import type { Lexicon } from '../../lexicon/lexicon.js';

/** A Vietnamese or Chinese question's words for English the checker compares. */
export interface OwnWords {
  /** The question's own words for an English phrase the glossary gave, or null when they are not all typed there. */
  readonly asked: (english: string) => string | null;
  /** The language's word for the articles' English ("floods" → 洪灾): the glossary's first, or null. */
  readonly glossed: (english: string) => string | null;
  /**
   * The question's own word whose English holds the phrase among others ("america" of 中美, read "china america"),
   * the longest, or null: what the asker typed, where no word of theirs gives that English alone.
   */
  readonly within: (english: string) => string | null;
}

/** The glossaries' words of each language by the English they give ("deputy head" → 副部长, 副主任). */
export function ownWordsOf(lexicon: Lexicon): (lang: Lang, text: string) => OwnWords {
  const byEnglish = new Map<string, Map<string, string[]>>();
  for (const lang of ['vi', 'zh'] as const) {
    const glossary = lexicon.glossaries[lang];
    const map = new Map<string, string[]>();
    for (const [typed, english] of [...Object.entries(glossary.words), ...Object.entries(glossary.questions)]) {
      const key = english.toLowerCase();
      if (key === '') continue;
      map.set(key, [...(map.get(key) ?? []), typed]);
    }
    byEnglish.set(lang, map);
  }
  return (lang, text) => {
    const map = byEnglish.get(lang);
    if (!map) return { asked: () => null, glossed: () => null, within: () => null };
    const typed = (lang === 'zh' ? lexicon.simplified(text) : text).toLowerCase();
    // The longest of the words giving that English that the question holds.
    // A plural the glossary gives singular ("general secretaries": 总书记) is found by its last word's lemma.
    const singular = (english: string) => english.replace(/\S+$/u, (w) => lexicon.lemma(w));
    const find = (english: string) =>
      (map.get(english) ?? map.get(singular(english)) ?? []).filter((w) => typed.includes(w.toLowerCase())).sort((a, b) => b.length - a.length)[0] ?? null;
    const asked = (english: string) => {
      const words = english.toLowerCase().split(/\s+/u).filter((w) => w !== '');
      // Each run of words from the longest the glossary gives; a word already in the question's script stays.
      const out: string[] = [];
      for (let i = 0; i < words.length; ) {
        const run = longestRun(words, i, find);
        if (run) {
          out.push(run.typed);
          i = run.end;
        } else if (typed.includes(words[i] ?? '')) out.push(words[i++] ?? '');
        else return null;
      }
      return out.join(lang === 'zh' ? '' : ' ');
    };
    // The articles' words run by run ("heavy rains and floods": 暴雨, 和, 洪灾), each by the glossary's first word for it.
    // A word written with a hyphen ("long-term") is the glossary's words apart ("long term") where it lacks it whole.
    const glossed = (english: string): string | null => glossedWords(english) ?? (english.includes('-') ? glossedWords(english.replace(/-/gu, ' ')) : null);
    const glossedWords = (english: string) => {
      const words = english.toLowerCase().split(/\s+/u).filter((w) => w !== '');
      const first = (e: string) => map.get(e)?.[0] ?? null;
      const out: string[] = [];
      for (let i = 0; i < words.length; ) {
        const run = longestRun(words, i, first);
        // A run the glossary lacks: the phrase's head, its last words, stands for it ("heavy rains and floods": 洪灾).
        if (!run) return headOf(words, first);
        out.push(run.typed);
        i = run.end;
      }
      return out.join(lang === 'zh' ? '' : ' ');
    };
    const within = (english: string) => {
      const phrase = ` ${english.toLowerCase().split(/\s+/u).filter((w) => w !== '').join(' ')} `;
      if (phrase.trim() === '') return null;
      const holding = [...map].filter(([key]) => ` ${key} `.includes(phrase)).flatMap(([, words]) => words);
      return holding.filter((w) => typed.includes(w.toLowerCase())).sort((a, b) => b.length - a.length)[0] ?? null;
    };
    return { asked, glossed, within };
  };
}

/** The longest run of words from `at` that the question has its own words for. */
function longestRun(words: readonly string[], at: number, find: (english: string) => string | null): { typed: string; end: number } | null {
  for (let end = words.length; end > at; end--) {
    const typed = find(words.slice(at, end).join(' '));
    if (typed !== null) return { typed, end };
  }
  return null;
}

/** The glossary's words for the longest run of words ending the phrase, or null. */
function headOf(words: readonly string[], find: (english: string) => string | null): string | null {
  for (let at = 1; at < words.length; at++) {
    const typed = find(words.slice(at).join(' '));
    if (typed !== null) return typed;
  }
  return null;
}
