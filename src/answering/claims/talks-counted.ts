// "Song Tao has held talks with Vietnamese Party officials more than five times since 2020": the articles report
// each talk, not how many there have been. A count of talks beyond those they report gives a figure no sentence
// states, so no sentence can support the claim; the talks it speaks of still relate to it.
import type { ClaimIndex } from './claim-index.js';
import type { Mentions } from './mentions.js';
import { isYear } from './tokens.js';

/** Whether the claim counts more talks, times or rounds of talks than the `reported` ones ("five times", "six calls"). */
export function talksCountedBeyond(index: ClaimIndex, m: Mentions, reported: number): boolean {
  for (let i = 0; i < m.tokens.length; i++) {
    const t = m.tokens[i];
    // A day of a date ("the April 19 talks") or an amount's figure counts nothing.
    const inDate = m.dates.some((d) => i >= d.at && i < d.end) || m.amounts.some((a) => i >= a.at && i < a.end);
    if (t === undefined || inDate || t.ordinal === true || t.suffix === true || isYear(t)) continue;
    const hit = t.value === undefined ? index.numbers.at(m.tokens, i) : null;
    const value = t.value ?? hit?.value;
    if (value === undefined || index.ordinals.at(m.tokens, i) !== null) continue;
    const noun = m.tokens[i + (hit?.length ?? 1)]?.word ?? '';
    if (value > reported && (index.talkTimes.has(noun) || index.talkNouns.has(noun))) return true;
  }
  return false;
}
