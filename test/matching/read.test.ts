// Reading a question through the engine: typo correction and its bounds, names, and which talk a question means.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { editDistance } from '../../src/matching/edit-distance.js';
import type { Reading, Refusal } from '../../src/matching/reading.js';
import { tokenize } from '../../src/matching/tokens.js';
import { maxEdits } from '../../src/matching/vocabulary.js';
import { refusalReason } from '../../src/answering/refusal.js';
import { en } from '../../src/i18n/en.js';
import { PHONE_2020, sharedEngine, VIDEO_2022 } from '../support/engine.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

interface Parsed extends Reading {
  readonly text: string;
  readonly words: readonly string[];
  readonly corrections: readonly (readonly [string, string])[];
  readonly refusal: Refusal | null;
  /** What the question names that the articles lack, when that is why it is refused. */
  readonly unknown: readonly string[];
}

const parse = (q: string): Parsed => {
  const { tokens, corrections } = tokenize(engine.reader.vocabulary, q);
  const result = engine.read(q);
  const refusal = result.kind === 'refusal' ? result.refusal : null;
  const unknown = refusal?.kind === 'absent' ? refusal.things.flatMap((t) => t.toLowerCase().split(' ')) : [];
  return { ...result.reading, text: tokens.map((t) => t.text).join(' '), words: tokens.map((t) => t.text), corrections, refusal, unknown };
};
const dates = (talks: Reading['scope']['talks']): string[] | null => (talks ? talks.map((t) => t.date) : null);

describe('typo correction', () => {
  it.each([
    ['vidoe', 'video'],
    ['attnded', 'attended'],
    ['agrements', 'agreements'],
    ['partcipants', 'participants'],
    ['sgined', 'signed'],
    ['wen', 'when'],
    ['videoconferance', 'videoconference'],
  ])('%s → %s', (typo, fixed) => {
    const p = parse(`${typo} talks`);
    expect(p.corrections).toContainEqual([typo, fixed]);
    expect(p.words[0]).toBe(fixed);
    expect(p.unknown).toEqual([]);
  });

  it('corrects inside a whole question: "who attnded the vidoe call"', () => {
    const p = parse('who attnded the vidoe call');
    expect(p.text).toBe('who attended the video call');
    expect(dates(p.scope.talks)).toEqual([VIDEO_2022]);
  });

  it.each(['climate', 'taiwan', 'jinping', 'trong', 'pyongyang'])('does not "correct" a word the articles do not use: %s stays unknown', (word) => {
    const p = parse(`what about ${word}`);
    expect(p.unknown).toContain(word);
    expect(p.corrections).toEqual([]);
    expect(engine.reader.vocabulary.correct(word)).toBeNull();
  });

  it('"trong" (another person) is never taken for Trung, in any case or with its accent', () => {
    for (const q of ['Trong', 'TRONG', 'Trọng', 'did trong attend']) {
      const p = parse(q);
      expect(p.people, q).toEqual([]);
      expect(p.unknown, q).toContain('trong');
    }
  });

  it('known words are left alone', () => {
    for (const q of ['who took part in the talks', 'what was signed', 'when was the videoconference']) {
      expect(parse(q).corrections, q).toEqual([]);
    }
  });

  it('edit bounds: none under 4 letters, one up to 6, two above', () => {
    expect([3, 4, 6, 7, 12].map(maxEdits)).toEqual([0, 1, 1, 2, 2]);
    // "sing" is one edit from "sign" but a word of its own; short words are never fuzzily corrected past their bound.
    expect(engine.reader.vocabulary.correct('xyz')).toBeNull();
    // Three edits away is too far even for a long word.
    expect(engine.reader.vocabulary.correct('vdoecnfrence')).toBeNull();
    for (const [typo, fixed] of [['vidoe', 'video'], ['attnded', 'attended']] as const) {
      expect(editDistance(typo, fixed)).toBeLessThanOrEqual(maxEdits(typo.length));
      expect(engine.reader.vocabulary.correct(typo)).toBe(fixed);
    }
  });

  it('a misspelt first letter is not corrected (typos rarely start a word)', () => {
    expect(engine.reader.vocabulary.correct('bideo')).toBeNull();
  });

  it('names typed with a slip are still found: "song tau", "hoang bin quan"', () => {
    expect(parse('who is song tau').people.map((p) => p.name)).toEqual(['Song Tao']);
    expect(parse('who is hoang bin quan').people.map((p) => p.name)).toEqual(['Hoang Binh Quan']);
  });

  it('a name\'s possessive typed without its apostrophe is still the name ("trungs title"), not an English plural ("songs")', () => {
    expect(parse('what was trungs title').people.map((p) => p.name)).toEqual(['Le Hoai Trung']);
    expect(parse('what was hoang binh quans job').people.map((p) => p.name)).toEqual(['Hoang Binh Quan']);
    expect(parse('which songs did they sing').people).toEqual([]);
  });

  it('names with and without diacritics, and surnames alone, find the same person', () => {
    expect(parse('Lê Hoài Trung').people.map((p) => p.id)).toEqual(parse('le hoai trung').people.map((p) => p.id));
    expect(parse('what did Trung say').people.map((p) => p.name)).toEqual(['Le Hoai Trung']);
    expect(parse('what did Quan say').people.map((p) => p.name)).toEqual(['Hoang Binh Quan']);
  });
});

