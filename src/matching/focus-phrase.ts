// The noun phrase a "what"/"which" question asks for ("what exact day were…" → "day"): the kind of answer it wants.
// Shared by the coverage check (does the evidence give it?) and the reader (does who a person is give it?).

/** The words after the question word up to the verb: "what exact day were …" → ["day"]; [] when it asks nothing so. */
export function focusPhrase(words: readonly string[], askers: ReadonlySet<string>, qualifiers: ReadonlySet<string>, ends: ReadonlySet<string>): readonly string[] {
  const at = words.findIndex((w) => askers.has(w));
  if (at < 0) return [];
  const phrase: string[] = [];
  for (let i = at + 1; i < words.length && phrase.length < 4; i++) {
    const w = words[i] ?? '';
    if (qualifiers.has(w) || qualifiers.has(`${w} ${words[i + 1] ?? ''}`)) {
      if (qualifiers.has(`${w} ${words[i + 1] ?? ''}`)) i++;
      continue;
    }
    // A count in digits before the noun ("which 3 documents") says how many, not what (a word, "three", stays in the
    // phrase, whose last word is the thing asked).
    if (phrase.length === 0 && /^\d{1,2}$/.test(w)) continue;
    if (!/^[a-z]+$/.test(w) || ends.has(w)) break;
    phrase.push(w);
  }
  return phrase;
}
