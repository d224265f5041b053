import type { Person } from '../../facts/types.js';
import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { answered, listed, notAnswered } from '../result.js';
import type { Answer, Knowledge } from '../types.js';
import { allOf, capitalise, listing, longDate, names, talkLabel } from '../wording.js';
import { topicsOf } from './summary.js';
import { answerTopic } from './topic.js';

/**
 * Side by side: format, people, documents signed, and the topics all share. A comparison of what was said
 * about a topic or by someone ("compare what they said about the sea in 2020 and 2022") compares those words.
 */
export function answerCompare(k: Knowledge, reading: Reading): Answer {
  const named = reading.scope.talks && reading.scope.talks.length >= 2 ? reading.scope.talks : k.kb.talks;
  const { shown: talks, note } = listed(named);
  if (talks.length < 2) return notAnswered('compare', 'There is only one talk to compare.');
  if (reading.topics.length > 0) {
    const said = answerTopic(k, { ...reading, scope: { talks, mismatch: null }, aspects: { ...reading.aspects, yesNo: false, which: false } });
    if (!said.answered) return { ...said, intent: 'compare' };
    const about = listing([...new Set(reading.topics.map((t) => t.topic.label))]);
    const cited = new Set(said.citations.map((c) => c.talk));
    const silent = talks.filter((t) => !cited.has(t.id)).map((t) => `${longDate(t.date)}: nothing reported about ${about}.`);
    return answered('compare', [said.text, ...silent].join('\n'), said.citations);
  }
  // "Did Quan and Trung hold the same job?": the roles of the people named, side by side.
  if (reading.people.length > 0) {
    const roles = reading.people.flatMap((person) =>
      talks.flatMap((t) => t.participants.filter((p) => p.person === person).map((p) => ({ t, p }))),
    );
    const distinct = new Set(roles.map(({ p }) => p.organisation));
    const lead = reading.aspects.yesNo ? (distinct.size === 1 ? 'Yes, in the same body:' : 'No:') : null;
    const lines = roles.map(({ t, p }) => `${p.person.name}: ${p.role} (${talkLabel(t)}).`);
    return answered('compare', [lead, ...lines].filter(Boolean).join('\n'), roles.map(({ t, p }) => cite(t, p)));
  }
  const lines = talks.map((t) => {
    const signed = t.agreements.filter((a) => a.kind === 'signed');
    const docs = signed.length > 0 ? `signed ${listing(signed.map((a) => a.text))}` : 'no document signed';
    return `${longDate(t.date)}: ${t.format.label} between ${names(t.participants.map((p) => p.person))}; ${docs}.`;
  });
  const everywhere = (people: readonly Person[]) => people.filter((p) => talks.every((t) => t.participants.some((x) => x.person === p)));
  const common = everywhere([...new Set(talks.flatMap((t) => t.participants.map((p) => p.person)))]);
  const [first] = talks;
  const sharedTopics = first ? topicsOf(first).filter((label) => talks.every((t) => topicsOf(t).includes(label))) : [];
  const all = capitalise(allOf(talks.length));
  if (common.length > 0) lines.push(`In ${allOf(talks.length)}: ${names(common)} took part.`);
  if (sharedTopics.length > 0) lines.push(`Topics raised in ${allOf(talks.length)}: ${listing(sharedTopics)}.`);
  else lines.push(`${all} talks share no topic.`);
  if (note) lines.push(note);
  const citations = talks.flatMap((t) => [cite(t, t.summary), ...t.participants.map((p) => cite(t, p)), ...t.agreements.filter((a) => a.kind === 'signed').map((a) => cite(t, a))]);
  return answered('compare', lines.join('\n'), citations);
}
