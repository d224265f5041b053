// The whole question set (questions.json plus the held-out holdout.json) through answer(): accuracy,
// refusals that slipped through as answers, and whether the set itself covers every kind of question.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { INTENTS, type Answer, type Intent } from '../../src/answering/types.js';
import { sharedEngine } from '../support/engine.js';
import { judge, loadQuestionSet, type QuestionEntry } from '../support/question-set.js';

interface Result {
  readonly file: string;
  readonly entry: QuestionEntry;
  readonly answer: Answer;
  readonly miss: string | null;
}

/** Intents a free-text question can be answered with: 'help' and 'unknown' never carry an answer, and 'source' is a slash command only. */
const ANSWERABLE: readonly Intent[] = INTENTS.filter((i) => i !== 'help' && i !== 'unknown' && i !== 'source');

let engine: Engine;
let results: Result[];

beforeAll(() => {
  engine = sharedEngine();
  results = ['questions.json', 'holdout.json'].flatMap((file) =>
    loadQuestionSet(file).map((entry) => {
      const answer = engine.answer(entry.q);
      return { file, entry, answer, miss: judge(entry, answer) };
    }),
  );
  const misses = results.filter((r) => r.miss !== null);
  for (const r of misses) {
    console.log(`MISS [${r.file}] ${JSON.stringify(r.entry.q)}: ${r.miss ?? ''} :: ${r.answer.text.split('\n')[0] ?? ''}`);
  }
  const correct = results.length - misses.length;
  console.log(`question set: ${correct}/${results.length} correct (${((correct / results.length) * 100).toFixed(1)}%)`);
});

describe('the question set', () => {
  it('is answered with at least 95% accuracy over questions.json and holdout.json together', () => {
    const correct = results.filter((r) => r.miss === null).length;
    expect(correct / results.length).toBeGreaterThanOrEqual(0.95);
  });

  it('each file on its own is answered with at least 95% accuracy', () => {
    for (const file of ['questions.json', 'holdout.json']) {
      const own = results.filter((r) => r.file === file);
      const correct = own.filter((r) => r.miss === null).length;
      expect(correct / own.length, file).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('answers at most 1% of the questions it should refuse (a wrong answer is worse than a refusal)', () => {
    const refusals = results.filter((r) => !r.entry.answered);
    const falsePositives = refusals.filter((r) => r.answer.answered);
    for (const r of falsePositives) console.log(`ANSWERED A REFUSAL: ${JSON.stringify(r.entry.q)} -> ${r.answer.text.split('\n')[0] ?? ''}`);
    expect(falsePositives.length).toBeLessThanOrEqual(Math.floor(refusals.length * 0.01));
  });

  it('every answer that is given quotes at least one article sentence', () => {
    const uncited = results.filter((r) => r.answer.answered && r.answer.citations.length === 0).map((r) => r.entry.q);
    expect(uncited).toEqual([]);
  });

  it('every refusal says why and what the bot can answer instead (never an empty text)', () => {
    const bare = results.filter((r) => !r.answer.answered && r.answer.text.trim().length < 20).map((r) => r.entry.q);
    expect(bare).toEqual([]);
  });
});

describe('coverage of the question set', () => {
  it('has at least 150 questions and at least 30 that must be refused', () => {
    expect(results.length).toBeGreaterThanOrEqual(150);
    expect(results.filter((r) => !r.entry.answered).length).toBeGreaterThanOrEqual(30);
  });

  it('names every answerable intent, with at least three questions each, and answers each intent mostly right', () => {
    for (const intent of ANSWERABLE) {
      const own = results.filter((r) => r.entry.answered && r.entry.intent === intent);
      expect(own.length, `questions expecting intent ${intent}`).toBeGreaterThanOrEqual(3);
      const correct = own.filter((r) => r.miss === null).length;
      expect(correct / own.length, `accuracy for intent ${intent}`).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('asks about each talk on its own as well as about both', () => {
    const talkSets = new Set(results.filter((r) => r.entry.talks).map((r) => [...(r.entry.talks ?? [])].sort().join(',')));
    expect(talkSets).toContain('2020-07-29');
    expect(talkSets).toContain('2022-04-19');
    expect(talkSets).toContain('2020-07-29,2022-04-19');
  });
});
