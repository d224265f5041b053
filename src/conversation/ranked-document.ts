// "What period does the first one cover" after the two documents signed on 19 April 2022 were listed: an ordinal
// that cannot be read as a talk in what it asks ("what period does the talks cover" reads as nothing) ranks the
// documents the last answer listed, in its order: the first is the first listed, "the second" or "the last" the
// other of two. Read with that document named where the ordinal stands, as if typed so, it is answered; read as the
// first talk, it answered of the phone talks, which signed nothing.
import type { Engine } from '../answering/engine.js';
import type { Answer } from '../answering/types.js';
import type { Agreement } from '../facts/types.js';
import type { Lang } from '../languages.js';
import type { Reading } from '../matching/reading.js';
import type { Resolved } from './context.js';
import type { Cues } from './cues.js';

/** The document an ordinal ranks among the conversation's, in the last answer's order; null when it ranks none. */
function ranked(found: Cues, prior: Resolved): Agreement | null {
  const documents = prior.documents;
  if (documents.length < 2 || found.references.some((x) => x !== 'first' && x !== 'last' && x !== 'plural' && x !== 'person' && x !== 'people')) return null;
  const first = found.references.includes('first');
  const last = found.references.includes('last');
  if (first === last) return null;
  // "The second" is read as the last of two: of more, only "the first" ranks them surely.
  if (last && documents.length !== 2) return null;
  return (first ? documents[0] : documents[documents.length - 1]) ?? null;
}

/** The document's names in the question's language, longest first, none that writes a year. */
const namesOf = (document: Agreement, lang: Lang) => [...document.terms[lang]].filter((n) => !/\d/u.test(n)).sort((a, b) => b.length - a.length);

/**
 * The answer to a question whose ordinal ranks the conversation's documents (`unplaced`: whether the question, its
 * ordinal read as a talk, could not be placed), with the reading that gave it; null when it is not one or nothing
 * answers it so, from the talk that signed that document.
 */
export function rankedDocument(engine: Engine, q: string, found: Cues, unplaced: boolean, prior: Resolved, written: Lang, lang: Lang | undefined): { answer: Answer; reading: Reading } | null {
  const document = unplaced ? ranked(found, prior) : null;
  if (!document) return null;
  const signing = engine.kb.talks.filter((t) => t.agreements.includes(document));
  const lower = q.toLowerCase();
  const readings: Reading[] = [];
  for (const phrase of found.found) {
    const at = lower.indexOf(phrase.toLowerCase());
    if (at < 0) continue;
    for (const name of namesOf(document, written)) {
      const text = `${q.slice(0, at)}${written === 'en' ? `the ${name}` : name}${q.slice(at + phrase.length)}`;
      const typed = engine.reader.read(text, lang, { written });
      if (typed.kind === 'reading' && typed.reading.documents.length === 1 && typed.reading.documents[0] === document) readings.push(typed.reading);
    }
  }
  // Named by the name that reads as the document alone ("the cooperation plan", not the "party" one read as a subject
  // too): another name is not another question, so only that reading is answered.
  const [reading] = readings.sort((a, b) => a.topics.length - b.topics.length);
  if (!reading) return null;
  const answer = engine.answerRead({ kind: 'reading', reading });
  const there = answer.citations.length > 0 && answer.citations.every((c) => signing.some((t) => t.id === c.talk));
  return answer.answered && there ? { answer, reading } : null;
  return null;
}
