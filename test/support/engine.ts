// One engine per test file, built from the real data/, and small lookups the answering tests share.
import type { Engine } from '../../src/answering/engine.js';
import { loadEngine } from '../../src/answering/load.js';
import type { Answer } from '../../src/answering/types.js';
import type { Talk } from '../../src/facts/types.js';

let engine: Engine | null = null;

export function sharedEngine(): Engine {
  engine ??= loadEngine();
  return engine;
}

/** The talk of the real data held on `date` (YYYY-MM-DD). */
export function talkOn(e: Engine, date: string): Talk {
  const talk = e.kb.talks.find((t) => t.date === date);
  if (!talk) throw new Error(`no talk on ${date}`);
  return talk;
}

export function talkById(e: Engine, id: string): Talk {
  const talk = e.kb.talks.find((t) => t.id === id);
  if (!talk) throw new Error(`no talk with id ${id}`);
  return talk;
}

/** The ids of the talks an answer cites, sorted. */
export function citedTalks(answer: Answer): string[] {
  return [...new Set(answer.citations.map((c) => c.talk))].sort();
}

/** The phone talks of 29 July 2020 and the videoconference of 19 April 2022. */
export const PHONE_2020 = '2020-07-29';
export const VIDEO_2022 = '2022-04-19';

/** What the answering tests about both talks share: the engine, its answer to a question, and the two talks. */
export interface TwoTalks {
  readonly engine: Engine;
  readonly ask: (question: string) => Answer;
  readonly phone: Talk;
  readonly video: Talk;
}

export function twoTalks(): TwoTalks {
  const e = sharedEngine();
  return { engine: e, ask: (q) => e.answer(q), phone: talkOn(e, PHONE_2020), video: talkOn(e, VIDEO_2022) };
}
