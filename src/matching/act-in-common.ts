// "In both talks, what did Song Tao credit Vietnam for in common?", "Ở cả hai lần, ông Tống Đào đều ghi nhận Việt Nam
// ở điểm chung nào?": what one person named did at both talks, a speech act (praise, thanks, congratulations), asked
// for in common, is his statements of that act at each talk; comparing people would answer who held each place.
import { SPEECH_ACTS } from './cues.js';
import type { Features } from './intent.js';

/** Whether the question asks what one person did, by a speech act, at both talks or each. */
export function actInCommon(f: Features): boolean {
  if (f.entities.people.length !== 1 || f.aspects.yesNo || !(f.aspects.both || f.aspects.eachTalk)) return false;
  return f.tokens.some((t) => SPEECH_ACTS.has(t.lemma)) || f.concepts.some((c) => SPEECH_ACTS.has(c.lemma));
}
