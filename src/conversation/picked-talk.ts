// "Which one did they sign stuff in?", "which one mentioned ASEAN" after words on both talks: a follow-up choosing
// among the conversation's talks is answered by the talk chosen. Alone, "which of the two talks…?" is answered with
// what each talk reports (the other's "no document signed" too); in a conversation that already holds both, the
// choice is the answer, and its own lines are what back it: the other talk's lines are dropped, and with them its
// citation, so the conversation goes on at the talk chosen.
import type { Answer } from '../answering/types.js';
import { answerFrom, line, type Line } from '../answering/result.js';
import type { Talk } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';

/**
 * The answer kept to the one talk its lead names ("The talks via videoconference of 19 April 2022."), when it chose
 * among two talks or more the conversation held (`held`, ids); the answer as it is otherwise.
 */
export function pickedTalk(answer: Answer, talks: readonly Talk[], held: readonly string[]): Answer {
  // The talks the answer took over, or, answering of its own, those the conversation held.
  const carried = answer.carried?.talks ?? held;
  const lead = answer.lines[0];
  if (!answer.answered || carried.length < 2 || !lead || lead.cites.length > 0) return answer;
  const m = messagesFor(answer.lang);
  const chosen = talks.find((t) => carried.includes(t.id) && m.whichTalks([t]) === lead.text);
  if (!chosen) return answer;
  const lines: Line[] = answer.lines.map((l) => line(l.text, l.cites.flatMap((n) => answer.citations[n - 1] ?? [])));
  // A line citing only other talks goes; a heading (no citation) goes with the lines under it when they all do.
  const ofOther = (l: Line) => l.cites.length > 0 && l.cites.every((c) => c.talk !== chosen.id);
  const kept: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l || ofOther(l)) continue;
    if (i > 0 && l.cites.length === 0) {
      const under: Line[] = [];
      for (let k = i + 1; k < lines.length && (lines[k]?.cites.length ?? 0) > 0; k++) under.push(lines[k] as Line);
      if (under.length > 0 && under.every(ofOther)) continue;
    }
    kept.push(l);
  }
  if (kept.length === lines.length || !kept.some((l) => l.cites.length > 0)) return answer;
  const rebuilt = answerFrom(answer.intent, answer.lang, kept);
  const about = answer.about ? { about: { ...answer.about, talks: [chosen.id] } } : {};
  return { ...answer, ...about, lines: rebuilt.lines, text: rebuilt.text, citations: rebuilt.citations };
}
