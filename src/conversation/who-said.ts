// "So it was the Chinese side saying all this?", "người nói điều đó là ông Trung à?": a yes/no pointing back at what the
// last answer said ("this", "that"), asking of someone saying it and naming a person or side but no subject or talk of
// its own, checks who said it: the speakers of the conversation's statements (those of its talks on its subject, by
// its people when they spoke on it, alone first), not whether the person or side named spoke on that subject anywhere.
import { cite } from '../answering/citations.js';
import { answerFrom, line } from '../answering/result.js';
import type { Answer } from '../answering/types.js';
import type { Organisation, Person, Statement, Talk, Topic } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';
import type { Lang } from '../languages.js';
import type { Reading } from '../matching/reading.js';
import type { Resolved } from './context.js';

const ids = (items: readonly { readonly id: string }[]) => items.map((i) => i.id);

/** Statements quoted under the answer, at most: enough to show who said it. */
const QUOTED = 3;

/** A statement and the talk it was made at. */
export interface Said {
  readonly talk: Talk;
  readonly statement: Statement;
}

/** The statements the conversation is about: its talks' on its subject, by its people when any of them spoke on it. */
export function conversationStatements(prior: Resolved): Said[] {
  const onSubject = prior.talks.flatMap((talk) =>
    talk.statements.filter((s) => s.speakers.length > 0 && s.topics.some((t) => prior.topics.includes(t))).map((statement) => ({ talk, statement })),
  );
  // Said by them alone first ("what was his point?" quotes his own words, not those he shares with the other side).
  const alone = onSubject.filter((x) => x.statement.speakers.every((p) => prior.people.includes(p)));
  const theirs = onSubject.filter((x) => x.statement.speakers.some((p) => prior.people.includes(p)));
  return alone.length > 0 ? alone : theirs.length > 0 ? theirs : onSubject;
}

/** Who is put forward as having said or done something: one person, or a side. */
export interface Putative {
  readonly person: Person | null;
  readonly sides: readonly Organisation[];
}

/**
 * Yes when the one put forward is among the speakers of every statement, No (and who did say it) when of none; null
 * when of only some, which no plain Yes or No answers.
 */
export function checkedSpeakers(who: Putative, said: readonly Said[], topics: readonly Topic[], lang: Lang): Answer | null {
  const is = (p: Person) => (who.person ? p === who.person : who.sides.includes(p.party));
  const his = said.filter((x) => x.statement.speakers.some(is));
  if (said.length === 0 || (his.length > 0 && his.length < said.length)) return null;
  const yes = his.length > 0;
  const speakers = [...new Set(said.flatMap((x) => x.statement.speakers))];
  // Yes: the statements of the one named; No: all of them, which show who did say it.
  const shown = said.slice(0, QUOTED);
  const by = yes ? speakers.filter(is) : speakers;
  const m = messagesFor(lang);
  const lines = [line(m.saidBy(yes, by)), ...shown.map((x) => line(`• ${x.statement.texts[lang]}`, [cite(x.talk, x.statement)]))];
  const answer = answerFrom('topic', lang, lines);
  const talks = [...new Set(shown.map((x) => x.talk))];
  const about = { talks: ids(talks), people: ids(by), organisations: [], topics: ids(topics), documents: [] };
  const note = m.carriedOver({ people: [], topics, documents: [], talks });
  return { ...answer, about, carried: { intent: null, note, talks: ids(talks), people: [], organisations: [], topics: ids(topics), documents: [] } };
}

/** Yes when the person or side named is among the speakers, No (and who said it) when not; null when it is no such check. */
export function saidBy(own: Reading, prior: Resolved, lang: Lang): Answer | null {
  if (prior.talks.length === 0 || prior.topics.length === 0) return null;
  if (own.documents.length > 0 || own.topics.some((t) => !prior.topics.includes(t.topic))) return null;
  const [named] = own.people;
  if (own.people.length > 1 || (!named && own.sidesNamed.length === 0)) return null;
  const said = conversationStatements(prior);
  if (said.length === 0) return null;
  const who: Putative = { person: named ?? null, sides: own.sidesNamed };
  const is = (p: Person) => (who.person ? p === who.person : who.sides.includes(p.party));
  const yes = said.some((x) => x.statement.speakers.some(is));
  // Yes: the statements of the one named; No: all of them.
  return checkedSpeakers(who, yes ? said.filter((x) => x.statement.speakers.some(is)) : said, prior.topics, lang);
}

/**
 * "Who said that?" after words on a subject: the conversation's statements, their speakers what the answer is about (so
 * "what's his job title?" next is the one who said it). Null when the conversation holds no statement on a subject.
 */
export function whoSaidIt(prior: Resolved, lang: Lang): Answer | null {
  if (prior.talks.length === 0 || prior.topics.length === 0) return null;
  const said = conversationStatements(prior).slice(0, QUOTED);
  if (said.length === 0) return null;
  const speakers = [...new Set(said.flatMap((x) => x.statement.speakers))];
  const m = messagesFor(lang);
  const answer = answerFrom('topic', lang, [line(m.spokenBy(speakers)), ...said.map((x) => line(`• ${x.statement.texts[lang]}`, [cite(x.talk, x.statement)]))]);
  const talks = [...new Set(said.map((x) => x.talk))];
  const about = { talks: ids(talks), people: ids(speakers), organisations: [], topics: ids(prior.topics), documents: [] };
  const note = m.carriedOver({ people: [], topics: prior.topics, documents: [], talks });
  return { ...answer, about, carried: { intent: null, note, talks: ids(talks), people: [], organisations: [], topics: ids(prior.topics), documents: [] } };
}
