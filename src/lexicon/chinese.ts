// Chinese words for the pivot (src/matching/pivot.ts): jieba (@node-rs/jieba, a maintained segmenter with
// its own dictionary) cuts a question into words and tags the names among them; data/lexicon/zh-en.json
// (CC-CEDICT, compacted by scripts/generate-lexicon.ts) gives a word one English word. Both are loaded on
// the first Chinese question (jieba's dictionary takes ~0.3 s to build), never by a bot asked in English.
// jieba's dictionary is data/lexicon/zh-jieba.txt, its own cut down (scripts/lexicon/jieba.ts): ~25 MB, not ~55.
import { createRequire } from 'node:module';
import type { ChineseEnglishFile } from './schema.js';

export interface ChineseWord {
  readonly word: string;
  /** jieba's part of speech: "nr" a person, "ns" a place, "nt" an organisation, "n" a noun, "v" a verb… */
  readonly tag: string;
  /** jieba made it up from characters its dictionary lacks together (tagged "x", named or not): it may be a slip. */
  readonly made?: boolean;
}

export interface ChineseWords {
  /** The text cut into words, in order; together they are the text. */
  cut(text: string): readonly ChineseWord[];
  /** One English word for a Chinese word (simplified), if the dictionary has it. */
  english(word: string): string | undefined;
  /** Whether CC-CEDICT gives the word only senses of acting ("出场": to come onto the stage), and no English was read. */
  isVerb(word: string): boolean;
  /** The toneless readings of a character ("宋" → song), every one CC-CEDICT gives; none when it lacks the character. */
  sounds(character: string): readonly string[];
  /** Every word the dictionary reads (simplified). */
  words(): readonly string[];
}

/** jieba's tags for proper names: people, places, organisations, other names. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz']);

export function isNameTag(tag: string): boolean {
  return NAME_TAGS.has(tag);
}

interface Jieba {
  tag(sentence: string, hmm?: boolean): { word: string; tag: string }[];
}

/**
 * jieba with the given dictionary (data/lexicon/zh-jieba.txt: its own cut down to what the articles need), else
 * its whole one; null where its native module does not load (another platform, a broken install).
 */
function loadJieba(dictionary: Uint8Array | null): Jieba | null {
  try {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): Jieba } };
    if (dictionary) return Jieba.withDict(dictionary);
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    return Jieba.withDict(dict);
  } catch {
    return null;
  }
}

/** Built on the first call; null when jieba cannot load (the pivot then reads as before: glossary and terms only). */
export function chineseWords(dictionary: () => ChineseEnglishFile | null, surnames = '', jiebaDictionary: () => Uint8Array | null = () => null, titles: readonly string[] = []): () => ChineseWords | null {
  let made: { readonly v: ChineseWords | null } | null = null;
  return () => {
    if (made) return made.v;
    const jieba = loadJieba(jiebaDictionary());
    const words = new Map<string, string>();
    for (const [english, chinese] of Object.entries(dictionary()?.words ?? {})) for (const w of chinese.split(' ')) words.set(w, english);
    const english = (w: string) => words.get(w);
    const verbs = new Set((dictionary()?.verbs ?? '').split(' ').filter(Boolean));
    const sounds = new Map<string, string[]>();
    for (const [sound, chars] of Object.entries(dictionary()?.readings ?? {})) for (const c of chars) sounds.set(c, [...(sounds.get(c) ?? []), sound]);
    const known = [...words.keys()];
    const family = new Set([...surnames]);
    const titled = new Set(titles);
    // "王毅" (x): a family name and one or two characters the dictionary lacks is a person, as jieba's "nr" is; where
    // it opens the clause or follows a word that relates or places ("在", "上", "的"), not the rest of a word jieba
    // cut wrongly ("黄平|君主|张用": a noun or verb before it). A title is a noun that names the person after it
    // ("中方代表王毅", "外长王毅": glossary `titles`).
    const named = (w: ChineseWord, i: number, all: readonly ChineseWord[]): ChineseWord => {
      const before = all[i - 1];
      const opens = before === undefined || !/\p{Script=Han}/u.test(before.word) || !/^[nvaz]/.test(before.tag) || isNameTag(before.tag) || titled.has(before.word);
      return w.tag === 'x' && opens && /^\p{Script=Han}{2,3}$/u.test(w.word) && family.has(w.word.charAt(0)) && english(w.word) === undefined ? { word: w.word, tag: 'nr', made: true } : w.tag === 'x' ? { ...w, made: true } : w;
    };
    made = { v: jieba ? { cut: (text) => jieba.tag(text, true).map(named), english, isVerb: (w) => verbs.has(w), sounds: (c) => sounds.get(c) ?? [], words: () => known } : null };
    return made.v;
  };
}