describe('talk scope', () => {
  it.each([
    ['the 2020 talks', [PHONE_2020]],
    ['the 2022 talks', [VIDEO_2022]],
    ['the talks in July', [PHONE_2020]],
    ['the talks in April', [VIDEO_2022]],
    ['the talks on 19 April', [VIDEO_2022]],
    ['the talks of July 29', [PHONE_2020]],
    ['the talks of 29 Jul 2020', [PHONE_2020]],
    ['the first talks', [PHONE_2020]],
    ['the earlier meeting', [PHONE_2020]],
    ['the latest talks', [VIDEO_2022]],
    ['the second meeting', [VIDEO_2022]],
    ['the most recent talks', [VIDEO_2022]],
    ['the phone call', [PHONE_2020]],
    ['the telephone talks', [PHONE_2020]],
    ['the videoconference', [VIDEO_2022]],
    ['the video call', [VIDEO_2022]],
    ['talks with Quan', [PHONE_2020]],
    ['talks with Trung', [VIDEO_2022]],
    ['the 2020 and 2022 talks', [PHONE_2020, VIDEO_2022]],
    ['the 2022 videoconference', [VIDEO_2022]],
  ])('%s → %j', (q, expected) => {
    const p = parse(q);
    expect(dates(p.scope.talks)).toEqual(expected);
    expect(p.scope.mismatch).toBeNull();
  });

  it('no talk named → no restriction', () => {
    for (const q of ['who took part', 'when were the talks', 'talks with Song Tao']) {
      const p = parse(q);
      expect(p.scope.talks, q).toBeNull();
      expect(p.scope.mismatch, q).toBeNull();
    }
  });

  it.each([
    ['the 2019 talks', /2019/],
    ['the talks in 2023 and 2026', /2026/],
    ['the talks on 29 April', /29 April/],
    ['the talks in May', /May/],
    ['the July videoconference', /videoconference|July/],
    ['Quan and Trung together', /Quan|Trung/],
  ])('a talk that does not exist is a mismatch: %s', (q, why) => {
    const p = parse(q);
    expect(p.scope.talks).toEqual([]);
    expect(p.scope.mismatch).not.toBeNull();
    if (p.scope.mismatch) expect(refusalReason(engine.kb, en, { kind: 'scope', mismatch: p.scope.mismatch })).toMatch(why);
  });

  it('a month with a year narrows to that month of that year: "March 2022" matches no talk, and is put right to the talk of 2022', () => {
    const march = parse('the talks in March 2022');
    expect(march.scope.mismatch).toBeNull();
    expect(march.scope.talks?.map((t) => t.date)).toEqual([VIDEO_2022]);
    expect(march.scope.correction?.details).toEqual(['month']);
    const july = parse('the talks on 19 July 2020');
    expect(july.scope.correction?.talk.date).toBe('2020-07-29');
    expect(parse('the talks in April 2022').scope.talks?.map((t) => t.date)).toEqual([VIDEO_2022]);
    expect(parse('the talks in April 2022').scope.correction ?? null).toBeNull();
  });

  it('a wrong format with a clear year is put right, and a generic word ("call") silently: the 2020 videoconference, the 2022 call', () => {
    const phone = parse('the 2020 videoconference');
    expect(phone.scope.talks?.map((t) => t.date)).toEqual(['2020-07-29']);
    expect(phone.scope.correction?.details).toEqual(['format']);
    expect(phone.scope.correction?.wrong.map((l) => l.kind)).toContain('format');
    const call = parse('what did they sign on the 2022 call');
    expect(call.scope.talks?.map((t) => t.date)).toEqual([VIDEO_2022]);
    expect(call.scope.correction?.wrong ?? []).toEqual([]);
  });

  it('"2021-2025" is an agreement period, not a talk: period years, no mismatch, no restriction', () => {
    const p = parse('the 2021-2025 cooperation plan');
    expect(p.periodYears).toEqual([2021, 2025]);
    expect(p.scope.mismatch).toBeNull();
    expect(p.scope.talks).toBeNull();
  });

  it('a year inside the plan period but with no talk is a period year, not a talk', () => {
    const p = parse('what was planned for 2023');
    expect(p.periodYears).toEqual([2023]);
    expect(p.scope.mismatch).toBeNull();
  });

  it('"may" and "march" as verbs are not months', () => {
    expect(parse('may I ask who took part').scope.talks).toBeNull();
    expect(parse('did they march').scope.talks).toBeNull();
    expect(parse('the talks in may').scope.mismatch).not.toBeNull();
  });

  it('"call on"/"call for" is the verb, not the phone call', () => {
    expect(parse('what did Trung call on China to do').formatTalks).toEqual([]);
    expect(parse('what did they call for').formatTalks).toEqual([]);
  });

  it('a format question keeps the format out of the scope: "was the 2022 meeting a phone call?"', () => {
    const p = parse('was the 2022 meeting a phone call?');
    expect(p.intent).toBe('format');
    expect(dates(p.scope.talks)).toEqual([VIDEO_2022]);
    expect(p.formatTalks.map((t) => t.date)).toEqual([PHONE_2020]);
  });
});

