// The question sets through answer(): the tuned sets (questions.json, holdout.json, vi.json, zh.json) and the
// blind sets (blind/en.json, vi.json, zh.json: written from the articles alone and never edited). A miss not in known-misses.json fails
// the build; so does a refusal answered, an answer without a quote, or a quote not verbatim in its article.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Engine } from '../../src/answering/engine.js';
import { INTENTS, type Answer, type Intent } from '../../src/answering/types.js';
import { sharedEngine, talkById } from '../support/engine.js';
import { judge, loadQuestionSet, type QuestionEntry } from '../support/question-set.js';

interface Result {
  readonly file: string;
  readonly entry: QuestionEntry;
  readonly answer: Answer;
  readonly miss: string | null;
}

const ENGLISH_TUNED = ['questions.json', 'holdout.json'] as const;
const TUNED = [...ENGLISH_TUNED, 'vi.json', 'zh.json'] as const;
const BLIND = ['blind/en.json', 'blind/vi.json', 'blind/zh.json'] as const;
/** The language each set is written in: answers must come in it. */
const LANGUAGE_OF: Readonly<Record<string, 'en' | 'vi' | 'zh'>> = {
  'questions.json': 'en', 'holdout.json': 'en', 'blind/en.json': 'en', 'vi.json': 'vi', 'blind/vi.json': 'vi', 'zh.json': 'zh', 'blind/zh.json': 'zh',
};
/** Least share right per blind set: 90% in every language. */
const BLIND_FLOOR: Readonly<Record<string, number>> = { 'blind/en.json': 0.9, 'blind/vi.json': 0.9, 'blind/zh.json': 0.9 };
/** Letters that show a text is in the language (not an English fallback): Vietnamese diacritics, Chinese characters. */
const WRITTEN_IN: Readonly<Record<'vi' | 'zh', RegExp>> = { vi: /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/iu, zh: /\p{Script=Han}/u };

/** Intents a free-text question can be answered with: 'help' and 'unknown' never carry an answer, and 'source' is a slash command only. */
const ANSWERABLE: readonly Intent[] = INTENTS.filter((i) => i !== 'help' && i !== 'unknown');

const knownMisses = z
  .object({ about: z.string() })
  .catchall(z.array(z.string()))
  .parse(JSON.parse(readFileSync(new URL('../questions/known-misses.json', import.meta.url), 'utf8')) as unknown) as Record<string, string[]>;

