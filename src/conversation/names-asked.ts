// "Which ones are they?", "what are their names?", "name them", "是哪三份？" after words on a subject: the answer said
// the things (three legal documents, high-ranking officials) only by what they are, without listing them. A question
// asking them named, with nothing of its own to place it, takes its subject from the conversation, and the subject's
// statements would answer it with the very sentence that leaves them unnamed: the articles lack that detail.

/** Words that ask things named: their names, what they are called, a list of them. */
const NAMING = new Set(['name', 'names', 'named', 'called', 'titles', 'list']);
/** After "called", a call made on someone ("called for", "called on"), not a name. */
const CALL_MADE = new Set(['for', 'on', 'upon']);
/** A question asking who did something ("who put their names on them?") asks people, not names of things. */
const ASKS_PEOPLE = new Set(['who', 'whom']);
/** After "which", what leaves the thing chosen to the conversation: nothing, "ones", or only how many. */
const WHICH_OF_THEM = new Set(['ones', 'two', 'three', 'four', 'five', 'several', 'exactly', 'exact', 'specifically']);

/** Whether a follow-up's own words (the reader's English words, cue words cut) ask which things, or their names. */
export function asksNames(tokens: readonly { readonly text: string }[]): boolean {
  if (tokens.some((t) => ASKS_PEOPLE.has(t.text))) return false;
  return tokens.some((t, i) => {
    if (NAMING.has(t.text)) return t.text !== 'called' || !CALL_MADE.has(tokens[i + 1]?.text ?? '');
    if (t.text !== 'which') return false;
    const next = tokens[i + 1]?.text;
    return next === undefined || next === '?' || WHICH_OF_THEM.has(next) || /^\d+$/u.test(next);
  });
}
