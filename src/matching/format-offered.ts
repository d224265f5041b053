// "where was the 2022 meeting held, like in person or wut", "where were they for the 2020 talks, face to face or on the
// phone?": a "where" whose answers the asker offers are formats asks how the talks were held as much as the place, and
// the format is what the articles give. A format word offered as one side of an "or" after the "where" is such an
// answer; one that only names the talk ("where was Song Tao sitting during the videoconference?") is not.
import type { CueScan } from './cue-scan.js';
import type { CueGroup } from './aspects.js';
import type { Token } from './tokens.js';

// Not 'manner' ("by what means"): it asks, it offers no format.
const FORMAT_CUES = ['formatStrong', 'format', 'inPerson'] as const;
/** The word that offers alternatives; Vietnamese "hay", "hoặc" and Chinese "还是", "或" reach it through the glossaries. */
const OR = 'or';

/** Whether, after the place asked at `at`, the question offers a format as one of the alternatives of an "or". */
export function formatOffered(f: { readonly tokens: readonly Token[]; readonly cues: CueScan<CueGroup>; readonly negated: (at: number) => boolean }, at: number): boolean {
  return FORMAT_CUES.flatMap((g) => f.cues.hits(g)).some(
    (h) => h.at > at && !f.negated(h.at) && (f.tokens[h.at - 1]?.text === OR || f.tokens[h.at + h.length]?.text === OR),
  );
}