describe('reading with what a conversation gives (Given)', () => {
  const talk = (date: string) => engine.kb.talks.filter((t) => t.date === date);
  const person = (id: string) => [engine.kb.people.get(id)].flatMap((p) => (p ? [p] : []));
  const read = (q: string, given: Parameters<Engine['reader']['read']>[2]) => engine.reader.read(q, undefined, given).reading;

  it('given talks stand for the talks a question leaves open', () => {
    expect(dates(read('who took part?', { talks: talk(VIDEO_2022) }).scope.talks)).toEqual([VIDEO_2022]);
  });

  it('the question\'s own year, format or person wins over given talks', () => {
    expect(dates(read('who took part in 2020?', { talks: talk(VIDEO_2022) }).scope.talks)).toEqual([PHONE_2020]);
    expect(dates(read('what was said in the phone call?', { talks: talk(VIDEO_2022) }).scope.talks)).toEqual([PHONE_2020]);
    expect(dates(read('what did Trung say?', { talks: talk(PHONE_2020) }).scope.talks)).toEqual([VIDEO_2022]);
  });

  it('in a question about the format, the format named is the subject and the given talk the one asked about', () => {
    const reading = read('was a phone call?', { talks: talk(VIDEO_2022) });
    expect(reading.intent).toBe('format');
    expect(dates(reading.scope.talks)).toEqual([VIDEO_2022]);
  });

  it('given people are read as named: they decide the intent and, when they were at one talk only, the talk', () => {
    const reading = read('what did say about the sea?', { people: person('le-hoai-trung') });
    expect(reading.intent).toBe('topic');
    expect(reading.people.map((p) => p.id)).toEqual(['le-hoai-trung']);
    expect(dates(reading.scope.talks)).toEqual([VIDEO_2022]);
  });
});
