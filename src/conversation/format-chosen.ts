// "Which one was by video then", "那哪次是视频的？" after the phone talks: a question asking which talk, naming only
// how it was held, chooses among all the talks by that format; the conversation's talk (the one it is not, after "were
// they talking over video?" was answered No) is not where it is asked. Its words of continuing ("then", "那") point
// nowhere: it is answered as asked alone, of the talk that format picks.
import { namedCount, type ReadResult } from '../matching/reading.js';

/** Whether a question read (`own`, with its words as the reader tokenises them) chooses a talk by its format alone. */
export function choosesByFormat(own: ReadResult, words: readonly { readonly text: string }[]): boolean {
  if (own.kind !== 'reading') return false;
  const r = own.reading;
  const picked = r.scope.talks;
  // The reader's words are English whatever the language ("哪次", "cuộc nào" are read as "which").
  const asksWhich = words.some((w) => w.text === 'which');
  return (
    asksWhich &&
    !r.aspects.yesNo &&
    r.formatTalks.length > 0 &&
    picked !== null &&
    picked.length === r.formatTalks.length &&
    picked.every((t) => r.formatTalks.includes(t)) &&
    namedCount(r, { formats: false }) + r.unmatched.length === 0
  );
}
