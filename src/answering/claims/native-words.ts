// A claim's own words, put back in the asker's language. A Vietnamese or Chinese question is read through its
// glossary's English ("Phó Trưởng ban" → "deputy head"), so a detail it got wrong reaches the correction in English;
// shown to the asker it must be their language again ("không phải phó trưởng ban", not "deputy head"). The glossary
// read backwards gives it (data/lexicon/vi.json, zh.json: the first phrase listed for an English phrase, longest
// English first), with the facts' names (organisations, sides) in the language.
import type { KnowledgeBase } from '../../facts/types.js';
import type { Lang } from '../../languages.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import { normalize } from '../../matching/normalize.js';

/** English words as the language says them; the English itself when some word has no phrase there. */
export type NativeWords = (lang: Lang, english: string) => string;

/** Words English needs and the other languages leave out: dropped when nothing else translates them. */
const GRAMMAR: ReadonlySet<string> = new Set(['the', 'of', 'a', 'an', 's']);
/** The longest English phrase looked up at once. */
const LONGEST = 6;

export function nativeWordsFor(kb: KnowledgeBase, lexicon: Lexicon): NativeWords {
  const tables = new Map<Lang, Map<string, string>>();
  const table = (lang: Exclude<Lang, 'en'>): Map<string, string> => {
    const known = tables.get(lang);
    if (known) return known;
    const out = new Map<string, string>();
    const add = (english: string, native: string) => {
      const key = normalize(english);
      if (key !== '' && native !== '' && !out.has(key)) out.set(key, native);
    };
    // The facts' names first: "Commission for External Relations" is the body's own name, not a phrase of words.
    for (const o of kb.organisations.values()) for (const n of [o.name, ...o.aliases, ...o.sides]) add(n, o.sides.includes(n) ? (o.sideTerms[lang][0] ?? o.names[lang]) : o.names[lang]);
    const glossary = lexicon.glossaries[lang];
    for (const [native, english] of [...Object.entries(glossary.words), ...Object.entries(glossary.questions)]) add(english, native);
    tables.set(lang, out);
    return out;
  };
  return (lang, english) => {
    if (lang === 'en') return english;
    const words = normalize(english).split(' ').filter(Boolean);
    const known = table(lang);
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      const size = [...Array(Math.min(LONGEST, words.length - i)).keys()].map((k) => Math.min(LONGEST, words.length - i) - k).find((n) => known.has(words.slice(i, i + n).join(' ')));
      if (size !== undefined) {
        out.push(known.get(words.slice(i, i + size).join(' ')) ?? '');
        i += size;
      } else if (GRAMMAR.has(words[i] ?? '')) i++;
      // A word the asker wrote in their own script ("中国") is theirs already.
      else if (/[^\p{ASCII}]/u.test(words[i] ?? '')) out.push(words[i++] ?? '');
      else return english;
    }
    return out.join(lang === 'zh' ? '' : ' ');
  };
}
