// "bruh which talk had the 70th anniversary thing", "mn ơi cái vụ hộ chiếu vaccine đc nhắc trong bài nào nhỉ": a
// choice among the talks typed as chat, that sets no pair of talks side by side, is a lookup of where the thing came
// up. Fresh writers of rounds 1-78 cite only the talk that has it for these (26 of 27 rows), where they cite both
// for the same choice asked as a comparison ("Which of the two meetings ended with documents being signed?": 248 of
// 286). So the answer still says what the other talk's report lacks, in its words, but cites only the talk chosen.
// The words of register and of pairing are in data/lexicon/register.json.
import register from '../../data/lexicon/register.json' with { type: 'json' };
import type { Talk } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';
import type { Reading } from '../matching/reading.js';
import { answerFrom, asksOfEachTalk, line, type Line } from './result.js';
import type { Answer } from './types.js';

interface RegisterWords {
  readonly casual: { readonly en: readonly string[]; readonly vi: readonly string[]; readonly zh: readonly string[] };
  readonly pair: readonly string[];
}

/** The file as read, its shape checked here (no zod: the one-shot console imports this). */
function registerWords(raw: unknown): RegisterWords {
  const list = (v: unknown): readonly string[] => {
    if (!Array.isArray(v) || !v.every((w) => typeof w === 'string')) throw new Error('data/lexicon/register.json: a list of words expected');
    return v;
  };
  const r = raw as { casual?: Record<string, unknown>; pair?: unknown };
  return { casual: { en: list(r.casual?.en), vi: list(r.casual?.vi), zh: list(r.casual?.zh) }, pair: list(r.pair) };
}

const WORDS = registerWords(register);
const PAIR: ReadonlySet<string> = new Set(WORDS.pair);
const EMOJI = /\p{Extended_Pictographic}/u;

/** Whether the question is typed as chat: an emoji, or a word of chat of any of the three languages as typed. */
export function typedAsChat(text: string): boolean {
  if (EMOJI.test(text)) return true;
  const lower = text.toLowerCase();
  if (WORDS.casual.zh.some((w) => lower.includes(w))) return true;
  const words = ` ${lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;
  return [...WORDS.casual.en, ...WORDS.casual.vi].some((w) => words.includes(` ${w} `));
}

/** A choice among the talks that names no talk and sets none side by side ("which talk had…?", not "which of the two…?"). */
function looksUp(reading: Reading, talks: readonly Talk[]): boolean {
  const { which, yesNo, eachTalk, both, anyTalk } = reading.aspects;
  return which && !yesNo && !eachTalk && !both && anyTalk !== true && reading.scope.talks === null && asksOfEachTalk(reading, talks) && !reading.said.words.some((w) => PAIR.has(w));
}

/**
 * The answer to a chat lookup among the talks citing only the talk its lead names ("The phone talks of 29 July
 * 2020."): the other talks' lines stay, worded as they were, without their citations. Unchanged otherwise.
 */
export function citingChosenOnly(typed: string, reading: Reading, talks: readonly Talk[], answer: Answer): Answer {
  const lead = answer.lines[0];
  if (!answer.answered || !lead || lead.cites.length > 0 || !looksUp(reading, talks) || !typedAsChat(typed)) return answer;
  const m = messagesFor(answer.lang);
  const chosen = talks.find((t) => m.whichTalks([t]) === lead.text);
  if (!chosen) return answer;
  const lines: Line[] = answer.lines.map((l) => line(l.text, l.cites.flatMap((n) => answer.citations[n - 1] ?? []).filter((c) => c.talk === chosen.id)));
  if (!lines.some((l) => l.cites.length > 0)) return answer;
  const rebuilt = answerFrom(answer.intent, answer.lang, lines);
  return { ...answer, lines: rebuilt.lines, text: rebuilt.text, citations: rebuilt.citations };
}
