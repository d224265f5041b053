// "两次越方代表所在的机构是同一个吗": Chinese says "the same" of its noun last (topic, then comment: "the body … is
// the same one"), where English asks of "the same body". The later stages read "the same" with the noun after it
// ("same body", "same person": who held a place at each talk), so the noun said just before a closing "the same" is
// put after it, as the count of "文件是两份吗" is put before its noun.

/** The English reading of "同一个", "相同", "一样" (data/lexicon/zh.json), one word each as the pivot puts it. */
const SAME = ['the', 'same'];

interface Placed {
  readonly word: { readonly text: string; readonly native?: string };
  readonly question: boolean;
}

/** `out` with a noun read in English just before a closing "the same" put after it; `out` itself when there is none. */
export function sameSaidLast<T extends Placed>(out: readonly T[]): readonly T[] {
  const n = out.length - SAME.length - 1;
  const noun = out[n];
  if (n < 0 || !noun || noun.question || noun.word.native !== undefined || !/^[a-z]+$/.test(noun.word.text)) return out;
  if (!SAME.every((w, k) => out[n + 1 + k]?.word.text === w)) return out;
  return [...out.slice(0, n), ...out.slice(n + 1), noun];
}
