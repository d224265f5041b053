// "Did Song Tao call it a traditional relationship of comradeship and brotherhood?": a yes/no on how someone named
// characterised something, in words the articles lack, while the rest of it is what he did say. Refused for the
// lacking words, the asker would not learn that the report has him say something else: he is not reported saying
// so (No), and what he said is quoted.
import type { Statement, Talk } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';
import type { Reading } from '../matching/reading.js';
import { cite } from './citations.js';
import { answerFrom, line } from './result.js';
import type { Answer, Knowledge } from './types.js';

/** Verbs (as the reader's words) that say how someone characterised a thing: the question is about his words. */
const CHARACTERISING: ReadonlySet<string> = new Set(['call', 'called', 'calls', 'calling', 'describe', 'described', 'describes', 'term', 'termed', 'label', 'labelled', 'labeled', 'characterise', 'characterised', 'characterize', 'characterized', 'refer', 'referred', 'dub', 'dubbed']);

/** What of the question a statement must share besides its speaker: the topic characterised, or two words. */
const SHARED = 2;

export function characterisedOtherwise(k: Knowledge, reading: Reading): Answer | null {
  if (!reading.aspects.yesNo || !reading.said.words.some((w) => CHARACTERISING.has(w))) return null;
  const talks = reading.scope.talks ?? k.kb.talks;
  // "Did the Chinese side describe it as a rivalry?": a side named alone speaks by its people at the talks.
  const [side] = reading.sidesNamed;
  const ofSide = reading.people.length === 0 && reading.sidesNamed.length === 1 && side ? [...new Set(talks.flatMap((t) => t.statements.flatMap((s) => s.speakers.filter((p) => p.party === side))))] : [];
  const speakers = reading.people.length === 1 ? reading.people : ofSide;
  if (speakers.length === 0) return null;
  const topics = new Set(reading.topics.map((t) => t.topic));
  const words = reading.concepts.filter((c) => !c.asking && c.weight >= 0.85 && !CHARACTERISING.has(c.word));
  const shared = (s: Statement) => {
    const lemmas = k.facts.ofStatement(s)?.lemmas;
    // The thing characterised, named as a topic ("the relationship"), is what his words on it called it: enough alone.
    return (s.topics.some((t) => topics.has(t)) ? SHARED : 0) + words.filter((c) => lemmas?.has(c.lemma)).length;
  };
  const said: { talk: Talk; statement: Statement; n: number }[] = talks.flatMap((talk) =>
    talk.statements.filter((s) => s.speakers.some((p) => speakers.includes(p))).map((statement) => ({ talk, statement, n: shared(statement) })),
  );
  const best = Math.max(0, ...said.map((x) => x.n));
  if (best < SHARED) return null;
  const m = messagesFor(reading.lang);
  const quoted = said.filter((x) => x.n === best);
  return answerFrom('topic', reading.lang, [
    m.notAsAsked(speakers),
    // One heading per talk, its statements under it.
    ...quoted.flatMap(({ talk, statement }, i) => [...(quoted[i - 1]?.talk === talk ? [] : [line(`${m.talkHeading(talk)}:`)]), line(m.bullet(m.statement(statement)), [cite(talk, statement)])]),
  ]);
}
