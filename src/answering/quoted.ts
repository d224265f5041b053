// "> 235,000 USD\nwhere's that number from??": chat quotes a line by opening it with "> " (Discord; ">>> " quotes the
// rest of the message). A message that opens with quoted lines, then asks of them without naming anything of its own
// ("where's that from?", "source?", "is this right?"), asks about the quoted words: they are its subject, and the
// answer is what the articles say of them, citing the sentence they come from.
import { namedCount, type Reading } from '../matching/reading.js';

/** The quoted lines a message opens with, as one text, and what it says after them. */
export interface Quoted {
  readonly quote: string;
  readonly rest: string;
}

const QUOTE_LINE = /^\s*>{1,3}\s?/u;

/** The quoted lines a message opens with and the rest; null when it opens with none, or is nothing but a quote. */
export function quotedLines(text: string): Quoted | null {
  const lines = text.split('\n');
  let i = 0;
  const quoted: string[] = [];
  for (; i < lines.length && QUOTE_LINE.test(lines[i] ?? ''); i++) quoted.push((lines[i] ?? '').replace(QUOTE_LINE, ''));
  const quote = quoted.join(' ').trim();
  const rest = lines.slice(i).join('\n').trim();
  return quote !== '' && rest !== '' ? { quote, rest } : null;
}

/** Whether what a message asks after its quote names nothing of its own: then the quote is what it asks about. */
export function asksOfQuote(rest: Reading): boolean {
  // A figure asked of a quoted figure is a conversion or a sum ("how much is that in euros?"), not where it comes from;
  // a word of its own nothing in the articles names is what it asks.
  if (rest.aspects.amount || rest.aspects.count || rest.unmatched.length > 0) return false;
  return namedCount(rest) === 0 && rest.scope.talks === null;
}
