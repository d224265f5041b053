// Plain-text rendering for the console: the answer's lines, each with its citations' [n] markers, then each
// quoted sentence under its number ("[1] VNA, 29 July 2020: "…""). On a terminal the lines wrap to its width (quotes with a hanging
// indent) and the numbers and sources are coloured; piped output stays plain, one line per line of the answer.
import type { Answer, Citation } from '../answering/types.js';
import { messagesFor } from '../i18n/index.js';
import type { Lang } from '../languages.js';
import { displayWidth, wrap } from './wrap.js';

export interface PlainOptions {
  /** Wrap to this many columns; by default lines are not wrapped. */
  readonly width?: number;
  /** ANSI colours (a terminal that wants them); by default none. */
  readonly colour?: boolean;
}

const ANSI = { bold: '\u001b[1m', dim: '\u001b[2m', cyan: '\u001b[36m', reset: '\u001b[0m' } as const;

/** The quote under its number, introduced in the answer's language: `[1] VNA, 29 July 2020: "…"`. */
export function citationLine(c: Citation, n: number, lang: Lang = 'en'): string {
  return `[${n}] ${c.source}, ${messagesFor(lang).date(c.date)}: "${c.quote}"`;
}

const marker = (n: number) => `[${n}]`;
const colourMarker = (n: number) => `${ANSI.bold}${ANSI.cyan}${marker(n)}${ANSI.reset}`;

/** One line of the answer as printed: its text (wrapped), then its citations' numbers, coloured when asked. */
function answerLine(text: string, cites: readonly number[], options: PlainOptions, width: number | undefined): string[] {
  const marks = cites.map(marker).join('');
  const whole = marks ? `${text} ${marks}` : text;
  const out = width ? wrap(whole, width) : whole.split('\n');
  const last = out.length - 1;
  const end = out[last];
  // Wrapping never breaks inside the marks (they hold no space), so the last printed line ends with them.
  if (options.colour && marks && end?.endsWith(marks)) out[last] = `${end.slice(0, -marks.length)}${cites.map(colourMarker).join('')}`;
  return out;
}

/** The first line of a quote: its number bold, its source dim. */
function colourQuoteHead(line: string): string {
  return line.replace(/^(\[\d+\]) ([^:"]*:)/, (_m, n: string, source: string) => `${ANSI.bold}${ANSI.cyan}${n}${ANSI.reset} ${ANSI.dim}${source}${ANSI.reset}`);
}

export function renderPlain(answer: Answer, options: PlainOptions = {}): string {
  const width = options.width !== undefined && options.width > 0 ? options.width : undefined;
  // "Did you mean" follows the first line (the refusal's reason), as in the answer's plain text.
  const hint = answer.suggestion ? messagesFor(answer.lang).didYouMean(answer.suggestion) : '';
  const text = answer.lines.flatMap((l, i) => answerLine(i === 0 ? `${l.text}${hint}` : l.text, l.cites, options, width));
  // A follow-up says first what it took from the conversation: "(about the talks of 19 April 2022)".
  const note = answer.carried ? (width ? wrap(answer.carried.note, width) : [answer.carried.note]) : [];
  const quotes = answer.citations.map((c, i) => {
    const line = citationLine(c, i + 1, answer.lang);
    // Continuation lines line up after the number: "[1] " is as wide as its indent.
    return width ? wrap(line, width, displayWidth(`[${i + 1}] `)) : [line];
  });
  if (!options.colour) return [...note, ...text, ...quotes.flat()].join('\n');
  return [...note.map((l) => `${ANSI.dim}${l}${ANSI.reset}`), ...text, ...quotes.flatMap(([head = '', ...rest]) => [colourQuoteHead(head), ...rest])].join('\n');
}

/**
 * How the console should render for an output stream: wrapped to a terminal's width, coloured only on a
 * terminal and never when NO_COLOR is set to anything but the empty string (https://no-color.org) or TERM=dumb.
 */
export function plainOptionsFor(stream: { readonly isTTY?: boolean; readonly columns?: number }, env: Readonly<Record<string, string | undefined>>): PlainOptions {
  if (stream.isTTY !== true) return {};
  const columns = typeof stream.columns === 'number' && stream.columns > 0 ? stream.columns : Number(env.COLUMNS) || 80;
  const colour = !env.NO_COLOR && env.TERM !== 'dumb';
  return { width: columns, colour };
}
