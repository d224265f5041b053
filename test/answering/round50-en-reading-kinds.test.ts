// Kinds of miss from rounds 49 and 50's first contact in English: a frame word in another form refused as a subject,
// the person told taken for who took part, a paraphrase of the vaccine passports, agreement words that only say what
// someone spoke about, participants and format asked together, and a talk's tangible results without what was given.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a frame word in another form ("the two men")', () => {
  it.each([
    ['Besides bilateral ties, what else did the two men talk about in 2022?', /international and regional issues/u],
    ['Which documents did the two men sign in April 2022?', /cooperation plan/u],
  ])('%j is answered, not refused on the word', (q, text) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/do not mention "men"/u);
    expect(a.text).toMatch(text);
  });
});

describe('the person told is not who is asked', () => {
  it.each([
    ['What did Song Tao tell his Vietnamese counterpart about the floods in 2020?', /floods/u, '2020-07-29'],
    ['What did Trung tell his Chinese counterpart about vaccine passports?', /vaccine passports/u, '2022-04-19'],
  ])('%j gives what was said', (q, text, date) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.intent).not.toBe('who');
    expect(a.text).toMatch(text);
    expect(dates(q)).toEqual([date]);
  });

  it('who a counterpart was is still who took part', () => {
    const a = engine.answer("Who was Song Tao's counterpart in 2022?");
    expect(a.intent).toBe('who');
    expect(a.text).toMatch(/Le Hoai Trung/u);
  });
});

describe('vaccine passports paraphrased', () => {
  it.each([
    ['What was said about immunisation certificates in 2022?'],
    ['What did Vietnam want regarding immunization documents in April 2022?'],
  ])('%j is answered by the hope to recognise them', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/vaccine passports/u);
  });
});

describe('agreement words that only say what someone spoke about', () => {
  it('what a person urged about treaties is what he said, not what was signed', () => {
    const a = engine.answer('What did Trung urge China to do regarding the land border treaties?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/comply with the three legal documents/u);
    expect(a.text).not.toMatch(/mentions no document signed/u);
  });

  it('the treaties asked for are still what was signed', () => {
    const a = engine.answer('What treaties did Trung sign in 2022?');
    expect(a.intent).toBe('agreements');
    expect(a.text).toMatch(/cooperation plan/u);
  });
});

describe('participants and format asked together', () => {
  it.each([
    ['Who attended the 2020 talks and in what format?', /phone talks: Hoang Binh Quan/u, ['2020-07-29']],
    ['Give me the participants and the format of each of the two talks.', /videoconference: Le Hoai Trung/u, ['2020-07-29', '2022-04-19']],
  ])('%j gives each talk its format and participants', (q, text, talks) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(text);
    expect(dates(q)).toEqual(talks);
  });

  it('a yes/no on the format with "participants" stays a format answer', () => {
    expect(engine.answer('Did the participants meet in person in 2022?').text).toMatch(/^No/u);
  });
});

describe('what a talk produced', () => {
  it.each([
    ['What came out of the 2022 talks?'],
    ['What concrete outcomes did the April 2022 videoconference bring?'],
  ])('%j names the documents and the supplies given', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/cooperation plan/u);
    expect(a.text).toMatch(/medical supplies/u);
  });

  it('what was signed stays the documents alone', () => {
    expect(engine.answer('What did they sign in 2022?').text).not.toMatch(/medical supplies/u);
  });
});
