// "And the other guy?", "còn người kia?", "那另一位呢？": the person word stands for the one of the people in play the
// last answer was not about, not for the one it was about ("he") nor for the other talk ("the other one"). The
// people in play are those at the conversation's talks (at any talk when it has none); read as "he" of them.
import type { KnowledgeBase } from '../facts/types.js';
import type { Context } from './context.js';
import type { Cues } from './cues.js';

/** The context with its people the others at its talks; unchanged when the question has no "other guy" or none is left. */
export function withOtherPerson(found: Cues, context: Context, kb: KnowledgeBase): Context {
  if (!found.otherPerson || context.people.length === 0) return context;
  const talks = kb.talks.filter((t) => context.talks.includes(t.id));
  const at = talks.length > 0 ? talks : kb.talks;
  const others = [...new Set(at.flatMap((t) => t.participants.map((p) => p.person.id)))].filter((id) => !context.people.includes(id));
  return others.length > 0 ? { ...context, people: others } : context;
}
