// "What else did they go over in that call?", "what else did they exchange views on?" after words on a subject at one
// talk: "what else", asked of the whole talk in play (a summary, or nothing it can be placed by alone) and naming no
// subject beyond the conversation's, is the rest of what was said at that talk, each statement cited, after the talk's
// summary line; not that line alone, nor every talk's.
import type { Engine } from '../answering/engine.js';
import { line, prependLines } from '../answering/result.js';
import type { Answer } from '../answering/types.js';
import type { Talk } from '../facts/types.js';
import type { Reading, ReadResult } from '../matching/reading.js';
import type { Resolved } from './context.js';
import type { Cues, Reference } from './cues.js';

/** References that point at a talk ("that call", "the other one"). */
const TALK_POINTERS: ReadonlySet<Reference> = new Set<Reference>(['talk', 'other', 'first', 'last', 'earlier', 'later']);

/** The answer and the reading it answered, or null when the question is not one or nothing answers it. */
export function elseAtTalk(engine: Engine, found: Cues, own: ReadResult, prior: Resolved, talks: readonly Talk[] | null, atTalks: (talks: readonly Talk[]) => ReadResult): { answer: Answer; reading: Reading } | null {
  const r = own.reading;
  // Talks named in general ("what else was said at the talks?") are every talk; "talk about" beside "that call" is not.
  const pointed = found.references.some((x) => TALK_POINTERS.has(x));
  if (!found.beyond || (found.namesTalks && !pointed) || !talks || talks.length === 0 || talks.length >= engine.kb.talks.length || prior.topics.length === 0) return null;
  // Of the talk as a whole: it asks what was discussed (a summary read alone), or points at the talk and read there
  // asks what it was about; not a deed of its own pointing at nothing ("what else has been kept going?"). No word the
  // articles lack.
  const there = atTalks(talks);
  const summaryThere = there.kind === 'reading' && there.reading.intent === 'summary';
  const whole = ((own.kind === 'reading' && r.intent === 'summary') || (pointed && summaryThere)) && summaryThere && r.unmatched.length + (r.uncovered ?? []).length === 0;
  // Of no one: "what else did he single out?" asks the rest of what he said, not of the whole talk.
  const ofSomeone = found.references.includes('person');
  if (!whole || ofSomeone || r.aspects.yesNo || r.people.length + r.sides.length + r.documents.length > 0) return null;
  // Its own subject, if any, is one the conversation already had ("exchange views" read as exchanges): not a new one.
  if (r.topics.some((t) => !prior.topics.includes(t.topic))) return null;
  if (r.scope.talks !== null && r.scope.talks.some((t) => !talks.includes(t)) && r.scope.talks.length < engine.kb.talks.length) return null;
  // Its own words are of talking ("go over", "bàn"), not what was said: they would rank a few statements alone.
  const concepts = r.concepts.filter((c) => c.asking);
  const reading: Reading = { ...r, intent: 'topic', concepts, topics: [], documents: [], people: [], sides: [], sidesNamed: [], scope: { talks, mismatch: null }, aspects: { ...r.aspects, besides: true, yesNo: false } };
  const said = engine.answerRead({ kind: 'reading', reading });
  const atTalk = said.citations.length > 1 && said.citations.every((c) => talks.some((t) => t.id === c.talk));
  if (!said.answered || !atTalk) return null;
  // The talk's summary first: it gives what was done there besides what was said ("what else happened at the end?":
  // the documents signed).
  const summary = engine.answerRead(there);
  const [lead] = summary.lines;
  const cites = lead ? lead.cites.flatMap((n) => summary.citations[n - 1] ?? []) : [];
  const answer = summary.answered && lead ? prependLines(said, [line(lead.text, cites)]) : said;
  return { answer, reading };
}
