import type { KnowledgeBase, Person, Statement, Talk, Topic } from '../../facts/types.js';
import { cite } from '../citations.js';
import { answered, notAnswered } from '../result.js';
import type { Answer, Citation, Query } from '../types.js';
import { listing, longDate, names, talkLabel } from '../wording.js';

/** Most statements one answer lists, so a "what did Song Tao say?" answer stays readable. */
export const MAX_STATEMENTS = 8;

function relevant(statement: Statement, topics: readonly Topic[], people: readonly Person[]): boolean {
  const onTopic = topics.length === 0 || statement.topics.some((t) => topics.includes(t));
  const bySpeaker = people.length === 0 || people.some((p) => statement.speakers.includes(p));
  return onTopic && bySpeaker;
}

/** People named in the question who spoke at the talks; others (e.g. a name used only to pick a talk) do not filter. */
function speakersAsked(query: Query, talks: readonly Talk[]): Person[] {
  return query.people.filter((p) => talks.some((t) => t.statements.some((s) => s.speakers.includes(p))));
}

/** What was said about the topics asked, by whom, at each talk in scope (statements, agreements, figures). */
export function answerTopic(kb: KnowledgeBase, query: Query): Answer {
  const talks = query.talks ?? kb.talks;
  const speakers = speakersAsked(query, talks);
  const lines: string[] = [];
  const citations: Citation[] = [];
  let count = 0;
  for (const talk of talks) {
    const said = talk.statements.filter((s) => relevant(s, query.topics, speakers)).slice(0, Math.max(0, MAX_STATEMENTS - count));
    const signed =
      query.topics.length > 0 && speakers.length === 0
        ? talk.agreements.filter((a) => a.kind === 'signed' && a.topics.some((t) => query.topics.includes(t)))
        : [];
    if (said.length === 0 && signed.length === 0) continue;
    count += said.length;
    const parts = [...said.map((s) => s.text), ...signed.map((a) => `${names(a.parties)} signed ${a.text}.`)];
    lines.push(`${longDate(talk.date)}, ${talk.format.label}:\n${parts.map((p) => `• ${p}`).join('\n')}`);
    citations.push(...said.map((s) => cite(talk, s)), ...signed.map((a) => cite(talk, a)));
  }
  if (lines.length > 0) return answered('topic', lines.join('\n'), citations);
  return notAnswered('topic', nothingSaid(kb, query, talks, speakers));
}

function nothingSaid(kb: KnowledgeBase, query: Query, talks: readonly Talk[], speakers: readonly Person[]): string {
  const about = query.topics.length > 0 ? ` about ${listing(query.topics.map((t) => t.label))}` : '';
  const who = speakers.length > 0 ? names(speakers) : 'either side';
  const where = talks.length === 1 && talks[0] ? `The report of ${talkLabel(talks[0])}` : 'The articles';
  const verb = where === 'The articles' ? 'do' : 'does';
  // Point to where the topic did come up, so the user can ask about that talk instead.
  const elsewhere = kb.talks
    .flatMap((t) => t.statements.filter((s) => relevant(s, query.topics, [])).map((s) => ({ t, s })))
    .filter(({ t, s }) => !talks.includes(t) || !speakers.some((p) => s.speakers.includes(p)));
  const hint =
    query.topics.length > 0 && elsewhere.length > 0
      ? ` It came up at ${listing([...new Set(elsewhere.map(({ t }) => `${longDate(t.date)}`))])} (raised by ${listing([...new Set(elsewhere.flatMap(({ s }) => s.speakers.map((p) => p.name)))])}).`
      : '';
  return `${where} ${verb} not report ${who} saying anything${about}.${hint}`;
}
