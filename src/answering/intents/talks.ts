import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { answered, listed, talksOf } from '../result.js';
import type { Answer, Knowledge } from '../types.js';
import { longDate, names } from '../wording.js';

/** Every talk the articles report (the newest when there are many), with date, format, participants and source. */
export function answerTalks(k: Knowledge, reading: Reading): Answer {
  const talks = talksOf(k, reading);
  const { shown, note } = listed(talks);
  const lines = shown.map((t) => {
    const title = t.article.titleIsDescriptive ? `untitled report, described as "${t.article.title}"` : `"${t.article.title}"`;
    return `${longDate(t.date)}: ${t.format.label} between ${names(t.participants.map((p) => p.person))} (${t.article.outlet}, ${title}).`;
  });
  const all = k.kb.talks.length;
  const intro = talks.length === all ? `The articles report ${all} talk${all === 1 ? '' : 's'}:` : `Of the ${all} talks the articles report:`;
  return answered('talks', [intro, ...lines, ...(note ? [note] : [])].join('\n'), shown.map((t) => cite(t, t.when)));
}
