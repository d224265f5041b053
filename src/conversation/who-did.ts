// "Was he the one who congratulated China on the centenary goal?", "so it was Song Tao who brought those points up?",
// "có phải ông ấy là người nói về lũ lụt không?": a yes/no that puts a person or side forward for a deed (a cleft, cues'
// `cleft`) asks who did it. The deed is found without the one put forward (it points back: the conversation's
// statements; it names its own: the statements that answer "who <deed>?"), and the Yes or No is whether he is among
// those who did it, with their words. Asking "did he <deed>?" instead would find his own words on its subject and say
// Yes, or refuse where others did it.
import type { Engine } from '../answering/engine.js';
import { cite } from '../answering/citations.js';
import type { Answer } from '../answering/types.js';
import type { Person } from '../facts/types.js';
import type { Lang } from '../languages.js';
import type { Resolved } from './context.js';
import type { CueReader, Cues, ReAsk } from './cues.js';
import { leadsYesOrNo } from './leads.js';
import { saidWhere } from './said-where.js';
import { checkedSpeakers, conversationStatements, type Putative, type Said } from './who-said.js';

/** Answers about who took part or who someone is: their lines are no one's words. */
const PEOPLE_INTENTS: ReadonlySet<string> = new Set(['who', 'person']);

/** A template of data/lexicon/conversation.json's `reAsk` with its placeholders filled. */
const filled = (template: string, values: Readonly<Record<string, string>>) => template.replace(/\{(\w+)\}/gu, (hole, key: string) => values[key] ?? hole);

/** The statements an answer cites, with their talks: those that have speakers. */
function citedStatements(engine: Engine, answer: Answer): Said[] {
  const sentences = new Set(answer.citations.map((c) => c.sentence));
  return engine.kb.talks.flatMap((talk) => talk.statements.filter((s) => s.speakers.length > 0 && sentences.has(cite(talk, s).sentence)).map((statement) => ({ talk, statement })));
}

/** Who the question puts forward: a person it names, one a "he" stands for, or a side; null when none or several. */
function putForward(engine: Engine, cues: CueReader, focus: string, prior: Resolved, lang: Lang): Putative | null {
  const read = engine.reader.read(focus, undefined, { written: lang }).reading;
  if (read.people.length > 1) return null;
  const [named] = read.people;
  if (named) return { person: named, sides: [] };
  if (read.sidesNamed.length > 0) return { person: null, sides: read.sidesNamed };
  const him: Person | undefined = cues(focus, lang).references.includes('person') ? prior.people[0] : undefined;
  return him ? { person: him, sides: [] } : null;
}

/**
 * "Was it in that call that China donated medical supplies?": a talk put forward for a deed asks where it was done; the
 * deed's own statements, wherever they were made, say (Yes, or No and where). Null when no talk is put forward.
 */
function whereDone(engine: Engine, cues: CueReader, focus: string, deed: string, prior: Resolved, lang: Lang): Answer | null {
  const read = engine.reader.read(focus, undefined, { written: lang }).reading;
  const named = read.scope.talks ?? (cues(focus, lang).references.includes('talk') ? prior.talks : []);
  if (named.length === 0) return null;
  const said = citedStatements(engine, engine.answerRead(engine.reader.read(`${deed}?`, undefined, { written: lang })));
  const at = engine.kb.talks.filter((t) => said.some((x) => x.talk === t));
  return at.length > 0 ? saidWhere(named, { ...prior, talks: at }, lang) : null;
}

/** The Yes or No of whether the one put forward did the deed; null when the question is no such check or it cannot tell. */
export function whoDid(engine: Engine, cues: CueReader, reAsk: Readonly<Record<Lang, ReAsk>>, found: Cues, prior: Resolved, lang: Lang): Answer | null {
  const cleft = found.cleft;
  if (!cleft) return null;
  const deed = cleft.clause.replace(/[\s?？!！.。]+$/u, '').trim();
  if (deed.length === 0) return null;
  const who = putForward(engine, cues, cleft.focus, prior, lang);
  if (!who) return whereDone(engine, cues, cleft.focus, deed, prior, lang);
  const asked = cues(filled(reAsk[lang].who, { deed }), lang);
  const pointsBack = asked.references.some((r) => r === 'thing' || r === 'plural');
  const read = engine.reader.read(asked.rest, undefined, { written: lang });
  const ownSubject = read.reading.topics.length + read.reading.documents.length > 0;
  // "…who brought those points up?": the deed is what the conversation's statements said.
  if (pointsBack && !ownSubject) return prior.topics.length > 0 ? checkedSpeakers(who, conversationStatements(prior), prior.topics, lang) : null;
  // "…who congratulated China on the centenary goal?": its own statements, at the conversation's talks first.
  const there = prior.talks.length > 0 ? engine.answerRead(engine.reader.read(asked.rest, undefined, { written: lang, talks: prior.talks })) : null;
  // "…the one who represented Vietnam?" asks who took part, which the people at the talks answer, not their words.
  const ofWords = (a: Answer | null) => (a?.answered === true && !PEOPLE_INTENTS.has(a.intent) ? citedStatements(engine, a) : []);
  const near = ofWords(there);
  const said = near.length > 0 ? near : ofWords(engine.answerRead(read));
  const checked = checkedSpeakers(who, said, read.reading.topics.map((t) => t.topic), lang);
  if (checked || !who.person || said.length === 0) return checked;
  // Statements of his and of others answer it: what he did, checked as a claim ("Song Tao congratulated China on the
  // centenary goal, right?": "No: Vietnam, not China.").
  const claim = engine.answerRead(engine.reader.read(filled(reAsk[lang].claim, { name: who.person.names[lang], deed }), undefined, { written: lang }));
  return claim.answered && leadsYesOrNo(claim) ? claim : null;
}
