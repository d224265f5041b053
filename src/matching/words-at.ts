// Where a run of words stands among a question's words. Plain loops: readers look for every phrase of a list at every
// word of every question, and a closure made per word and phrase (findIndex over every) was much of what an answer
// allocated, and so of the collector's pauses.

/** The first index from which `fits` holds for each of `parts` in turn (given the word's index and the part), or -1. */
export function runAt(length: number, parts: readonly string[], fits: (i: number, part: string) => boolean): number {
  for (let i = 0; i < length; i++) {
    let k = 0;
    while (k < parts.length && fits(i + k, parts[k] ?? '')) k++;
    if (k === parts.length) return i;
  }
  return -1;
}

/** Whether `parts` stand in `words` one after another from `at`. */
function standsAt(words: readonly string[], at: number, parts: readonly string[]): boolean {
  for (let k = 0; k < parts.length; k++) if (words[at + k] !== parts[k]) return false;
  return true;
}

/** The first index at which `parts` stand in `words` one after another, or -1. */
export function wordsAt(words: readonly string[], parts: readonly string[]): number {
  for (let i = 0; i < words.length; i++) if (standsAt(words, i, parts)) return i;
  return -1;
}

/** The first index at which any of `phrases` stands in `words`, or -1. */
export function anyWordsAt(words: readonly string[], phrases: readonly (readonly string[])[]): number {
  for (let i = 0; i < words.length; i++) for (const parts of phrases) if (standsAt(words, i, parts)) return i;
  return -1;
}
