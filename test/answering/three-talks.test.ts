// Answers over the three-talk fixture (data/ plus test/fixtures/third-talk/, new files only): nothing the
// bot says may assume there are two talks. Compare, format, where, future and counts are worded from the data.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { loadEngine } from '../../src/answering/load.js';
import { readingFor } from '../../src/answering/types.js';
import { allOf, noneOf } from '../../src/answering/wording.js';
import { DEFAULT_DATA_DIR } from '../../src/facts/loader.js';

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/third-talk', import.meta.url));

let engine: Engine;
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'talks-bot-three-'));
  cpSync(DEFAULT_DATA_DIR, root, { recursive: true });
  cpSync(FIXTURE_DIR, root, { recursive: true, errorOnExist: true, force: false });
  engine = loadEngine(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The answer's own words, without the quotes it cites (a quote may say "the two sides"). */
const text = (q: string) => engine.answer(q).text;

describe('three talks', () => {
  it('"compare the talks" says what all three share, never "in both"', () => {
    const a = engine.answer('compare the talks');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('In all three: Song Tao took part.');
    expect(a.text).not.toMatch(/\bboth\b/i);
    expect(new Set(a.citations.map((c) => c.date)).size).toBe(3);
  });

  it('the format answer counts the talks it speaks of', () => {
    const inPerson = engine.answer('were the talks held in person?');
    expect(inPerson.text).toMatch(/^Yes: 12 September 2023 was in person\./);
    const remote = engine.answer('were the 2020 and 2022 talks held in person?');
    expect(remote.text).toMatch(/^No\. Neither talk was held in person\./);
    expect(noneOf(3)).toBe('None of the three talks');
    expect(allOf(3)).toBe('all three');
  });

  it('"where were they?" names all three talks and each dateline, newest first', () => {
    const a = engine.answer('where were the officials during the talks?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/talks in person of 12 September 2023, the talks via videoconference of 19 April 2022 and the phone talks of 29 July 2020/);
    expect(a.text).toMatch(/datelined Testville and the report of 19 April 2022 is datelined Hanoi/);
  });

  it('"when is the next meeting?" speaks of three past talks, the latest in 2023', () => {
    expect(text('when is the next meeting?')).toMatch(/^The articles report three past talks, the latest on 12 September 2023; they say nothing of what came after them \(later meetings, today's situation\)\./);
  });

  it('"after" the latest talk\'s year is after the talks; "after 2022" is not, with a talk in 2023 (the year comes from the data)', () => {
    expect(text('what happened after 2023?')).toMatch(/say nothing of what came after them/);
    expect(text('what happened after 2022?')).not.toMatch(/say nothing of what came after them/);
  });

  it('counts come from the data: three reports, three talks', () => {
    expect(text('what is bitcoin?')).toMatch(/outside the three articles/);
    expect(text('what is bitcoin?')).toMatch(/I answer from 3 (TEST and VNA|VNA and TEST) reports/);
    expect(engine.ask(readingFor('talks')).text).toMatch(/^The articles report 3 talks:/);
    expect(text('how many talks are there?')).toMatch(/^The articles report 3 talks:/);
  });

  it('no refusal calls the articles "two"', () => {
    const refusals = ['when is the next meeting?', 'where did they meet?', 'what is bitcoin?', 'how old is Song Tao?', 'xyzzy plugh', 'did they discuss climate change?']
      .map((q) => engine.answer(q))
      .filter((a) => !a.answered);
    expect(refusals.length).toBe(6);
    for (const a of refusals) expect(a.text).not.toMatch(/\btwo\b/);
  });

  it('a question naming the third talk is answered from it alone', () => {
    const a = engine.answer('who took part in the 2023 talks?');
    expect(a.answered).toBe(true);
    expect([...new Set(a.citations.map((c) => c.date))]).toEqual(['2023-09-12']);
    expect(a.text).toContain('Tess Fixture');
  });
});
