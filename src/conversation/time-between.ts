// "How long after that did Song Tao talk with Trung?", "隔了多久", "how long before that?": a follow-up asking the time
// between talks measures it from the conversation's talks to the ones it names or points at. Cut of its cue words
// ("after that") or read alone, such a question reads as how long the talks lasted (which the articles do not say) or
// as nothing: the conversation's talks are the other end of the span it asks.
import type { Engine } from '../answering/engine.js';
import type { Answer } from '../answering/types.js';
import type { Talk } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';
import type { ReadResult, Reading } from '../matching/reading.js';
import type { Resolved } from './context.js';

const ids = (items: readonly { readonly id: string }[]) => items.map((i) => i.id);

/**
 * A reading of the question that may stand for a time between: not refused for anything but how long it lasted, or
 * (`nextTalk`: the talk it points at comes after the conversation's) for asking what came later ("how long before the
 * next one?" after the first talk is that talk; after the last, it stays refused).
 */
function placeable(r: ReadResult, nextTalk: boolean): boolean {
  if (r.kind === 'reading') return true;
  const k = r.refusal;
  if (k.kind === 'unsupported') return k.topic === 'duration' || (k.topic === 'future' && nextTalk);
  return k.kind === 'no-match' || k.kind === 'unanchored' || k.kind === 'empty';
}

/** Words of its own the articles lack, or a subject of its own: then it asks the time of something else than talks. */
function ownSubject(r: Reading): boolean {
  return r.topics.length + r.documents.length + r.organisations.length > 0 || r.unmatched.length > 0 || (r.uncovered ?? []).length > 0;
}

/**
 * The time between the conversation's talks and those the question names or points at (`pointed`), answered as
 * "how long between the two talks?" is; null when the question does not ask a time between, names a subject of its
 * own, or leaves fewer than two talks to measure between and none it points at.
 */
export function timeBetween(engine: Engine, own: ReadResult, whole: ReadResult, prior: Resolved, pointed: readonly Talk[] | null): Answer | null {
  const asked = own.reading.aspects.interval === true || whole.reading.aspects.interval === true;
  const last = Math.max(...prior.talks.map((t) => engine.kb.talks.indexOf(t)));
  const nextTalk = (pointed ?? []).some((t) => engine.kb.talks.indexOf(t) > last);
  if (!asked || prior.talks.length === 0 || !placeable(own, nextTalk) || !placeable(whole, nextTalk)) return null;
  if (ownSubject(own.reading) || ownSubject(whole.reading)) return null;
  const named = [...(own.reading.scope.talks ?? []), ...(whole.reading.scope.talks ?? []), ...(pointed ?? [])];
  const talks = engine.kb.talks.filter((t) => prior.talks.includes(t) || named.includes(t));
  if (talks.length < 2) return null;
  const reading: Reading = {
    ...own.reading,
    intent: 'when',
    people: [],
    sides: [],
    sidesNamed: [],
    scope: { talks, mismatch: null },
    formatTalks: [],
    aspects: { ...own.reading.aspects, interval: true, yesNo: false, eachTalk: false },
  };
  const answer = engine.answerRead({ kind: 'reading', reading });
  if (!answer.answered) return null;
  const note = messagesFor(reading.lang).carriedOver({ people: [], topics: [], documents: [], talks });
  return { ...answer, carried: { intent: null, note, talks: ids(talks), people: [], organisations: [], topics: [], documents: [] } };
}
