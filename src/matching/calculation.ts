// A calculation over figures ("15% of 235,000", "1.5 million yuan divided evenly among 63 provinces", "235000美元的15%"),
// recognised by its shape rather than by any language's phrasing: an operation word (data/lexicon/en-questions.json
// `calculation`, as the glossaries give Vietnamese and Chinese operations in English) standing by a figure, with a
// second figure in the question to work it with. The articles give figures; they never compute new ones, and
// an answer that cites their figure would read as if it were the result.
import type { Token } from './tokens.js';

export interface CalculationWords {
  readonly operations: ReadonlySet<string>;
  readonly magnitudes: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
}

/** How far (in words) an operation may stand from its figure: "divided evenly among the 63", "15 percent of the 235,000". */
const REACH = 3;

interface Figure {
  readonly at: number;
  readonly end: number;
}

/** A year ("2020") or a day of a date ("29 July"): a time, which a "how many years since" asks of the talks, no operand. */
function isTime(tokens: readonly Token[], f: Figure, months: ReadonlySet<string>): boolean {
  const only = f.end - f.at === 1 ? (tokens[f.at]?.text ?? '') : null;
  if (only !== null && /^(19|20)\d{2}$/.test(only)) return true;
  return months.has(tokens[f.at - 1]?.text ?? '') || months.has(tokens[f.end]?.text ?? '');
}

/** The figures of a question: runs of digits ("235 000" as the pivot splits "235.000") with their magnitude ("1 5 million"). */
function figuresOf(tokens: readonly Token[], words: CalculationWords): Figure[] {
  const out: Figure[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!/^\d+$/.test(tokens[i]?.text ?? '')) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && (/^\d+$/.test(tokens[end]?.text ?? '') || words.magnitudes.has(tokens[end]?.text ?? ''))) end++;
    const figure = { at: i, end };
    if (!isTime(tokens, figure, words.months)) out.push(figure);
    i = end;
  }
  return out;
}

/** Whether the question asks for a calculation: an operation beside a figure, and another figure to work it with. */
export function asksCalculation(tokens: readonly Token[], words: CalculationWords): boolean {
  const figures = figuresOf(tokens, words);
  if (figures.length < 2) return false;
  return tokens.some((t, i) => words.operations.has(t.text) && figures.some((f) => (f.end <= i && i - f.end < REACH) || (f.at > i && f.at - i <= REACH)));
}
