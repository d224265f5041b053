// A claim that names several talks together as the ones something holds at ("both the 2020 call and the 2022 video
// talks took place on July 29", "Quan did the 2020 call and the 2022 talks too", "in 2020 and 2022"): read whole, its
// dates and formats name every talk at once and no sentence can settle it. Left with one talk's names only, it is the
// same claim said of that talk, which that talk's sentences settle.
import type { Talk } from '../../facts/types.js';
import { uncorrected, type Reading } from '../../matching/reading.js';
import type { Knowledge } from '../types.js';
import { readDetails } from './details.js';
import type { Span } from './mentions.js';

interface Named {
  at: number;
  end: number;
  readonly talk: Talk;
}

/**
 * The claim's text once for each talk it names together, the other talks' names left out; null unless it names at
 * least two talks, each in one stretch, with only words of grammar and words for the talks between them (a clause
 * of its own between them, "the 2020 call was by phone and the 2022 talks by video", says something else of each).
 */
export function eachTalkTexts(k: Knowledge, reading: Reading): { readonly text: string; readonly talk: Talk }[] | null {
  const index = k.claims();
  const m = readDetails(index, uncorrected(reading)).mentions;
  // A talk's stretch: its year, with its format and the words for the talks right after ("the 2022 video talks").
  const runs: Named[] = m.dates
    .flatMap((d) => {
      const talks = k.kb.talks.filter((t) => d.year !== null && t.date.startsWith(String(d.year)));
      return talks.length === 1 && talks[0] ? [{ at: d.at, end: d.end, talk: talks[0] }] : [];
    })
    .sort((a, b) => a.at - b.at);
  const talkWord = (i: number) => index.talkNouns.has(m.tokens[i]?.word ?? '');
  // A format right after a talk's year is part of its name ("the 2022 video talks"); elsewhere it is what the claim
  // says of the talks ("… were done by videoconference").
  const formatAt = (i: number, talk: Talk) => m.formats.find((f) => f.at === i && !f.negated && f.format.kind === 'talks' && f.format.talks.includes(talk));
  for (const r of runs) {
    for (let f = formatAt(r.end, r.talk); f || talkWord(r.end); f = formatAt(r.end, r.talk)) r.end = f ? Math.max(f.end, r.end + 1) : r.end + 1;
  }
  if (runs.length < 2 || new Set(runs.map((r) => r.talk)).size !== runs.length) return null;
  // Between two talks' stretches, nothing the claim says of one of them alone.
  const content = new Set(m.content);
  // A day, a format or a name there ("the 2020 call on July 29 and the 2022 talks…", "the 2020 one was a phone call
  // while the 2022 one…", "Quan did the 2020 call and Trung the 2022 talks") is said of one talk alone.
  const within = (j: number) => (s: { readonly at: number; readonly end: number }) => s.at <= j && j < s.end;
  const dated = (j: number) => m.dates.some(within(j)) || m.formats.some(within(j)) || m.names.some(within(j));
  for (let i = 1; i < runs.length; i++) {
    const from = runs[i - 1]?.end ?? 0;
    const to = runs[i]?.at ?? 0;
    for (let j = from; j < to; j++) if ((content.has(j) && !talkWord(j)) || dated(j)) return null;
  }
  const charsOf = (r: Span): [number, number] => {
    const a = m.tokens[r.at];
    const b = m.tokens[r.end - 1];
    return [a?.at ?? 0, (b?.at ?? 0) + (b?.word.length ?? 0)];
  };
  return runs.map((keep) => {
    let text = m.text;
    for (const r of [...runs].reverse()) {
      if (r === keep) continue;
      const [a, b] = charsOf(r);
      text = `${text.slice(0, a)}${text.slice(b)}`;
    }
    return { text: text.replace(/\s{2,}/gu, ' '), talk: keep.talk };
  });
}
