// "What was the other doc they signed" after the cooperation plan: "the other" followed by a word for a signed thing
// ("doc", "agreement") points at the other documents signed with the conversation's, not at the other talk (which
// signed nothing). Read as the other talk it asked what that talk signed "doc" (read as the DOC) and was refused; it is
// what the talk that signed the conversation's documents signed besides them.
import type { Engine } from '../answering/engine.js';
import type { Answer } from '../answering/types.js';
import type { Lang } from '../languages.js';
import type { ReadResult, Reading } from '../matching/reading.js';
import type { Resolved } from './context.js';
import type { Cues } from './cues.js';

/** Whether "the other" in the question is followed by a word for a signed thing ("the other doc"). English only. */
function otherSignedThing(engine: Engine, q: string, found: Cues, written: Lang): boolean {
  if (written !== 'en' || !found.references.includes('other')) return false;
  const signed = new Set(engine.lexicon.claims.signedThings.map((w) => w.toLowerCase()));
  const lower = q.toLowerCase();
  return found.found.some((phrase) => {
    const at = lower.indexOf(phrase.toLowerCase());
    if (at < 0) return false;
    const next = /^\s+([a-z]+)/u.exec(lower.slice(at + phrase.length))?.[1];
    return next !== undefined && signed.has(next);
  });
}

/** The other documents signed with the conversation's, asked after; null when the question is not one or none were. */
export function otherDocument(engine: Engine, q: string, found: Cues, own: ReadResult, prior: Resolved, written: Lang): { answer: Answer; reading: Reading } | null {
  if (prior.documents.length === 0 || own.kind !== 'reading' || own.reading.intent !== 'agreements' || !otherSignedThing(engine, q, found, written)) return null;
  const r = own.reading;
  if (r.people.length + r.sidesNamed.length + r.documents.length > 0) return null;
  const signing = engine.kb.talks.filter((t) => prior.documents.some((d) => t.agreements.includes(d)));
  const others = [...new Set(signing.flatMap((t) => t.agreements))].filter((d) => !prior.documents.includes(d));
  if (others.length === 0) return null;
  // The word for a signed thing may read as a subject of its own ("doc" as the DOC): the documents are what is asked.
  const reading: Reading = { ...r, intent: 'agreements', topics: [], documents: others, scope: { talks: signing, mismatch: null } };
  const answer = engine.answerRead({ kind: 'reading', reading });
  const there = answer.citations.length > 0 && answer.citations.every((c) => signing.some((t) => t.id === c.talk));
  return answer.answered && there ? { answer, reading } : null;
}
