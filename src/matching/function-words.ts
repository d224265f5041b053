// jieba cuts by its dictionary, not the glossary: a chat or grammar word the glossary drops ("来着", "记不住") may be
// cut across ("多少钱来|着", "老记|不住"), leaving a made-up word ("钱来") or a wrong one ("老记") that would be named as
// what the articles lack. Where such a word starts inside one of jieba's and ends where one of jieba's ends, it is
// split off: what precedes it stands alone ("钱", "老") and the function word is one word, read as the glossary has it.
import type { ChineseWord } from '../lexicon/chinese.js';

/** `words` (jieba's cut of `text`, in order) with the function words (two characters or more) that cross them split off. */
export function splitFunctionWords(text: string, words: readonly ChineseWord[], functionWords: readonly string[]): ChineseWord[] {
  const placed: { w: ChineseWord; from: number; to: number }[] = [];
  let at = 0;
  for (const w of words) {
    const from = text.startsWith(w.word, at) ? at : text.indexOf(w.word, at);
    if (from < 0) continue;
    placed.push({ w, from, to: from + w.word.length });
    at = from + w.word.length;
  }
  const ends = new Set(placed.map((p) => p.to));
  const out: ChineseWord[] = [];
  for (let k = 0; k < placed.length; k++) {
    const p = placed[k];
    if (!p) continue;
    // The longest function word starting inside this word and running past it to the end of a later one.
    let best: { start: number; end: number; word: string } | null = null;
    for (const f of functionWords) {
      if (f.length < 2) continue;
      for (let s = p.from + 1; s < p.to; s++) {
        if (!text.startsWith(f, s) || s + f.length <= p.to || !ends.has(s + f.length)) continue;
        if (!best || f.length > best.word.length) best = { start: s, end: s + f.length, word: f };
      }
    }
    if (!best) {
      out.push(p.w);
      continue;
    }
    out.push({ word: text.slice(p.from, best.start), tag: 'x' }, { word: best.word, tag: 'u' });
    while (k + 1 < placed.length && (placed[k + 1]?.to ?? 0) <= best.end) k++;
  }
  return out;
}
