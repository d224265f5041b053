// "Are they about the sea boundary?" after the legal documents on the land border: a yes/no asking whether the
// conversation's things are about a subject of the question's own. When none of the conversation's statements (its
// subject, at its talks) is on that subject, they are not about it: No, and what they are about, rather than whether
// that subject came up at all, or a "hoped for" drawn from the statements of both subjects.
import type { Engine } from '../answering/engine.js';
import { cite } from '../answering/citations.js';
import { answerFrom, line } from '../answering/result.js';
import type { Answer } from '../answering/types.js';
import type { Statement, Topic } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';
import type { NamedTopic, Reading } from '../matching/reading.js';
import type { Resolved } from './context.js';

/** Words asking what something is about, as the reader reads every language (its English). */
const ABOUT: ReadonlySet<string> = new Set(['about', 'regarding', 'concerning']);

/** The weight from which a word of the question is a verb of its own ("talk", "say"), not a copula's. */
const OWN_VERB = 0.5;

const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a statement is on a topic: tagged so, or using one of its words. */
function isOn(s: Statement, topic: Topic): boolean {
  if (s.topics.includes(topic)) return true;
  return topic.keywords.some((w) => new RegExp(`\\b${escaped(w)}\\b`, 'iu').test(s.text));
}

/**
 * The answer, and the reading it answers, when the question asks so and its subject is not the things'; null otherwise.
 * `words`: the question's words as the reader reads them; `subject`: the conversation's topics, named.
 */
export function subjectOfThings(engine: Engine, own: Reading, words: readonly string[], prior: Resolved, subject: readonly NamedTopic[]): { answer: Answer; reading: Reading } | null {
  if (!own.aspects.yesNo || !words.some((w) => ABOUT.has(w)) || prior.topics.length === 0 || prior.talks.length === 0) return null;
  // "Did they talk about vaccines then?" asks whether a subject came up, by a verb of its own: not what things are about.
  if (own.aspects.mentioned || own.concepts.some((c) => c.weight >= OWN_VERB)) return null;
  const asked = own.topics.filter((t) => !prior.topics.includes(t.topic));
  if (asked.length === 0) return null;
  const theirs = prior.talks.flatMap((t) => t.statements.filter((s) => s.topics.some((x) => prior.topics.includes(x))));
  if (theirs.length === 0 || theirs.some((s) => asked.some((t) => isOn(s, t.topic)))) return null;
  const reading: Reading = {
    ...own,
    intent: 'topic',
    topics: subject,
    people: [],
    sides: [],
    sidesNamed: [],
    documents: [],
    formatTalks: [],
    concepts: [],
    scope: { talks: prior.talks, mismatch: null },
    aspects: { ...own.aspects, yesNo: false },
  };
  // What the conversation's things are about is said in its own statements, every one of them, each talk's in turn.
  const about = engine.answerRead({ kind: 'reading', reading }).about;
  const m = messagesFor(own.lang);
  const lines = prior.talks.flatMap((talk) => {
    const said = talk.statements.filter((s) => theirs.includes(s));
    return said.length === 0 ? [] : [line(`${m.talkHeading(talk)}:`), ...said.map((s) => line(m.bullet(m.statement(s)), [cite(talk, s)]))];
  });
  const answer = answerFrom('topic', own.lang, [m.no, ...lines]);
  return { answer: about ? { ...answer, about } : answer, reading };
}
