// Speed work that reads the facts' words once per knowledge base (the sides a sentence reports a call made of, the
// acts of giving a sentence reports, every word the articles use, the talks' party names, half-remembered names'
// parts) must change no answer: the same questions asked in another order, of engines whose memos filled otherwise,
// answer alike, and the answers these memos serve say what they said before.
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/answering/load.js';
import { citedTalks, talkOn } from '../support/engine.js';

const QUESTIONS = [
  'Did Trung ask Vietnam to comply with the land border documents?',
  'Did Trung call on China to comply with the land border documents?',
  'What did Le something Trung say about trade?',
  'what did they say about the sea',
  'Did Wang Yi attend the 2022 talks?',
  'Did China promise to send Vietnam Chinese-made COVID vaccines in 2022?',
  'Did only Trung raise the sea?',
  'Ông Lê gì Trung đề nghị gì về thương mại?',
  '黎什么忠对贸易说了什么？',
  'Did the CPV and CPC leaders talk by phone in 2020?',
];

describe('answers read with the facts\' words gathered once', () => {
  const forwards = loadEngine();
  const backwards = loadEngine();

  it('are the same whichever question came first', () => {
    const there = new Map(QUESTIONS.map((q) => [q, JSON.stringify(forwards.answer(q))]));
    for (const q of [...QUESTIONS].reverse()) expect(JSON.stringify(backwards.answer(q)), q).toBe(there.get(q));
    // Asked again, with every memo filled.
    for (const q of QUESTIONS) expect(JSON.stringify(forwards.answer(q)), q).toBe(there.get(q));
  });

  it('a call asked of the side it was not made of is answered No, the side it was made of Yes', () => {
    expect(forwards.answer('Did Trung ask Vietnam to comply with the land border documents?').text.split('\n')[0]).toBe('No.');
    expect(forwards.answer('Did Trung call on China to comply with the land border documents?').text.split('\n')[0]).toBe('Yes.');
  });

  it('a half-remembered name is still put in full, in each language', () => {
    for (const q of ['What did Le something Trung say about trade?', 'Ông Lê gì Trung đề nghị gì về thương mại?', '黎什么忠对贸易说了什么？']) {
      const a = forwards.answer(q);
      expect(a.answered, q).toBe(true);
      expect(citedTalks(a), q).toEqual([talkOn(forwards, '2022-04-19').id]);
    }
  });

  it('a person the articles never name gets no Yes', () => {
    const a = forwards.answer('Did Wang Yi attend the 2022 talks?');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('Wang Yi');
  });
});
