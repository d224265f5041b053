// A word of the question named back to the asker as they typed it. A Vietnamese question is read folded
// ("mốc son" → "moc son"), so what the articles lack would be named without its diacritics; the asker's own
// spelling is in the question, found by folding its words the same way.
import { foldWord } from '../matching/normalize.js';

/** The run of the question's words that folds to `thing`, as typed; `thing` itself when none does. */
export function asTyped(question: string, thing: string): string {
  const wanted = thing.split(/\s+/u).filter(Boolean).map(foldWord);
  if (wanted.length === 0) return thing;
  const typed = [...question.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => m[0]);
  const folded = typed.map(foldWord);
  for (let i = 0; i + wanted.length <= folded.length; i++) {
    if (wanted.every((w, k) => folded[i + k] === w)) return typed.slice(i, i + wanted.length).join(' ');
  }
  return thing;
}

/**
 * A name with words before it as the asker typed them: the whole run when the question has it, else its longest
 * ending that it has ("minister Vuong Nghi" of "Bộ trưởng Ngoại giao Vương Nghị": the office read in English, the
 * name as typed, "Vương Nghị"). `back` gives the words before that ending in the asker's own words when it can
 * ("prime minister" → "thủ tướng"): an office said of a side ("Thủ tướng Trung Quốc") is named whole, not as the side.
 */
export function nameAsTyped(question: string, thing: string, back: (english: string) => string | null = () => null): string {
  const words = thing.split(/\s+/u).filter(Boolean);
  for (let from = 0; from < words.length; from++) {
    const tail = words.slice(from).join(' ');
    const typed = asTyped(question, tail);
    if (typed !== tail || from === words.length - 1) {
      if (from === 0) return typed;
      if (typed === tail) return thing;
      // Only as one run the question has: "Bộ trưởng Ngoại giao Vương Nghị" read "minister Vuong Nghi" stays "Vương Nghị".
      const head = back(words.slice(0, from).join(' '));
      const whole = head === null ? null : asTyped(question, `${head} ${typed}`);
      return whole !== null && whole !== `${head} ${typed}` ? whole : typed;
    }
  }
  return thing;
}
