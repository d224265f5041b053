// "And who should China work with on that?", "要和谁一起推进？" after Trung's call on the sea: a who asked with a word of
// doing something with someone, or "which organisation" ("要跟哪个组织一起推进"), naming no subject of its own, asks for the party the conversation's words on its
// subject name (ASEAN), not who took part in the talks nor whether the side it names spoke on it. So it is what was
// said on that subject at the conversation's talks, whoever said it; the party is named there.
import type { Engine } from '../answering/engine.js';
import type { Answer } from '../answering/types.js';
import type { Given } from '../matching/read.js';
import type { Reading, ReadResult } from '../matching/reading.js';
import type { Resolved } from './context.js';
import type { Cues } from './cues.js';

/**
 * What was said on the conversation's subject at its talks, read from `read` (the question read with what is given),
 * or null when the question is not such a who or nothing answers it there.
 */
export function partnerAsked(engine: Engine, found: Cues, own: Reading, asksWho: boolean, prior: Resolved, given: Given, read: (given: Given) => ReadResult): { answer: Answer; reading: Reading } | null {
  // "Which organisation was named?" asks for such a party too, as one mentioned; not one with a deed of its own ("which
  // organisation does the US lead there?").
  if (!(found.partner || (found.body && own.aspects.mentioned)) || !asksWho || own.aspects.yesNo || prior.talks.length === 0 || (given.topics ?? []).length === 0) return null;
  if (own.topics.length + own.documents.length > 0 || own.scope.talks !== null) return null;
  const result = read(given);
  const r = result.reading;
  // Its own words are of doing it together ("coordinate", "cần"), not what was said: they would rank words on other
  // subjects first. What was said on the subject names the party.
  const concepts = r.concepts.filter((c) => c.asking);
  const reading: Reading = { ...r, intent: 'topic', concepts, people: [], sides: [], sidesNamed: [], scope: { talks: prior.talks, mismatch: null }, aspects: { ...r.aspects, yesNo: false } };
  const answer = engine.answerRead({ kind: 'reading', reading });
  const there = answer.citations.length > 0 && answer.citations.every((c) => prior.talks.some((t) => t.id === c.talk));
  return answer.answered && there ? { answer, reading } : null;
}
