// Why talks were held remotely, as the articles give it: a sentence whose causal clause ("due to the impact of
// COVID-19, … could not be held as scheduled") is followed by the one saying how they kept in touch instead ("they
// have promptly applied flexible forms of exchanges such as phone talks"). Read from the data, for any talk.
import type { Statement, Talk } from '../facts/types.js';
import { normalizeData as normalize } from '../matching/normalize.js';
import type { Messages } from '../i18n/messages.js';
import { cite } from './citations.js';
import { line, type Line } from './result.js';
import type { Knowledge } from './types.js';

/** Whether a quote names the talk's format by one of its keywords, as whole words. */
function namesFormat(talk: Talk, quote: string): boolean {
  const text = ` ${normalize(quote)} `;
  return talk.format.keywords.some((k) => text.includes(` ${normalize(k)} `));
}

/** Of a remote talk, the statements that give a cause and are followed by one naming its format. */
export function causesOfFormat(k: Knowledge, talk: Talk): readonly Statement[] {
  if (!talk.format.remote) return [];
  return talk.statements.filter((s, i) => {
    const next = talk.statements[i + 1];
    return next !== undefined && k.facts.givesCause(s) && namesFormat(talk, next.quote);
  });
}

/** Lines for "why were they held remotely?": each talk's heading and its causes, cited; none when no talk has one. */
export function formatCauseLines(k: Knowledge, m: Messages, talks: readonly Talk[]): Line[] {
  return talks.flatMap((talk) => {
    const causes = causesOfFormat(k, talk);
    return causes.length === 0 ? [] : [line(`${m.talkHeading(talk)}:`), ...causes.map((s) => line(m.bullet(m.statement(s)), [cite(talk, s)]))];
  });
}
