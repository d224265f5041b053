// "Ngoài chuyện hai nước với nhau, cuộc hội đàm 2022 còn bàn thêm những mảng nào?", "besides bilateral ties, which
// other fields did they cover?": a subject set aside, then the talk's subjects asked for by a noun of subjects
// (data/lexicon/en.json `besides.subjects`) and "what"/"which", asks for the rest of what the talk covered, which its
// summary lists. The subject set aside need not be one the facts name ("chuyện song phương"), and the question
// word need not stand beside its noun, as Vietnamese puts it ("những mảng nào": fields which).
import type { CueScan } from './cue-scan.js';
import type { CueGroup } from './aspects.js';
import { FUNCTION_WORDS } from './cues.js';
import type { Concept } from './reading.js';
import type { Token } from './tokens.js';

/** Most words between a word of setting aside and the first word of what it sets aside ("besides the two countries"). */
const ASIDE_REACH = 3;
const ASKING = new Set(['what', 'which']);

export interface OtherSubjectsAsked {
  readonly tokens: readonly Token[];
  readonly cues: CueScan<CueGroup>;
  /** Concepts rare enough in the statements to pick some out: any beyond the noun of subjects asks something narrower. */
  readonly distinctive: readonly Concept[];
  /**
   * A verb of bringing up is asked ("what else did they cover apart from bilateral stuff?"): with "what" it asks for
   * subjects as a noun of subjects does.
   */
  readonly mentioned?: boolean;
}

export function asksOtherSubjects({ tokens, cues, distinctive, mentioned }: OtherSubjectsAsked): boolean {
  const nouns = cues.hits('besidesSubjects');
  if ((nouns.length === 0 && mentioned !== true) || !tokens.some((t) => ASKING.has(t.text))) return false;
  const asked = new Set(nouns.flatMap((h) => tokens.slice(h.at, h.at + h.length).flatMap((t) => [t.text, t.lemma])));
  const loose = new Set(cues.hits('besidesLoose').map((h) => h.at));
  // Something is set aside: a word of setting aside (not one that only names one of a pair) with a word of content after it.
  const content = (t: Token | undefined) => t !== undefined && !FUNCTION_WORDS.has(t.text) && !ASKING.has(t.text) && !asked.has(t.text);
  const setAside = cues.hits('besides').some((h) => !loose.has(h.at) && tokens.slice(h.at + h.length, h.at + h.length + ASIDE_REACH).some(content));
  return setAside && distinctive.every((c) => asked.has(c.word) || asked.has(c.lemma));
}
