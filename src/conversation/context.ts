// A conversation's context: what its last answer was about (Answer.about), its intent and language, as ids
// only. Plain JSON, so any store can keep it and an answer message can carry it (read back through
// context-schema.ts); ids the knowledge base no longer has (the data changed since) are dropped when it is used.
// No zod here: the one-shot console bundles this module and leaves zod out.
import type { Answer, Asked, Intent } from '../answering/types.js';
import type { Agreement, KnowledgeBase, Organisation, Person, Talk, Topic } from '../facts/types.js';
import type { Lang } from '../languages.js';

export interface Context {
  /** What the last answer answered ("who", "agreements"…): an elliptical follow-up asks the same. */
  readonly intent: Intent;
  readonly lang: Lang;
  readonly talks: readonly string[];
  readonly people: readonly string[];
  readonly organisations: readonly string[];
  readonly topics: readonly string[];
  readonly documents: readonly string[];
  /** How the last question asked (yes or no, after a hope): "and in 2022?" asks the same of the talk it names. */
  readonly asked?: Asked;
}

/** The kinds of ids a context holds. */
export const CONTEXT_KINDS = ['talks', 'people', 'organisations', 'topics', 'documents'] as const;

/**
 * What an answer leaves for a follow-up. A refusal leaves what its question named ("what did China value in the
 * 2020 call?" refused still names the 2020 call and China's side); one that named nothing (a question about the
 * weather) leaves null, and the conversation keeps its earlier context.
 */
export function contextOf(answer: Answer): Context | null {
  const about = answer.about;
  if (!about) return null;
  if (!answer.answered && CONTEXT_KINDS.every((k) => about[k].length === 0)) return null;
  return { intent: answer.intent, lang: answer.lang, ...about, ...(answer.asked ? { asked: answer.asked } : {}) };
}

/** A context's ids as the knowledge base's objects, in the context's order; unknown ids are left out. */
export interface Resolved {
  readonly intent: Intent;
  readonly asked: Asked | null;
  readonly talks: readonly Talk[];
  readonly people: readonly Person[];
  readonly organisations: readonly Organisation[];
  readonly topics: readonly Topic[];
  readonly documents: readonly Agreement[];
}

// Per knowledge base: talks and agreements by id (people, organisations and topics are kept by id already).
const lookups = new WeakMap<KnowledgeBase, { talks: Map<string, Talk>; agreements: Map<string, Agreement> }>();

export function resolve(kb: KnowledgeBase, context: Context): Resolved {
  const pick = <T>(ids: readonly string[], find: (id: string) => T | undefined): T[] =>
    ids.flatMap((id) => {
      const found = find(id);
      return found === undefined ? [] : [found];
    });
  let byId = lookups.get(kb);
  if (!byId) {
    byId = { talks: new Map(kb.talks.map((t) => [t.id, t])), agreements: new Map(kb.talks.flatMap((t) => t.agreements.map((a) => [a.id, a]))) };
    lookups.set(kb, byId);
  }
  const { talks, agreements } = byId;
  return {
    intent: context.intent,
    asked: context.asked ?? null,
    talks: pick(context.talks, (id) => talks.get(id)),
    people: pick(context.people, (id) => kb.people.get(id)),
    organisations: pick(context.organisations, (id) => kb.organisations.get(id)),
    topics: pick(context.topics, (id) => kb.topics.get(id)),
    documents: pick(context.documents, (id) => agreements.get(id)),
  };
}
