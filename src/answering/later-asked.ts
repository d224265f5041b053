// "What did Vietnam mean by vaccine passports? Anything come of it later?": a message asking of a reported subject,
// then in a clause of its own what came after the talks. The first is answered; the second gets the note that the
// articles report nothing after the talks. Refusing the whole would drop a fair question for a follow-up it cannot answer.
import type { ReadResult } from '../matching/reading.js';
import { QUESTION_WORDS } from '../matching/words.js';

/** A message's clauses: sentences, and in Chinese the parts a chat message separates by spaces or commas. */
export function clausesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;。？！；])\s*|(?<=[\p{Script=Han}?？])\s+(?=\p{Script=Han})|[，,]/u)
    .map((x) => x.trim())
    .filter((x) => /[\p{L}\p{N}]/u.test(x));
}

/** Whether a read is refused as asking what came after the talks. */
export function asksLater(result: ReadResult): boolean {
  return result.kind === 'refusal' && result.refusal.kind === 'unsupported' && result.refusal.topic === 'future';
}

/**
 * The clauses before a last one that alone asks what came after the talks, when they make a question read without
 * refusal; null otherwise (the message asks the future throughout, or is one clause).
 */
export function beforeLater(text: string, read: (text: string) => ReadResult): ReadResult | null {
  const clauses = clausesOf(text);
  const last = clauses.at(-1);
  if (clauses.length < 2 || last === undefined || !asksLater(read(last))) return null;
  const before = read(clauses.slice(0, -1).join(' '));
  // Itself a question ("是啥意思", "what did they sign"), not a subject the later clause asks of ("关于疫苗护照，后来…").
  if (before.kind !== 'reading') return null;
  const a = before.reading.aspects;
  const asks = a.yesNo || a.which || a.why || a.definition || before.reading.said.words.some((w) => QUESTION_WORDS.has(w));
  return asks ? before : null;
}
