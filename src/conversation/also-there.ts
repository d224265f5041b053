// "他2020年也是中方代表吗", "was he also the chinese representative in 2020?" after Song Tao announced the supplies in
// 2022: "also" of "him" at a talk of its own, none of the conversation's, asks whether he was there too, as his side's
// man. Read with his name, the reader took it as who took part in 2020 (both sides, no Yes) or as something he said
// there. It is whether he took part at both, the conversation's talks and the one named: "Yes: Song Tao took part in
// both talks." (a No names who was there instead). His presence alone ("was he also in the 2020 call?") is still
// asked of that talk only.
import type { Engine } from '../answering/engine.js';
import type { Answer } from '../answering/types.js';
import type { Person, Talk } from '../facts/types.js';
import { uncorrected, type ReadResult, type Reading } from '../matching/reading.js';
import type { Resolved } from './context.js';
import type { Cues } from './cues.js';
import { leadsYesOrNo } from './leads.js';

/** The question with his name put where "he" stands, read alone; null when it has no such "he". */
export type ReadAsHis = (person: Person) => ReadResult | null;

/** The answer and the reading it answered, or null when the question is not one. */
export function alsoThere(engine: Engine, found: Cues, own: ReadResult, prior: Resolved, readAsHis: ReadAsHis): { answer: Answer; reading: Reading } | null {
  const him = prior.people[0];
  if (!found.same || found.post || !found.references.includes('person') || found.references.some((x) => x !== 'person') || !him) return null;
  const named = own.reading.scope.talks;
  if (!named || named.length === 0 || named.some((t) => prior.talks.includes(t))) return null;
  const at = (t: Talk) => t.participants.some((x) => x.person === him);
  if (prior.talks.length === 0 || !prior.talks.every(at)) return null;
  const read = readAsHis(him);
  if (!read || read.kind !== 'reading') return null;
  const r = read.reading;
  // Whether he held a side's place there ("the chinese representative", "中方代表"): a subject, a document or someone
  // else of its own is another question; his presence alone ("was he also in the 2020 call?") is asked of that talk.
  // "2020年越方负责人也是他吗？" read with his name puts right who held the place there (Quan for Trung): the person the
  // question named is still him, whom the answer says was not there, at the talk asked (as "was Trung the Vietnamese
  // official in 2020?" is answered alone).
  if (!r.aspects.yesNo || (r.intent !== 'who' && r.intent !== 'person') || r.sidesNamed.length === 0 || r.topics.length + r.documents.length > 0 || uncorrected(r).people.some((p) => p !== him)) return null;
  const putRight = r.people.some((p) => p !== him);
  const talks = engine.kb.talks.filter((t) => named.includes(t) || (!putRight && prior.talks.includes(t)));
  const reading: Reading = { ...r, intent: 'who', people: [him], scope: { talks, mismatch: null } };
  const answer = engine.answerRead({ kind: 'reading', reading });
  if (!answer.answered || !leadsYesOrNo(answer)) return null;
  // The conversation goes on at the talk asked ("what did he say that time?" is of 2020).
  const about = answer.about ? { ...answer.about, talks: named.map((t) => t.id) } : undefined;
  return { answer: about ? { ...answer, about } : answer, reading };
}
