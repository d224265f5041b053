// Plain-text rendering for the console: the answer, then one line per citation.
import type { Answer, Citation } from '../answering/types.js';
import { longDate } from '../answering/wording.js';

export function citationLine(c: Citation): string {
  return `— ${c.source}, ${longDate(c.date)}: "${c.quote}"`;
}

export function renderPlain(answer: Answer): string {
  return [answer.text, ...answer.citations.map(citationLine)].join('\n');
}
