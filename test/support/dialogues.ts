// The dialogue sets (test/questions/fresh/dialogues-*.json): conversations of 2-4 turns, each turn judged as
// a question of the question sets is (question-set.ts judge()): answered or refused, the talks whose article
// dates it cites, what its text includes, the Yes or No it leads with.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Answer } from '../../src/answering/types.js';
import { contextOf, type Context } from '../../src/conversation/context.js';
import type { FollowUp } from '../../src/conversation/follow-up.js';
import { LANGS, type Lang } from '../../src/languages.js';
import { judge, type QuestionEntry } from './question-set.js';

const turnSchema = z.strictObject({
  q: z.string().min(1),
  answered: z.boolean(),
  talks: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  includes: z.array(z.union([z.string(), z.array(z.string()).min(1)])),
  leads: z.enum(['yes', 'no']).nullish(),
});

const dialogueSchema = z.strictObject({ id: z.string().min(1), lang: z.enum(LANGS), turns: z.array(turnSchema).min(1) });

export type Dialogue = z.infer<typeof dialogueSchema>;
export type Turn = z.infer<typeof turnSchema>;

export function loadDialogues(file = 'fresh/dialogues-r1.json'): Dialogue[] {
  const raw: unknown = JSON.parse(readFileSync(new URL(`../questions/${file}`, import.meta.url), 'utf8'));
  return z.array(dialogueSchema).parse(raw);
}

/** A turn as a question-set entry, for judge(). */
export function entryOf(turn: Turn): QuestionEntry {
  return {
    q: turn.q,
    answered: turn.answered,
    ...(turn.talks.length > 0 ? { talks: turn.talks } : {}),
    includes: turn.includes,
    ...(turn.leads ? { lead: turn.leads } : {}),
  };
}

export interface JudgedTurn {
  readonly dialogue: Dialogue;
  /** 0 for the first turn. */
  readonly index: number;
  readonly turn: Turn;
  readonly answer: Answer;
  readonly miss: string | null;
}

/** Runs each dialogue as one conversation (the first turn without context) and judges every turn. */
export function runDialogues(followUp: FollowUp, dialogues: readonly Dialogue[]): JudgedTurn[] {
  return dialogues.flatMap((dialogue) => {
    let context: Context | null = null;
    return dialogue.turns.map((turn, index) => {
      const answer = followUp(turn.q, context);
      context = contextOf(answer) ?? context;
      return { dialogue, index, turn, answer, miss: judge(entryOf(turn), answer) };
    });
  });
}

export interface Score {
  readonly turns: number;
  readonly right: number;
  /** Turns after the first (the follow-ups). */
  readonly later: number;
  readonly laterRight: number;
  /** Turns that should be refused, and how many of them were answered. */
  readonly outOfScope: number;
  readonly outOfScopeAnswered: number;
}

export function score(judged: readonly JudgedTurn[]): Score {
  const later = judged.filter((j) => j.index > 0);
  const outOfScope = judged.filter((j) => !j.turn.answered);
  return {
    turns: judged.length,
    right: judged.filter((j) => j.miss === null).length,
    later: later.length,
    laterRight: later.filter((j) => j.miss === null).length,
    outOfScope: outOfScope.length,
    outOfScopeAnswered: outOfScope.filter((j) => j.answer.answered).length,
  };
}

export function byLanguage(judged: readonly JudgedTurn[]): Record<Lang, Score> {
  return Object.fromEntries(LANGS.map((l) => [l, score(judged.filter((j) => j.dialogue.lang === l))])) as Record<Lang, Score>;
}
