// Words that make a yes/no claim absolute ("only", "never", "at all", "không hề", "一点…都"). A sentence saying the
// thing does not say nothing else was, or that it never was otherwise: a Yes rests only on a cited sentence that
// says the same word. The words are data (en.json `claims.absolutes`, the glossaries' `focus.absolutes`).
import type { Lang } from '../../languages.js';
import type { Lexicon } from '../../lexicon/lexicon.js';

/** The words of a text, lower case, each a word or syllable, joined by single spaces between spaces. */
const spaced = (text: string) => ` ${text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;

/** Whether a Chinese absolute stands in a text not turned round by a "not" before it ("不仅", not only). */
function zhSays(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    if (text[at - 1] !== '不') return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

/** Words before an English "only" that leave it on the subject after it ("did only Trung…", "was it only…"). */
const OPENERS = new Set(['did', 'does', 'do', 'was', 'were', 'is', 'are', 'it', 'that', 'who', 'if']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'one']);
const ABOUT = 'about';
/** Last words of a tag closing a statement with "or" ("…or what", "…or not"): a check asked, no choice. */
const TAG_ENDS = new Set(['what', 'not']);
/** Words after a Vietnamese or Chinese one that put it on the one named next ("chỉ có ông Trung…", "只有黎怀忠…"). */
const HAVING: Readonly<Record<'vi' | 'zh', string>> = { vi: ' có ', zh: '有' };
/** Words asking a choice between things, before which an exclusive word is one of the choices ("hai lần hay chỉ một", "还是只有一次"). */
const CHOICE: Readonly<Record<'vi' | 'zh', readonly string[]>> = { vi: [' hay ', ' hoặc '], zh: ['还是', '或者', '或是'] };

/**
 * Whether an exclusive word is said of the one who acted ("did only Trung raise it?") rather than of what was done:
 * that he alone did it is no claim about the other things he did.
 */
function ofSubject(lang: Lang, text: string, word: string): boolean {
  if (lang === 'zh') return text.includes(`${word}${HAVING.zh}`) || CHOICE.zh.some((c) => text.includes(c));
  const said = spaced(text);
  if (lang === 'vi') return said.includes(`${spaced(word).trimEnd()}${HAVING.vi}`) || CHOICE.vi.some((c) => said.includes(c));
  const words = said.trim().split(' ');
  const own = spaced(word).trim().split(' ');
  const first = own[0] ?? '';
  // Said of what a talk was about ("was just about floods", "was only about the sea"): of its subjects, not of one who acted.
  const about = (i: number) => own.at(-1) === ABOUT || words[i + own.length] === ABOUT;
  // At the start, as a follow-up's rest is ("only wanted china to…" after "and he"), only before one who acts.
  // Beside "or" ("in both talks or only one?") it is one of the choices asked, no claim; not an "or" of a closing tag
  // ("…or what", "…or not").
  if (words.some((w, i) => w === 'or' && !(i === words.length - 2 && TAG_ENDS.has(words[i + 1] ?? '')))) return true;
  return words.some((w, i) => w === first && !about(i) && (i === 0 ? PRONOUNS.has(words[1] ?? '') : OPENERS.has(words[i - 1] ?? '')));
}

export interface Absolutes {
  /** The absolute words a question says, in its own language. */
  said(lang: Lang, text: string): readonly string[];
  /** Whether a question sets one thing against the others ("only", "chỉ", "只"). */
  exclusive(lang: Lang, text: string): boolean;
  /** Whether a text in that language says the word too. */
  says(lang: Lang, text: string, word: string): boolean;
  /** The exclusive words ("only", "merely"), in each language. */
  readonly exclusiveWords: Readonly<Record<Lang, readonly string[]>>;
}

export function absolutesOf(lexicon: Lexicon): Absolutes {
  const of = (a: { exclusive: readonly string[]; total: readonly string[] } | undefined) => ({ exclusive: a?.exclusive ?? [], total: a?.total ?? [] });
  const zh = of(lexicon.glossaries.zh.focus?.absolutes);
  const kinds: Readonly<Record<Lang, { exclusive: readonly string[]; total: readonly string[] }>> = {
    en: of(lexicon.claims.absolutes),
    vi: of(lexicon.glossaries.vi.focus?.absolutes),
    zh: { exclusive: zh.exclusive.map((w) => lexicon.simplified(w)), total: zh.total.map((w) => lexicon.simplified(w)) },
  };
  const lists: Readonly<Record<Lang, readonly string[]>> = { en: [...kinds.en.exclusive, ...kinds.en.total], vi: [...kinds.vi.exclusive, ...kinds.vi.total], zh: [...kinds.zh.exclusive, ...kinds.zh.total] };
  // A Vietnamese syllable of a longer glossary word is that word's ("chỉ ra": point out, not "only").
  const viSpaced = Object.keys(lexicon.glossaries.vi.words).map((k) => [k, spaced(k)] as const);
  const viLonger = new Map(lists.vi.map((a) => [a, viSpaced.filter(([k, s]) => k !== a && s.includes(spaced(a))).map(([, s]) => s)]));
  // Each word spaced once here, each text once per call: a text is read against every word of its language's list.
  const spacedWords = new Map([...lists.en, ...lists.vi].map((w) => [w, spaced(w)]));
  const spacedWord = (word: string) => spacedWords.get(word) ?? spaced(word);
  /** A text as `saysIn` reads it: Chinese in simplified characters, the others spaced. */
  const prepared = (lang: Lang, text: string) => (lang === 'zh' ? lexicon.simplified(text) : spaced(text));
  const saysIn = (lang: Lang, said: string, word: string): boolean => {
    if (lang === 'zh') return zhSays(said, word);
    const own = spacedWord(word);
    if (!said.includes(own)) return false;
    if (lang !== 'vi') return true;
    // Each place the word stands must be outside the longer words that hold it.
    const longer = viLonger.get(word) ?? [];
    return longer.length === 0 || !longer.some((l) => said.includes(l)) || said.split(own).length - 1 > longer.filter((l) => said.includes(l)).length;
  };
  return {
    said: (lang, text) => {
      const said = prepared(lang, text);
      return lists[lang].filter((w) => saysIn(lang, said, w));
    },
    exclusive: (lang, text) => {
      const said = prepared(lang, text);
      return kinds[lang].exclusive.some((w) => saysIn(lang, said, w) && !ofSubject(lang, text, w));
    },
    says: (lang, text, word) => saysIn(lang, prepared(lang, text), word),
    exclusiveWords: { en: kinds.en.exclusive, vi: kinds.vi.exclusive, zh: kinds.zh.exclusive },
  };
}
