// Example questions built from the data: autocomplete offers them and refusals say "did you mean".
import type { KnowledgeBase } from '../facts/types.js';
import { longDate } from './wording.js';

const MAX_TALK_EXAMPLES = 6;

export function exampleQuestions(kb: KnowledgeBase): string[] {
  const out = ['When were the talks held?', 'Who took part in the talks?', 'What was agreed or signed?', 'Were the talks held in person?',
    'Compare the talks', 'Which talks do you know about?'];
  // The newest talks only: examples are for a list a person reads, whatever the number of talks.
  for (const t of kb.talks.slice(-MAX_TALK_EXAMPLES)) {
    const year = t.date.slice(0, 4);
    out.push(
      `Who took part in the ${year} talks?`,
      `What was signed or agreed on ${longDate(t.date)}?`,
      `Summarise the ${t.format.label} of ${longDate(t.date)}`,
      `How were the ${year} talks held?`,
    );
  }
  for (const p of kb.people.values()) out.push(`Who is ${p.name}?`, `What did ${p.name} say?`);
  for (const o of kb.organisations.values()) out.push(o.acronym ? `What does ${o.acronym} stand for?` : `What is the ${o.name}?`);
  for (const topic of kb.topics.values()) out.push(`What was said about ${topic.label}?`);
  return [...new Set(out)].filter((q) => q.length <= 100);
}
