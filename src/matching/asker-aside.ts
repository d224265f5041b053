// What a question is refused for lacking is a subject it asks about, never the asker's own aside nor a general noun of
// the question:
// - a clause about the asker beside the question ("大佬们 2022那次越方是谁去谈的 我老记混 😅": I always mix them up;
//   "这个计划管到哪一年啊 手机打字不方便 见谅": typing on a phone, sorry), told by a word of the asker opening it or a
//   word of chatting about the asking itself, with no word of asking in it;
// - a general noun ("…quan hệ giữa hai đảng khi đó đang ở trạng thái nào?": in what state; "状态", "东西"), which only
//   frames what is asked.
// The words are per language (data/lexicon/*.json `asides`); the question's other words are read as before.
import type { Lang } from '../languages.js';
import type { AskerAsides } from '../lexicon/schema.js';
import { normalize } from './normalize.js';

/** Where chat parts clauses: punctuation and emoji, and in Chinese spaces too (Vietnamese spaces part syllables). */
const HAN_CLAUSE_BREAK = /[\s,.!?;:…~，。！？；：、（）()“”"\p{Extended_Pictographic}]+/u;
const SPACED_CLAUSE_BREAK = /[,.!?;:…~，。！？；：()“”"\p{Extended_Pictographic}]+/u;
/** The same, captured, so that a split keeps the breaks. */
const HAN_CLAUSE_BREAK_KEPT = new RegExp(`(${HAN_CLAUSE_BREAK.source})`, 'u');
const SPACED_CLAUSE_BREAK_KEPT = new RegExp(`(${SPACED_CLAUSE_BREAK.source})`, 'u');

/** A text's words as normalize() gives them, padded so that a phrase is found only whole. */
const padded = (text: string) => ` ${normalize(text)} `;

export interface AsideReader {
  /**
   * `text` without its clauses of chatting about the asking itself ("手机打字不方便", "见谅"), which say nothing of the
   * talks ("手机" is no phone call): those told by an `about` word, with no word of asking, beside a clause that asks.
   */
  readonly withoutChat: (text: string, lang: Lang) => string;
  /** The things of `absent` (with their kinds) that are neither in an aside of the asker in `text` nor a general noun. */
  readonly subjects: <K>(text: string, lang: Lang, absent: readonly string[], kinds: readonly K[]) => { readonly absent: readonly string[]; readonly absentKinds: readonly K[] };
}

/**
 * `words`: each language's asides; `asking`: each language's words of asking besides `asks` (the glossary's question
 * words and yes/no markers), any of which keeps a clause a question.
 */
export function createAsideReader(words: Readonly<Record<Lang, AskerAsides>>, asking: Readonly<Record<Lang, readonly string[]>>): AsideReader {
  const han = (lang: Lang) => lang === 'zh';
  // A clause is normalized once and each language's words once (not once per word tried: the lists are long and a
  // long message has long clauses); in Chinese both are matched as typed.
  const view = (clause: string, lang: Lang) => (han(lang) ? clause : padded(clause));
  const lists = new Map<Lang, { readonly asks: readonly string[]; readonly about: readonly string[]; readonly asker: readonly string[] }>();
  const listsOf = (lang: Lang) => {
    let out = lists.get(lang);
    if (!out) {
      const as = (ws: readonly string[]) => ws.map((w) => view(w, lang));
      out = { asks: as([...words[lang].asks, ...asking[lang]]), about: as(words[lang].about), asker: as(words[lang].asker) };
      lists.set(lang, out);
    }
    return out;
  };
  const generic = new Map<Lang, ReadonlySet<string>>();
  const genericOf = (lang: Lang) => {
    let set = generic.get(lang);
    if (!set) {
      set = new Set(words[lang].generic.map((w) => normalize(w)));
      generic.set(lang, set);
    }
    return set;
  };
  const asks = (seen: string, lang: Lang) => listsOf(lang).asks.some((a) => seen.includes(a));
  const chats = (clause: string, lang: Lang) => {
    const seen = view(clause, lang);
    return listsOf(lang).about.some((a) => seen.includes(a)) && !asks(seen, lang);
  };
  const isAside = (clause: string, lang: Lang) => {
    const seen = view(clause, lang);
    const { asker, about } = listsOf(lang);
    return (asker.some((a) => seen.startsWith(a)) || about.some((a) => seen.includes(a))) && !asks(seen, lang);
  };
  return {
    withoutChat: (text, lang) => {
      if (words[lang].about.length === 0) return text;
      // Split with the breaks kept (odd places), so that the rest reads as typed.
      const pieces = text.split(han(lang) ? HAN_CLAUSE_BREAK_KEPT : SPACED_CLAUSE_BREAK_KEPT);
      const clauses = pieces.filter((p, i) => i % 2 === 0 && p.trim().length > 0);
      const chat = clauses.filter((c) => chats(c, lang));
      if (chat.length === 0 || chat.length === clauses.length) return text;
      return pieces.map((p, i) => (i % 2 === 0 && chat.includes(p) ? ' ' : p)).join('');
    },
    subjects: (text, lang, absent, kinds) => {
      if (absent.length === 0) return { absent, absentKinds: kinds };
      const clauses = text.split(han(lang) ? HAN_CLAUSE_BREAK : SPACED_CLAUSE_BREAK).map((c) => c.trim()).filter((c) => c.length > 0);
      const asides = clauses.filter((c) => isAside(c, lang));
      // A message that is all asides ("我想知道宋涛的爱好。谢谢") asks in them: nothing is set aside.
      const beside = asides.length < clauses.length ? asides : [];
      const bare = (x: string) => normalize(x).replace(/ /g, '');
      // Each aside's words made once, not once per thing asked.
      const seen = beside.map((c) => (han(lang) ? bare(c) : padded(c)));
      const inAside = (thing: string) => {
        if (seen.length === 0) return false;
        const t = han(lang) ? bare(thing) : padded(thing);
        return seen.some((c) => c.includes(t));
      };
      const keep = absent.map((a) => !inAside(a) && !genericOf(lang).has(normalize(a)));
      if (keep.every(Boolean)) return { absent, absentKinds: kinds };
      return { absent: absent.filter((_, i) => keep[i]), absentKinds: kinds.filter((_, i) => keep[i]) };
    },
  };
}
