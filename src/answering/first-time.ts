// "Was that the first time Song Tao talked with Vietnam's external relations chief?" asked of a talk after another
// the articles report with the same people: No, citing who took part in that earlier talk. Asked of the earliest talk
// reported, or of no one talk, the articles cannot tell (the refusal says they report nothing before).
import type { Talk } from '../facts/types.js';
import type { Reading } from '../matching/reading.js';
import { messagesFor } from '../i18n/index.js';
import { cite } from './citations.js';
import { worded } from './intents/who.js';
import { answerFrom, line } from './result.js';
import type { Answer, Knowledge } from './types.js';

/** The talk a first-time claim is about, and the latest before it that had every person it names; null when none. */
function earlierTalk(k: Knowledge, reading: Reading): { readonly talk: Talk; readonly earlier: Talk } | null {
  const [talk, ...more] = reading.scope.talks ?? [];
  if (!talk || more.length > 0) return null;
  const before = k.kb.talks.filter((t) => t.date < talk.date && reading.people.every((p) => t.participants.some((x) => x.person === p)));
  const earlier = before.sort((a, b) => b.date.localeCompare(a.date))[0];
  return earlier ? { talk, earlier } : null;
}

/** No, with the participants of the earlier talk and of the one asked about, when that was not the first the articles report. */
export function firstTimeDenied(k: Knowledge, reading: Reading): Answer | null {
  const found = earlierTalk(k, reading);
  if (!found) return null;
  const m = messagesFor(reading.lang);
  const who = (t: Talk) => line(m.whoLine(t, t.participants.map((p) => m.roleOf(m.person(p.person), worded(m, reading, p)))), t.participants.map((p) => cite(t, p)));
  return answerFrom('who', reading.lang, [m.firstTimeEarlier(found.earlier), who(found.earlier), who(found.talk)]);
}
