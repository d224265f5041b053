// "Quan praised China's covid response, right?", "what else did he praise?": "Not quite. The report does not say
// Hoang Binh Quan did so; Song Tao did: …". The answer puts the doer right, so the one who did it is the one the
// conversation goes on about: "and in the 2022 talk what did he praise?" asks after Song Tao. Read from what the
// answer cites (who said the sentences it quotes), so a new article needs nothing here.
import type { Answer } from '../answering/types.js';
import type { KnowledgeBase } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';

/** The answer with the people who did what it cites first in what it is about, where it put its doer right. */
export function doerPutRight(answer: Answer, kb: KnowledgeBase): Answer {
  const { about } = answer;
  if (!about || !answer.answered || answer.intent !== 'topic' || answer.citations.length === 0) return answer;
  if (!(answer.lines[0]?.text ?? '').startsWith(messagesFor(answer.lang).notSo)) return answer;
  const doers = new Set<string>();
  for (const c of answer.citations) {
    const said = kb.talks.find((t) => t.id === c.talk)?.statements.filter((s) => s.quote === c.quote) ?? [];
    // A sentence no one is reported saying (an agreement, the talk's date): not a doer put right.
    if (said.length === 0) return answer;
    for (const s of said) for (const p of s.speakers) doers.add(p.id);
  }
  // The one asked did it too (a detail was put right, not the doer): the conversation stays about him.
  if (doers.size === 0 || about.people.some((p) => doers.has(p))) return answer;
  return { ...answer, about: { ...about, people: [...doers, ...about.people] } };
}
