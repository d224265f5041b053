// Speed work that reads a claim's words once per claim, not once per sentence it is compared with (the words a
// sentence may use, an act between two people no sentence speaks of, what a claim says given), a message's own premise
// found once, and a question's idioms and the quotes' lemmas gathered once, must change no answer: the same questions
// asked in another order, of engines whose memos filled otherwise, answer alike, and say what they said before.
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/answering/load.js';
import { citedTalks, talkOn } from '../support/engine.js';

const QUESTIONS = [
  'Trung mentioned two legal documents on land border management. Which two were they?',
  'When were the medical supplies delivered?',
  'Did Song Tao invite Le Hoai Trung to visit Beijing?',
  'What did Song Tao say about cooperation beyond their own borders?',
  'Was the 2022 meeting held by phone?',
  'Did China promise to send Vietnam Chinese-made COVID vaccines in 2022?',
  'Is Le Hoai Trung head of the Commission for External Relations?',
];

describe('answers checked with each claim\'s words read once', () => {
  const forwards = loadEngine();
  const backwards = loadEngine();

  it('are the same whichever question came first, and asked again', () => {
    const there = new Map(QUESTIONS.map((q) => [q, JSON.stringify(forwards.answer(q))]));
    for (const q of [...QUESTIONS].reverse()) expect(JSON.stringify(backwards.answer(q)), q).toBe(there.get(q));
    for (const q of QUESTIONS) expect(JSON.stringify(forwards.answer(q)), q).toBe(there.get(q));
  });

  it('a count stated in a sentence before the question is still put right first', () => {
    const a = forwards.answer('Trung mentioned two legal documents on land border management. Which two were they?');
    expect(a.text.split('\n')[0]).toBe('Not quite. The articles report it otherwise: three, not two. [1]');
    expect(citedTalks(a)).toEqual([talkOn(forwards, '2022-04-19').id]);
  });

  it('a when of another event than the talks is refused by its verb', () => {
    const a = forwards.answer('When were the medical supplies delivered?');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('("delivered")');
  });

  it('an act between two people the articles never speak of gets no answer', () => {
    const a = forwards.answer('Did Song Tao invite Le Hoai Trung to visit Beijing?');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('"invite"');
  });

  it('a format given otherwise is put right', () => {
    expect(forwards.answer('Was the 2022 meeting held by phone?').text.split('\n')[0]).toBe('No, not phone talks.');
  });
});