let engine: Engine;
let results: Result[];
const of = (files: readonly string[]) => results.filter((r) => files.includes(r.file));
const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}%`;

beforeAll(() => {
  engine = sharedEngine();
  results = [...TUNED, ...BLIND].flatMap((file) =>
    loadQuestionSet(file).map((entry) => {
      const answer = engine.answer(entry.q);
      return { file, entry, answer, miss: judge(entry, answer) };
    }),
  );
  for (const file of [...TUNED, ...BLIND]) {
    const own = of([file]);
    const ok = own.filter((r) => r.miss === null).length;
    const categories = [...new Set(own.map((r) => r.entry.category ?? (r.entry.answered ? 'answerable' : 'refuse')))];
    const byCategory = categories.map((c) => {
      const inC = own.filter((r) => (r.entry.category ?? (r.entry.answered ? 'answerable' : 'refuse')) === c);
      return `${c} ${inC.filter((r) => r.miss === null).length}/${inC.length}`;
    });
    console.log(`${file}: ${ok}/${own.length} (${pct(ok, own.length)}) — ${byCategory.join(', ')}`);
  }
});

describe('the question sets', () => {
  it('miss nothing beyond test/questions/known-misses.json (a new miss is a regression)', () => {
    const fresh = results.filter((r) => r.miss !== null && !(knownMisses[r.file] ?? []).includes(r.entry.q));
    expect(fresh.map((r) => `[${r.file}] ${r.entry.q}: ${r.miss ?? ''} :: ${r.answer.text.split('\n')[0] ?? ''}`)).toEqual([]);
  });

  it('list as known misses only questions that are in their set', () => {
    const stale = Object.entries(knownMisses)
      .filter(([file]) => file !== 'about')
      .flatMap(([file, qs]) => qs.filter((q) => !of([file]).some((r) => r.entry.q === q)).map((q) => `[${file}] ${q}`));
    expect(stale).toEqual([]);
  });

  it.each(BLIND)('%s: right at least as often as its floor, and at least 97%% of out-of-scope questions refused', (file) => {
    const blind = of([file]);
    expect(blind.filter((r) => r.miss === null).length / blind.length).toBeGreaterThanOrEqual(BLIND_FLOOR[file] ?? 0.9);
    const outOfScope = blind.filter((r) => !r.entry.answered);
    expect(outOfScope.filter((r) => !r.answer.answered).length / outOfScope.length).toBeGreaterThanOrEqual(0.97);
  });

  it('answers every question in the language it is written in, never an English-only text for Vietnamese or Chinese', () => {
    const wrong = results.flatMap((r) => {
      const lang = LANGUAGE_OF[r.file] ?? 'en';
      if (r.answer.lang !== lang) return [`[${r.file}] ${r.entry.q}: answered in ${r.answer.lang}`];
      if (lang !== 'en' && !WRITTEN_IN[lang].test(r.answer.text.replace(/"[^"]*"/g, ''))) return [`[${r.file}] ${r.entry.q}: no ${lang} text`];
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('answers none of the tuned questions it should refuse (a wrong answer is worse than a refusal)', () => {
    const answeredRefusals = of(TUNED).filter((r) => !r.entry.answered && r.answer.answered);
    expect(answeredRefusals.map((r) => `${r.entry.q} -> ${r.answer.text.split('\n')[0] ?? ''}`)).toEqual([]);
  });

  it('every answer that is given quotes at least one article sentence, verbatim, with its article date', () => {
    const bad: string[] = [];
    for (const r of results) {
      if (r.answer.answered && r.answer.citations.length === 0) bad.push(`${r.entry.q}: no citation`);
      for (const c of r.answer.citations) {
        const article = talkById(engine, c.talk).article;
        if (!article.body.includes(c.quote)) bad.push(`${r.entry.q}: not verbatim: ${c.quote.slice(0, 60)}`);
        if (c.date !== article.date) bad.push(`${r.entry.q}: date ${c.date} is not the article's ${article.date}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('every refusal says why and what the bot can answer instead (never an empty text)', () => {
    const bare = results.filter((r) => !r.answer.answered && r.answer.text.trim().length < 20).map((r) => r.entry.q);
    expect(bare).toEqual([]);
  });
});

describe('coverage of the tuned question sets', () => {
  it('has at least 150 questions and at least 30 that must be refused', () => {
    for (const file of TUNED) {
      expect(of([file]).length, file).toBeGreaterThanOrEqual(file === 'holdout.json' ? 100 : 120);
      expect(of([file]).filter((r) => !r.entry.answered).length, file).toBeGreaterThanOrEqual(20);
    }
  });

  it('names every answerable intent, with at least three questions each, and answers each intent mostly right', () => {
    for (const intent of ANSWERABLE.filter((i) => i !== 'source')) {
      const own = of(ENGLISH_TUNED).filter((r) => r.entry.answered && r.entry.intent === intent);
      expect(own.length, `questions expecting intent ${intent}`).toBeGreaterThanOrEqual(3);
      const correct = own.filter((r) => r.miss === null).length;
      expect(correct / own.length, `accuracy for intent ${intent}`).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('asks about each talk on its own as well as about both', () => {
    const talkSets = new Set(of(TUNED).filter((r) => r.entry.talks).map((r) => [...(r.entry.talks ?? [])].sort().join(',')));
    expect(talkSets).toContain('2020-07-29');
    expect(talkSets).toContain('2022-04-19');
    expect(talkSets).toContain('2020-07-29,2022-04-19');
  });
});
